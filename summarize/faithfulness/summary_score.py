"""The summary's score: its weakest sentence blended with how much of it the article holds.

Why: on real system summaries (SummEval's expert consistency labels) the sentence model's
weakest sentence separates faithful from unfaithful summaries poorly, while the share of
the summary's word pairs found in the article separates them well: systems that rewrite
more invent more. Corrupted sentences, built by editing one word, are the opposite case.
How long the spans it copies are (fragment density) says the same more sharply. A
logistic model over these, and the names-and-numbers support, fitted on experts' labels
(``bench/fit_summary_score.py``), ranks both kinds (docs/truth.md gives the figures).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from ..abstractive.support import SourceIndex
from ..sentences import lower_words

FEATURES = ("weakest", "mean_logprob", "min_logprob", "bigrams", "support", "density")
"""What the blend may read; weights.json names the ones it was fitted on."""


def bigram_share(source: str, summary: str) -> float:
    """Share of the summary's adjacent word pairs (lower-cased) that the source has."""
    return _bigram_share(lower_words(source), lower_words(summary))


def _bigram_share(theirs: list[str], ours: list[str]) -> float:
    pairs = list(zip(ours, ours[1:], strict=False))
    if not pairs:
        return 1.0 if ours and all(w in set(theirs) for w in ours) else 0.0
    held = set(zip(theirs, theirs[1:], strict=False))
    return sum(p in held for p in pairs) / len(pairs)


def copy_density(source: str, summary: str) -> float:
    """log(1 + extractive fragment density) (Grusky et al., NAACL 2018): the summary read left
    to right as the longest spans copied from the source, sum of squared span lengths over
    the summary's words. A copied sentence scores high; one changed word halves its span."""
    return _copy_density(lower_words(source), lower_words(summary))


def _copy_density(theirs: list[str], ours: list[str]) -> float:
    at: dict[str, list[int]] = {}
    for j, word in enumerate(theirs):
        at.setdefault(word, []).append(j)
    total, i = 0, 0
    while i < len(ours):
        longest = 0
        for j in at.get(ours[i], ()):
            k = 1
            while i + k < len(ours) and j + k < len(theirs) and ours[i + k] == theirs[j + k]:
                k += 1
            longest = max(longest, k)
        total += longest * longest
        i += max(longest, 1)
    return float(np.log1p(total / len(ours))) if ours else 0.0


def features(
    source: str, summary: str, checks: Sequence[Any], index: SourceIndex
) -> dict[str, float]:
    """Each of ``FEATURES`` for a summary whose sentences were checked as ``checks``
    (``SentenceCheck``: the sentence model's probability and the model's log-probability)."""
    theirs, ours = lower_words(source), lower_words(summary)
    logprobs = [c.logprob for c in checks] or [0.0]
    return {
        "weakest": min((c.score for c in checks), default=0.0),
        "mean_logprob": float(np.mean(logprobs)),
        "min_logprob": min(logprobs),
        "bigrams": _bigram_share(theirs, ours),
        "support": index.check(summary).score,
        "density": _copy_density(theirs, ours),
    }


def probability(rows: np.ndarray, weights: dict[str, Any]) -> np.ndarray:
    """The logistic model ``weights`` (standardized features: mean, scale, coef, intercept)
    on each row: for the blend, the probability that an expert would call each summary
    fully consistent; the sentence model uses it too."""
    mean, scale = np.array(weights["mean"]), np.array(weights["scale"])
    z = (rows - mean) / scale @ np.array(weights["coef"]) + weights["intercept"]
    return 1.0 / (1.0 + np.exp(-z))
