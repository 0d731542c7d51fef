"""ROUGE on top of rouge-score: its tokenizer, n-gram and LCS code, with our options and caches.

rouge-score (pinned at 0.1.2) has three behaviours this module wraps:

- ``rougeLsum`` only splits at newlines, so on ordinary text it equals ``rougeL``. Here
  each text is put one sentence per line by our own splitter (``summarize.sentences``)
  before scoring, in every configuration.
- Its tokenizer keeps ``[a-z0-9]`` and drops every other character, so Greek, Russian or
  Chinese text has no tokens and scores 0 (and "café" becomes "caf").
  ``tokenizer="unicode"`` keeps letters, digits and marks of every script.
- Its ``BootstrapAggregator`` draws from numpy's global generator, unseeded, so two runs
  give different intervals. Aggregation lives in ``eval.stats``, seeded.

Speed: rouge-score tokenizes (and Porter-stems) both texts again for every pair and every
reference. Here stems are cached per word, tokens per text and results per pair, and the LCS
tables are built only over tokens that both sides contain; none of that changes a number
(``tests/eval/test_rouge.py`` checks equality with rouge-score called directly).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from nltk.stem import porter
from nltk.stem.snowball import SnowballStemmer
from rouge_score import rouge_scorer, scoring
from rouge_score import tokenize as rs_tokenize

from summarize.sentences import DEFAULT_LANGUAGE, sentence_spans

Score = scoring.Score
"""rouge-score's (precision, recall, fmeasure) tuple, reused as is."""

TYPES = ("rouge1", "rouge2", "rougeL", "rougeLsum")
Multi = Literal["best", "average"]
TokenizerName = Literal["default", "unicode"]
_NGRAM = re.compile(r"rouge([1-9])$")
_CACHE_SIZE = 1 << 16


@dataclass(frozen=True)
class RougeConfig:
    """What to compute. The defaults are rouge-score's, with the stemmer on."""

    types: tuple[str, ...] = TYPES
    stem: bool = True
    tokenizer: TokenizerName = "default"
    multi: Multi = "best"
    """``best``: the reference with the highest F1, per type (rouge-score's ``score_multi``).
    ``average``: hits and counts pooled over references (ROUGE-1.5.5's ``-f A``)."""
    language: str = DEFAULT_LANGUAGE
    """Sentence splitting for ``rougeLsum`` and, with the Unicode tokenizer, the stemmer."""

    def __post_init__(self) -> None:
        for kind in self.types:
            if kind not in ("rougeL", "rougeLsum") and not _NGRAM.match(kind):
                raise ValueError(
                    f"unknown ROUGE type {kind!r}; use rouge1..rouge9, rougeL, rougeLsum"
                )
        if self.multi not in ("best", "average"):
            raise ValueError(f"multi must be 'best' or 'average', got {self.multi!r}")
        if self.tokenizer not in ("default", "unicode"):
            raise ValueError(f"tokenizer must be 'default' or 'unicode', got {self.tokenizer!r}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "types": list(self.types),
            "stem": self.stem,
            "tokenizer": self.tokenizer,
            "multi": self.multi,
            "language": self.language,
        }


def sentence_lines(text: str, language: str = DEFAULT_LANGUAGE) -> str:
    """``text`` one sentence per line: the form rouge-score's ``rougeLsum`` expects."""
    return "\n".join(text[s:e] for s, e in sentence_spans(text, language))


class _CachedStemmer:
    """A stemmer whose ``stem`` remembers each word (news repeats its words)."""

    def __init__(self, stemmer: Any) -> None:
        self.stem = lru_cache(maxsize=_CACHE_SIZE)(stemmer.stem)


def _stemmer(config: RougeConfig) -> _CachedStemmer | None:
    if not config.stem:
        return None
    if config.tokenizer == "unicode" and config.language != "english":
        if config.language not in SnowballStemmer.languages:
            return None
        return _CachedStemmer(SnowballStemmer(config.language))
    return _CachedStemmer(porter.PorterStemmer())  # rouge-score's DefaultTokenizer's stemmer


def unicode_tokenize(text: str, stemmer: Any = None) -> list[str]:
    """rouge-score's tokenization rules (lowercase, split at anything that is not a word
    character, stem words over 3 characters) with letters, digits and combining marks of
    every script counted as word characters. On ASCII text it equals rouge-score's."""
    text = unicodedata.normalize("NFKC", text).lower()
    chars = "".join(c if unicodedata.category(c)[0] in "LNM" else " " for c in text)
    tokens = chars.split()
    if stemmer is not None:
        tokens = [stemmer.stem(t) if len(t) > 3 else t for t in tokens]
    return [t for t in tokens if t]


@dataclass
class _Text:
    """One text, tokenized once: all its tokens, its sentences' tokens, its n-gram counts."""

    tokens: list[str]
    sentences: list[list[str]]
    ngrams: dict[int, Counter] = field(default_factory=dict)

    def grams(self, n: int) -> Counter:
        if n not in self.ngrams:
            self.ngrams[n] = rouge_scorer._create_ngrams(self.tokens, n)
        return self.ngrams[n]


@dataclass(frozen=True)
class _Pair:
    """Scores of one prediction against one reference, with the counts pooling needs."""

    scores: dict[str, Score]
    hits: dict[str, int]
    ref_size: dict[str, int]
    pred_size: dict[str, int]


class Rouge:
    """ROUGE scores of a prediction against one or more references.

    >>> Rouge().score("The cat sat on the mat.", "A cat sat on a mat.")["rouge1"].fmeasure
    """

    def __init__(self, config: RougeConfig | None = None, **options: Any) -> None:
        self.config = config or RougeConfig(**options)
        self._stemmer = _stemmer(self.config)
        self._texts: dict[str, _Text] = {}
        self._pairs: dict[tuple[str, str], _Pair] = {}

    def tokenize(self, text: str) -> list[str]:
        """Tokens as this configuration scores them (stemmed when ``stem``)."""
        if self.config.tokenizer == "unicode":
            return unicode_tokenize(text, self._stemmer)
        return rs_tokenize.tokenize(text, self._stemmer)

    def score(self, references: str | Sequence[str], prediction: str) -> dict[str, Score]:
        """Per type, precision / recall / F1 in [0, 1]; an empty prediction scores 0."""
        refs = [references] if isinstance(references, str) else list(references)
        if not refs:
            raise ValueError("no reference to score against")
        pairs = [self._pair(ref, prediction) for ref in refs]
        if len(pairs) == 1:
            return dict(pairs[0].scores)
        if self.config.multi == "best":
            return {
                k: max(pairs, key=lambda p: p.scores[k].fmeasure).scores[k] for k in pairs[0].scores
            }
        return {k: _pooled(pairs, k) for k in pairs[0].scores}

    def _text(self, text: str) -> _Text:
        found = self._texts.get(text)
        if found is None:
            if len(self._texts) >= _CACHE_SIZE:
                self._texts.clear()
            lines = sentence_lines(text, self.config.language).split("\n")
            # rouge-score's rougeLsum: the non-empty lines, each tokenized (maybe to nothing).
            # A token never spans a newline, so the whole text's tokens are theirs in order.
            sentences = [self.tokenize(line) for line in lines if line]
            tokens = [token for sentence in sentences for token in sentence]
            found = self._texts[text] = _Text(tokens, sentences)
        return found

    def _pair(self, reference: str, prediction: str) -> _Pair:
        key = (reference, prediction)
        found = self._pairs.get(key)
        if found is None:
            if len(self._pairs) >= _CACHE_SIZE:
                self._pairs.clear()
            found = self._pairs[key] = self._compute(self._text(reference), self._text(prediction))
        return found

    def _compute(self, ref: _Text, pred: _Text) -> _Pair:
        scores: dict[str, Score] = {}
        hits: dict[str, int] = {}
        ref_size: dict[str, int] = {}
        pred_size: dict[str, int] = {}
        for kind in self.config.types:
            if kind == "rougeL":
                scores[kind], hits[kind] = _lcs_score(ref.tokens, pred.tokens)
                ref_size[kind], pred_size[kind] = len(ref.tokens), len(pred.tokens)
            elif kind == "rougeLsum":
                scores[kind], hits[kind] = _summary_lcs_score(ref, pred)
                ref_size[kind] = sum(map(len, ref.sentences))
                pred_size[kind] = sum(map(len, pred.sentences))
            else:
                n = int(kind[5:])
                target, predicted = ref.grams(n), pred.grams(n)
                scores[kind] = rouge_scorer._score_ngrams(target, predicted)
                ref_size[kind], pred_size[kind] = sum(target.values()), sum(predicted.values())
                hits[kind] = round(scores[kind].precision * max(pred_size[kind], 1))
        return _Pair(scores, hits, ref_size, pred_size)


def _shared_only(tokens: list[str], other: list[str]) -> list[str]:
    """``tokens`` without those ``other`` lacks: they can never be part of a common
    subsequence, so every LCS (and the one rouge-score's backtrack picks) is unchanged."""
    keep = set(other)
    return [t for t in tokens if t in keep]


def _lcs_score(ref: list[str], pred: list[str]) -> tuple[Score, int]:
    """rouge-score's ``_score_lcs``, with its LCS table built over the shared tokens only."""
    if not ref or not pred:
        return Score(precision=0, recall=0, fmeasure=0), 0
    lcs = rouge_scorer._lcs_table(_shared_only(ref, pred), _shared_only(pred, ref))[-1][-1]
    precision, recall = lcs / len(pred), lcs / len(ref)
    return Score(precision, recall, scoring.fmeasure(precision, recall)), lcs


def _summary_lcs_score(ref: _Text, pred: _Text) -> tuple[Score, int]:
    """rouge-score's summary-level LCS (the ``rougeLsum`` union LCS of ROUGE-1.5.5)."""
    if len(ref.sentences) == 1 and len(pred.sentences) == 1:
        return _lcs_score(ref.sentences[0], pred.sentences[0])  # one sentence each: rougeL
    predicted = {t for sentence in pred.sentences for t in sentence}
    pruned = [[t for t in sentence if t in predicted] for sentence in ref.sentences]
    # Precision (hits / prediction tokens) is exact; the reference side was pruned, so the
    # recall is recomputed from the hits over all of the reference's tokens.
    result = rouge_scorer._summary_level_lcs(pruned, pred.sentences)
    n_pred = sum(map(len, pred.sentences))
    n_ref = sum(map(len, ref.sentences))
    hits = round(result.precision * n_pred) if n_pred else 0
    if not hits or not n_ref:
        return Score(precision=0, recall=0, fmeasure=0), 0
    precision, recall = hits / n_pred, hits / n_ref
    return Score(precision, recall, scoring.fmeasure(precision, recall)), hits


def _pooled(pairs: list[_Pair], kind: str) -> Score:
    """ROUGE-1.5.5's model average: hits and counts summed over the references."""
    hits = sum(p.hits[kind] for p in pairs)
    ref_total = sum(p.ref_size[kind] for p in pairs)
    pred_total = sum(p.pred_size[kind] for p in pairs)
    recall = hits / ref_total if ref_total else 0.0
    precision = hits / pred_total if pred_total else 0.0
    return Score(precision, recall, scoring.fmeasure(precision, recall))
