"""Support in the source: which names, numbers and content words of a summary the article has.

Small models write fluent text with invented names and figures. A candidate is scored by
the weighted share of its units found in the article (names and numbers weigh more than
other content words), and the names and numbers not found are listed for the reader.
Relations are not checked: "Putin, the leader of Kazakhstan" uses only supported names.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from nltk.stem.snowball import SnowballStemmer

from ..document import Document
from ..sentences import split_sentences, stop_words, words
from ..summary import SourceSentence

NAME_WEIGHT = 3.0
NUMBER_WEIGHT = 3.0
WORD_WEIGHT = 1.0
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
)
_NUMBER_WORDS: dict[str, float] = {w: n for n, w in enumerate(_UNITS.split())}
_NUMBER_WORDS |= {
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
    "dozen": 12,
    "half": 0.5,
    "first": 1,
    "second": 2,
    "third": 3,
}
_COMMON_NUMBER_WORDS = frozenset({"zero", "one", "first", "second", "half"})
"""Used as ordinary words too often ("one of", "second-largest") to be checked as figures."""


@dataclass(frozen=True)
class Support:
    score: float
    """Weighted share of the candidate's names, numbers and content words found in the source."""
    unsupported: tuple[str, ...]
    """Names and numbers of the candidate that the source does not contain."""
    unsupported_words: tuple[str, ...] = ()


@cache
def _stemmer(language: str) -> SnowballStemmer | None:
    try:
        return SnowballStemmer(language)
    except ValueError:
        return None


def _stem(word: str, language: str) -> str:
    stemmer = _stemmer(language)
    return stemmer.stem(word) if stemmer else word


def _bare(token: str) -> str:
    """Lowercase, without a possessive ending."""
    token = token.lower()
    return re.sub(r"['’]s?$", "", token)


def _shared_start(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _title_case(text: str, stop: frozenset[str]) -> bool:
    """Headline style ("Steel Giant Cuts Jobs"), where capitals do not mark names."""
    content = [t for t in words(text) if t.lower() not in stop and t[:1].isalpha()]
    return len(content) >= 3 and sum(t[:1].isupper() for t in content) >= 0.8 * len(content)


def number_values(token: str) -> set[float]:
    """The numeric values a token stands for: ``7,600-kilometer`` -> {7600}."""
    values: set[float] = set()
    for match in _NUMBER.finditer(token):
        with contextlib.suppress(ValueError):
            values.add(float(match.group().replace(",", "")))
    for part in token.lower().split("-"):
        if part in _NUMBER_WORDS:
            values.add(float(_NUMBER_WORDS[part]))
    return values


class SourceIndex:
    """What an article contains, prepared once and checked against many candidates."""

    def __init__(self, text: str, language: str = "english") -> None:
        self.language = language
        tokens = words(text)
        self.words = {_bare(t) for t in tokens}
        parts = {p for t in self.words for p in re.split(r"[-.'’]", t) if p}
        self.words |= parts
        self.stems = {_stem(w, language) for w in self.words}
        self.numbers: set[float] = set()
        for t in tokens:
            self.numbers |= number_values(t)
        self._long_words = sorted(w for w in self.words if len(w) >= 4)

    def has_name(self, token: str) -> bool:
        word = _bare(token)
        if word in self.words or _stem(word, self.language) in self.stems:
            return True
        if len(word) < 5:
            return False
        # "Kazakh" for "Kazakhstan", "Ukrainian" for "Ukraine": a long shared start
        return any(
            _shared_start(word, w) >= max(5, 0.8 * min(len(word), len(w))) for w in self._long_words
        )

    def has_number(self, token: str) -> bool:
        values = number_values(token)
        return not values or bool(values & self.numbers)

    def has_word(self, token: str) -> bool:
        word = _bare(token)
        return word in self.words or _stem(word, self.language) in self.stems

    def check(self, summary: str) -> Support:
        """Score ``summary`` against the source and list its unsupported names and numbers."""
        stop = stop_words(self.language)
        total = found = 0.0
        unsupported: list[str] = []
        novel: list[str] = []
        run: list[str] = []  # consecutive unsupported name tokens, reported as one name

        def close_run() -> None:
            if run:
                unsupported.append(" ".join(run))
                run.clear()

        title_case = _title_case(summary, stop)
        sentence_start = True
        for match in re.finditer(r"\S+", summary):
            chunk = match.group()
            for token in words(chunk):
                lower = token.lower()
                is_number = bool(_NUMBER.search(token)) or (
                    lower in _NUMBER_WORDS and lower not in _COMMON_NUMBER_WORDS
                )
                if is_number:
                    close_run()
                    total += NUMBER_WEIGHT
                    if self.has_number(token):
                        found += NUMBER_WEIGHT
                    else:
                        unsupported.append(token)
                elif (
                    token[:1].isupper()
                    and not (sentence_start and lower in stop)
                    and not (title_case and self.has_word(token))
                ):
                    total += NAME_WEIGHT
                    if self.has_name(token):
                        found += NAME_WEIGHT
                        close_run()
                    else:
                        run.append(re.sub(r"['’]s$", "", token))
                else:
                    close_run()
                    if lower in stop or not any(c.isalpha() for c in lower):
                        pass
                    else:
                        total += WORD_WEIGHT
                        if self.has_word(token):
                            found += WORD_WEIGHT
                        else:
                            novel.append(token)
                sentence_start = False
            if chunk[-1:] in '.!?:"”' or chunk.endswith((".”", '."')):
                close_run()
                sentence_start = True
        close_run()
        score = found / total if total else 1.0
        return Support(round(score, 4), tuple(dict.fromkeys(unsupported)), tuple(novel))


def content_stems(text: str, language: str = "english") -> set[str]:
    """Stems of the non-stop words of ``text``, for aligning summary and source sentences."""
    stop = stop_words(language)
    return {
        _stem(_bare(t), language)
        for t in words(text)
        if t.lower() not in stop and any(c.isalpha() for c in t)
    }


def sentence_stems(doc: Document, indices: Iterable[int]) -> list[tuple[int, set[str]]]:
    """(index, content stems) of the document's sentences at ``indices``."""
    return [(i, content_stems(doc.sentences[i].text, doc.language)) for i in indices]


def best_match(stems: set[str], candidates: Sequence[tuple[int, set[str]]]) -> tuple[int, float]:
    """The candidate sentence holding the largest share of ``stems`` (the first on a tie),
    and that share; ``stems`` and ``candidates`` must not be empty."""
    return max(((i, len(stems & src) / len(stems)) for i, src in candidates), key=lambda x: x[1])


def align(text: str, doc: Document, indices: Sequence[int]) -> tuple[SourceSentence, ...]:
    """For each summary sentence, the input sentence sharing most of its content words."""
    if not text or not indices:
        return ()
    language = doc.language
    candidates = sentence_stems(doc, indices)
    best: dict[int, float] = {}
    for sentence in split_sentences(text, language) or [text]:
        stems = content_stems(sentence, language)
        if not stems:
            continue
        i, overlap = best_match(stems, candidates)
        if overlap > 0:
            best[i] = max(best.get(i, 0.0), round(overlap, 4))
    return tuple(
        SourceSentence(i, doc.sentences[i].start, doc.sentences[i].end, score)
        for i, score in sorted(best.items())
    )
