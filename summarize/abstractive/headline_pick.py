"""When the model's own headline may be published: only when it restates a clean
compression of an article sentence (otherwise the method falls back to ``salience``'s).

Why: read blind, the model's own headlines were true about half the time even when the
relation checks accepted them. Dropping words from "is lining up a summer move for Owen",
or the reason from "denied that Santini resigned because of a clash", changes the claim,
and no score from the small model separated those from true ones (docs/truth.md). A
compression cut only where a clause or a removable phrase ends, keeping who made the claim,
is what readers judged true most often.
"""

from __future__ import annotations

from ..budget import Budget
from ..document import Document
from ..extractive.headline_check import readable
from ..extractive.headline_choice import FALLBACK, FIRST
from ..faithfulness.relations import content_sequence, negations
from ..headline import candidates


def compressions(doc: Document, order: list[int], budget: Budget) -> list[tuple[str, int]]:
    """Readable compressions of the first sentences, with the index of the sentence each
    comes from; of the most salient ones when none of the first reads cleanly (the same
    sentences ``salience``'s headline chooser considers)."""
    out: dict[str, int] = {}
    for group in (range(min(FIRST, len(doc.sentences))), order[:FALLBACK]):
        for i in group:
            for text in candidates(doc.sentences[i].text, budget):
                if readable(text):
                    out.setdefault(text, i)
        if out:
            break
    return list(out.items())


def restates(headline: str, pool: list[tuple[str, int]], language: str) -> int | None:
    """The position in ``pool`` of a compression the headline restates: the same content
    words in the same order and the same negation, only function words changed ("could
    cut" / "to cut", "has won" / "wins")."""
    wanted = content_sequence(headline, language)
    negated = negations(headline) > 0
    for k, (text, _) in enumerate(pool):
        if content_sequence(text, language) == wanted and (negations(text) > 0) == negated:
            return k
    return None
