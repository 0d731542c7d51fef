"""Tokenized, lower-cased summaries are read as the news they came from."""

from __future__ import annotations

import pytest

from summarize.faithfulness.readable import looks_tokenized, readable_sentences

SOURCE = [
    "Paul Merson has restarted his row with Andros Townsend after the Tottenham midfielder "
    "was brought on in his team 's 0-0 draw with Burnley on Sunday .",
    "'Just been watching the game , did you miss the coach ? ' Merson put on Twitter .",
    "Merson -lrb- 47 -rrb- did n't stop there .",
]


def test_a_treebank_source_is_untokenized_sentence_by_sentence():
    assert readable_sentences(SOURCE) == [
        "Paul Merson has restarted his row with Andros Townsend after the Tottenham midfielder "
        "was brought on in his team's 0-0 draw with Burnley on Sunday.",
        "'Just been watching the game, did you miss the coach?' Merson put on Twitter.",
        "Merson (47) didn't stop there.",
    ]


def test_cnn_dailymail_opening_quote_mark():
    assert readable_sentences(["` just been watching , ' he said ."]) == [
        "'just been watching,' he said."
    ]


@pytest.mark.parametrize(
    "sentences",
    [
        ["Paul Merson has restarted his row with Andros Townsend, on Sunday.", "He said so."],
        ["The U.S. economy grew 2.5 percent, the report said.", "Prices rose."],
        ["No punctuation at all here"],
        [],
    ],
)
def test_ordinary_text_is_left_as_it_was(sentences):
    assert not looks_tokenized(" ".join(sentences))
    assert readable_sentences(sentences, " ".join(SOURCE)) == sentences


def test_a_lower_cased_summary_takes_the_sources_casing():
    source = " ".join(readable_sentences(SOURCE))
    summary = [
        "paul merson has restarted his row with andros townsend .",
        "townsend 's team drew .",
    ]
    assert readable_sentences(summary, source) == [
        "Paul Merson has restarted his row with Andros Townsend.",
        "Townsend's team drew.",
    ]


def test_a_word_the_source_capitalizes_only_at_a_sentence_start_stays_lower():
    source = "The team won. Then it lost to Burnley and Spurs."
    assert readable_sentences(["the fans said then it lost to burnley and spurs"], source) == [
        "The fans said then it lost to Burnley and Spurs"
    ]


@pytest.mark.parametrize(
    "summary, source",
    [
        # an ordinary sentence with no name: "may" is a verb here
        (["The minister may resign soon."], "Theresa May spoke. The party said May would go."),
        # one name written in lower case is not enough to call a text lower-cased
        (["the leader met putin on his trip."], "The leader met Putin on Monday."),
    ],
)
def test_ordinary_words_are_not_recased(summary, source):
    assert readable_sentences(summary, source) == summary


def test_a_title_case_line_says_nothing_about_casing():
    source = (
        "Kazakh Leader Meets Putin In First Trip Abroad\n"
        "The leader met Putin and Tokayev on his first trip abroad."
    )
    assert readable_sentences(["the leader met putin and tokayev on his first trip."], source) == [
        "The leader met Putin and Tokayev on his first trip."
    ]


def test_french_spacing_and_double_quotes_are_not_tokens():
    for text in [
        "Pourquoi ? Parce qu'il l'a dit ! Voilà : fini ; bon.",
        "He called it ''rubbish''.",
    ]:
        assert not looks_tokenized(text)
        assert readable_sentences([text]) == [text]


def test_a_summary_with_its_own_punctuation_is_not_untokenized_for_its_source():
    """``tokenized``: only a short copy of a tokenized source; ordinary prose stays."""
    prose = ['She said: "can not" was wrong -- maybe.']
    assert readable_sentences(prose, tokenized=True) == prose


@pytest.mark.parametrize(
    "summary",
    [
        ["Merson restarted his row with Townsend."],  # has its own capitals
        ["Paul merson has restarted his Row."],  # a capital inside a sentence: cased already
        ["paul merson"],  # too short to tell
    ],
)
def test_a_summary_with_casing_of_its_own_is_kept(summary):
    assert readable_sentences(summary, " ".join(readable_sentences(SOURCE))) == summary


def test_a_short_summary_of_a_tokenized_source_is_untokenized_too():
    short = ["A dress worn by Vivien Leigh has fetched $ 137,000 at auction ."]  # one mark
    assert not looks_tokenized(short[0])
    assert readable_sentences(short) == short
    assert readable_sentences(short, tokenized=True) == [
        "A dress worn by Vivien Leigh has fetched $137,000 at auction."
    ]


def test_contractions_count_as_tokens():
    assert looks_tokenized("Bartomeu said they 're 'very happy ' with him .")
