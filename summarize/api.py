"""The Python API: ``summarize()`` for one call, ``Summarizer`` to keep a method loaded."""

from __future__ import annotations

import threading
from collections.abc import Iterable
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


_shared: dict[tuple[str, str], Summarizer] = {}
_shared_locks: dict[tuple[str, str], threading.Lock] = {}
_shared_guard = threading.Lock()


def shared(method: str = registry.DEFAULT_METHOD, language: str = "english") -> Summarizer:
    """The process's one Summarizer per method and language, for every front end.

    Threads that ask at once wait for one load (a model is loaded once); loading one method
    does not hold up another.
    """
    key = (method, language)
    with _shared_guard:
        lock = _shared_locks.setdefault(key, threading.Lock())
    with lock:
        if key not in _shared:
            _shared[key] = Summarizer(method, language=language)
        return _shared[key]


def summarize(
    text: Source,
    method: str = registry.DEFAULT_METHOD,
    length: str | Budget = "paragraph",
    *,
    language: str = "english",
    **limits: Any,
) -> Summary:
    """Summarize one text; the method is created on first use and kept for later calls."""
    return shared(method, language).summarize(text, length, **limits)
