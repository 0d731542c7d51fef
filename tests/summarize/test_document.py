import pytest

from summarize import Document, InputError, SummarizeError


def test_offsets_match_text(seed_text):
    doc = Document.from_text(seed_text)
    assert len(doc.sentences) == 7
    for i, sentence in enumerate(doc.sentences):
        assert sentence.index == i
        assert doc.text[sentence.start : sentence.end] == sentence.text
    assert doc.title == "Kazakh leader meets Putin in first post-election trip abroad"
    assert all("Your support" not in s.text for s in doc.sentences)


def test_punkt_offline_handles_abbreviations():
    doc = Document.from_clean_text("Dr. Smith met Mr. Jones in the U.S. on Monday. They talked.")
    assert [s.text for s in doc.sentences] == [
        "Dr. Smith met Mr. Jones in the U.S. on Monday.",
        "They talked.",
    ]


def test_line_breaks_end_sentences():
    doc = Document.from_clean_text("A headline without a stop\nThe body starts here. It goes on.")
    assert [s.text for s in doc.sentences] == [
        "A headline without a stop",
        "The body starts here.",
        "It goes on.",
    ]


def test_german_when_asked():
    text = "Das ist z.B. ein Satz mit Abkürzung. Und hier kommt noch einer."
    doc = Document.from_text(text, language="german")
    assert len(doc.sentences) == 2
    assert doc.warnings == ()


def test_non_english_gets_a_hint_not_an_error():
    text = (
        "Die Regierung hat am Montag neue Regeln beschlossen. Die Opposition kritisiert die "
        "Pläne scharf. Nach Angaben des Ministeriums sollen die Regeln im Frühjahr gelten. "
        "Viele Verbände begrüßen die Entscheidung dennoch."
    )
    doc = Document.from_text(text)
    assert len(doc.sentences) == 4
    assert any("does not look English" in w for w in doc.warnings)


def test_unknown_language_is_a_clear_error():
    with pytest.raises(SummarizeError, match="no sentence model for language 'klingon'"):
        Document.from_text("Some text here.", language="klingon")


@pytest.mark.parametrize(
    "raw, message",
    [
        ("", "input is empty"),
        ("   \n\t ", "input is empty"),
        ("!!! ??? ...", "no words"),
        (b"\x00\x01\x02binary", "binary"),
    ],
)
def test_unusable_input(raw, message):
    with pytest.raises(InputError, match=message):
        Document.from_text(raw)


def test_too_large_input_names_the_limit():
    with pytest.raises(InputError, match="limit is 1,000"):
        Document.from_text("word " * 1000, max_chars=1000)


def test_a_quotation_over_two_sentences_stays_one_sentence(seed_text):
    doc = Document.from_text(seed_text)
    quoted = [s.text for s in doc.sentences if "deep political significance" in s.text]
    assert len(quoted) == 1 and quoted[0].endswith("symbolism in this visit.”")


def test_a_stray_quote_mark_does_not_glue_a_paragraph():
    text = "He said “it is over. " + " ".join(f"Sentence {i} ends here." for i in range(10))
    assert len(Document.from_clean_text(text).sentences) >= 6


def test_a_lone_surrogate_is_replaced_with_a_warning():
    doc = Document.from_text("Markets fell. The \ud800 bank rose sharply today.")
    assert doc.text == "Markets fell. The \ufffd bank rose sharply today."
    assert any("surrogate" in w for w in doc.warnings)
    doc.text.encode("utf-8")  # what crashed every method


def test_one_paragraph_article_with_a_boilerplate_phrase_is_summarizable():
    article = " ".join(
        [
            "Andy Murray arrived back in Britain on Monday restored as world No 3.",
            "The Scot said the home crowd would support us in the Davis Cup tie in July.",
        ]
        + [f"He spoke about match number {i} of the clay-court season at length." for i in range(6)]
    )
    doc = Document.from_text(article)
    assert doc.text == article and len(doc.sentences) == 8


def test_a_lone_surrogate_in_the_title_or_clean_text_is_replaced():
    doc = Document.from_text("The bank rose sharply today.", title="Bank \udc00 rises")
    assert doc.title == "Bank \ufffd rises"
    assert Document.from_clean_text("A \ud800 b.").text == "A \ufffd b."


def test_random_high_bytes_warn_that_the_input_is_garbled():
    import random

    rng = random.Random(10)
    doc = Document.from_text(bytes(rng.randrange(128, 256) for _ in range(2000)))
    assert any("garbled" in w for w in doc.warnings)
