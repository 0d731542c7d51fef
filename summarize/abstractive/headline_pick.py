"""Which headline the model's method publishes: the model's own only when it restates a
clean compression of an article sentence; otherwise the compression the model finds likeliest.

Why: read blind, the model's own headlines were true about half the time even when the
relation checks accepted them. Dropping words from "is lining up a summer move for Owen",
or the reason from "denied that Santini resigned because of a clash", changes the claim,
and no score from the small model separated those from true ones (docs/truth.md). A
compression cut only where a clause or a removable phrase ends, keeping who made the claim,
is what readers judged true most often; the model chooses among those.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np

from ..budget import Budget
from ..document import Document
from ..extractive.headline_check import readable
from ..faithfulness.relations import content_sequence, negations
from ..headline import candidates

FIRST = 3
"""The first sentences whose compressions are offered: news states its point first."""
SALIENT = 12
"""The most salient sentences, tried when none of the first compresses cleanly."""


def compressions(doc: Document, order: list[int], budget: Budget) -> list[tuple[str, int]]:
    """Readable compressions of the first sentences, with the index of the sentence each
    comes from; of the most salient ones when none of the first reads cleanly."""
    out: dict[str, int] = {}
    for group in (range(min(FIRST, len(doc.sentences))), order[:SALIENT]):
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


def nearest(headline: str, pool: list[tuple[str, int]], language: str) -> int | None:
    """The compression closest to what the model wrote (F1 of content-word stems): the
    model's headline names the news it found; the compression states it as written. None
    when no compression shares a content word with it."""
    wanted = Counter(content_sequence(headline, language))
    best, at = 0.0, None
    for k, (text, _) in enumerate(pool):
        have = Counter(content_sequence(text, language))
        shared = sum((wanted & have).values())
        if shared:
            f1 = 2 * shared / (sum(wanted.values()) + sum(have.values()))
            if f1 > best:
                best, at = f1, k
    return at


def likeliest(backend: Any, prompt: str, pool: list[tuple[str, int]]) -> int:
    """The compression the model would most likely write as this article's headline: mean
    log-probability per token, its end of reply included, so a cut-off head scores low."""
    end = backend.tokenizer.eos_token or ""
    scores = backend.continuation_logprobs(prompt, [text + end for text, _ in pool])
    return int(np.argmax([np.mean(s) for s in scores]))
