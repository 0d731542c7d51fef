"""Seeded bootstrap intervals and the paired randomization test, against known answers."""

import itertools

import numpy as np
import pytest

from eval.stats import Interval, bootstrap_ci, paired_test


def test_bootstrap_is_reproducible_and_seeded():
    values = np.random.default_rng(1).normal(0.4, 0.1, size=200)
    assert bootstrap_ci(values, seed=3) == bootstrap_ci(values, seed=3)
    assert bootstrap_ci(values, seed=3) != bootstrap_ci(values, seed=4)


def test_bootstrap_interval_matches_the_normal_approximation():
    """For a large sample the percentile interval is mean +- 1.96 standard errors."""
    values = np.random.default_rng(7).normal(0.3, 0.2, size=2000)
    ci = bootstrap_ci(values, resamples=4000)
    half = 1.96 * values.std(ddof=1) / np.sqrt(len(values))
    assert ci.mean == pytest.approx(values.mean())
    assert ci.low == pytest.approx(values.mean() - half, abs=0.15 * half)
    assert ci.high == pytest.approx(values.mean() + half, abs=0.15 * half)


def test_constant_scores_have_a_zero_width_interval():
    assert bootstrap_ci([0.5] * 10) == Interval(0.5, 0.5, 0.5)
    assert bootstrap_ci([0.5] * 10).scaled(100) == Interval(50.0, 50.0, 50.0)


def test_bad_input_is_refused():
    with pytest.raises(ValueError):
        bootstrap_ci([])
    with pytest.raises(ValueError):
        bootstrap_ci([1.0], confidence=1.5)
    with pytest.raises(ValueError, match="differ in length"):
        paired_test([1.0, 2.0], [1.0])


def _exact_p(a, b):
    """The exact two-sided permutation p-value: every assignment of signs."""
    diff = np.asarray(a) - np.asarray(b)
    observed = abs(diff.mean())
    signs = np.array(list(itertools.product([-1, 1], repeat=len(diff))))
    return float(np.mean(np.abs((signs * diff).mean(axis=1)) >= observed - 1e-12))


@pytest.mark.parametrize("shift", [0.0, 0.02, 0.05, 0.1])
def test_randomization_test_approximates_the_exact_permutation_test(shift):
    rng = np.random.default_rng(11)
    a = rng.uniform(0.2, 0.6, size=12)
    b = a - shift + rng.normal(0, 0.05, size=12)
    assert paired_test(a, b, permutations=20000) == pytest.approx(_exact_p(a, b), abs=0.01)


def test_identical_systems_are_not_different_and_a_clear_gap_is():
    a = np.linspace(0.2, 0.6, 50)
    assert paired_test(a, a) == 1.0
    assert paired_test(a, a - 0.05) == pytest.approx(1 / 10001)  # smallest possible p
    assert paired_test(a, a - 0.05, seed=1) == paired_test(a, a - 0.05, seed=1)
