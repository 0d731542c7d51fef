"""Fill counts a budget as Budget.fits counts the joined text; shorten compresses or cuts."""

import pytest

from summarize.budget import PRESETS, Budget, resolve
from summarize.fill import Fill, shorten

SENTENCES = [
    "The council approved the new bridge on Monday.",
    "Work starts in May.",
    "It will cost £45m, officials said, and take two years to build.",
    "北京市政府周一批准了新桥。",
    "Residents welcomed the decision.",
]
BUDGETS = [
    PRESETS["paragraph"],
    Budget("paragraph", max_words=12),
    Budget("paragraph", max_chars=70),
    Budget("paragraph", max_sentences=2),
    Budget("paragraph", max_words=30, max_chars=120, max_sentences=3),
]


@pytest.mark.parametrize("budget", BUDGETS)
def test_fill_agrees_with_budget_fits_on_the_joined_text(budget):
    fill, taken = Fill(budget), []
    for sentence in SENTENCES:
        joined = " ".join([*taken, sentence])
        assert fill.fits([sentence]) == budget.fits(joined, len(taken) + 1)
        if fill.add([sentence]):
            taken.append(sentence)
    assert budget.fits(" ".join(taken), len(taken)) and taken
    assert fill.full == (budget.max_sentences is not None and len(taken) == budget.max_sentences)


def test_a_group_is_taken_whole_or_not_at_all():
    fill = Fill(Budget("paragraph", max_words=12))
    assert not fill.add(SENTENCES[:2] + SENTENCES[4:])  # 8 + 4 + 4 words
    assert fill.sentences == 0 and fill.add(SENTENCES[:2]) and fill.words == 12


def test_shorten_compresses_to_a_sentence_or_cuts_at_a_word():
    long = "The council approved the new bridge over the river, which officials said would open."
    text, compressed = shorten(long, resolve("paragraph", max_words=8))
    assert compressed and text.endswith(".") and len(text.split()) <= 8
    text, compressed = shorten("Word " * 40, resolve("paragraph", max_words=5))
    assert not compressed and text == "Word Word Word Word Word…"  # the ellipsis says: cut
