"""Issue 14's reproducers for headline compression: words kept as written, the length
contract on text without spaces, and work linear in the sentence's length."""

import pytest

from summarize import PRESETS, headline_style, summarize
from summarize import headline as headline_module
from summarize.budget import count_words, resolve
from summarize.headline import compress, cut_at_words

HEADLINE = PRESETS["headline"]
_EDGE = ".,;:!?\"'“”‘’()[]…"


def _words(text: str) -> list[str]:
    return [w.strip(_EDGE).lower() for w in text.split() if w.strip(_EDGE)]


# A claim keeps its credit in headline form: "..., the chief executive said" -> ", says ..."
_CREDIT_VERBS = {"says": "said", "say": "said", "warns": "warned", "finds": "found"}


def assert_words_from(output: str, source: str) -> None:
    """Every word of the output is a word of the source as written (first letter's case
    aside), or the present of the source's attribution verb."""
    source_words = set(_words(source))
    source_words |= {now for now, then in _CREDIT_VERBS.items() if then in source_words}
    altered = [w for w in _words(output) if w not in source_words]
    assert not altered, f"{output!r} altered {altered}"


@pytest.mark.parametrize(
    "article",
    [
        "Officials said alert(1) profits jumped 76% in the quarter. Markets climbed.",
        'Shares in Acme"Corp said it would cut 500 jobs at its plant in Leeds. Markets climbed.',
        "Profits have risen sharply at the bank this year, the chief executive said on Monday.",
        "The company has fallen behind its rivals in China, its founder has admitted.",
    ],
)
def test_headline_drops_words_but_never_alters_one(article):
    assert_words_from(summarize(article, length="headline").text, article)


def test_perfect_tense_loses_its_auxiliary_not_its_verb():
    assert (
        compress("The bank has cut 500 jobs in Leeds.", HEADLINE)
        == "The bank cut 500 jobs in Leeds"
    )
    assert compress("Profits have risen at the bank.", HEADLINE) == "Profits have risen at the bank"


@pytest.mark.parametrize(
    "article",
    ["x" * 10000 + " is a long word.", "中国经济增长" * 2100 + "。", "ab" * 3000],
)
@pytest.mark.parametrize("length", ["headline", "paragraph"])
def test_text_without_spaces_keeps_the_budget(article, length):
    budget = PRESETS[length]
    summary = summarize(article, length=length)
    assert summary.text
    assert budget.fits(summary.text), (len(summary.text), count_words(summary.text))


def test_scripts_without_spaces_count_a_word_per_character():
    assert count_words("中国经济 grew 5%") == 6
    assert count_words("Markets fell sharply") == 3
    assert count_words("ภาษาไทย") == 7


def test_word_cut_of_one_long_word_cuts_characters():
    cut = cut_at_words("x" * 500, HEADLINE)
    assert cut.endswith("…") and len(cut) <= HEADLINE.max_chars


def test_word_cut_without_a_word_limit_keeps_the_character_limit():
    budget = resolve("paragraph", max_chars=50)
    cut = cut_at_words(" ".join(["word"] * 5000), budget)
    assert budget.fits(cut) and cut.endswith("…")


@pytest.mark.parametrize("n", [10_000, 40_000])
def test_compression_tidies_a_bounded_number_of_times(monkeypatch, n):
    """The quadratic case re-tidied the whole text once per clause boundary."""
    calls = []
    real = headline_style.tidy

    def counting(text: str) -> str:
        calls.append(len(text))
        return real(text)

    monkeypatch.setattr(headline_module, "tidy", counting)
    compress(("markets fell and " * 6000)[:n], HEADLINE)
    assert sum(calls) < 4 * n + 20_000  # a few passes over the text, not one per boundary
