import pytest

from summarize import Summarizer, Summary, UnknownMethodError, summarize


def test_summarize_one_call(seed_text):
    headline = summarize(seed_text, length="headline")
    assert isinstance(headline, Summary)
    assert headline.method == "salience" and headline.budget.kind == "headline"
    paragraph = summarize(seed_text, method="lead", length="paragraph", max_words=40)
    assert paragraph.n_words <= 40 and paragraph.budget.max_words == 40


def test_summarizer_reuses_its_method_and_batches(seed_text):
    summarizer = Summarizer("lexrank")
    method = summarizer.method
    results = summarizer.summarize_many([seed_text, seed_text.encode()], "headline")
    assert [r.text for r in results] == [results[0].text] * 2
    assert summarizer.method is method


def test_summary_to_dict_is_json_ready(seed_text):
    data = summarize(seed_text, length="paragraph").to_dict()
    assert set(data) >= {"text", "method", "length", "sources", "elapsed_s", "warnings"}
    assert data["length"] == "paragraph" and data["sources"][0]["start"] >= 0


def test_unknown_method_lists_known_ones():
    with pytest.raises(UnknownMethodError, match="known methods: salience, lead"):
        Summarizer("magic")
