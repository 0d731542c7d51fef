"""The demo's HTML: escaping, marks, pending cells, source highlights, ROUGE."""

from __future__ import annotations

from summarize import PRESETS, Document, SourceSentence, Summarizer, Summary
from summarize.demo import render
from summarize.demo.state import HEADLINE, PARAGRAPH, MethodResult


def test_unsupported_names_and_numbers_are_marked_and_text_is_escaped():
    marked = render.mark_unsupported("Biden met <Putin> in 2024.", ["Biden", "2024"])
    assert marked.count('class="sz-unsupported"') == 2
    assert "&lt;Putin&gt;" in marked and "<Putin>" not in marked
    assert render.mark_unsupported("a < b", []) == "a &lt; b"
    # Whole words only, any spacing or case: "5" is not marked inside "50".
    marked = render.mark_unsupported("Vladimir\nPutin won 50 of 5 seats", ["vladimir putin", "5"])
    assert marked.count("sz-unsupported") == 2 and ">5</mark>" in marked and ">50<" not in marked


def _model_result(**kw):
    summary = Summary(
        "Tokayev met Biden in Moscow in 2023.",
        "abstractive",
        PRESETS["paragraph"],
        sources=(SourceSentence(0, 0, 28, 0.8),),
        warnings=("article was cut",),
        details={"unsupported": ["Biden", "2023"]},
    )
    return MethodResult(
        "abstractive", "abstractive", {"paragraph": summary}, {"paragraph": 2}, **kw
    )


def test_model_output_renders_with_unsupported_names_marked_and_its_sources():
    doc = Document.from_clean_text("Tokayev met Putin in Moscow. They spoke for an hour.")
    html = render.render_results([_model_result()], [PARAGRAPH])
    assert html.count('class="sz-unsupported"') == 2 and "Not in the source: Biden, 2023" in html
    assert "article was cut" in html and "2.00 s" in html and "sz-pending" not in html
    prov = render.render_provenance(doc, [_model_result()])
    assert "closest to" in prov and '">Tokayev met Putin in Moscow.</mark>' in prov


def test_a_column_still_running_is_marked_and_so_is_its_row():
    html = render.render_results([_model_result(pending=("headline",))], [HEADLINE, PARAGRAPH])
    assert 'class="sz-pending"' in html and html.count("sz-wait") == 1
    assert 'data-length="paragraph"' in html and 'data-length="headline"' not in html


def test_highlight_covers_exactly_the_source_spans():
    doc = Document.from_clean_text("First one here. Second one there. Third one too.")
    summary = Summarizer("lead").summarize(doc, "paragraph", max_words=6)
    html = render.highlight_source(doc, {"paragraph": summary})
    start, end = summary.sources[0].start, summary.sources[0].end
    assert 'title="paragraph: sentence 1, score' in html
    assert f">{doc.text[start:end]}</mark>" in html


def test_rouge_table_follows_the_scorers_types():
    rows = [{"method": "lead", "length": "headline", "rouge1": 50.0, "rougeLsum": 25.5}]
    html = render.render_rouge(rows)
    assert "<th>ROUGE-1</th><th>ROUGE-Lsum</th>" in html and "<td>25.5</td>" in html
    assert render.render_rouge([]) == ""
