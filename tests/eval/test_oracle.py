"""The greedy ROUGE oracle: within the same budget as every method, and above them."""

import pytest

from eval.datasets import open_dataset
from eval.oracle import Oracle
from summarize import PRESETS, Budget, Document, Summarizer


@pytest.fixture(scope="module")
def bbc():
    return open_dataset("bbc-dev").records[:12]


def test_paragraph_picks_the_sentences_that_match_the_reference():
    doc = Document.from_clean_text(
        "Markets fell sharply on Monday. The weather was mild. "
        "Investors sold bank shares after the report. A local team won a cup."
    )
    reference = "Markets fell sharply as investors sold bank shares after the report."
    summary = Oracle().summarize(doc, [reference], PRESETS["paragraph"])
    assert [s.index for s in summary.sources] == [0, 2]
    assert summary.text == (
        "Markets fell sharply on Monday. Investors sold bank shares after the report."
    )
    assert summary.method == "oracle"


def test_paragraph_respects_the_budget_and_beats_every_method(bbc):
    oracle = Oracle()
    lead = Summarizer("lead")
    budget = PRESETS["paragraph"]
    for record in bbc:
        doc = Document.from_clean_text(record.text)
        summary = oracle.summarize(doc, record.paragraph, budget)
        assert budget.fits(summary.text, len(summary.sources))
        assert 1 <= len(summary.sources) <= budget.max_sentences
        assert summary.text == " ".join(doc.sentences[s.index].text for s in summary.sources)
        baseline = lead.summarize(doc, budget).text
        objective = oracle.objective(record.paragraph, summary.text)
        assert objective >= oracle.objective(record.paragraph, baseline) - 1e-9


def test_headline_is_the_best_single_sentence_made_into_a_headline(bbc):
    oracle = Oracle()
    budget = PRESETS["headline"]
    for record in bbc:
        doc = Document.from_clean_text(record.text)
        summary = oracle.summarize(doc, record.headline, budget)
        assert len(summary.sources) == 1 and budget.fits(summary.text)
        lead = Summarizer("lead").summarize(doc, budget).text
        assert oracle.objective(record.headline, summary.text) >= oracle.objective(
            record.headline, lead
        )


def test_sentences_all_over_budget_fall_back_to_shortening():
    doc = Document.from_clean_text(
        "The council voted on Tuesday to close the old library on the hill, after a long "
        "debate about costs, visitor numbers, repairs and the future of the building. "
        "Residents said they would appeal against the decision of the council to the courts."
    )
    summary = Oracle().summarize(doc, ["Council votes to close library"], Budget(max_words=8))
    assert len(summary.text.split()) <= 8
    assert summary.warnings
