"""The page's handler and the API's, in-process."""

from __future__ import annotations

import pytest

from summarize import ModelUnavailableError, Summarizer, api
from summarize.demo import state
from summarize.demo.handlers import Handlers
from summarize.demo.page import rouge_from_eval

KEYS = ("status", "results", "rouge", "provenance", "cleaned")


def _run(text, methods=("salience",), length="both", words=None, ref_h="", ref_p="", scorer=None):
    *_, outputs = Handlers(scorer).ui_summarize(text, list(methods), length, words, ref_h, ref_p)
    return dict(zip(KEYS, outputs, strict=True))


def test_seed_gives_headline_and_paragraph_side_by_side_with_provenance(seed_text):
    out = _run(seed_text, ["salience", "lead"])
    assert "sz-status-info" in out["status"] and "2 methods" in out["status"]
    for method in ("salience", "lead"):
        assert f'<tr data-method="{method}">' in out["results"]
        assert f'<details class="sz-prov" data-method="{method}"' in out["provenance"]
    assert out["results"].count('data-length="headline"') == 2
    assert out["results"].count('data-length="paragraph"') == 2
    assert "sz-src-p" in out["provenance"] and "sz-src-h" in out["provenance"]
    assert "donation appeal" in out["cleaned"] and "Kazakh leader meets Putin" in out["cleaned"]
    assert out["rouge"] == ""  # no reference, no table


def test_extractive_results_show_before_the_model_and_failures_are_messages(seed_text, monkeypatch):
    def shared(name, language="english"):
        if name == "abstractive":
            raise ModelUnavailableError("no model here")
        return Summarizer(name)

    monkeypatch.setattr(api, "shared", shared)
    handler = Handlers().ui_summarize
    steps = list(handler(seed_text, ["abstractive", "salience"], "both", None, "", ""))
    first_status, first_results, *_ = steps[0]
    assert "Running salience" in first_status  # its headline is there, its paragraph not yet
    assert first_results.index('data-method="salience"') < first_results.index(
        'data-method="abstractive"'
    )
    status, results, *_ = steps[-1]
    assert "sz-pending" not in results and "no model here" in results
    assert "Failed: abstractive" in status
    assert any("Running abstractive" in s[0] for s in steps)


@pytest.mark.parametrize(
    ("text", "methods", "length", "words", "message"),
    [
        ("", ["salience"], "both", None, "Paste an article"),
        ("   \n ", ["salience"], "both", None, "Paste an article"),
        ("x" * (state.MAX_CHARS + 1), ["salience"], "both", None, "the limit is"),
        ("Some text here.", [], "both", None, "at least one method"),
        ("Some text here.", ["nope"], "both", None, "unknown method"),
        ("Some text here.", ["salience"], "custom", 1000, "between"),
        ("Some text here.", ["salience"], "tweet", None, "unknown length"),
        ("%%% ### !!!", ["salience"], "both", None, "no words"),
    ],
)
def test_bad_input_is_a_message_in_the_page(text, methods, length, words, message):
    out = _run(text, methods, length, words)
    assert "sz-status-error" in out["status"] and message in out["status"]
    assert out["results"] == out["provenance"] == out["cleaned"] == ""


def test_custom_word_budget_is_one_column():
    text = "The council approved the new budget on Monday after a long debate. " * 3
    out = _run(text, ["salience"], "custom", 12)
    assert 'data-length="custom"' in out["results"] and "<th>12 words</th>" in out["results"]
    assert 'data-length="headline"' not in out["results"]


def test_rouge_table_from_the_example_references_with_the_evaluations_rouge():
    bbc = next(ex for ex in state.load_examples() if ex.ref_headline)
    scorer = rouge_from_eval()
    out = _run(bbc.text, ["lead"], "both", None, bbc.ref_headline, bbc.ref_paragraph, scorer)
    assert "ROUGE-1" in out["rouge"] and out["rouge"].count("<tr><td>lead</td>") == 2
    perfect = {"rouge1": 100.0, "rouge2": 100.0, "rougeL": 100.0, "rougeLsum": 100.0}
    assert scorer("The cat sat. It slept.", "The cat sat. It slept.") == perfect
    assert _run(bbc.text, ["lead"], "both", None, bbc.ref_headline)["rouge"] == ""  # no scorer


def test_html_input_is_cleaned():
    page = (
        "<html><head><title>Rates held</title></head><body><article>"
        "<p>The central bank held interest rates at 4% on Thursday, citing slowing inflation.</p>"
        "<p>Economists had expected the decision after weeks of weak data.</p>"
        "</article></body></html>"
    )
    out = _run(page, ["lead"], "paragraph")
    assert "central bank held interest rates" in out["results"]
    assert "&lt;p&gt;" not in out["results"]


def test_an_upload_fills_the_article_or_gives_a_message():
    text, ref_h, ref_p, status = Handlers.ui_upload("Café news.".encode("cp1252"))
    assert text == "Café news." and ref_h == ref_p == ""
    assert "sz-status-warning" in status and "Windows-1252" in status
    *_, status = Handlers.ui_upload(b"\x00\x01PNG")
    assert "sz-status-error" in status and "binary" in status
