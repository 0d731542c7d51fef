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


def _details(fallback=None, candidates=(), chosen=0):
    """The model's details as the method fills them; only the fields the page reads vary."""
    from summarize.abstractive.details import CandidateInfo, ModelDetails

    infos = tuple(
        CandidateInfo(text, i == 0, 1.0, (), score, (score or 0) >= 0.5)
        for i, (text, score) in enumerate(candidates)
    )
    return ModelDetails(
        "stub", "local", "/stub", "causal", "cpu", "float32", "none", None, 1.0, (), infos,
        chosen if fallback is None else None, fallback, (0, 1), 10, 5,
    )  # fmt: skip


def _checked(text, *checks, fallback=None, candidates=()):
    """A model paragraph with a hand-made faithfulness verdict: (sentence, score, rests on)."""
    from summarize.faithfulness.scorer import Faithfulness, SentenceCheck

    sentences = tuple(
        SentenceCheck(s, p, p >= 0.5, 0 if src else None, src, () if p >= 0.5 else ("roles",))
        for s, p, src in checks
    )
    verdict = Faithfulness(min(c.score for c in sentences), 0.5, sentences) if checks else None
    details = _details(fallback, candidates or [(text, verdict.score if verdict else 0.9)])
    summary = Summary(text, "abstractive", PRESETS["paragraph"], details=details)
    return Summary(**{**vars(summary), "faithfulness": verdict})


def _cell(summary):
    result = MethodResult("abstractive", "abstractive", {"paragraph": summary}, {"paragraph": 1})
    return render.render_results([result], [PARAGRAPH])


def test_each_model_sentence_is_marked_with_its_verdict_and_the_sentence_it_rests_on():
    summary = _checked(
        "Tokayev met Putin. <b>Putin</b> visited Astana.",
        ("Tokayev met Putin.", 0.93, "Kazakh leader Tokayev met Putin in Moscow."),
        ("<b>Putin</b> visited Astana.", 0.12, 'Putin said "<script>alert(1)</script>".'),
    )
    html = _cell(summary)
    assert html.count('class="sz-sent sz-sent-ok"') == 1
    assert html.count('class="sz-sent sz-sent-doubt"') == 1
    # The hover title carries the verdict, the score and the article sentence.
    assert 'title="supported, score 0.93; rests on: “Kazakh leader Tokayev met Putin' in html
    assert 'title="doubtful, score 0.12; roles; rests on: “Putin said' in html
    # Article and model text are hostile: nothing of them survives as markup.
    assert "<script>" not in html
    assert "<b>Putin" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;b&gt;Putin" in html
    # A doubt opens the per-sentence list; the list says 1 of 2 and the threshold.
    assert '<details class="sz-faith" open>' in html
    assert "1 of 2 sentences supported (a sentence needs 0.50)" in html
    assert "sz-fallback" not in html


def test_an_all_supported_summary_keeps_its_list_closed_and_a_lost_sentence_unmarked():
    summary = _checked(
        "Tokayev met Putin. They spoke.",
        ("Tokayev met Putin.", 0.9, "Tokayev met Putin in Moscow."),
        ("Not in the text as written.", 0.8, ""),
    )
    html = _cell(summary)
    assert '<details class="sz-faith">' in html and "2 of 2 sentences supported" in html
    assert html.count('class="sz-sent ') == 1 and "They spoke." in html
    assert "rests on no article sentence" in html


def test_a_fallback_to_the_extractive_summary_is_said_with_what_was_turned_down():
    summary = _checked(
        "Kazakhstan's leader visited Putin.",
        fallback="salience",
        candidates=[("Russia's leader meets <i>Kazakhstan</i>", 0.21), ("Putin goes", 0.34)],
    )
    html = _cell(summary)
    assert (
        "Not the model's own text: the salience summary, because none of the model&#x27;s 2 "
        "candidates passed the faithfulness check (the best scored 0.34)." in html
    )
    assert "Russia&#x27;s leader meets &lt;i&gt;Kazakhstan&lt;/i&gt;" in html and "<i>K" not in html
    assert "(score 0.21)" in html and 'sz-faith"' not in html and "sz-sent" not in html


def test_dropped_sentences_and_an_empty_model_are_named_as_such():
    dropped = _checked(
        "Tokayev met Putin.",
        ("Tokayev met Putin.", 0.9, "Tokayev met Putin in Moscow."),
        fallback="doubtful sentences dropped",
    )
    assert "sentences the article does not clearly support left out" in _cell(dropped)
    leaning = _checked(
        "Tokayev met Putin.",
        ("Tokayev met Putin.", 0.9, "Tokayev met Putin in Moscow."),
        fallback="leaning sentences dropped",
    )
    assert "sentences that referred back to an article sentence it left out dropped" in _cell(
        leaning
    )
    leaned = _checked(
        "Kazakhstan's leader visited Putin.", fallback="salience", candidates=[("He went.", 0.9)]
    )
    assert (
        "the salience summary, because every sentence of the model&#x27;s paragraph referred "
        "back to an article sentence it left out" in _cell(leaned)
    )
    empty = _checked("Tokayev met Putin.", fallback="lead", candidates=[("", None)])
    assert "the lead summary, because the model wrote nothing usable" in _cell(empty)
    assert "What the model wrote" not in _cell(empty)


def test_a_headline_turned_down_before_scoring_says_why():
    summary = _checked(
        "Kazakhstan's leader met with Russian President Vladimir Putin",
        fallback="salience",
        candidates=[("Kazakhstan leader meets Putin", None)],
    )
    summary = Summary(**{**vars(summary), "budget": PRESETS["headline"]})
    assert "did not restate a clean compression of an article sentence" in _cell(summary)


def test_extractive_output_has_no_verdict_or_fallback_line():
    doc = Document.from_clean_text("First one here. Second one there. Third one too.")
    html = _cell(Summarizer("lead").summarize(doc, "paragraph"))
    assert "sz-sent" not in html and "sz-faith" not in html and "sz-fallback" not in html
