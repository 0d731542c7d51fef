"""The writer's note under a story (``summarize.sign_off``), on whole pages through
``clean``: it goes; a sentence of the story about a journalist stays."""

from __future__ import annotations

import pytest

from summarize.clean import clean

STORY = (
    "Carlsbad residents will pay about $6 more a month for water starting Nov. 1.\n\n"
    "The council voted 5-2 on Tuesday to raise rates for the first time since 2009.\n\n"
    "The new rates will first appear on bills mailed in early December.\n\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "Bryce Hollister can be reached at bhollister@currentargus.com.",  # final59
        "Halima Ng'itu is The Chanzo's correspondent in Kigoma.",  # final58
        "Contact Jane Doe at 575-628-5531.",
        "Jane Doe is a staff reporter for the Current-Argus.",
    ],
)
def test_a_contact_line_or_a_one_line_bio_under_the_story_goes(note):
    cleaned = clean(STORY + note)
    assert note not in cleaned.body
    assert "The new rates will first appear on bills mailed in early December." in cleaned.body
    assert [r.reason for r in cleaned.removed if r.text == note] == ["author's note"]


def test_a_sentence_about_a_journalist_inside_the_story_stays():
    about = "Maria Lopez is a reporter for the Current-Argus who was hurt in the crash."
    lines = [f"Paragraph {i} of the story goes on about the crash and the road." for i in range(14)]
    text = about + "\n\n" + "\n\n".join(lines)
    assert about in clean(text).body  # high up the page, it is the story's
    kept = "The mayor can be reached by voters at weekly surgeries, she said."
    assert kept in clean(STORY + kept).body  # no address or number: the story's
    hurt = "Maria Lopez is a reporter for the Current-Argus who was hurt in the crash."
    assert hurt in clean(STORY + hurt).body  # a clause of its own: news
    # a bio of someone the story is about (the review's)
    held = (
        "Evan Gershkovich was detained in Yekaterinburg on Wednesday.\n\n"
        "The newspaper denied the charges against Gershkovich.\n\n"
        "Evan Gershkovich is a reporter for The Wall Street Journal."
    )
    assert "is a reporter for The Wall Street Journal" in clean(held).body


def test_a_bio_of_the_writer_named_in_the_byline_goes():
    page = (
        "Halima Ng'itu\nAugust 17, 2023\n\n"
        + STORY
        + "Halima Ng'itu is The Chanzo's correspondent in Kigoma."
    )
    assert "correspondent" not in clean(page).body
