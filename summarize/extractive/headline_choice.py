"""Choose a headline among several sentences and several cuts of each, never a fragment.

Why: the compressed first sentence (lead's headline) was cut off or verbless in 1 of 6
BBC dev articles (``headline_check``), and another cut of the same sentence, or the next
sentence, usually reads as a clause. Candidates are every cut (``headline.candidates``) of
the first ``FIRST`` sentences; those ``headline_check`` flags are dropped; the rest are
scored by position (news states its point first) plus how much of the article their
content words cover (a title names what the article keeps talking about), per word, so
a long cut is not favoured for its length. Weights were chosen on 600 BBC train articles
against their titles (docs/extractive.md gives the search and the figures).
When no candidate reads cleanly, the method's best-scored sentences are tried in turn.
"""

from __future__ import annotations

import math
from collections import Counter

from ..budget import Budget
from ..document import Document
from ..headline import candidates, compress
from ..sentences import lower_words, stop_words
from .headline_check import readable

FIRST = 3
DECAY = 0.5  # position prior exp(-index / DECAY)
COVERAGE = 2.0  # weight of the per-word article coverage
SMOOTH = 8.0  # words added to a candidate's length in that ratio
FALLBACK = 12  # best-scored sentences tried when none of the first reads cleanly


def choose(doc: Document, order: list[int], budget: Budget) -> tuple[str, int] | None:
    """The best readable headline and its sentence index, or None when no sentence among
    the first ``FIRST`` and the ``FALLBACK`` best-scored compresses into a readable one."""
    stop = stop_words(doc.language)
    counts = Counter(lower_words(doc.text))  # stop words are never looked up
    scored = []
    for i in range(min(FIRST, len(doc.sentences))):
        prior = math.exp(-i / DECAY)
        for text in candidates(doc.sentences[i].text, budget):
            tokens = lower_words(text)
            content = dict.fromkeys(w for w in tokens if w not in stop)  # summed in order
            cover = sum(math.log(counts[w]) for w in content if counts[w])
            score = prior + COVERAGE * cover / (len(tokens) + SMOOTH)
            scored.append((-score, len(scored), text, i))
    for _, _, text, i in sorted(scored):  # readability is checked best first, only as needed
        if readable(text):
            return text, i
    for i in order[:FALLBACK]:
        text = compress(doc.sentences[i].text, budget)
        if text and readable(text):
            return text, i
    return None
