"""The one Document every method reads: cleaned text, sentences with offsets, a title."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import sentences as _sentences
from .clean import Removal, clean
from .decoding import decode, fix_surrogates, garbled_warning
from .errors import InputError

MAX_CHARS = 1_000_000
"""Default input cap: about 150,000 words, far beyond any article."""

_ENGLISH_MARKERS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "that",
        "for",
        "on",
        "with",
        "was",
        "as",
        "by",
        "it",
        "from",
        "at",
    ]
)


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str

    @property
    def n_words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Document:
    """Cleaned article text and its sentences; ``text[s.start:s.end] == s.text``."""

    text: str
    sentences: tuple[Sentence, ...]
    title: str | None = None
    standfirst: str | None = None
    language: str = _sentences.DEFAULT_LANGUAGE
    removed: tuple[Removal, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    @classmethod
    def from_text(
        cls,
        raw: str | bytes,
        *,
        language: str = _sentences.DEFAULT_LANGUAGE,
        title: str | None = None,
        clean_input: bool = True,
        max_chars: int = MAX_CHARS,
    ) -> Document:
        """Decode, clean and split ``raw``; raise InputError when nothing usable is left."""
        warnings: list[str] = []
        if isinstance(raw, bytes | bytearray):
            raw, decode_warnings = decode(bytes(raw))
            warnings += decode_warnings
        if not isinstance(raw, str):
            raise InputError(f"expected text, got {type(raw).__name__}")
        raw, lone = fix_surrogates(raw)
        if lone:
            warnings.append(
                f"input held {lone:,} unpaired UTF-16 surrogate(s), not text; replaced by U+FFFD"
            )
        if len(raw) > max_chars:
            raise InputError(
                f"input has {len(raw):,} characters; the limit is {max_chars:,} "
                "(raise it with max_chars / --input-limit)"
            )
        if not raw.strip():
            raise InputError("input is empty")
        standfirst = removed = None
        if clean_input:
            cleaned = clean(raw)
            text, removed = cleaned.body, cleaned.removed
            title = title or cleaned.title
            standfirst = cleaned.standfirst
            if not text.strip() and standfirst:  # a title and one line: summarize that line
                text, standfirst = standfirst, None
        else:
            text = raw.strip()
        if not text.strip():
            raise InputError("no article text left after removing boilerplate")
        doc = cls.from_clean_text(text, language=language, title=title)
        if not any(ch.isalnum() for ch in text):
            raise InputError("input has no words")
        warnings += garbled_warning(text) or _language_warning(text, language)
        return cls(
            doc.text,
            doc.sentences,
            doc.title,
            standfirst,
            language,
            tuple(removed or ()),
            tuple(warnings),
        )

    @classmethod
    def from_clean_text(
        cls, text: str, *, language: str = _sentences.DEFAULT_LANGUAGE, title: str | None = None
    ) -> Document:
        """Split already clean text (evaluation data, tests) without the cleaning step."""
        text = fix_surrogates(text)[0]  # JSON's "\ud800" escapes reach here too
        title = fix_surrogates(title)[0] if title else title
        spans = _sentences.sentence_spans(text, language)
        sents = tuple(Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(spans))
        return cls(text, sents, title=title, language=language)

    @property
    def n_words(self) -> int:
        return len(self.text.split())


def _language_warning(text: str, language: str) -> list[str]:
    if language != "english":
        return []
    tokens = [w.lower() for w in text.split()[:2000]]
    if len(tokens) >= 20 and sum(w in _ENGLISH_MARKERS for w in tokens) / len(tokens) < 0.02:
        return [
            "text does not look English; pass language=... (e.g. 'german') for better sentences"
        ]
    return []
