"""eval.rouge against the original ROUGE-1.5.5 Perl script, through its golden scores
(data/rouge155_golden.json, made by make_rouge155_golden.py; no Perl needed here)."""

import importlib.util
from pathlib import Path

import pytest

from eval.rouge import Rouge

_spec = importlib.util.spec_from_file_location(
    "make_rouge155_golden", Path(__file__).with_name("make_rouge155_golden.py")
)
golden_tools = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(golden_tools)

TOLERANCE = 2e-5  # Perl prints 5 decimals and computes F from the rounded P and R


@pytest.fixture(scope="module")
def golden():
    return golden_tools.load()


@pytest.mark.parametrize("config", ["tok-nostem-average", "tok-oneline-nostem"])
def test_same_tokens_unstemmed_give_perls_numbers(golden, config):
    """Scoring agrees exactly: ROUGE-1/2, Perl's ROUGE-L as our rougeLsum (one sentence per
    line) or rougeL (one line), and several references pooled as Perl's -f A does."""
    rows = golden_tools.differences(golden, config)
    assert len(rows) == 54 * 3
    for case, name, ours, perl in rows:
        assert ours == pytest.approx(perl, abs=TOLERANCE), (case, name)


def test_perl_best_reference_is_the_best_recall_ours_the_best_f1(golden):
    rouge = Rouge(stem=False)
    rows = golden_tools.differences(golden, "tok-nostem-best")
    cases = {c["id"]: c for c in golden["cases"]}
    differ = 0
    for case_id, name, ours, perl in rows:
        refs = cases[case_id]["references"]
        if len(refs) == 1:
            assert ours == pytest.approx(perl, abs=TOLERANCE)
            continue
        kind = {"rouge-1": "rouge1", "rouge-2": "rouge2", "rouge-l": "rougeLsum"}[name]
        per_ref = [rouge.score(r, cases[case_id]["prediction"])[kind] for r in refs]
        by_recall = max(per_ref, key=lambda s: s.recall)  # first of equals, as Perl's ">"
        assert list(by_recall) == pytest.approx(perl, abs=TOLERANCE)
        assert ours == list(max(per_ref, key=lambda s: s.fmeasure))
        differ += ours != pytest.approx(perl, abs=TOLERANCE)
    assert differ == 7  # of the 18 multi-reference scores (3 R1, 1 R2, 3 RL), measured


def test_stemming_differs_on_few_pairs(golden):
    """Perl stems with WordNet's exception list and its own Porter; rouge-score with NLTK's
    Porter. Our default (stemmed) configuration, on the raw text, measured."""
    rows = golden_tools.differences(golden, "raw-stem-average")
    gaps = [abs(ours[2] - perl[2]) * 100 for _, _, ours, perl in rows]
    assert sum(g <= 0.001 for g in gaps) == 149  # of 162
    assert max(gaps) == pytest.approx(6.45, abs=0.01)
    assert sum(gaps) / len(gaps) == pytest.approx(0.213, abs=0.001)
