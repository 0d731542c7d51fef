"""salience, the default extractive method: its features, its choices and its budgets."""

from pathlib import Path

import numpy as np
import pytest

from summarize import PRESETS, Document
from summarize.budget import resolve
from summarize.extractive.salience import (
    FEATURES,
    GRAPH_SENTENCES,
    WEIGHTS,
    SalienceMethod,
    Terms,
    features,
)

ARTICLE = (
    "Mittal Steel, one of the world's largest steel producers, could cut up to 45,000 steel "
    "jobs over the next five years, its chief executive has said.\n\n"
    "The steel company is due to complete its $4.5bn takeover of US steel firm ISG next month.\n"
    "Mr Mittal told investors the combined steel company would cut jobs by 8,000 a year.\n"
    "The weather in Chicago was cold and windy on the day of the conference.\n"
    "Mittal Steel employs 50,000 staff in Kazakhstan, and steel jobs there are at risk.\n"
    "Lunch was served at noon.\n"
    "Steel unions said the job cuts at Mittal Steel would hit steel towns hard."
)


@pytest.fixture(scope="module")
def doc() -> Document:
    return Document.from_clean_text(ARTICLE)


@pytest.mark.parametrize("length", ["headline", "paragraph"])
def test_one_finite_score_per_sentence(doc, length):
    scores = SalienceMethod().score(doc, PRESETS[length])
    assert scores.shape == (len(doc.sentences),) == (7,)
    assert np.isfinite(scores).all()


def test_weights_cover_every_feature_and_length():
    for kind in ("headline", "paragraph"):
        assert len(WEIGHTS[kind]) == len(FEATURES)
    assert features(Document.from_clean_text(ARTICLE)).shape == (7, len(FEATURES))


def test_paragraph_keeps_the_topic_and_leaves_out_the_asides(doc):
    summary = SalienceMethod().summarize(doc, PRESETS["paragraph"])
    picked = [s.index for s in summary.sources]
    assert 0 in picked  # the lead sentence states the news
    assert 3 not in picked and 5 not in picked  # the weather and lunch asides
    assert picked == sorted(picked) and 2 <= len(picked) <= 4
    assert summary.n_words <= 90 and summary.text.endswith(".")


def test_headline_is_the_lead_sentence_compressed(doc):
    summary = SalienceMethod().summarize(doc, PRESETS["headline"])
    assert [s.index for s in summary.sources] == [0]
    # the time frame stays: the preset has room for it
    assert summary.text == (
        "Mittal Steel could cut up to 45,000 steel jobs over the next five years, "
        "says chief executive"
    )
    assert PRESETS["headline"].fits(summary.text)


def test_off_topic_sentences_score_lowest_on_centrality(doc):
    table = features(doc)
    centrality = table[:, FEATURES.index("centrality")]
    graph = table[:, FEATURES.index("graph")]
    assert set(np.argsort(centrality)[:2]) == {3, 5}
    assert set(np.argsort(graph)[:2]) == {3, 5}


@pytest.mark.parametrize("max_words", [12, 30, 60])
def test_explicit_word_budget_is_respected(doc, max_words):
    budget = resolve("paragraph", max_words=max_words)
    summary = SalienceMethod().summarize(doc, budget)
    assert summary.n_words <= max_words


def test_one_sentence_document():
    doc = Document.from_clean_text("The council approved the new bridge on Monday.")
    method = SalienceMethod()
    assert method.score(doc, PRESETS["paragraph"]).shape == (1,)
    assert method.summarize(doc, PRESETS["paragraph"]).text == doc.sentences[0].text
    headline = method.summarize(doc, PRESETS["headline"]).text
    assert headline == "The council approved the new bridge on Monday"  # fits: nothing dropped


def test_sentences_of_stop_words_only_do_not_break_the_scores():
    doc = Document.from_clean_text("It is what it is. And so it was. Then it was not.")
    scores = SalienceMethod().score(doc, PRESETS["paragraph"])
    assert scores.shape == (3,) and np.isfinite(scores).all()


@pytest.mark.parametrize("product_cells", [0, 1 << 15])  # the postings' way, the product's
def test_sparse_overlap_equals_the_dense_product(doc, product_cells, monkeypatch):
    from summarize.extractive import salience

    monkeypatch.setattr(salience, "_DENSE_PRODUCT", product_cells)
    terms = Terms.of(doc)
    dense = np.zeros((terms.n_sentences, terms.n_terms))
    dense[terms.row, terms.col] = terms.count
    expected = dense @ dense.T
    np.fill_diagonal(expected, 0.0)
    np.testing.assert_array_equal(terms.overlap(GRAPH_SENTENCES), expected)


def test_terms_fold_case_possessives_plurals_and_curly_quotes():
    doc = Document.from_clean_text("“Steel’s jobs” went. Steel job cuts! STEEL's steels.")
    terms = Terms.of(doc)
    # steel x4, job x2, cut x1 ("went" is a stop word, the "s" of "STEEL's" a single letter)
    assert sorted(np.bincount(terms.col, weights=terms.count).tolist()) == [1, 2, 4]


def test_terms_are_numbered_in_first_seen_order_whatever_was_read_before(monkeypatch):
    """Shared term ids depend on what the process read before, and a full table is cleared:
    a document's own numbering (and so its float sums) never does."""
    from summarize.extractive import salience

    doc = Document.from_clean_text("Steel jobs went. Mittal cut steel jobs. Jobs rise in Ohio.")
    fresh = salience._TermIds("english")
    monkeypatch.setattr(salience, "_term_ids", lambda language: fresh)
    first = Terms.of(doc)
    assert first.col[:2].tolist() == [0, 1]  # "steel", then "job"
    fresh(b"ohio mittal zinc copper tin".split())  # other text first: other shared ids
    fresh.LIMIT = 3  # and a table past its bound, cleared on the next document
    for _ in range(2):
        again = Terms.of(doc)
        for name in ("row", "col", "count", "n_words"):
            np.testing.assert_array_equal(getattr(again, name), getattr(first, name))
    assert len(fresh.of_token) <= 3 + len(doc.text.split())


def test_long_document_is_linear_beyond_the_graph_cap():
    sentences = [f"Report {i} says the harbour project {i % 7} is on time." for i in range(3000)]
    doc = Document.from_clean_text("\n".join(sentences))
    scores = SalienceMethod().score(doc, PRESETS["paragraph"])  # its time: bench/
    assert scores.shape == (3000,) and np.isfinite(scores).all()
    graph = features(doc)[:, FEATURES.index("graph")]
    assert (graph[GRAPH_SENTENCES:] == 1.0).all()


def test_other_languages_use_their_stemmer():
    text = (
        "Die Regierung plant neue Steuern für große Unternehmen. "
        "Die Unternehmen kritisieren die geplanten Steuern scharf. "
        "Am Abend regnete es in Berlin."
    )
    doc = Document.from_clean_text(text, language="german")
    summary = SalienceMethod().summarize(doc, resolve("paragraph", max_sentences=2))
    assert [s.index for s in summary.sources] == [0, 1]


def test_scores_are_identical_across_hash_seeds(tmp_path):
    """Workers (processes, Ray actors) must give bit-identical scores."""
    import subprocess
    import sys

    code = (
        "import json; from summarize import Document, PRESETS;"
        "from summarize.registry import create;"
        "doc = Document.from_text(open('seeds/kazakh-leader-meets-putin.txt').read());"
        "print(json.dumps(create('salience').score(doc, PRESETS['paragraph']).tolist()))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": str(seed), "PATH": ""},
            cwd=Path(__file__).resolve().parents[2],
        ).stdout
        for seed in (1, 2, 3)
    }
    assert len(outputs) == 1
