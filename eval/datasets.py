"""Evaluation sets as one record type: the article, its headline and paragraph references,
and any published systems' summaries of it.

Loaders: JSONL with configurable field names (the general case), the seed layout (title,
standfirst, body), and the two sets kept in ``eval/data`` (see DATA.md): BBC News Summary
dev and SummEval CNN/DM-100 with its 16 published systems.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from summarize.budget import KINDS as LENGTHS
from summarize.clean import clean
from summarize.jsonl import BadLine, read_jsonl

from .errors import EvalError

DATA = Path(__file__).resolve().parent / "data"
SEEDS = Path(str(resources.files("summarize") / "seeds"))
"""The seed articles as the package ships them, so an installed wheel has the ``seed`` set."""


@dataclass(frozen=True)
class Record:
    """One article and what it is scored against; refs are empty where the set has none."""

    id: str
    text: str
    headline: tuple[str, ...] = ()
    paragraph: tuple[str, ...] = ()
    published: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    """Published systems' summaries: system name -> length -> text."""

    def references(self, length: str) -> tuple[str, ...]:
        if length not in LENGTHS:
            raise EvalError(f"unknown length {length!r}; use one of: {', '.join(LENGTHS)}")
        return self.headline if length == "headline" else self.paragraph


@dataclass(frozen=True)
class Dataset:
    name: str
    records: tuple[Record, ...]
    source: str
    notes: tuple[str, ...] = ()
    """What loading skipped (bad lines), for the report."""

    def published_systems(self) -> list[str]:
        return sorted({s for r in self.records for s in r.published}, key=_natural)


@dataclass(frozen=True)
class Fields:
    """Where a JSONL line keeps each part; several fields' references are pooled in order."""

    text: str = "text"
    id: str = "id"
    headline: tuple[str, ...] = ("title",)
    paragraph: tuple[str, ...] = ("summary",)
    published: str | None = None
    """An object of system name -> summary (or -> {"summary": ...}), paragraph length."""


BBC = Fields(headline=("title",), paragraph=("summary",))
SUMMEVAL = Fields(headline=(), paragraph=("reference", "references"), published="systems")


def load_jsonl(
    path: str | Path,
    fields: Fields = Fields(),  # noqa: B008 - frozen, never mutated
    *,
    name: str | None = None,
    skip_bad_lines: bool = False,
) -> Dataset:
    """Records from JSONL; a line without the text field is malformed like bad JSON."""
    path = Path(path)
    records: list[Record] = []
    skipped: list[str] = []
    for number, value in read_jsonl(path, skip_bad_lines=True):  # reported below, with the hint
        try:
            if isinstance(value, BadLine):
                raise EvalError(value.reason)
            records.append(_record(value, fields, number))
        except EvalError as err:
            if not skip_bad_lines:
                raise EvalError(
                    f"{path}:{number}: {err}; --skip-bad-lines leaves such lines out"
                ) from None
            skipped.append(f"{path.name}:{number}: {err}")
    notes = [f"skipped {len(skipped)} bad line(s): " + "; ".join(skipped[:5])] if skipped else []
    if not records:
        raise EvalError(f"{path}: no records")
    return Dataset(name or path.stem, tuple(records), str(path), tuple(notes))


def _record(value: Any, fields: Fields, number: int) -> Record:
    if not isinstance(value, dict):
        raise EvalError(f"expected a JSON object, got {type(value).__name__}")
    text = value.get(fields.text)
    if not isinstance(text, str) or not text.strip():
        raise EvalError(f"no text in field {fields.text!r}")
    published: dict[str, dict[str, str]] = {}
    if fields.published and isinstance(value.get(fields.published), dict):
        for system, output in value[fields.published].items():
            summary = output.get("summary") if isinstance(output, dict) else output
            if isinstance(summary, str):
                published[str(system)] = {"paragraph": summary}
    return Record(
        id=str(value.get(fields.id, number)),
        text=text,
        headline=_references(value, fields.headline),
        paragraph=_references(value, fields.paragraph),
        published=published,
    )


def _references(value: dict[str, Any], names: Sequence[str]) -> tuple[str, ...]:
    """The non-empty strings of these fields (a string or a list of them), first seen first."""
    found: list[str] = []
    for name in names:
        item = value.get(name)
        for ref in [item] if isinstance(item, str) else item if isinstance(item, list) else []:
            if isinstance(ref, str) and ref.strip() and ref not in found:
                found.append(ref)
    return tuple(found)


def load_seed(path: str | Path = SEEDS, *, name: str = "seed") -> Dataset:
    """Articles in the scraped layout (line 1 the title, line 2 the standfirst, then the body):
    the title is the headline reference, the standfirst the paragraph reference, and only the
    cleaned body is summarized (``summarize.clean`` recognises the layout)."""
    path = Path(path)
    files = sorted(path.glob("*.txt")) if path.is_dir() else [path]
    if not files or not files[0].exists():
        raise EvalError(f"no seed-layout .txt files at {path}")
    records = []
    for file in files:
        cleaned = clean(file.read_text(encoding="utf-8"))
        if not cleaned.body.strip():
            raise EvalError(f"{file}: no article body")
        records.append(
            Record(
                id=file.stem,
                text=cleaned.body,
                headline=(cleaned.title,) if cleaned.title else (),
                paragraph=(cleaned.standfirst,) if cleaned.standfirst else (),
            )
        )
    return Dataset(name, tuple(records), str(path))


NAMED: dict[str, str] = {
    "bbc-dev": "BBC News Summary, 209 dev articles (title -> headline, summary -> paragraph)",
    "summeval": "SummEval CNN/DM-100 (11 paragraph references; 16 published systems)",
    "summeval-tune": "SummEval articles 1-50 (tuning extractive methods)",
    "summeval-test": "SummEval articles 51-100 (held out: the extractive test set)",
    "seed": "the seed articles in seeds/ (title -> headline, standfirst -> paragraph)",
}

SUMMEVAL_HALVES = {"summeval-tune": slice(0, 50), "summeval-test": slice(50, 100)}
"""Fixed halves of SummEval in file order: tune extractive methods on one, report the other."""


def open_dataset(
    spec: str, fields: Fields | None = None, *, skip_bad_lines: bool = False
) -> Dataset:
    """A named set, a JSONL file (``fields`` says where things are) or seed-layout text."""
    if spec == "bbc-dev":
        return load_jsonl(DATA / "bbc-dev.jsonl", BBC, name=spec, skip_bad_lines=skip_bad_lines)
    if spec == "summeval":
        return load_jsonl(
            DATA / "summeval-cnndm100.jsonl", SUMMEVAL, name=spec, skip_bad_lines=skip_bad_lines
        )
    if spec in SUMMEVAL_HALVES:
        whole = open_dataset("summeval", skip_bad_lines=skip_bad_lines)
        part = whole.records[SUMMEVAL_HALVES[spec]]
        return Dataset(
            spec,
            part,
            whole.source + f" (articles {SUMMEVAL_HALVES[spec].start + 1}"
            f"-{SUMMEVAL_HALVES[spec].start + len(part)})",
            whole.notes,
        )
    if spec == "seed":
        return load_seed(SEEDS)
    path = Path(spec)
    if path.suffix == ".jsonl" and path.is_file():
        return load_jsonl(path, fields or Fields(), skip_bad_lines=skip_bad_lines)
    if path.is_dir() or (path.suffix == ".txt" and path.is_file()):
        return load_seed(path, name=path.stem)
    if path.suffix in (".jsonl", ".txt") or "/" in spec:
        raise EvalError(f"no such file or folder: {spec}")
    known = ", ".join(NAMED)
    raise EvalError(
        f"unknown dataset {spec!r}; known: {known}, or a .jsonl file or a folder of .txt files"
    )


def _natural(name: str) -> tuple[str, int]:
    """M2 before M10."""
    head = name.rstrip("0123456789")
    tail = name[len(head) :]
    return head, int(tail) if tail else -1
