"""Extract-then-abstract: what the model reads when the article is longer than its input."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

import numpy as np

from ..budget import Budget
from ..document import Document
from ..extractive.coherence import line_start, loose_line


def salience(extractor: Any, doc: Document) -> np.ndarray:
    """A salience score per sentence: the extractor's own scores, or its ranking."""
    scorer = getattr(extractor, "score", None)
    if scorer is not None:
        return np.asarray(scorer(doc, Budget("paragraph")), dtype=float)
    everything = Budget("paragraph", max_sentences=len(doc.sentences))
    summary = extractor.summarize(doc, everything)
    scores = np.zeros(len(doc.sentences))
    for rank, source in enumerate(summary.sources):
        scores[source.index] = len(doc.sentences) - rank
    return scores


def extract(
    doc: Document,
    scores: np.ndarray,
    counts: list[int],
    room: int,
    total: int,
    truncate: Callable[[str, int], str],
    readable: Collection[int],
) -> tuple[list[int], str, list[str]]:
    """The most salient of the ``readable`` sentences (``story``'s) that fit ``room`` tokens
    (``counts`` per sentence), in document order, their text, and warnings that say what
    was left out."""
    picked: list[int] = []
    used = 0
    for i in np.argsort(-scores, kind="stable"):
        if int(i) not in readable:
            continue
        cost = counts[int(i)] + 1
        if used + cost <= room:
            picked.append(int(i))
            used += cost
    picked.sort()
    warnings: list[str] = []
    if picked:
        article = " ".join(doc.sentences[i].text for i in picked)
    else:  # one enormous sentence: its start is all that fits
        top = int(np.argmax(scores))
        picked = [top]
        article = truncate(doc.sentences[top].text, room)
        warnings.append(f"sentence {top} alone exceeds the model's input; it was cut")
    n, k = len(doc.sentences), len(picked)
    kept_words = sum(doc.sentences[i].n_words for i in picked)
    share = kept_words / max(1, doc.n_words)
    warnings.insert(
        0,
        f"article is about {total:,} tokens, over the model's input budget of {room:,}: "
        f"the model read the {k} most salient of {n} sentences ({share:.0%} of the words); "
        f"{n - k} sentence{'s were' if n - k != 1 else ' was'} left out",
    )
    return picked, article, warnings


def story(doc: Document) -> tuple[list[int], str]:
    """The sentences the model reads, and their text line by line: the article without its
    lines that are no sentence (``coherence.loose_line``: a byline, a label, a menu). A
    byline the model reads, it copies ("Rebecca Lindahl, Business reporter The company
    ..."). The whole text when no line is such."""
    kept = [i for i in range(len(doc.sentences)) if not _label(doc, i)]
    if not kept or len(kept) == len(doc.sentences):
        return list(range(len(doc.sentences))), doc.text
    lines: list[list[str]] = []
    current = -1
    for i in kept:
        here = line_start(doc, i)
        if here != current:
            lines.append([])
            current = here
        lines[-1].append(doc.sentences[i].text)
    return kept, "\n".join(" ".join(line) for line in lines)


def _label(doc: Document, i: int) -> bool:
    """A line that is no sentence and no part of a list: a byline, a label, a menu. A list's
    heading ("The measures include:") and a numbered item stay for the model to read."""
    sentence = doc.sentences[i]
    if sentence.text.endswith(":") or not loose_line(doc, i):
        return False
    return line_start(doc, i) == sentence.start  # "1. Renata Voss, 19:41:07" is a list's item
