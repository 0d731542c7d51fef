"""Our default extractive method: a weighted sum of ten cheap sentence features, in numpy.

Design. A sentence is worth extracting when it is central to the article: ``centrality``
(cosine to the article's TF-IDF centroid) and ``graph`` (PageRank over a graph whose edges
count shared content words, TextRank's graph solved directly) carry most of the score.
Position, length, short sentences, quotes, paragraph starts and word density adjust it. The
method only scores; the shared ``select`` fits the best sentences to the budget, and a
headline is the best sentence compressed by ``summarize.headline``.

Weights. One vector per length, from ``bench/tune_salience.py``: a coordinate search on
500 BBC train articles and SummEval articles 1-50 (BBC dev and SummEval 51-100 are the
test sets, see docs/extractive.md). Paragraphs: SummEval's mean ROUGE F1 against the
highlights, with BBC as a floor; run-on sentences (captions glued on) are penalised and an
article whose opening is central leans on position. Headlines: nothing beat the first
sentence beyond noise, so the headline weights are lead's position prior.

Speed. Tokens come from ``bytes.translate`` and ``split``, term ids from a shared token -> id
table (Harman's S-stemmer for English, Snowball for other languages). Counts stay sparse
(sentence, term, count) triples reduced with ``bincount``. The graph is one matrix product
for an article of ordinary size and is built from each term's postings beyond it. It covers
the first ``GRAPH_SENTENCES`` sentences, so a 5 MB text stays linear.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import cache
from itertools import chain

import numpy as np

from ..budget import Budget
from ..document import Document
from ..sentences import QUOTES, stop_words
from .base import ExtractiveMethod

FEATURES = (
    "first",  # the opening sentence (news states its point first)
    "position",  # exp(-index / 3): the lead block
    "late",  # index / (n - 1): drift towards the end
    "length",  # log words: long sentences fill the budget and carry more content
    "short",  # fewer than 8 words: datelines, quote tails
    "quote",  # opens with a quotation mark
    "centrality",  # cosine to the article's TF-IDF centroid
    "graph",  # PageRank over shared-word overlap (TextRank's graph, vectorised), times n
    "density",  # mean article frequency of the sentence's content words, over the maximum
    "para",  # opens a paragraph
    "runon",  # over 40 words: photo captions glued to a sentence, unsplit text
    "pyramid",  # position x how central the opening is (inverted-pyramid articles)
    "relcentral",  # centrality over the article's highest
    "quoted",  # holds a quotation mark anywhere
    "second",  # the second sentence (the lead block's other half)
    "slow",  # exp(-index / 8): a longer lead block
)

WEIGHTS: dict[str, tuple[float, ...]] = {
    "headline": (0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
    "paragraph": (
        -0.417, 0.1, -0.383, 0.5, -1.33, -0.175, 6.3, 3.67, -0.5, -0.25,
        -4, 2, 2.75, 0.4, 0.583, -0.5,
    ),
}  # fmt: skip
_LOG1P = np.log1p(np.arange(64.0))
GRAPH_SENTENCES = 400
"""The sentence graph is dense (n x n): beyond this many sentences the rest count as average."""
_DENSE_PRODUCT = 1 << 15
"""Sentence x term cells up to which the sentence graph is one matrix product (256 KB)."""
_DENSE_CELLS = 1 << 20
"""Sentence x term cells up to which term counts are binned densely (8 MB at most)."""
# Tokens: UTF-8 bytes with ASCII punctuation made spaces, then split (6x faster than a regex).
# Full stops, commas, apostrophes and hyphens stay ("45,000", "4.5bn", "Steel's", "well-known")
# and are stripped from the ends of each distinct token, with other scripts' punctuation, in _term.
_KEPT = ".,'-"
_SPLIT = "".join(c for c in string.punctuation if c not in _KEPT)
_ASCII_PUNCTUATION = bytes.maketrans(_SPLIT.encode(), b" " * len(_SPLIT))
_STRIP = _KEPT + "“”‘’„–—…£€¥°·•«»¿¡"


def _quotes(text: str) -> bool:
    """A double quote mark, or a single one opening a word (substring tests beat a regex)."""
    return '"' in text or "“" in text or "”" in text or " '" in text


def _s_stem(word: str) -> str:
    """Harman's S-stemmer (plurals and possessives): English, and ~50x faster than Snowball."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies") and not word.endswith(("eies", "aies")):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("es") and not word.endswith(("aes", "ees", "oes")):
        return word[:-1]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("us", "ss", "is")):
        return word[:-1]
    return word


@cache
def _stemmer(language: str):  # noqa: ANN202 - a callable str -> str
    if language == "english":
        return _s_stem
    from nltk.stem.snowball import SnowballStemmer  # here: importing nltk takes a third of a second

    try:
        return cache(SnowballStemmer(language).stem)
    except ValueError:
        return str


class _TermIds:
    """Token -> its term's id (-1 for a stop word or a single letter), shared by all
    documents of a language, so that a document's tokens become ids in one C-level pass;
    bounded, so that a stream of odd text cannot take the memory."""

    LIMIT = 1 << 18

    def __init__(self, language: str) -> None:
        self.language = language
        self.of_token: dict[bytes, int] = {}
        self.of_term: dict[str, int] = {}

    def __call__(self, tokens: list[bytes]) -> np.ndarray:
        if len(self.of_token) > self.LIMIT:
            self.of_token.clear()
            self.of_term.clear()
        try:
            return np.fromiter(map(self.of_token.__getitem__, tokens), np.int64, len(tokens))
        except KeyError:  # tokens never seen: their terms, then the lookup again
            for token in dict.fromkeys(tokens):
                if token not in self.of_token:
                    term = _term(token, self.language)
                    self.of_token[token] = (
                        self.of_term.setdefault(term, len(self.of_term)) if term else -1
                    )
            return np.fromiter(map(self.of_token.__getitem__, tokens), np.int64, len(tokens))


@cache
def _term_ids(language: str) -> _TermIds:
    return _TermIds(language)


def _term(token: bytes, language: str) -> str:
    word = token.decode("utf-8", "replace").lower().strip(_STRIP)
    if len(word) < 2 or word in stop_words(language):
        return ""
    return _stemmer(language)(word)


@dataclass(frozen=True)
class Terms:
    """The article's content terms as sparse (sentence, term, count) triples, sentence-major."""

    row: np.ndarray
    col: np.ndarray
    count: np.ndarray
    n_sentences: int
    n_terms: int
    n_words: np.ndarray  # words per sentence, stop words included

    @classmethod
    def of(cls, doc: Document) -> Terms:
        tokens = [
            s.text.encode().lower().translate(_ASCII_PUNCTUATION).split() for s in doc.sentences
        ]
        n_words = np.array([len(t) for t in tokens])
        ids = _term_ids(doc.language)(list(chain.from_iterable(tokens)))
        keep = ids >= 0
        rows = np.repeat(np.arange(len(tokens)), n_words)[keep]
        # Terms numbered in first-seen order, not by the shared ids: the numbering fixes the
        # order of float sums, and the shared ids depend on what the process read before.
        shared, first, cols = np.unique(ids[keep], return_index=True, return_inverse=True)
        rank = np.empty(len(shared), dtype=np.int64)
        rank[np.argsort(first)] = np.arange(len(shared))
        size = max(len(shared), 1)
        cells = rows * size + rank[cols]
        if len(tokens) * size <= _DENSE_CELLS:  # counting by bins beats sorting (np.unique)
            counts = np.bincount(cells, minlength=len(tokens) * size)
            keys = np.flatnonzero(counts)
            count = counts[keys]
        else:
            keys, count = np.unique(cells, return_counts=True)
        return cls(keys // size, keys % size, count, len(tokens), size, n_words)

    def per_sentence(self, values: np.ndarray) -> np.ndarray:
        return np.bincount(self.row, values, self.n_sentences).astype(float, copy=False)

    def per_term(self, values: np.ndarray | None = None) -> np.ndarray:
        return np.bincount(self.col, values, self.n_terms).astype(float, copy=False)

    def overlap(self, limit: int) -> np.ndarray:
        """Shared-term counts between the first ``limit`` sentences (sum over terms of
        count_i * count_j), diagonal zero: a matrix product for an article of ordinary size,
        else all pairs within each term's postings (a large product's BLAS threads cost more
        than they save, and its memory grows with the article)."""
        n = min(self.n_sentences, limit)
        keep = self.row < n
        row, col, count = self.row[keep], self.col[keep], self.count[keep].astype(float)
        if n * self.n_terms <= _DENSE_PRODUCT:  # small: one product beats the postings' steps
            dense = np.zeros((n, self.n_terms))
            dense[row, col] = count
            pairs = dense @ dense.T  # whole numbers: exact in any order of summing
            np.fill_diagonal(pairs, 0.0)
            return pairs
        order = np.argsort(col, kind="stable")
        row, col, count = row[order], col[order], count[order]
        size = np.bincount(col, minlength=self.n_terms)
        start = np.cumsum(size) - size
        group = size[col]  # each entry pairs with every entry of its term
        left = np.repeat(np.arange(len(col)), group)
        block = np.cumsum(group) - group
        right = start[col][left] + np.arange(len(left)) - np.repeat(block, group)
        pairs = np.bincount(
            row[left] * n + row[right], weights=count[left] * count[right], minlength=n * n
        ).reshape(n, n)
        np.fill_diagonal(pairs, 0.0)
        return pairs


def _pagerank(weights: np.ndarray, damping: float = 0.85) -> np.ndarray:
    """Stationary PageRank of a weighted graph, solved directly (no power iterations), times n."""
    n = len(weights)
    rows = weights.sum(axis=1, keepdims=True)
    transition = np.divide(weights, rows, out=np.full_like(weights, 1.0 / n), where=rows > 0)
    system = np.eye(n) - damping * transition.T
    return np.linalg.solve(system, np.full(n, 1.0 - damping))


POSITIONAL = frozenset({"first", "position", "late", "quote", "para", "quoted", "second", "slow"})
"""Features read from where a sentence is and how it opens: no word counts needed."""


def features(doc: Document, positional_only: bool = False) -> np.ndarray:
    """The (sentences x FEATURES) matrix, from sparse term counts: linear in the text's
    length except the sentence graph, which covers the first GRAPH_SENTENCES sentences.
    ``positional_only`` leaves every other column zero (a weight vector that reads only
    positions, such as the headline's, needs no terms)."""
    n = len(doc.sentences)
    index = np.arange(n, dtype=float)
    text = doc.text
    out = np.zeros((n, len(FEATURES)))
    out[:, 0] = index == 0
    out[:, 1] = np.exp(-index / 3.0)
    out[:, 2] = index / max(n - 1, 1)
    out[:, 5] = [s.text[:1] in QUOTES for s in doc.sentences]
    out[:, 9] = [s.start == 0 or text[s.start - 1] == "\n" for s in doc.sentences]
    out[:, 13] = [_quotes(s.text) for s in doc.sentences]
    out[:, 14] = index == 1
    out[:, 15] = np.exp(-index / 8.0)
    if positional_only or not n:
        return out

    terms = Terms.of(doc)
    n_words = np.maximum(terms.n_words, 1)
    n_terms = terms.per_sentence(terms.count.astype(float))

    df = terms.per_term()
    tfidf = (
        _LOG1P[np.minimum(terms.count, len(_LOG1P) - 1)]
        * (np.log((1.0 + n) / (1.0 + df)) + 1.0)[terms.col]
    )
    tfidf /= np.maximum(np.sqrt(terms.per_sentence(tfidf * tfidf)), 1e-9)[terms.row]
    centroid = terms.per_term(tfidf)
    centroid /= max(np.sqrt(centroid @ centroid), 1e-9)
    centrality = terms.per_sentence(tfidf * centroid[terms.col])

    overlap = terms.overlap(GRAPH_SENTENCES)
    m = len(overlap)
    log_len = np.log(np.maximum(n_terms[:m], 2.0))
    graph = np.ones(n)
    graph[:m] = _pagerank(overlap / (log_len[:, None] + log_len[None, :]))

    freq = terms.per_term(terms.count.astype(float))
    density = terms.per_sentence(terms.count * freq[terms.col])
    density /= np.maximum(n_terms, 1.0) * max(freq.max(), 1.0)

    relative = centrality / max(centrality.max(initial=0.0), 1e-9)
    out[:, 3] = np.log(n_words)
    out[:, 4] = n_words < 8
    out[:, 6] = centrality
    out[:, 7] = graph
    out[:, 8] = density
    out[:, 10] = n_words > 40
    out[:, 11] = out[:, 1] * relative[0]
    out[:, 12] = relative
    return out


class SalienceMethod(ExtractiveMethod):
    name = "salience"
    choose_headline = True

    def __init__(self, weights: dict[str, tuple[float, ...]] | None = None) -> None:
        self.weights = {k: np.asarray(v, dtype=float) for k, v in (weights or WEIGHTS).items()}
        self.positional = {
            kind: all(name in POSITIONAL for name, w in zip(FEATURES, v, strict=True) if w)
            for kind, v in self.weights.items()
        }

    def score(self, doc: Document, budget: Budget) -> np.ndarray:
        return features(doc, self.positional[budget.kind]) @ self.weights[budget.kind]
