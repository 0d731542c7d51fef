"""The demo's HTML: results side by side, provenance highlights, what cleaning removed, ROUGE."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Any

from .. import verdict
from ..document import Document
from ..summary import Summary
from .state import Column, MethodResult, method_kinds


def rouge_label(name: str) -> str:
    """``rouge1`` -> ``ROUGE-1``, ``rougeLsum`` -> ``ROUGE-Lsum``: the types are the scorer's
    (``eval.rouge.TYPES``), named here by rule so the page never keeps a list of its own."""
    return "ROUGE-" + name.removeprefix("rouge") if name.startswith("rouge") else name


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


def mark_sentences(summary: Summary, unsupported: Sequence[str]) -> str:
    """Escaped text with each checked sentence marked supported or doubtful, its verdict and
    the article sentence it rests on in the hover title. Text the check did not cover (a
    sentence not found as written) stays unmarked rather than marked wrongly."""
    faithfulness = summary.faithfulness
    if faithfulness is None:
        return mark_unsupported(summary.text, unsupported)
    text, out, pos = summary.text, [], 0
    for check in faithfulness.sentences:
        at = text.find(check.text, pos) if check.text else -1
        if at < 0:
            continue
        cls = "sz-sent-ok" if check.supported else "sz-sent-doubt"
        out += [
            mark_unsupported(text[pos:at], unsupported),
            f'<span class="sz-sent {cls}" title="{_esc(verdict.sentence_note(check))}">'
            f"{mark_unsupported(check.text, unsupported)}</span>",
        ]
        pos = at + len(check.text)
    out.append(mark_unsupported(text[pos:], unsupported))
    return "".join(out)


def render_faithfulness(summary: Summary) -> str:
    """Per sentence: supported or doubtful, the score, and the article sentence it rests on;
    open when a sentence is doubtful, so a doubt is never hidden behind a click."""
    faithfulness = summary.faithfulness
    if faithfulness is None or not faithfulness.sentences:
        return ""
    checks = faithfulness.sentences
    n_ok = sum(c.supported for c in checks)
    items = "".join(
        f'<li class="{"sz-faith-ok" if c.supported else "sz-faith-doubt"}">'
        f"{'✓' if c.supported else '⚠'} <i>{_esc(c.text)}</i>: "
        f"{_esc(verdict.sentence_note(c, limit=240))}</li>"
        for c in checks
    )
    head = (
        f"Faithfulness score {faithfulness.score:.2f}: {n_ok} of {len(checks)} "
        f"sentence{'s' * (len(checks) != 1)} supported (a sentence needs "
        f"{faithfulness.threshold:.2f})"
    )
    opened = " open" if n_ok < len(checks) else ""
    return (
        f'<details class="sz-faith"{opened}><summary>{_esc(head)}</summary>'
        f"<ul>{items}</ul></details>"
    )


def render_fallback(summary: Summary) -> str:
    """Said plainly when the published text is not the model's own, and why, with the
    candidates the check turned down."""
    note = verdict.fallback_note(summary)
    if note is None:
        return ""
    parts = [f'<div class="sz-fallback">Not the model\'s own text: {_esc(note)}.</div>']
    turned_down = verdict.rejected(summary)
    if turned_down:
        items = "".join(
            f"<li>{_esc(text)}"
            + ("" if score is None else f' <span class="sz-meta">(score {score:.2f})</span>')
            + "</li>"
            for text, score in turned_down
        )
        parts.append(
            '<details class="sz-rejected"><summary>What the model wrote (not published, for the '
            f"reason above)</summary><ul>{items}</ul></details>"
        )
    return "".join(parts)


def _summary_cell(summary: Summary, seconds: float) -> str:
    unsupported = list(summary.details.get("unsupported") or ())
    parts = [f'<div class="sz-text">{mark_sentences(summary, unsupported)}</div>']
    meta = f"{summary.n_words} words · {seconds:.2f} s"
    parts.append(f'<div class="sz-meta">{meta}</div>')
    parts.append(render_fallback(summary))
    parts.append(render_faithfulness(summary))
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
                if col.key in r.summaries
                else '<td class="sz-wait"><div class="sz-meta">running...</div></td>'
                for col in columns
            )
            timing = f"{r.total_s:.2f} s"
            if r.load_s >= 0.05:
                timing += f'<div class="sz-meta">incl. loading {r.load_s:.1f} s</div>'
            cells += f'<td class="sz-time">{timing}</td>'
        pending_row = ' class="sz-pending"' if r.pending else ""
        rows.append(f'<tr data-method="{_esc(r.method)}"{pending_row}><td>{name}</td>{cells}</tr>')
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
    """Rows of method, length and F1 x 100 per ROUGE type, in the scorer's order."""
    if not rows:
        return ""
    types = [k for k in rows[0] if k not in ("method", "length")]
    body = "".join(
        f"<tr><td>{_esc(r['method'])}</td><td>{_esc(r['length'])}</td>"
        + "".join(f"<td>{r[t]:.1f}</td>" for t in types)
        + "</tr>"
        for r in rows
    )
    head = "".join(f"<th>{_esc(rouge_label(t))}</th>" for t in types)
    return (
        '<table class="sz-rouge"><caption>ROUGE F1 against the reference '
        "(rouge-score, stemmed)</caption><thead><tr><th>Method</th><th>Length</th>"
        f"{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def status(message: str, kind: str = "info") -> str:
    return f'<div class="sz-status sz-status-{kind}">{_esc(message)}</div>'
