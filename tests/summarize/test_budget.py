import pytest

from summarize import PRESETS, Budget, SummarizeError
from summarize.budget import KINDS, LENGTHS, kinds, resolve


def test_presets():
    headline, paragraph = PRESETS["headline"], PRESETS["paragraph"]
    assert (headline.max_words, headline.min_words, headline.max_sentences) == (20, 6, 1)
    assert headline.max_chars == 150
    assert (paragraph.max_words, paragraph.max_sentences) == (90, 4)
    assert headline.name == "headline" and paragraph.name == "paragraph"


def test_each_length_name_is_its_kinds_and_both_is_every_preset():
    assert KINDS == tuple(PRESETS) == ("headline", "paragraph")
    assert [kinds(name) for name in LENGTHS] == [("headline",), ("paragraph",), KINDS]
    with pytest.raises(SummarizeError, match="unknown length 'tweet'; use one of: headline, "):
        kinds("tweet")


def test_explicit_limits_replace_the_preset():
    budget = resolve("headline", max_words=8)
    assert budget.kind == "headline" and budget.max_words == 8 and budget.max_chars is None
    assert budget.name == "headline(custom)"
    assert resolve("paragraph", max_sentences=2).max_sentences == 2
    assert resolve(budget) is budget


def test_fits_counts_words_chars_and_sentences():
    budget = Budget("paragraph", max_words=3, max_chars=20, max_sentences=1)
    assert budget.fits("one two three")
    assert not budget.fits("one two three four")
    assert not budget.fits("a" * 21)
    assert not budget.fits("one two", n_sentences=2)


@pytest.mark.parametrize(
    "call",
    [lambda: resolve("tweet"), lambda: resolve("paragraph", max_words=0), lambda: Budget("essay")],
)
def test_bad_budgets_are_clear_errors(call):
    with pytest.raises(SummarizeError):
        call()
