"""Truth tables (eval.truth_report): the F1 reported beside the judgments, and agreement
between two readings of one sheet."""

from __future__ import annotations

import pytest

from eval import truth_report


def test_rouge1_of_reads_f1_or_a_plain_number() -> None:
    """Scores are (precision, recall, F1): the F1 is the one reported, in percent."""
    rows = [
        {"dataset": "d", "id": "1", "system": "s", "length": "headline",
         "scores": {"rouge1": [0.9, 0.1, 0.3]}},
        {"dataset": "d", "id": "2", "system": "s", "length": "headline",
         "scores": {"rouge1": 0.4}},
        {"dataset": "d", "id": "3", "system": "s", "length": "headline", "scores": {}},
    ]  # fmt: skip
    assert truth_report.rouge1_of(rows) == {
        ("d", "1", "s", "headline"): pytest.approx(30.0),
        ("d", "2", "s", "headline"): pytest.approx(40.0),
    }


def _rows(verdicts: list[str]) -> list[dict]:
    return [
        {"system": "s", "length": "headline", "dataset": "d", "id": str(i), "verdict": v}
        for i, v in enumerate(verdicts)
    ]


def test_agreement_counts_same_verdicts_and_kappa_of_the_true_call() -> None:
    """Readings agree on 3 of 4 verdicts and on all 4 true / not-true calls: kappa 1.0."""
    first = _rows(["true", "true", "false", "misleading"])
    second = _rows(["true", "true", "misleading", "misleading"])
    report = truth_report.agreement_report(first, second)
    assert "| s, headline | 4 | 3 | 4 | 1.00 |" in report
    assert "| all | 4 | 3 | 4 | 1.00 |" in report


def test_agreement_kappa_is_zero_at_chance() -> None:
    """Half the calls agree where each reader says true half the time: kappa 0."""
    first = _rows(["true", "true", "false", "false"])
    second = _rows(["true", "false", "true", "false"])
    assert "| all | 4 | 2 | 2 | 0.00 |" in truth_report.agreement_report(first, second)
