"""Gradio demo: headline and paragraph summaries side by side, with provenance and ROUGE.

Run ``python app.py`` (127.0.0.1:7860); ``--host 0.0.0.0`` or ``SUMMARIZE_HOST`` opens it to
other hosts. The app is thin: it calls the public ``summarize`` API and only renders.
Named API endpoints (``/summarize``, ``/methods``) work from ``gradio_client``.
"""

from __future__ import annotations

import argparse
import html
import json
import logging
import os
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

# Before gradio is imported: no analytics or version checks (the demo runs offline).
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from summarize import (  # noqa: E402
    Document,
    InputError,
    SummarizeError,
    Summarizer,
    Summary,
    list_methods,
)

log = logging.getLogger("summarize.app")

ROOT = Path(__file__).resolve().parent
SEED = ROOT / "seeds" / "kazakh-leader-meets-putin.txt"
BBC_EXAMPLES = ROOT / "seeds" / "bbc-examples.jsonl"

DEFAULT_METHODS = ("salience", "abstractive")
MAX_CHARS = int(os.environ.get("SUMMARIZE_MAX_CHARS", "50000"))
"""Input cap for the demo: a long article is ~20,000 characters; the CLI takes far more."""
CONCURRENCY = int(os.environ.get("SUMMARIZE_CONCURRENCY", "2"))
MAX_WORDS_RANGE = (5, 200)


@dataclass(frozen=True)
class Column:
    """One output length: its key in the API's JSON, its label in the page, its budget."""

    key: str
    label: str
    preset: str
    max_words: int | None = None


HEADLINE = Column("headline", "Headline", "headline")
PARAGRAPH = Column("paragraph", "Paragraph", "paragraph")
LENGTHS: dict[str, tuple[Column, ...]] = {
    "both": (HEADLINE, PARAGRAPH),
    "headline": (HEADLINE,),
    "paragraph": (PARAGRAPH,),
}
LENGTH_CHOICES = [
    ("Headline + paragraph", "both"),
    ("Headline", "headline"),
    ("Paragraph", "paragraph"),
    ("Custom word budget", "custom"),
]


# --- methods: created once, shared by every request ---------------------------------------

_registry_lock = threading.Lock()
_method_locks: dict[str, threading.Lock] = {}
_summarizers: dict[str, Summarizer] = {}


def _method_lock(name: str) -> threading.Lock:
    with _registry_lock:
        return _method_locks.setdefault(name, threading.Lock())


def method_names() -> list[str]:
    return [m.name for m in list_methods()]


def method_kinds() -> dict[str, str]:
    return {m.name: m.kind for m in list_methods()}


def default_methods() -> list[str]:
    known = method_names()
    return [m for m in DEFAULT_METHODS if m in known]


def _summarizer(name: str) -> Summarizer:
    """The one Summarizer per method (the model loads once); call with its lock held."""
    if name not in _summarizers:
        _summarizers[name] = Summarizer(name, max_chars=MAX_CHARS)
    return _summarizers[name]


def preload(names: Sequence[str]) -> None:
    """Load methods ahead of the first request (the model); failures show up per request."""
    for name in names:
        try:
            with _method_lock(name):
                _summarizer(name)
        except Exception as err:  # shown to the user when they run it
            log.warning("could not preload %s: %s", name, err)


# --- running ------------------------------------------------------------------------------


@dataclass
class MethodResult:
    method: str
    kind: str
    summaries: dict[str, Summary] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    load_s: float = 0.0
    error: str | None = None

    @property
    def total_s(self) -> float:
        return self.load_s + sum(self.seconds.values())


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


def prepare(text: str | None) -> Document:
    """Clean and split the input once; every method reads the same Document (and spans)."""
    text = text or ""
    if len(text) > MAX_CHARS:
        raise InputError(
            f"The article has {len(text):,} characters; this demo takes at most {MAX_CHARS:,}. "
            "Paste a shorter text, or use the command line (`summarize FILE`) for long inputs."
        )
    if not text.strip():
        raise InputError("Paste an article, upload a file, or pick an example first.")
    return Document.from_text(text, max_chars=MAX_CHARS)


def _error_message(err: BaseException) -> str:
    """One line for the page: the user-facing message, never a traceback."""
    if isinstance(err, SummarizeError):
        return str(err)
    if isinstance(err, ImportError):
        return f"not available in this installation ({err})"
    first = (str(err).strip().splitlines() or [""])[0][:300]
    return f"{type(err).__name__}: {first}" if first else type(err).__name__


def in_run_order(methods: Sequence[str]) -> list[str]:
    """Extractive methods first: their results show in seconds while the model works."""
    kinds = method_kinds()
    return sorted(methods, key=lambda m: kinds.get(m) == "abstractive")


def iter_methods(
    doc: Document,
    methods: Sequence[str],
    columns: Sequence[Column],
    step: Callable[[int, int, str], None] = lambda i, n, desc: None,
) -> Iterator[MethodResult]:
    """Each method on every column, yielded as it finishes; a failure becomes its message."""
    kinds = method_kinds()
    total = len(methods) * len(columns)
    for position, name in enumerate(methods):
        done = position * len(columns)
        result = MethodResult(name, kinds.get(name, "?"))
        try:
            with _method_lock(name):
                start = time.perf_counter()
                if name not in _summarizers:
                    step(done, total, f"loading {name}")
                summarizer = _summarizer(name)
                result.load_s = time.perf_counter() - start
                for i, col in enumerate(columns):
                    step(done + i, total, f"{name}: {col.label.lower()}")
                    start = time.perf_counter()
                    result.summaries[col.key] = summarizer.summarize(
                        doc, col.preset, max_words=col.max_words
                    )
                    result.seconds[col.key] = time.perf_counter() - start
        except Exception as err:
            if not isinstance(err, SummarizeError):
                log.exception("method %s failed", name)
            result.error = _error_message(err)
        yield result


def run_methods(
    doc: Document,
    methods: Sequence[str],
    columns: Sequence[Column],
    step: Callable[[int, int, str], None] = lambda i, n, desc: None,
) -> list[MethodResult]:
    return list(iter_methods(doc, methods, columns, step))


# --- ROUGE --------------------------------------------------------------------------------


ROUGE_TYPES = ("rouge1", "rouge2", "rougeL", "rougeLsum")


@cache
def _rouge() -> Any:
    from eval.rouge import Rouge  # the evaluation's ROUGE, so the page and reports agree

    return Rouge(types=ROUGE_TYPES)


def rouge(prediction: str, reference: str) -> dict[str, float]:
    """ROUGE F1 x 100 (rouge-score via eval.rouge, stemmer on), as the evaluation reports it."""
    scores = _rouge().score(reference, prediction)
    return {name: round(100 * scores[name].fmeasure, 1) for name in ROUGE_TYPES}


def rouge_rows(
    results: Sequence[MethodResult], ref_headline: str, ref_paragraph: str
) -> list[dict[str, Any]]:
    """One row per method and length that has a reference: headline vs headline, else paragraph."""
    rows = []
    for result in results:
        for key, summary in result.summaries.items():
            ref = ref_headline if summary.budget.kind == "headline" else ref_paragraph
            if ref and ref.strip():
                rows.append({"method": result.method, "length": key, **rouge(summary.text, ref)})
    return rows


# --- rendering ----------------------------------------------------------------------------


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def mark_unsupported(text: str, unsupported: Sequence[str]) -> str:
    """Escaped text with the names and numbers the source does not support marked."""
    terms = sorted({t for t in unsupported if t and t.strip()}, key=len, reverse=True)
    if not terms:
        return _esc(text)
    words = (r"\s+".join(re.escape(w) for w in t.split()) for t in terms)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)
    out, pos = [], 0
    for m in pattern.finditer(text):
        out += [
            _esc(text[pos : m.start()]),
            '<mark class="sz-unsupported" title="not found in the source">'
            f"{_esc(m.group())}</mark>",
        ]
        pos = m.end()
    out.append(_esc(text[pos:]))
    return "".join(out)


def _summary_cell(summary: Summary, seconds: float) -> str:
    unsupported = list(summary.details.get("unsupported") or ())
    parts = [f'<div class="sz-text">{mark_unsupported(summary.text, unsupported)}</div>']
    meta = f"{summary.n_words} words · {seconds:.2f} s"
    parts.append(f'<div class="sz-meta">{meta}</div>')
    if unsupported:
        names = ", ".join(_esc(u) for u in unsupported)
        parts.append(f'<div class="sz-flag">Not in the source: {names}</div>')
    parts += [f'<div class="sz-warning">{_esc(w)}</div>' for w in summary.warnings]
    return "".join(parts)


def render_results(
    results: Sequence[MethodResult], columns: Sequence[Column], pending: Sequence[str] = ()
) -> str:
    """A table: one row per method, its headline and paragraph side by side, and its time."""
    head = "".join(f"<th>{_esc(col.label)}</th>" for col in columns)
    rows = []
    for r in results:
        name = f'<b>{_esc(r.method)}</b><div class="sz-meta">{_esc(r.kind)}</div>'
        if r.error:
            cells = (
                f'<td colspan="{len(columns) + 1}"><div class="sz-error">'
                f"{_esc(r.method)} could not run: {_esc(r.error)}</div></td>"
            )
        else:
            cells = "".join(
                f'<td class="sz-out" data-length="{col.key}">'
                f"{_summary_cell(r.summaries[col.key], r.seconds[col.key])}</td>"
                for col in columns
            )
            timing = f"{r.total_s:.2f} s"
            if r.load_s >= 0.05:
                timing += f'<div class="sz-meta">incl. loading {r.load_s:.1f} s</div>'
            cells += f'<td class="sz-time">{timing}</td>'
        rows.append(f'<tr data-method="{_esc(r.method)}"><td>{name}</td>{cells}</tr>')
    kinds = method_kinds()
    for method in pending:
        rows.append(
            f'<tr data-method="{_esc(method)}" class="sz-pending"><td><b>{_esc(method)}</b>'
            f'<div class="sz-meta">{_esc(kinds.get(method, "?"))}</div></td>'
            f'<td colspan="{len(columns) + 1}"><div class="sz-meta">running...</div></td></tr>'
        )
    return (
        f'<table class="sz-results"><thead><tr><th>Method</th>{head}<th>Time</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def highlight_source(doc: Document, summaries: dict[str, Summary]) -> str:
    """The cleaned text with each summary's source spans marked (headline: underline bar)."""
    marks: list[tuple[int, int, str, str]] = []
    for key, summary in summaries.items():
        cls = "sz-src-h" if summary.budget.kind == "headline" else "sz-src-p"
        for s in summary.sources:
            tip = f"{key}: sentence {s.index + 1}, score {s.score:.2f}"
            marks.append((max(0, s.start), min(len(doc.text), s.end), cls, tip))
    cuts = sorted({0, len(doc.text), *(m[0] for m in marks), *(m[1] for m in marks)})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = _esc(doc.text[a:b])
        active = [m for m in marks if m[0] <= a and b <= m[1]]
        if active:
            classes = " ".join(sorted({m[2] for m in active}))
            tips = "; ".join(dict.fromkeys(m[3] for m in active))
            piece = f'<mark class="sz-src {classes}" title="{_esc(tips)}">{piece}</mark>'
        out.append(piece)
    return f'<div class="sz-source">{"".join(out)}</div>'


def render_provenance(doc: Document, results: Sequence[MethodResult]) -> str:
    """Per method, the source with the sentences its summaries used highlighted."""
    blocks = []
    for i, r in enumerate(x for x in results if x.summaries):
        used = (
            "the source sentences its text is closest to"
            if r.kind == "abstractive"
            else "the sentences it picked"
        )
        blocks.append(
            f'<details class="sz-prov" data-method="{_esc(r.method)}"{" open" if i == 0 else ""}>'
            f"<summary><b>{_esc(r.method)}</b>: {used}</summary>"
            f"{highlight_source(doc, r.summaries)}</details>"
        )
    if not blocks:
        return ""
    legend = (
        '<div class="sz-legend">Where each summary came from: '
        '<mark class="sz-src sz-src-p">paragraph</mark> '
        '<mark class="sz-src sz-src-h">headline</mark> (hover for scores)</div>'
    )
    return legend + "".join(blocks)


def render_cleaned(doc: Document) -> str:
    """What cleaning kept aside: title, standfirst, removed boilerplate with reasons."""
    parts = []
    if doc.title:
        parts.append(f"<p><b>Title</b> (not summarized): {_esc(doc.title)}</p>")
    if doc.standfirst:
        parts.append(f"<p><b>Standfirst</b> (not summarized): {_esc(doc.standfirst)}</p>")
    if doc.removed:
        rows = "".join(
            f"<tr><td>{_esc(r.reason)}</td><td>{_esc(r.text)}</td></tr>" for r in doc.removed
        )
        parts.append(
            f"<p><b>Removed</b> ({len(doc.removed)}):</p><table class='sz-removed'>"
            f"<thead><tr><th>Why</th><th>Text</th></tr></thead><tbody>{rows}</tbody></table>"
        )
    else:
        parts.append("<p>Nothing was removed as boilerplate.</p>")
    parts += [f'<div class="sz-warning">{_esc(w)}</div>' for w in doc.warnings]
    parts.append(
        f'<p class="sz-meta">Kept: {len(doc.sentences)} sentences, {doc.n_words:,} words.</p>'
    )
    return f'<div class="sz-cleaned">{"".join(parts)}</div>'


def render_rouge(rows: Sequence[dict[str, Any]]) -> str:
    if not rows:
        return ""
    body = "".join(
        f"<tr><td>{_esc(r['method'])}</td><td>{_esc(r['length'])}</td>"
        + "".join(f"<td>{r[t]:.1f}</td>" for t in ROUGE_TYPES)
        + "</tr>"
        for r in rows
    )
    return (
        '<table class="sz-rouge"><caption>ROUGE F1 against the reference '
        "(rouge-score, stemmed)</caption><thead><tr><th>Method</th><th>Length</th>"
        "<th>ROUGE-1</th><th>ROUGE-2</th><th>ROUGE-L</th><th>ROUGE-Lsum</th></tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


def _status(message: str, kind: str = "info") -> str:
    return f'<div class="sz-status sz-status-{kind}">{_esc(message)}</div>'


# --- handlers -----------------------------------------------------------------------------


def _check_methods(methods: Sequence[str] | None) -> list[str]:
    methods = list(methods or [])
    if not methods:
        raise InputError("Choose at least one method.")
    known = method_names()
    unknown = [m for m in methods if m not in known]
    if unknown:
        raise InputError(f"unknown method {unknown[0]!r}; known methods: {', '.join(known)}")
    return methods


Outputs = tuple[str, str, str, str, str]


def ui_summarize(
    text: str,
    methods: list[str],
    length: str,
    max_words: float | None,
    ref_headline: str,
    ref_paragraph: str,
    progress: gr.Progress = gr.Progress(),  # noqa: B008 (gradio injects it)
) -> Iterator[Outputs]:
    """The page's handler: status, results, ROUGE, provenance, cleaned input; each method's
    results appear as soon as it finishes (extractive ones first)."""
    try:
        methods = in_run_order(_check_methods(methods))
        columns = columns_for(length, max_words)
        doc = prepare(text)
        start = time.perf_counter()
        results: list[MethodResult] = []

        def step(i: int, n: int, desc: str) -> None:
            progress((i, n), desc=desc, unit="summaries")

        for result in iter_methods(doc, methods, columns, step):
            results.append(result)
            pending = methods[len(results) :]
            if pending:
                running = _status(f"Running {pending[0]}...", "info")
                yield _outputs(doc, results, columns, running, ref_headline, ref_paragraph, pending)
        failed = [r.method for r in results if r.error]
        message = (
            f"Summarized {doc.n_words:,} words ({len(doc.sentences)} sentences) with "
            f"{len(methods)} method{'s' * (len(methods) != 1)} in "
            f"{time.perf_counter() - start:.2f} s."
        )
        if failed:
            message += f" Failed: {', '.join(failed)} (see below)."
        final = _status(message, "warning" if failed else "info")
        yield _outputs(doc, results, columns, final, ref_headline, ref_paragraph)
    except SummarizeError as err:
        yield _status(str(err), "error"), "", "", "", ""
    except Exception as err:  # never a traceback in the page
        log.exception("summarize failed")
        yield _status(f"Something went wrong: {_error_message(err)}", "error"), "", "", "", ""


def _outputs(
    doc: Document,
    results: Sequence[MethodResult],
    columns: Sequence[Column],
    status: str,
    ref_headline: str,
    ref_paragraph: str,
    pending: Sequence[str] = (),
) -> Outputs:
    return (
        status,
        render_results(results, columns, pending),
        render_rouge(rouge_rows(results, ref_headline, ref_paragraph)),
        render_provenance(doc, results),
        render_cleaned(doc),
    )


def api_summarize(
    text: str,
    methods: list[str] | None = None,
    length: str = "both",
    max_words: int | None = None,
    reference_headline: str = "",
    reference_paragraph: str = "",
) -> dict[str, Any]:
    """Summarize an article with one or more methods; JSON out.

    Args:
        text: the article: plain text, Markdown or HTML (at most SUMMARIZE_MAX_CHARS characters).
        methods: method names from /methods; default salience and abstractive.
        length: "both" (headline and paragraph), "headline", "paragraph" or "custom".
        max_words: the word budget when length is "custom" (5 to 200).
        reference_headline: optional reference headline, for ROUGE.
        reference_paragraph: optional reference paragraph, for ROUGE.

    Returns:
        {"document": {title, sentences, words, removed, warnings}, "results": [{method, kind,
        error, seconds, summaries: {"headline"|"paragraph"|"custom": Summary.to_dict()}}],
        "rouge": [{method, length, rouge1, rouge2, rougeL, rougeLsum}]}.
    """
    try:
        methods = in_run_order(_check_methods(methods or default_methods()))
        columns = columns_for(length, max_words)
        doc = prepare(text)
        results = run_methods(doc, methods, columns)
    except SummarizeError as err:
        raise gr.Error(str(err)) from None
    except Exception as err:
        log.exception("summarize failed")
        raise gr.Error(_error_message(err)) from None
    return {
        "document": {
            "title": doc.title,
            "standfirst": doc.standfirst,
            "sentences": len(doc.sentences),
            "words": doc.n_words,
            "removed": [{"reason": r.reason, "text": r.text} for r in doc.removed],
            "warnings": list(doc.warnings),
        },
        "results": [
            {
                "method": r.method,
                "kind": r.kind,
                "error": r.error,
                "seconds": round(r.total_s, 4),
                "summaries": {key: s.to_dict() for key, s in r.summaries.items()},
            }
            for r in results
        ],
        "rouge": rouge_rows(results, reference_headline, reference_paragraph),
    }


def api_methods() -> list[dict[str, str]]:
    """The summarization methods in the registry: name, kind (extractive/abstractive), what."""
    return [{"name": m.name, "kind": m.kind, "description": m.description} for m in list_methods()]


# --- input: files and examples ------------------------------------------------------------


def decode_upload(data: bytes | None) -> str:
    """An uploaded file as text: UTF-8, else Windows-1252; binary files are refused."""
    if data is None:
        raise InputError("No file received.")
    if b"\x00" in data[:65536]:
        raise InputError("That file looks binary; upload a .txt, .md or .html file.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if len(text) > MAX_CHARS:
        raise InputError(
            f"The file has {len(text):,} characters; this demo takes at most {MAX_CHARS:,}."
        )
    return text


def ui_upload(data: bytes | None) -> tuple[Any, str, str, str]:
    try:
        text = decode_upload(data)
    except SummarizeError as err:
        return gr.update(), gr.update(), gr.update(), _status(str(err), "error")
    return text, "", "", _status(f"Loaded a file of {len(text):,} characters.")


@dataclass(frozen=True)
class Example:
    label: str
    text: str
    ref_headline: str = ""
    ref_paragraph: str = ""
    credit: str = ""


def load_examples() -> list[Example]:
    """The seed article and a few BBC News Summary dev articles with their references."""
    examples = [Example("Seed: Kazakh leader meets Putin", SEED.read_text(encoding="utf-8"))]
    if BBC_EXAMPLES.exists():
        for line in BBC_EXAMPLES.read_text(encoding="utf-8").splitlines():
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


# --- the page -----------------------------------------------------------------------------

CSS = """
.sz-results, .sz-rouge, .sz-removed { width: 100%; border-collapse: collapse; }
.sz-results th, .sz-results td, .sz-rouge th, .sz-rouge td, .sz-removed th, .sz-removed td {
  border: 1px solid var(--border-color-primary); padding: 6px 8px; vertical-align: top;
  text-align: left; }
.sz-results td[data-length="headline"] { width: 30%; }
.sz-results td[data-length="paragraph"], .sz-results td[data-length="custom"] { width: 50%; }
.sz-text { font-size: 1.02em; }
.sz-meta { font-size: 0.8em; opacity: 0.7; }
.sz-warning { font-size: 0.8em; color: #b45309; }
.sz-flag { font-size: 0.85em; color: #b91c1c; }
.sz-error { color: #b91c1c; font-weight: 600; }
mark.sz-unsupported { background: #fecaca; color: #111; border-bottom: 2px solid #dc2626; }
.sz-status { padding: 8px 12px; border-radius: 6px; }
.sz-status-info { background: #ecfdf5; color: #065f46; }
.sz-status-warning { background: #fffbeb; color: #92400e; }
.sz-status-error { background: #fef2f2; color: #991b1b; font-weight: 600; }
.sz-source { white-space: pre-wrap; line-height: 1.6; max-height: 420px; overflow-y: auto;
  padding: 8px; border: 1px solid var(--border-color-primary); border-radius: 6px; }
mark.sz-src { color: #111; background: none; padding: 0; }
mark.sz-src-p { background: #fde68a; }
mark.sz-src-h { box-shadow: inset 0 -3px #2563eb; }
.sz-legend { margin: 8px 0; font-size: 0.9em; }
details.sz-prov { margin: 6px 0; }
.sz-rouge caption { text-align: left; font-size: 0.9em; opacity: 0.8; }
"""

INTRO = """# Summarize a news article
Headline and paragraph summaries side by side: extractive methods pick sentences; the
`abstractive` model (SmolLM2-135M fine-tuned on BBC News, on the CPU, offline) writes new
text. Highlights show which source sentences each summary used; names and numbers the model
wrote that are not in the source are marked in red."""


def build_app() -> gr.Blocks:
    """The Blocks page and its named API endpoints (``/summarize``, ``/methods``)."""
    examples = load_examples()
    kinds = method_kinds()
    with gr.Blocks(
        title="summarize: news headlines and paragraphs", analytics_enabled=False
    ) as demo:
        gr.Markdown(INTRO)
        with gr.Row():
            with gr.Column(scale=2, min_width=320):
                article = gr.Textbox(
                    label=f"Article (text, Markdown or HTML; at most {MAX_CHARS:,} characters)",
                    lines=12,
                    max_lines=24,
                    placeholder="Paste a news article here...",
                    elem_id="article",
                )
                upload = gr.File(
                    label="...or upload a .txt, .md or .html file",
                    file_types=[".txt", ".md", ".html", ".htm"],
                    type="binary",
                    height=130,
                    elem_id="upload",
                )
                gr.Markdown("**Examples** (BBC articles come with reference summaries)")
                with gr.Row():
                    example_buttons = [
                        gr.Button(ex.label, size="sm", elem_classes="sz-example") for ex in examples
                    ]
                methods = gr.CheckboxGroup(
                    choices=[(f"{m} ({kinds[m]})", m) for m in method_names()],
                    value=default_methods(),
                    label="Methods",
                    elem_id="methods",
                )
                length = gr.Radio(LENGTH_CHOICES, value="both", label="Length", elem_id="length")
                max_words = gr.Slider(
                    *MAX_WORDS_RANGE,
                    value=50,
                    step=1,
                    label="Word budget",
                    visible=False,
                    elem_id="max-words",
                )
                with gr.Accordion("Reference summaries (optional, for ROUGE)", open=False):
                    ref_headline = gr.Textbox(label="Reference headline", lines=1)
                    ref_paragraph = gr.Textbox(label="Reference paragraph", lines=4)
                run = gr.Button("Summarize", variant="primary", elem_id="run")
            with gr.Column(scale=3, min_width=420):
                status = gr.HTML(elem_id="status")
                results = gr.HTML(elem_id="results")
                rouge_table = gr.HTML(elem_id="rouge")
                provenance = gr.HTML(elem_id="provenance")
                with gr.Accordion("Cleaned input: what was removed", open=False):
                    cleaned = gr.HTML(elem_id="cleaned")
        credit = next((ex.credit for ex in examples if ex.credit), "")
        if credit:
            gr.Markdown(f"<small>BBC examples: {credit}.</small>")

        private = {"api_visibility": "private", "queue": False}
        length.change(lambda v: gr.update(visible=v == "custom"), length, max_words, **private)
        upload.upload(ui_upload, upload, [article, ref_headline, ref_paragraph, status], **private)
        for button, ex in zip(example_buttons, examples, strict=True):
            button.click(
                lambda ex=ex: (ex.text, ex.ref_headline, ex.ref_paragraph, _status(ex.label)),
                None,
                [article, ref_headline, ref_paragraph, status],
                **private,
            )
        run.click(
            ui_summarize,
            [article, methods, length, max_words, ref_headline, ref_paragraph],
            [status, results, rouge_table, provenance, cleaned],
            api_visibility="private",
            concurrency_id="summarize",
            concurrency_limit=CONCURRENCY,
        )
        gr.api(
            api_summarize,
            api_name="summarize",
            concurrency_id="summarize",
            concurrency_limit=CONCURRENCY,
        )
        gr.api(api_methods, api_name="methods", queue=False)
    demo.queue(max_size=32)
    return demo


def launch(demo: gr.Blocks, host: str, port: int | None, **kwargs: Any) -> Any:
    """Start the server: analytics off, no SSR/PWA/MCP extras, nothing fetched online."""
    return demo.launch(
        server_name=host,
        server_port=port,
        show_error=False,
        ssr_mode=False,
        pwa=False,
        mcp_server=False,
        max_file_size="2mb",
        css=CSS,
        theme=gr.themes.Default(),
        **kwargs,
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--host",
        default=os.environ.get("SUMMARIZE_HOST", "127.0.0.1"),
        help="address to listen on (default 127.0.0.1, or $SUMMARIZE_HOST; 0.0.0.0 for all)",
    )
    parser.add_argument(
        "--port", type=int, default=int(os.environ.get("SUMMARIZE_PORT", "7860")), help="port"
    )
    parser.add_argument(
        "--no-preload", action="store_true", help="load methods on first use, not at start"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if not args.no_preload:
        threading.Thread(target=preload, args=(default_methods(),), daemon=True).start()
    launch(build_app(), args.host, args.port)


if __name__ == "__main__":
    main()
