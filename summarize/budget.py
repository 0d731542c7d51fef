"""One length budget for every method: the headline and paragraph presets, or explicit limits."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal, get_args

from .errors import SummarizeError

Kind = Literal["headline", "paragraph"]
KINDS: tuple[Kind, ...] = get_args(Kind)
"""The output lengths every method writes, in the order every front end shows them."""
Length = Literal[Kind, "both"]
LENGTHS: tuple[str, ...] = (*KINDS, "both")
"""What a front end may ask for: one kind, or ``both`` for every kind."""


def kinds(length: str) -> tuple[Kind, ...]:
    """The kinds a length names (``both``: all of them), so front ends agree on what it means."""
    if length == "both":
        return KINDS
    if length in KINDS:
        return (length,)  # type: ignore[return-value]  # checked against KINDS just above
    raise SummarizeError(f"unknown length {length!r}; use one of: {', '.join(LENGTHS)}")


# Scripts written without spaces between words (Han, kana, Thai, Lao, Myanmar, Khmer): each
# character counts as a word, so 12,000 characters of Chinese are not one "word" (issue 14).
_UNSPACED = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
)
_WORD = re.compile(f"[{_UNSPACED}]|[^\\s{_UNSPACED}]+")


def word_spans(text: str) -> list[tuple[int, int]]:
    """Where each word is: whitespace-separated, one per character in unspaced scripts."""
    return [m.span() for m in _WORD.finditer(text)]


def count_words(text: str) -> int:
    """Words as ``Budget`` counts them (see ``word_spans``)."""
    if text.isascii():
        return len(text.split())
    return sum(1 for _ in _WORD.finditer(text))


@dataclass(frozen=True)
class Budget:
    """How long a summary may be.

    A ``headline`` is one line (one sentence, compressed to fit); a ``paragraph`` is
    whole sentences. Every limit given must hold; ``min_words`` is a target. The headline
    preset allows 20 words: news states its point in the first sentence, and a long one
    cut to fewer words, or passed over for a later sentence, more often read as cut off
    or as background given as the news (docs/truth.md).
    """

    kind: Kind = "paragraph"
    max_words: int | None = None
    max_chars: int | None = None
    max_sentences: int | None = None
    min_words: int = 0

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise SummarizeError(f"unknown length {self.kind!r}; use one of: {', '.join(KINDS)}")
        for name in ("max_words", "max_chars", "max_sentences"):
            value = getattr(self, name)
            if value is not None and value < 1:
                raise SummarizeError(f"{name} must be at least 1, got {value}")

    @property
    def name(self) -> str:
        return self.kind if self == PRESETS[self.kind] else f"{self.kind}(custom)"

    def fits(self, text: str, n_sentences: int = 1) -> bool:
        return (
            (self.max_words is None or count_words(text) <= self.max_words)
            and (self.max_chars is None or len(text) <= self.max_chars)
            and (self.max_sentences is None or n_sentences <= self.max_sentences)
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "max_words": self.max_words,
            "max_chars": self.max_chars,
            "max_sentences": self.max_sentences,
            "min_words": self.min_words,
        }


PRESETS: dict[str, Budget] = {
    "headline": Budget("headline", max_words=20, max_chars=150, max_sentences=1, min_words=6),
    "paragraph": Budget("paragraph", max_words=90, max_sentences=4, min_words=30),
}


def resolve(
    length: str | Budget = "paragraph",
    *,
    max_words: int | None = None,
    max_chars: int | None = None,
    max_sentences: int | None = None,
) -> Budget:
    """A preset by name (or a Budget), with any explicit limits replacing the preset's."""
    if isinstance(length, Budget):
        budget = length
    elif length in PRESETS:
        budget = PRESETS[length]
    else:
        raise SummarizeError(f"unknown length {length!r}; use one of: {', '.join(PRESETS)}")
    changes: dict[str, int | None] = {}
    if max_words is not None:
        changes["max_words"] = max_words
        changes["min_words"] = min(budget.min_words, max_words)
        if max_chars is None and budget.max_chars is not None:
            changes["max_chars"] = None  # the word limit the user chose wins
    if max_chars is not None:
        changes["max_chars"] = max_chars
    if max_sentences is not None:
        changes["max_sentences"] = max_sentences
    return replace(budget, **changes) if changes else budget
