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
from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from ..budget import Budget
from ..document import Document
from ..sentences import OfflineSumyTokenizer, stop_words
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
        sentences = [SumySentence(s.text, tokenizer) for s in doc.sentences]
        model = ObjectDocumentModel([Paragraph(sentences)])
        ratings = rate_sentences(self._summarizer(doc.language), model)
        return np.array([ratings.get(s, 0.0) for s in sentences], dtype=float)


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
