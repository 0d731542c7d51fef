"""Our default extractive method: lead-biased TF-IDF centrality, vectorised with numpy.

News puts its point first, so position carries most of the signal (lead is hard to
beat); centrality against the whole article and overlap with the title decide among
the early sentences, and very short sentences (datelines, quotes' tails) are damped.
Weights per length were tuned on BBC train and checked on BBC dev (see bench/).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
from nltk.stem.snowball import SnowballStemmer

from ..budget import Budget
from ..document import Document
from ..sentences import words
from .base import ExtractiveMethod
from .sumy_methods import _stop_words


@dataclass(frozen=True)
class Weights:
    position: float
    decay: float
    centrality: float
    title: float
    short_penalty: float


WEIGHTS = {
    "headline": Weights(position=1.0, decay=1.0, centrality=0.3, title=0.5, short_penalty=0.5),
    "paragraph": Weights(position=1.0, decay=4.0, centrality=0.6, title=0.3, short_penalty=0.3),
}


@cache
def _stemmer(language: str) -> SnowballStemmer | None:
    try:
        return SnowballStemmer(language)
    except ValueError:
        return None


@cache
def _stem(word: str, language: str) -> str:
    stemmer = _stemmer(language)
    return stemmer.stem(word) if stemmer else word


def content_terms(text: str, language: str) -> list[str]:
    stop = _stop_words(language)
    return [_stem(w, language) for w in (t.lower() for t in words(text)) if w not in stop]


def term_matrix(docs: list[list[str]]) -> np.ndarray:
    """Rows: sentences; columns: terms; log-scaled TF times smoothed IDF, L2-normalised."""
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for r, terms in enumerate(docs):
        for t in terms:
            rows.append(r)
            cols.append(vocab.setdefault(t, len(vocab)))
    matrix = np.zeros((len(docs), max(len(vocab), 1)))
    np.add.at(matrix, (rows, cols), 1.0)
    df = (matrix > 0).sum(axis=0)
    idf = np.log((1 + len(docs)) / (1 + df)) + 1.0
    matrix = np.log1p(matrix) * idf
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1.0, norms)


class SalienceMethod(ExtractiveMethod):
    name = "salience"

    def __init__(self, weights: dict[str, Weights] | None = None) -> None:
        self.weights = weights or WEIGHTS

    def score(self, doc: Document, budget: Budget) -> np.ndarray:
        w = self.weights[budget.kind]
        terms = [content_terms(s.text, doc.language) for s in doc.sentences]
        matrix = term_matrix(terms)
        n = len(terms)
        position = np.exp(-np.arange(n) / w.decay)
        centroid = matrix.sum(axis=0)
        centroid /= max(np.linalg.norm(centroid), 1e-9)
        centrality = matrix @ centroid
        title = np.zeros(n)
        if doc.title:
            title_terms = set(content_terms(doc.title, doc.language))
            if title_terms:
                title = np.array([len(title_terms & set(t)) / len(title_terms) for t in terms])
        lengths = np.array([s.n_words for s in doc.sentences])
        short = (lengths < 8).astype(float)
        return (
            w.position * position
            + w.centrality * centrality
            + w.title * title
            - w.short_penalty * short
        )
