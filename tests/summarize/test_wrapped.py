import textwrap

import pytest

from summarize.document import Document
from summarize.wrapped import unwrap

ARTICLE = [
    "Mittal Steel, one of the world's largest steel producers, could cut up to 45,000 jobs "
    "over the next five years, its chief executive has said.",
    "The Netherlands-based company is due to complete its $4.5bn acquisition of US firm ISG "
    "next month, making it one of the largest global firms of its kind. However, Lakshmi "
    "Mittal has told investors the combined company will have to shed thousands of jobs.",
    "Mr Mittal told US investors that once the acquisition of International Steel Group was "
    "completed, the company would aim to reduce its workforce by between 7,000 and 8,000 "
    "annually - a cut that unions have called reckless and short-sighted.",
]


@pytest.mark.parametrize("width", [40, 60, 72, 80])
@pytest.mark.parametrize("between", ["\n\n", "\n"])
def test_wrapped_article_reads_as_its_paragraphs(width, between):
    wrapped = between.join(textwrap.fill(p, width) for p in ARTICLE)
    assert "\n" in wrapped.strip()
    doc = Document.from_text(wrapped)
    plain = Document.from_text("\n".join(ARTICLE))
    assert doc.title is None  # the unpunctuated first line is not taken for a title
    assert [s.text for s in doc.sentences] == [s.text for s in plain.sentences]


def test_word_broken_at_its_hyphen_is_joined_whole():
    text = textwrap.fill(ARTICLE[1], 20)
    assert "Netherlands-\nbased" in text
    assert unwrap(text) == ARTICLE[1]


def test_word_hyphenated_to_break_it_loses_the_hyphen():
    # a PDF's or a typesetter's break: the text writes the word whole elsewhere
    text = "The steel maker said the deal would complete its acqui-\n"
    text += "sition of the American firm next month, and that the acquisition\n"
    text += "would make it the largest steel producer in the world by output.\n"
    text += "Its shares rose by four per cent in early trading in Amsterdam."
    assert unwrap(text) == (
        "The steel maker said the deal would complete its acquisition of the American firm "
        "next month, and that the acquisition would make it the largest steel producer in "
        "the world by output. Its shares rose by four per cent in early trading in Amsterdam."
    )


@pytest.mark.parametrize(
    "lines",
    [
        # a number after an unfinished line goes on the sentence, it opens no list
        [
            "Mr Bell quickly moved through its ranks, becoming Australia's",
            "youngest store manager at the age of nineteen, and chairman at",
            "19. A popular go-getter, he is credited with helping revive the",
            "chain's fortunes over the decade that followed his promotion.",
        ],
        # "PCG-X505" has no letters after its hyphen: a wrapper moves it whole
        [
            "Conferring the award, PC Pro's staff had picked out Sony's",
            "PCG-X505/P Vaio laptop as a stunning piece of engineering for its",
            "size, its weight and its battery, which lasted for most of a day",
            "in the magazine's tests of laptops sold in the shops this winter.",
        ],
    ],
)
def test_every_break_of_a_wrapped_paragraph_is_joined(lines):
    assert unwrap("\n".join(lines)) == " ".join(lines)


def test_dash_goes_on_the_sentence_after_an_unfinished_line():
    text = textwrap.fill(ARTICLE[2], 46)
    assert "\n- a cut" in text
    assert unwrap(text) == ARTICLE[2]


@pytest.mark.parametrize(
    "text",
    [
        # the scraped layout: a paragraph a line, wider than any wrapping
        "Kazakh leader meets Putin\n" + "\n".join(ARTICLE),
        # a short note: too few breaks to call it wrapped
        "Breaking news\nThe prime minister resigned today.\nMore to follow.",
        # a list under a finished line keeps its items, dashes included
        "The council agreed three measures at its meeting on Tuesday night:\n"
        "- a new bus lane on the high street through the town centre\n"
        "- longer opening hours for the library and the swimming pool\n"
        "* free parking on Sundays in every car park run by the council\n"
        "1. a review of all of them after one year",
        # a live blog: stamped lines of one length, each starting with its time
        "Live: Budget day\n14:02 Markets react as the pound falls against the dollar\n"
        "14:10 The chancellor rises to speak in a packed Commons chamber today\n"
        "14:25 Fuel duty is frozen for another year, the chancellor announces\n"
        "14:48 Opposition leader calls the budget a con on working people\n"
        "15:05 Markets react as the pound falls further against the euro",
        # one-sentence paragraphs of about one length, and a quotation on its own line
        "Storm hits coast\nGales of up to 90mph battered the south coast of England overnight.\n"
        "Thousands of homes were left without power as trees brought down lines.\n"
        "The Environment Agency issued 40 flood warnings across Devon and Cornwall.\n"
        "Rail services between Exeter and Plymouth were cancelled until midday.\n"
        '"This is the worst storm we have seen here for twenty years at least"\n'
        "Forecasters said the winds would ease by the evening but rain would stay.",
        # short lines of all lengths (a page's menu and teasers)
        "Home\nNews\nSport\nWeather\nPolice search for missing teenager in Leeds\n"
        "Council tax to rise by 5% next year\nMan charged after crash",
    ],
)
def test_text_that_is_not_wrapped_is_unchanged(text):
    assert unwrap(text) == text


def test_short_lines_and_blank_lines_keep_their_breaks():
    wrapped = textwrap.fill(ARTICLE[0], 50) + "\n\nReporting by Jane Smith\n\n"
    wrapped += textwrap.fill(ARTICLE[1], 50)
    assert unwrap(wrapped) == ARTICLE[0] + "\n\nReporting by Jane Smith\n\n" + ARTICLE[1]
