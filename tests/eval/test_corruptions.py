"""The corruption benchmark's edits (eval.corruptions) on known sentences.

Each corruption must change exactly one relation and keep the rest of the sentence, or the
benchmark measures word overlap instead of faithfulness; and a sentence-opening common word
taken for a name would make "swaps" that are no swap at all.
"""

from __future__ import annotations

import random

import pytest

from eval.corruptions import (
    ANTONYMS,
    KINDS,
    Pair,
    antonym,
    corrupt,
    names,
    negation,
    number,
    other_name,
    pairs,
    swap,
    to_json,
)

ARTICLE = (
    "GE bought Vivendi Universal last year. The deal made GE bigger, said Jeff Immelt on "
    "Friday, and shares rose 5% on Monday."
)


def test_swap_trades_the_first_two_names() -> None:
    assert (
        swap("GE bought Vivendi Universal last year.", ARTICLE, random.Random(0))
        == "Vivendi Universal bought GE last year."
    )


def test_swap_needs_two_different_names() -> None:
    """One name, or a name inside another, gives nothing to swap."""
    assert swap("GE grew last year.", ARTICLE, random.Random(0)) is None
    assert swap("Vivendi said Vivendi Universal grew.", ARTICLE, random.Random(0)) is None


def test_other_name_puts_in_a_name_of_the_article_the_sentence_lacks() -> None:
    """The only two-word name the article has and the sentence lacks is Jeff Immelt."""
    out = other_name("GE bought Vivendi Universal last year.", ARTICLE, random.Random(0))
    assert out in {
        "Jeff Immelt bought Vivendi Universal last year.",
        "GE bought Jeff Immelt last year.",
    }
    for seed in range(10):
        out = other_name("Vivendi Universal grew last year.", ARTICLE, random.Random(seed))
        assert out == "Jeff Immelt grew last year."  # same size preferred; never itself
    assert other_name("Profits grew last year.", "Profits grew.", random.Random(0)) is None


def test_antonym_flips_one_verb_and_keeps_case() -> None:
    assert antonym("Shares rose sharply on Monday.", random.Random(0)) == (
        "Shares fell sharply on Monday."
    )
    assert antonym("Rise in prices", random.Random(0)) == "Fall in prices"
    assert antonym("The cat sat on the mat.", random.Random(0)) is None
    assert ANTONYMS["fell"] == "rose" and ANTONYMS["bought"] == "sold"


def test_negation_adds_not_after_an_auxiliary() -> None:
    assert negation("Profits will rise this year.", random.Random(0)) == (
        "Profits will not rise this year."
    )
    assert negation("The firm plans to cut jobs.", random.Random(0)) == (
        "The firm plans not to cut jobs."
    )


def test_negation_removes_an_existing_not() -> None:
    assert negation("Profits did not rise.", random.Random(0)) == "Profits did rise."
    assert negation("He will never resign.", random.Random(0)) == "He will resign."


def test_negation_without_a_place_for_it_is_none() -> None:
    assert negation("Sales rose.", random.Random(0)) is None


@pytest.mark.parametrize(
    "sentence", ["Nothing changed for the firm.", "Sales rose, notably in Asia."]
)
def test_negation_leaves_words_that_start_with_not_alone(sentence) -> None:
    """'Nothing' or 'notably' hold no negation; cutting 'not' out of them makes no sentence."""
    out = negation(sentence, random.Random(0))
    assert out is None or " not " in out or sentence.replace(" not", "") == out


def test_number_changes_one_number_and_keeps_the_rest() -> None:
    sentence = "Shares rose 5% to 120 on Monday."
    outs = {number(sentence, random.Random(seed)) for seed in range(20)}
    assert outs <= {
        "Shares rose 10% to 120 on Monday.",
        "Shares rose 15% to 120 on Monday.",
        "Shares rose 5% to 240 on Monday.",
        "Shares rose 5% to 360 on Monday.",
    }
    assert len(outs) > 1


def test_number_keeps_a_year_a_year_and_decimals_their_places() -> None:
    for seed in range(10):
        out = number("Sales fell in 2004.", random.Random(seed))
        assert out in {f"Sales fell in {y}." for y in (2002, 2003, 2005, 2006)}
        out = number("It cost 3.5 billion.", random.Random(seed))
        assert out in {"It cost 1.8 billion.", "It cost 7.0 billion.", "It cost 5.2 billion."}


def test_number_changes_a_day_when_there_is_no_number() -> None:
    out = number("They met on Monday.", random.Random(0))
    assert out is not None and out.startswith("They met on ") and "Monday" not in out
    assert out.removeprefix("They met on ").rstrip(".") in {
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
    }  # fmt: skip
    assert number("They met.", random.Random(0)) is None


def test_corrupt_dispatches_and_refuses_no_change() -> None:
    rng = random.Random(0)
    assert corrupt("antonym", "Shares rose.", ARTICLE, rng) == "Shares fell."
    assert corrupt("swap", "GE bought Vivendi Universal last year.", ARTICLE, rng) == (
        "Vivendi Universal bought GE last year."
    )
    assert corrupt("number", "No digits here.", ARTICLE, rng) is None


def test_names_skip_a_sentence_opening_common_word() -> None:
    """'Label' opens the headline but the article writes 'label' mid-sentence in lower case:
    not a name. 'Mittal' opens it too, and the article capitalises it mid-sentence: a name."""
    article = "The record label said it would appeal. Lakshmi Mittal told investors."
    assert names("Label withdraws album", article) == []
    assert names("Mittal says jobs go", article) == [(0, 6, "Mittal")]
    assert names("Label drops Lakshmi Mittal", article) == [(12, 26, "Lakshmi Mittal")]


def test_a_name_does_not_run_into_the_next_sentence() -> None:
    """ "...said Jeff Immelt. Shares rose" holds the name Jeff Immelt, not "Jeff Immelt. Shares"
    (which other_name would then paste into a sentence)."""
    found = [v for _, _, v in names("The deal was done, said Jeff Immelt. Shares rose.")]
    assert "Jeff Immelt" in found


def test_names_drop_titles_possessives_and_calendar_words() -> None:
    found = [v for _, _, v in names("Mr Mittal's firm met the Bank of England on Monday.")]
    assert found == ["Mittal", "Bank of England"]


RECORDS = [
    {
        "id": "doc1",
        "text": ARTICLE,
        "title": "GE takes over Vivendi Universal",
        "summary": "Shares rose 5% on Monday.\nGE will grow.\nVivendi Universal rose 2% in 2004.",
    },
    {"id": "doc2", "text": "Nothing to see.", "title": "", "summary": ""},
]


def test_pairs_at_most_one_per_kind_per_article_titles_first() -> None:
    made = list(pairs(RECORDS, seed=0))
    kinds = [p.kind for p in made]
    assert sorted(kinds) == sorted(set(kinds)) and set(kinds) <= set(KINDS)
    assert {p.id.split(":")[0] for p in made} == {"doc1"}
    by_kind = {p.kind: p for p in made}
    assert by_kind["swap"].source == "title"
    assert by_kind["swap"].correct == "GE takes over Vivendi Universal"
    assert by_kind["swap"].corrupted == "Vivendi Universal takes over GE"
    assert by_kind["antonym"].source == "summary"  # the title has no antonym, the summary does
    assert by_kind["negation"].correct == "GE will grow."
    assert by_kind["negation"].corrupted == "GE will not grow."
    for pair in made:
        assert isinstance(pair, Pair) and pair.article == ARTICLE
        assert pair.corrupted != pair.correct
        assert pair.id == f"doc1:{pair.kind}:1"
        assert to_json(pair)["corrupted"] == pair.corrupted


def test_pairs_per_kind_and_seed() -> None:
    """More per kind when asked; the same seed gives the same pairs."""
    two = list(pairs(RECORDS, seed=0, per_kind=2))
    assert sum(p.kind == "number" for p in two) == 2
    assert [to_json(p) for p in pairs(RECORDS, seed=3)] == [
        to_json(p) for p in pairs(RECORDS, seed=3)
    ]
