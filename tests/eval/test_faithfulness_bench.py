"""The faithfulness benchmark's arithmetic (eval.faithfulness) on hand-made scores.

The scorer's reported quality is only as good as the AUC and pairwise accuracy computed
here; a tie counted as a win, or a rank off by one, would flatter every scorer alike.
"""

from __future__ import annotations

import json
import math
import re

import pytest

from eval.corruptions import Pair
from eval.faithfulness import (
    auc,
    corruption_report,
    rouge2_precision,
    score_items,
    summeval_report,
    support_score,
)


def test_auc_perfect_reversed_and_ties() -> None:
    assert auc([3, 4, 5], [0, 1, 2]) == 1.0
    assert auc([0, 1, 2], [3, 4, 5]) == 0.0
    assert auc([1, 1, 1], [1, 1]) == 0.5


def test_auc_mixed_cases_by_hand() -> None:
    """[0.9, 0.4] vs [0.5, 0.1]: 0.9 beats both, 0.4 beats 0.1 only -> 3 of 4 pairs."""
    assert auc([0.9, 0.4], [0.5, 0.1]) == pytest.approx(0.75)
    # a tie is half a win: (0.5 vs 0.5) + 3 wins -> 3.5 of 4
    assert auc([0.5, 0.8], [0.5, 0.2]) == pytest.approx(0.875)
    # 1 of 6 pairs won: 2 > 1 only
    assert auc([2, 0], [1, 3, 4]) == pytest.approx(1 / 6)


def test_auc_of_an_empty_side_is_nan() -> None:
    assert math.isnan(auc([], [1.0]))
    assert math.isnan(auc([1.0], []))


def _pair(kind: str, n: int) -> Pair:
    return Pair(f"doc:{kind}:{n}", kind, "title", "article", "right", "wrong")


def _row(lines: list[str], group: str) -> list[str]:
    row = next(line for line in lines if line.startswith(f"| {group} |"))
    return [cell.strip() for cell in row.strip("|").split("|")]


def test_corruption_report_pairwise_accuracy_and_auc() -> None:
    """swap: one pair won, one lost -> 50.0; negation: one won, one tied -> 75.0."""
    items = [
        ("k1", "article", [], [_pair("swap", 1), _pair("negation", 1)]),
        ("k2", "article", [], [_pair("swap", 2), _pair("negation", 2)]),
    ]
    scores = {
        "k1": [0.9, 0.1, 0.8, 0.3],  # swap won, negation won
        "k2": [0.2, 0.6, 0.4, 0.4],  # swap lost, negation tied
    }
    lines = corruption_report(items, scores)
    swap = _row(lines, "swap")
    assert swap[1] == "2"
    assert swap[2].startswith("50.0 (")
    assert swap[3] == "0.750"  # 0.9 beats 0.1 and 0.6, 0.2 beats 0.1 only
    negation = _row(lines, "negation")
    assert negation[2].startswith("75.0 (")
    assert negation[3] == "0.875"  # right 0.8, 0.4 vs wrong 0.3, 0.4
    everything = _row(lines, "all")
    assert everything[1] == "4" and everything[2].startswith("62.5 (")
    assert not any(line.startswith("| antonym |") for line in lines)  # no pairs, no row


def test_summeval_report_auc_per_scorer() -> None:
    """Consistency 5 is the positive class; a scorer that ranks them first has AUC 1."""
    items = [
        ("a", "text", [], [{"consistency": 5.0}, {"consistency": 2.0}]),
        ("b", "text", [], [{"consistency": 3.0}, {"consistency": 5.0}, {"consistency": 1.0}]),
    ]
    scores = {
        "good": {"a": [0.9, 0.1], "b": [0.2, 0.8, 0.3]},
        "bad": {"a": [0.1, 0.9], "b": [0.8, 0.2, 0.3]},
    }
    lines = summeval_report(items, scores)
    assert lines[0] == "5 summaries, 2 with consistency 5."
    assert re.match(r"\| good \| 1\.000 \(", _row_text(lines, "good"))
    assert re.match(r"\| bad \| 0\.000 \(", _row_text(lines, "bad"))
    assert sum(line.startswith("| good |") for line in lines) == 1  # no held-out table


def test_summeval_report_adds_the_held_out_articles_apart() -> None:
    items = [
        ("a", "text", [], [{"consistency": 5.0}, {"consistency": 2.0}]),
        ("b", "text", [], [{"consistency": 3.0}, {"consistency": 5.0}]),
    ]
    scores = {"mixed": {"a": [0.1, 0.9], "b": [0.2, 0.8]}}  # wrong on a, right on b
    lines = summeval_report(items, scores, held_out=1)
    rows = [line for line in lines if line.startswith("| mixed |")]
    assert [row.split("|")[2].split()[0] for row in rows] == ["0.250", "1.000"]
    assert any("articles 2-2, which it never saw" in line for line in lines)


def _row_text(lines: list[str], name: str) -> str:
    return next(line for line in lines if line.startswith(f"| {name} |"))


def test_rouge2_precision_against_the_source() -> None:
    """Every bigram of a copied sentence is in the source; none of an invented one."""
    article = "the cat sat on the mat"
    assert rouge2_precision(article, ["the cat sat on the mat", "dogs run fast today"]) == [
        pytest.approx(1.0),
        pytest.approx(0.0),
    ]


def test_support_score_marks_invented_names_and_numbers() -> None:
    article = "Mittal Steel could cut 45,000 jobs, its chief executive said."
    copied, invented = support_score(
        article, ["Mittal Steel could cut 45,000 jobs.", "Tata Steel could cut 90,000 jobs."]
    )
    assert copied == pytest.approx(1.0)
    assert invented < copied


def test_score_items_resumes_from_what_the_file_holds(tmp_path) -> None:
    """A killed run is not scored again: items already in the file are read back."""
    out = tmp_path / "scores.jsonl"
    out.write_text(json.dumps({"key": "k1", "scores": [0.5]}) + "\n", encoding="utf-8")
    calls = []

    def score(article: str, texts: list[str]) -> list[float]:
        calls.append(article)
        return [float(len(t)) for t in texts]

    items = [("k1", "first", ["x"], None), ("k2", "second", ["abc", "de"], None)]
    done = score_items(items, out, score, progress=False)
    assert done == {"k1": [0.5], "k2": [3.0, 2.0]}
    assert calls == ["second"]
    assert score_items(items, out, score, progress=False) == done
    assert calls == ["second"]
