"""Seeded statistics over per-document scores: bootstrap intervals and a paired test.

rouge-score's ``BootstrapAggregator`` draws from numpy's global generator without a seed;
these take an explicit seed, so a report is the same every time it is made.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

RESAMPLES = 1000
PERMUTATIONS = 10000
ALPHA = 0.05


@dataclass(frozen=True)
class Interval:
    """The mean and a percentile-bootstrap confidence interval around it."""

    mean: float
    low: float
    high: float

    def scaled(self, factor: float) -> Interval:
        return Interval(self.mean * factor, self.low * factor, self.high * factor)


def bootstrap_ci(
    values: Sequence[float] | np.ndarray,
    *,
    confidence: float = 0.95,
    resamples: int = RESAMPLES,
    seed: int = 0,
) -> Interval:
    """Percentile bootstrap of the mean: resample documents with replacement."""
    data = _vector(values)
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be in (0, 1), got {confidence}")
    rng = np.random.default_rng(seed)
    means = data[rng.integers(0, len(data), size=(resamples, len(data)))].mean(axis=1)
    tail = (1 - confidence) / 2 * 100
    low, high = np.percentile(means, [tail, 100 - tail])
    return Interval(float(data.mean()), float(low), float(high))


def paired_test(
    a: Sequence[float] | np.ndarray,
    b: Sequence[float] | np.ndarray,
    *,
    permutations: int = PERMUTATIONS,
    seed: int = 0,
) -> float:
    """Two-sided p-value that systems ``a`` and ``b`` (scores on the same documents, in the
    same order) have the same mean: approximate randomization, swapping each document's
    pair of scores at random (Riezler & Maxwell 2005), with the +1 correction."""
    x, y = _vector(a), _vector(b)
    if x.shape != y.shape:
        raise ValueError(f"paired scores differ in length: {len(x)} and {len(y)}")
    diff = x - y
    observed = abs(diff.mean())
    if observed == 0:
        return 1.0
    rng = np.random.default_rng(seed)
    signs = rng.choice(np.array([-1.0, 1.0]), size=(permutations, len(diff)))
    permuted = np.abs((signs * diff).mean(axis=1))
    extreme = int(np.count_nonzero(permuted >= observed - 1e-12))
    return (extreme + 1) / (permutations + 1)


def _vector(values: Sequence[float] | np.ndarray) -> np.ndarray:
    data = np.asarray(values, dtype=float)
    if data.ndim != 1 or len(data) == 0:
        raise ValueError("need a non-empty list of scores")
    return data
