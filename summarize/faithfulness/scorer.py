"""The faithfulness scorer: is each summary sentence supported by the article?

A summary sentence is checked against the article in three ways, and a logistic model
(``weights.json``, fitted on corrupted BBC training sentences) turns them into one
probability:

- the small model's own reading: how likely the sentence is, token by token, right after
  the article, against how likely it is with no article (a swapped actor, a flipped verb
  or a lost "not" are tokens the article makes unlikely);
- support: the names, numbers and content words found in the article;
- relations: a negation on one side only, two shared names in the opposite order.

A summary is accepted only when every sentence is: one false sentence makes a false
summary. Its score blends the weakest sentence with how much of it the article holds
(``summary_score``), when the weights carry that blend.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from ..abstractive.support import SourceIndex
from ..sentences import lower_words, split_sentences
from .align import Alignment, SourceSentences
from .copy_slips import added_tails, copy_slips, names_of
from .readable import readable_sentences
from .relations import (
    compressed_from,
    negation_differs,
    reversed_names,
    unwritten_names,
)
from .splices import figures_moved, garbled_copy, splices
from .summary_score import features as summary_features
from .summary_score import probability as summary_probability

WEIGHTS = Path(__file__).with_name("weights.json")
CONTEXT_TOKENS = 384
"""Article tokens the model reads when scoring: the aligned sentences, best first."""
FEATURES = (
    "logprob",
    "lowest",
    "pmi",
    "support",
    "unsupported",
    "overlap",
    "negation",
    "reversed",
)


@dataclass(frozen=True)
class SentenceCheck:
    """One summary sentence against the article."""

    text: str
    score: float
    """Probability that the article supports the sentence (0-1)."""
    supported: bool
    source: int | None
    """Index of the article sentence it rests on most (None: no shared content word)."""
    source_text: str
    doubts: tuple[str, ...]
    """What looks unsupported: names or numbers not in the article, a negation on one side
    only, roles reversed, words the article makes unlikely."""
    logprob: float = 0.0
    """The model's mean log-probability of its tokens read after the article sentences it
    rests on (0 when the model did not read it)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "score": round(self.score, 4),
            "supported": self.supported,
            "source": self.source,
            "source_text": self.source_text,
            "doubts": list(self.doubts),
            "logprob": round(self.logprob, 4),
        }


@dataclass(frozen=True)
class Faithfulness:
    """How faithful a summary is to its source: accepted when every sentence is supported;
    ``score`` ranks summaries (higher is more faithful)."""

    score: float
    threshold: float
    sentences: tuple[SentenceCheck, ...]

    @property
    def accepted(self) -> bool:
        return all(s.supported for s in self.sentences)

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": round(self.score, 4),
            "threshold": self.threshold,
            "accepted": self.accepted,
            "sentences": [s.to_dict() for s in self.sentences],
        }


@cache
def load_weights(path: Path = WEIGHTS) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


class FaithfulnessScorer:
    """Scores summaries against articles with a loaded causal model (a ``Backend``)."""

    def __init__(self, backend: Any, weights: dict[str, Any] | None = None) -> None:
        self.backend = backend
        self.weights = weights or load_weights()
        self.threshold = float(self.weights["threshold"])

    def check(
        self, source: str, summary: str, language: str = "english", *, headline: bool = False
    ) -> Faithfulness:
        return self.check_many(source, [summary], language, headline=headline)[0]

    def check_many(
        self,
        source: str,
        summaries: list[str],
        language: str = "english",
        *,
        headline: bool = False,
    ) -> list[Faithfulness]:
        """Several summaries of one article, each checked as ``check`` would check it alone
        (the model reads each after the article sentences it rests on).

        A headline must also be a compression of one article sentence with the same
        negation: on judged model headlines the score alone did not separate true from
        false ones, and this relation check did (docs/truth.md). Treebank-tokenized or
        lower-cased text is read as ordinary text (``readable``); each check keeps the
        summary's sentence as it was given.
        """
        article = SourceSentences(source, language)
        index = SourceIndex(source, language)
        read, read_source, read_index = _readable_source(article, source, index)
        split = [_sentences(s, language) for s in summaries]
        flat = [sentence for sentences in split for sentence in sentences]
        tokenized = read is not article  # the source was untokenized to be read
        readings = [
            r
            for sentences in split
            for r in readable_sentences(sentences, read_source, tokenized=tokenized)
        ]
        alignments = [read.align(s) for s in readings]
        features = self.features(
            read, read_index, readings, alignments, [len(sentences) for sentences in split]
        )
        probabilities = self.probability(np.array([f for f, _ in features])) if flat else []
        slips = sentence_slips(read_source, read, alignments)
        checks = [
            self._sentence_check(read, a, p, row[0], doubts, slip)
            for a, p, (row, doubts), slip in zip(
                alignments, probabilities, features, slips, strict=True
            )
        ]
        if headline:
            checks = [_as_compression(c, read) for c in checks]
        checks = [  # the caller's sentence, and the article's own sentence it rests on
            replace(
                c,
                text=text,
                source_text=article.sentences[c.source] if c.source is not None else "",
            )
            for c, text in zip(checks, flat, strict=True)
        ]
        out, at = [], 0
        for summary, sentences in zip(summaries, split, strict=True):
            mine = tuple(checks[at : at + len(sentences)])
            at += len(sentences)
            out.append(
                Faithfulness(self.summary_score(source, summary, mine, index), self.threshold, mine)
            )
        return out

    def summary_score(
        self,
        source: str,
        summary: str,
        checks: Sequence[SentenceCheck],
        index: SourceIndex | None = None,
    ) -> float:
        """The summary's score given its sentences' checks: the fitted blend
        (``summary_score``) when the weights have one, else the weakest sentence's."""
        weakest = min((c.score for c in checks), default=0.0)
        blend = self.weights.get("summary")
        if blend is None or not summary.strip():
            return weakest
        index = index or SourceIndex(source)
        values = summary_features(source, summary, checks, index)
        chosen = np.array([[values[name] for name in blend["features"]]])  # as it was fitted
        return float(summary_probability(chosen, blend)[0])

    def features(
        self,
        article: SourceSentences,
        index: SourceIndex,
        sentences: list[str],
        alignments: list[Alignment],
        groups: Sequence[int] = (),
    ) -> list[tuple[list[float], list[str]]]:
        """One feature row (``FEATURES``) and the readable doubts, per summary sentence.
        ``groups``: how many of the sentences each summary has, in order (default: one
        summary); each is read after the article sentences it rests on."""
        if not sentences:
            return []
        conditioned, unconditioned = self._likelihoods(
            article, sentences, alignments, groups or [len(sentences)]
        )
        rows = []
        for sentence, alignment, cond, uncond in zip(
            sentences, alignments, conditioned, unconditioned, strict=True
        ):
            cond, uncond = np.array(cond), np.array(uncond)
            support = index.check(sentence)
            best = article.sentences[alignment.sources[0]] if alignment.sources else ""
            negation = bool(best) and negation_differs(sentence, best)
            swapped = reversed_names(sentence, best, article.language) if best else None
            lowest = float(np.sort(cond)[:2].mean())
            row = [
                float(cond.mean()),
                lowest,
                float((cond - uncond).mean()),
                support.score,
                float(len(support.unsupported)),
                alignment.overlap,
                float(negation),
                float(swapped is not None),
            ]
            doubts = [f"not in the article: {', '.join(support.unsupported)}"] * bool(
                support.unsupported
            )
            if negation:
                doubts.append("negated on one side only")
            if swapped:
                doubts.append(f"'{swapped[0]}' and '{swapped[1]}' in the opposite order")
            if lowest < float(self.weights.get("unlikely", -8.0)):
                doubts.append("words the article makes unlikely")
            rows.append((row, doubts))
        return rows

    def probability(self, rows: np.ndarray) -> np.ndarray:
        """The sentence model: probability that the article supports each sentence's row."""
        return summary_probability(rows, self.weights)

    def _sentence_check(
        self,
        article: SourceSentences,
        alignment: Alignment,
        p: float,
        logprob: float,
        doubts: list[str],
        slips: list[str],
    ) -> SentenceCheck:
        """Supported when the fitted probability reaches the threshold and no copied word
        is garbled (a slip is never a faithful copy, whatever the model's reading)."""
        source = alignment.sources[0] if alignment.sources else None
        text = article.sentences[source] if source is not None else ""
        supported = bool(p >= self.threshold) and not slips
        doubts = [*doubts, *slips]
        return SentenceCheck(
            alignment.sentence, float(p), supported, source, text, tuple(doubts), logprob
        )

    def _likelihoods(
        self,
        article: SourceSentences,
        sentences: list[str],
        alignments: list[Alignment],
        groups: Sequence[int],
    ) -> tuple[list[list[float]], list[list[float]]]:
        """Per sentence, its tokens' log-probabilities after the article sentences its own
        summary rests on (summaries with the same context share one reading), and after
        no article."""
        from ..abstractive.prompts import prompt_text

        backend = self.backend
        counts = backend.count_tokens(article.sentences)
        by_context: dict[str, list[int]] = {}
        at = 0
        for size in groups:
            mine = range(at, at + size)
            at += size
            context = self._context(article, [alignments[i] for i in mine], counts)
            by_context.setdefault(context, []).extend(mine)
        conditioned: list[list[float]] = [[] for _ in sentences]
        for context, positions in by_context.items():
            prefix = prompt_text(backend.family, context, "paragraph", backend.tokenizer)
            read = backend.continuation_logprobs(prefix, [sentences[i] for i in positions])
            for i, logprobs in zip(positions, read, strict=True):
                conditioned[i] = logprobs
        empty = prompt_text(backend.family, "", "paragraph", backend.tokenizer)
        return conditioned, backend.continuation_logprobs(empty, sentences)

    def _context(
        self, article: SourceSentences, alignments: list[Alignment], counts: list[int]
    ) -> str:
        """The sentences a summary rests on, best-aligned first, within ``CONTEXT_TOKENS``,
        in article order: what the model needs to judge, at a fraction of the article's cost.
        ``counts``: the tokens of each article sentence."""
        ranked = [a.sources[r] for r in range(3) for a in alignments if len(a.sources) > r]
        kept: set[int] = set()
        used = 0
        for i in dict.fromkeys([*ranked, 0]):
            if used + counts[i] <= CONTEXT_TOKENS:
                kept.add(i)
                used += counts[i]
        return " ".join(article.sentences[i] for i in sorted(kept))


def sentence_slips(
    source: str, article: SourceSentences, alignments: list[Alignment]
) -> list[list[str]]:
    """Each aligned summary sentence's copy slips against the article sentence it rests on
    most (``relations.copy_slips``; none for a sentence that rests on none) and the names
    it writes as the article never does (``relations.unwritten_names``), and the joins of
    two article sentences or a list's items it makes (``splices``)."""
    used = set(lower_words(source))
    names = names_of(article.sentences)
    return [
        (
            copy_slips(a.sentence, article.sentences[a.sources[0]], used, article.language, names)
            if a.sources
            else []
        )
        + added_tails(a.sentence, [article.sentences[i] for i in a.sources])
        + unwritten_names(a.sentence, source, article.language)
        + splices(a.sentence, article.sentences)
        + figures_moved(a.sentence, article.sentences)
        + garbled_copy(a.sentence, article.sentences)
        for a in alignments
    ]


def _readable_source(
    article: SourceSentences, source: str, index: SourceIndex
) -> tuple[SourceSentences, str, SourceIndex]:
    """The source's sentences as the model reads them, their text and their index (the
    source's own when reading changes nothing)."""
    language = article.language
    sentences = readable_sentences(article.sentences)
    if sentences == article.sentences:
        return article, source, index
    text = " ".join(sentences)
    return SourceSentences(text, language, sentences), text, SourceIndex(text, language)


def _as_compression(check: SentenceCheck, article: SourceSentences) -> SentenceCheck:
    """A headline sentence is supported only as a compression of one article sentence."""
    source = compressed_from(check.text, article.sentences, article.language)
    if source is None:
        doubt = "not a compression of one article sentence (words added or moved)"
        return replace(check, supported=False, doubts=(*check.doubts, doubt))
    text = article.sentences[source]
    if negation_differs(check.text, text):
        return replace(
            check,
            supported=False,
            source=source,
            source_text=text,
            doubts=(*check.doubts, "negated on one side only"),
        )
    return replace(check, source=source, source_text=text)


def _sentences(summary: str, language: str) -> list[str]:
    return split_sentences(summary, language) or ([summary] if summary.strip() else [])
