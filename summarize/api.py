"""The Python API: ``summarize()`` for one call, ``Summarizer`` to keep a method loaded."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from . import registry
from .budget import Budget, resolve
from .document import MAX_CHARS, Document
from .summary import Summary

Source = str | bytes | Document


class Summarizer:
    """One method, created once (a loaded model is reused) and called many times."""

    def __init__(
        self,
        method: str = registry.DEFAULT_METHOD,
        *,
        language: str = "english",
        max_chars: int = MAX_CHARS,
        **options: Any,
    ) -> None:
        self.method_name = method
        self.language = language
        self.max_chars = max_chars
        self.method = registry.create(method, **options)

    def document(self, source: Source, title: str | None = None) -> Document:
        if isinstance(source, Document):
            return source
        return Document.from_text(
            source, language=self.language, title=title, max_chars=self.max_chars
        )

    def summarize(
        self,
        source: Source,
        length: str | Budget = "paragraph",
        *,
        max_words: int | None = None,
        max_chars: int | None = None,
        max_sentences: int | None = None,
        title: str | None = None,
    ) -> Summary:
        budget = resolve(
            length, max_words=max_words, max_chars=max_chars, max_sentences=max_sentences
        )
        return self.method.summarize(self.document(source, title), budget)

    def summarize_many(
        self, sources: Iterable[Source], length: str | Budget = "paragraph", **limits: Any
    ) -> list[Summary]:
        """Summaries of many texts; methods with a batched path (the model) use it."""
        budget = resolve(length, **limits)
        docs = [self.document(s) for s in sources]
        batched = getattr(self.method, "summarize_batch", None)
        if batched is not None:
            return list(batched(docs, budget))
        return [self.method.summarize(d, budget) for d in docs]


@cache
def _shared(method: str, language: str) -> Summarizer:
    return Summarizer(method, language=language)


def summarize(
    text: Source,
    method: str = registry.DEFAULT_METHOD,
    length: str | Budget = "paragraph",
    *,
    language: str = "english",
    **limits: Any,
) -> Summary:
    """Summarize one text; the method is created on first use and kept for later calls."""
    return _shared(method, language).summarize(text, length, **limits)
