"""The summary's score: its weakest sentence blended with how much of it the article holds.

Why: on real system summaries (SummEval's expert consistency labels) the sentence model's
weakest sentence separates faithful from unfaithful summaries poorly, while the share of
the summary's word pairs found in the article separates them well: systems that rewrite
more invent more. Corrupted sentences, built by editing one word, are the opposite case.
A logistic model over both, and the names-and-numbers support, fitted on experts' labels
(``bench/fit_summary_score.py``), ranks both kinds (docs/truth.md gives the figures).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..abstractive.support import SourceIndex
from ..sentences import words

FEATURES = ("weakest", "bigrams", "support")


def bigram_share(source: str, summary: str) -> float:
    """Share of the summary's adjacent word pairs (lower-cased) that the source has."""
    theirs = [w.lower() for w in words(source)]
    ours = [w.lower() for w in words(summary)]
    pairs = list(zip(ours, ours[1:], strict=False))
    if not pairs:
        return 1.0 if ours and all(w in set(theirs) for w in ours) else 0.0
    held = set(zip(theirs, theirs[1:], strict=False))
    return sum(p in held for p in pairs) / len(pairs)


def features(source: str, summary: str, weakest: float, index: SourceIndex) -> list[float]:
    """One row of ``FEATURES`` for a summary whose weakest sentence scored ``weakest``."""
    return [weakest, bigram_share(source, summary), index.check(summary).score]


def probability(rows: np.ndarray, weights: dict[str, Any]) -> np.ndarray:
    """The logistic model ``weights`` (standardized features: mean, scale, coef, intercept)
    on each row: for the blend, the probability that an expert would call each summary
    fully consistent; the sentence model uses it too."""
    mean, scale = np.array(weights["mean"]), np.array(weights["scale"])
    z = (rows - mean) / scale @ np.array(weights["coef"]) + weights["intercept"]
    return 1.0 / (1.0 + np.exp(-z))
