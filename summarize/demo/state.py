"""What the demo keeps between requests and how it runs methods: no HTML, no Gradio."""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from importlib import resources

from .. import api, jsonl
from ..budget import KINDS, kinds, resolve
from ..budget import LENGTHS as LENGTH_NAMES
from ..decoding import decode
from ..document import Document
from ..errors import InputError, SummarizeError
from ..registry import list_methods
from ..summary import Summary
from .batching import Runner

log = logging.getLogger("summarize.demo")

DEFAULT_METHODS = ("salience", "abstractive")
MAX_CHARS = int(os.environ.get("SUMMARIZE_MAX_CHARS", "50000"))
"""Input cap for the demo: a long article is ~20,000 characters; the CLI takes far more."""
CONCURRENCY = int(os.environ.get("SUMMARIZE_CONCURRENCY", "2"))
MAX_WORDS_RANGE = (5, 200)

Step = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Column:
    """One output length: its key in the API's JSON, its label in the page, its budget."""

    key: str
    label: str
    preset: str
    max_words: int | None = None


COLUMNS = {kind: Column(kind, kind.capitalize(), kind) for kind in KINDS}
HEADLINE, PARAGRAPH = COLUMNS["headline"], COLUMNS["paragraph"]
LENGTHS: dict[str, tuple[Column, ...]] = {
    length: tuple(COLUMNS[kind] for kind in kinds(length)) for length in LENGTH_NAMES
}
"""The page's lengths, named as every front end names them (``summarize.budget.LENGTHS``)."""


def columns_for(length: str, max_words: float | None) -> tuple[Column, ...]:
    if length in LENGTHS:
        return LENGTHS[length]
    if length != "custom":
        choices = ", ".join([*LENGTHS, "custom"])
        raise InputError(f"unknown length {length!r}; use one of: {choices}")
    if max_words is None:
        raise InputError("give a word budget for the custom length")
    words = int(max_words)
    low, high = MAX_WORDS_RANGE
    if not low <= words <= high:
        raise InputError(f"the word budget must be between {low} and {high}, got {words}")
    return (Column("custom", f"{words} words", "paragraph", words),)


def method_names() -> list[str]:
    return [m.name for m in list_methods()]


def method_kinds() -> dict[str, str]:
    return {m.name: m.kind for m in list_methods()}


def default_methods() -> list[str]:
    known = method_names()
    return [m for m in DEFAULT_METHODS if m in known]


def check_methods(methods: Sequence[str] | None) -> list[str]:
    """The chosen methods, extractive first: their results show in seconds while the model
    works."""
    methods = list(methods or [])
    if not methods:
        raise InputError("Choose at least one method.")
    kinds = method_kinds()
    unknown = [m for m in methods if m not in kinds]
    if unknown:
        raise InputError(f"unknown method {unknown[0]!r}; known methods: {', '.join(kinds)}")
    return sorted(methods, key=lambda m: kinds[m] == "abstractive")


# --- methods: the package's one Summarizer per method, one Runner around it ---------------

_runners: dict[str, Runner] = {}
_runners_lock = threading.Lock()


def runner(name: str) -> Runner:
    """The Runner of a method; it loads nothing until it runs (``summarize.api.shared``)."""
    with _runners_lock:
        if name not in _runners:
            _runners[name] = Runner(lambda: api.shared(name))
        return _runners[name]


def preload(names: Sequence[str]) -> None:
    """Load methods ahead of the first request (the model); failures show up per request."""
    for name in names:
        try:
            api.shared(name)
        except Exception as err:  # shown to the user when they run it
            log.warning("could not preload %s: %s", name, err)


# --- input --------------------------------------------------------------------------------


def prepare(text: str | None) -> Document:
    """Clean and split the input once; every method reads the same Document (and spans)."""
    if not (text or "").strip():
        raise InputError("Paste an article, upload a file, or pick an example first.")
    return Document.from_text(text, max_chars=MAX_CHARS)


def decode_upload(data: bytes | None) -> tuple[str, list[str]]:
    """An uploaded file as text and its warnings, decoded as the command line decodes files
    (its size is checked with any other input's, when it is summarized)."""
    if data is None:
        raise InputError("No file received.")
    return decode(data)


@dataclass(frozen=True)
class Example:
    label: str
    text: str
    ref_headline: str = ""
    ref_paragraph: str = ""
    credit: str = ""


def load_examples() -> list[Example]:
    """The seed article and a few BBC News Summary dev articles with their references
    (package data, so an installed wheel has them)."""
    seeds = resources.files("summarize") / "seeds"
    seed = (seeds / "kazakh-leader-meets-putin.txt").read_text(encoding="utf-8")
    examples = [Example("Seed: Kazakh leader meets Putin", seed)]
    for line in jsonl.lines((seeds / "bbc-examples.jsonl").read_text(encoding="utf-8")):
        if line.strip():
            row = json.loads(line)
            examples.append(
                Example(
                    f"BBC {row['category']}: {row['title']}",
                    row["text"],
                    row["title"],
                    row["summary"],
                    row.get("source", ""),
                )
            )
    return examples


# --- running ------------------------------------------------------------------------------


@dataclass
class MethodResult:
    """One method's summaries so far; ``pending`` columns are still running."""

    method: str
    kind: str
    summaries: dict[str, Summary] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    load_s: float = 0.0
    error: str | None = None
    pending: tuple[str, ...] = ()

    @property
    def total_s(self) -> float:
        return self.load_s + sum(self.seconds.values())


def error_message(err: BaseException) -> str:
    """One line for the page: the user-facing message, never a traceback."""
    if isinstance(err, SummarizeError):
        return str(err)
    if isinstance(err, ImportError):
        return f"not available in this installation ({err})"
    first = (str(err).strip().splitlines() or [""])[0][:300]
    return f"{type(err).__name__}: {first}" if first else type(err).__name__


def iter_methods(
    doc: Document,
    methods: Sequence[str],
    columns: Sequence[Column],
    step: Step = lambda i, n, desc: None,
) -> Iterator[MethodResult]:
    """Each method on every column; its result is yielded after each column (``pending``
    says what is left), so a page can show a headline before the paragraph is written."""
    kinds = method_kinds()
    total = len(methods) * len(columns)
    with ExitStack() as stack:
        runners = {name: runner(name) for name in methods}
        for each in runners.values():  # registered now, so concurrent requests batch
            stack.enter_context(each.requests())
        for position, name in enumerate(methods):
            done = position * len(columns)
            result = MethodResult(name, kinds.get(name, "?"), pending=tuple(c.key for c in columns))
            try:
                start = time.perf_counter()
                step(done, total, f"loading {name}")
                api.shared(name)
                result.load_s = time.perf_counter() - start
                for i, col in enumerate(columns):
                    step(done + i, total, f"{name}: {col.label.lower()}")
                    budget = resolve(col.preset, max_words=col.max_words)
                    start = time.perf_counter()
                    result.summaries[col.key] = runners[name].summarize(doc, budget)
                    result.seconds[col.key] = time.perf_counter() - start
                    result.pending = result.pending[1:]
                    if result.pending:
                        yield result
            except Exception as err:
                if not isinstance(err, SummarizeError):
                    log.exception("method %s failed", name)
                result.error, result.pending = error_message(err), ()
            yield result


def run_methods(
    doc: Document, methods: Sequence[str], columns: Sequence[Column]
) -> list[MethodResult]:
    """Every method's finished result."""
    return [r for r in iter_methods(doc, methods, columns) if not r.pending]
