"""What a summary looks like beside its ROUGE: length, compression, novel n-grams."""

from __future__ import annotations

from dataclasses import dataclass

from summarize.sentences import lower_words


@dataclass(frozen=True)
class Shape:
    words: int
    chars: int
    compression: float
    """Summary words / article words."""
    novel_unigrams: float
    novel_bigrams: float
    """Share of the summary's n-grams that the article does not contain (0 for pure extracts;
    headline compression joins words, so it can create new bigrams)."""


def shape(summary: str, article: str) -> Shape:
    summary_words = lower_words(summary)
    article_words = lower_words(article)
    return Shape(
        words=len(summary.split()),
        chars=len(summary),
        compression=len(summary.split()) / max(len(article.split()), 1),
        novel_unigrams=_novel(summary_words, article_words, 1),
        novel_bigrams=_novel(summary_words, article_words, 2),
    )


def _novel(summary: list[str], article: list[str], n: int) -> float:
    grams = _ngrams(summary, n)
    if not grams:
        return 0.0
    seen = set(_ngrams(article, n))
    return sum(g not in seen for g in grams) / len(grams)


def _ngrams(tokens: list[str], n: int) -> list[tuple[str, ...]]:
    return [tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
