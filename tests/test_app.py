"""The demo's handlers in-process, and its named API from gradio_client on loopback."""

from __future__ import annotations

import importlib
import socket
import sys
from pathlib import Path

import pytest

from summarize import (
    PRESETS,
    Document,
    ModelUnavailableError,
    SourceSentence,
    Summary,
    list_methods,
)

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # app.py sits at the top level, outside the package
    sys.path.insert(0, str(ROOT))
app = importlib.import_module("app")


def _run(text, methods=("salience",), length="both", words=None, ref_h="", ref_p=""):
    keys = ("status", "results", "rouge", "provenance", "cleaned")
    *_, outputs = app.ui_summarize(text, list(methods), length, words, ref_h, ref_p)
    return dict(zip(keys, outputs, strict=True))


def test_methods_come_from_the_registry_with_salience_and_abstractive_by_default():
    assert app.method_names() == [m.name for m in list_methods()]
    assert app.default_methods() == ["salience", "abstractive"]


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


def test_a_failing_method_is_a_message_in_its_row_and_the_others_still_run(seed_text, monkeypatch):
    real = app._summarizer

    def fake(name):
        if name == "abstractive":
            raise ModelUnavailableError("model weights not found; run the install step")
        if name == "lead":
            raise RuntimeError("boom\nTraceback (most recent call last): secret details")
        return real(name)

    monkeypatch.setattr(app, "_summarizer", fake)
    out = _run(seed_text, ["salience", "abstractive", "lead"])
    assert "sz-status-warning" in out["status"] and "lead, abstractive" in out["status"]
    assert "model weights not found" in out["results"]
    assert "RuntimeError: boom" in out["results"] and "Traceback" not in out["results"]
    assert out["results"].count('data-length="headline"') == 1  # salience still ran


def test_extractive_results_show_before_the_model_finishes(seed_text, monkeypatch):
    real = app._summarizer

    def fake(name):
        if name == "abstractive":
            raise ModelUnavailableError("no model here")
        return real(name)

    monkeypatch.setattr(app, "_summarizer", fake)
    steps = list(app.ui_summarize(seed_text, ["abstractive", "salience"], "both", None, "", ""))
    assert len(steps) == 2
    first_status, first_results, *_ = steps[0]
    assert "Running abstractive" in first_status
    assert first_results.index('data-method="salience"') < first_results.index("sz-pending")
    assert "sz-pending" not in steps[1][1] and "no model here" in steps[1][1]


@pytest.mark.parametrize(
    ("text", "methods", "length", "words", "message"),
    [
        ("", ["salience"], "both", None, "Paste an article"),
        ("   \n ", ["salience"], "both", None, "Paste an article"),
        ("x" * (app.MAX_CHARS + 1), ["salience"], "both", None, "at most"),
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


def test_rouge_table_from_the_example_references():
    bbc = next(ex for ex in app.load_examples() if ex.ref_headline)
    out = _run(bbc.text, ["lead"], "both", None, bbc.ref_headline, bbc.ref_paragraph)
    assert "ROUGE-1" in out["rouge"] and out["rouge"].count("<tr><td>lead</td>") == 2
    perfect = {"rouge1": 100.0, "rouge2": 100.0, "rougeL": 100.0, "rougeLsum": 100.0}
    assert app.rouge("The cat sat. It slept.", "The cat sat. It slept.") == perfect


def test_examples_are_the_seed_and_bbc_articles_with_references():
    examples = app.load_examples()
    assert examples[0].label.startswith("Seed") and not examples[0].ref_headline
    bbc = [ex for ex in examples if ex.label.startswith("BBC")]
    assert len(bbc) >= 2
    assert all(ex.ref_headline and ex.ref_paragraph and "Greene" in ex.credit for ex in bbc)


def test_unsupported_names_and_numbers_are_marked_and_text_is_escaped():
    marked = app.mark_unsupported("Biden met <Putin> in 2024.", ["Biden", "2024"])
    assert marked.count('class="sz-unsupported"') == 2
    assert "&lt;Putin&gt;" in marked and "<Putin>" not in marked
    assert app.mark_unsupported("a < b", []) == "a &lt; b"
    # Whole words only, any spacing or case: "5" is not marked inside "50".
    marked = app.mark_unsupported("Vladimir\nPutin won 50 of 5 seats", ["vladimir putin", "5"])
    assert marked.count("sz-unsupported") == 2 and ">5</mark>" in marked and ">50<" not in marked


def test_model_output_renders_with_unsupported_names_marked_and_its_sources():
    doc = Document.from_clean_text("Tokayev met Putin in Moscow. They spoke for an hour.")
    summary = Summary(
        "Tokayev met Biden in Moscow in 2023.",
        "abstractive",
        PRESETS["paragraph"],
        sources=(SourceSentence(0, 0, 28, 0.8),),
        warnings=("article was cut",),
        details={"unsupported": ["Biden", "2023"]},
    )
    result = app.MethodResult(
        "abstractive", "abstractive", {"paragraph": summary}, {"paragraph": 2}
    )
    html = app.render_results([result], [app.PARAGRAPH])
    assert html.count('class="sz-unsupported"') == 2 and "Not in the source: Biden, 2023" in html
    assert "article was cut" in html and "2.00 s" in html
    prov = app.render_provenance(doc, [result])
    assert "closest to" in prov and '">Tokayev met Putin in Moscow.</mark>' in prov


def test_highlight_covers_exactly_the_source_spans():
    doc = Document.from_clean_text("First one here. Second one there. Third one too.")
    summary = app.Summarizer("lead").summarize(doc, "paragraph", max_words=6)
    html = app.highlight_source(doc, {"paragraph": summary})
    start, end = summary.sources[0].start, summary.sources[0].end
    assert 'title="paragraph: sentence 1, score' in html
    assert f">{doc.text[start:end]}</mark>" in html


def test_uploads_decode_or_give_a_message():
    assert app.decode_upload("Café news.".encode()) == "Café news."
    assert app.decode_upload("Café news.".encode("cp1252")) == "Café news."
    with pytest.raises(app.InputError, match="binary"):
        app.decode_upload(b"\x00\x01PNG")
    text, *_, status = app.ui_upload(b"x" * (app.MAX_CHARS + 1))
    assert "sz-status-error" in status


def test_html_input_is_cleaned():
    page = (
        "<html><head><title>Rates held</title></head><body><article>"
        "<p>The central bank held interest rates at 4% on Thursday, citing slowing inflation.</p>"
        "<p>Economists had expected the decision after weeks of weak data.</p>"
        "</article></body></html>"
    )
    out = _run(page, ["lead"], "paragraph")
    assert (
        "central bank held interest rates" in out["results"] and "&lt;p&gt;" not in out["results"]
    )


def test_methods_are_created_once_and_shared(seed_text):
    _run(seed_text, ["salience"], "headline")
    first = app._summarizers["salience"]
    _run(seed_text, ["salience"], "headline")
    assert app._summarizers["salience"] is first


def test_host_and_port_from_flags_and_environment(monkeypatch):
    calls = []
    monkeypatch.setattr(app, "launch", lambda demo, host, port: calls.append((host, port)))
    monkeypatch.setenv("SUMMARIZE_HOST", "0.0.0.0")
    app.main(["--port", "7999", "--no-preload"])
    app.main(["--host", "127.0.0.1", "--no-preload"])
    assert calls == [("0.0.0.0", 7999), ("127.0.0.1", 7860)]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# gradio's own queue code trips pandas deprecation warnings; not ours to fix.
@pytest.mark.filterwarnings("ignore:.*(no_silent_downcasting|copy keyword)")
def test_named_api_from_gradio_client_on_loopback(seed_text):
    from gradio_client import Client
    from gradio_client.exceptions import AppError

    demo = app.build_app()
    port = _free_port()
    app.launch(demo, "127.0.0.1", port, prevent_thread_lock=True, quiet=True)
    try:
        client = Client(f"http://127.0.0.1:{port}/", verbose=False, download_files=False)
        info = client.view_api(return_format="dict", print_info=False)
        assert set(info["named_endpoints"]) == {"/summarize", "/methods"}
        assert info["named_endpoints"]["/summarize"]["description"]

        methods = client.predict(api_name="/methods")
        assert {"name": "salience", "kind": "extractive"}.items() <= methods[0].items()

        out = client.predict(
            seed_text,
            ["salience"],
            "both",
            None,
            "Kazakh leader meets Putin",
            "",
            api_name="/summarize",
        )
        (result,) = out["results"]
        assert result["method"] == "salience" and result["error"] is None
        assert set(result["summaries"]) == {"headline", "paragraph"}
        assert result["summaries"]["paragraph"]["sources"]
        assert out["document"]["title"].startswith("Kazakh leader")
        assert [r["length"] for r in out["rouge"]] == ["headline"]

        with pytest.raises(AppError, match="Paste an article"):
            client.predict("", ["salience"], api_name="/summarize")
    finally:
        demo.close()
