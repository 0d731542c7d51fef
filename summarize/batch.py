"""Batch summarization of JSONL corpora: the pieces every engine shares, and the local engine.

An engine only moves lines around. Turning one input line into one output line is
``RecordSummarizer.line`` for all of them, so the local engine and the Ray engine
(``summarize.ray_engine``) write the same rows for the same input and settings.

Every output row carries ``source`` (``file:line``), a key that is unique and stable across
runs: a malformed line becomes a row with that key and an ``error`` instead of stopping the
job, and ``--resume`` skips the keys an output directory already holds. Lines are split as
``summarize.jsonl`` splits them, so line numbers agree with every other reader's.
"""

from __future__ import annotations

import glob
import json
import os
import sys
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from . import jsonl, registry
from .api import Summarizer
from .budget import KINDS
from .document import MAX_CHARS
from .errors import SummarizeError

SHARD_SUFFIX = ".jsonl"
PARTIAL_SUFFIX = ".partial"


@dataclass(frozen=True)
class BatchSettings:
    """Everything that decides a batch's output; small and picklable, sent to every worker."""

    methods: tuple[str, ...] = (registry.DEFAULT_METHOD,)
    lengths: tuple[str, ...] = KINDS
    max_words: int | None = None
    max_chars: int | None = None
    max_sentences: int | None = None
    language: str = "english"
    input_limit: int = MAX_CHARS
    text_field: str = "text"
    options: dict[str, Any] = field(default_factory=dict)
    """Options for every method (e.g. the model's ``device``)."""

    def __post_init__(self) -> None:
        for name in self.methods:
            registry.get(name)  # unknown names fail before any work
        for length in self.lengths:
            if length not in KINDS:
                raise SummarizeError(f"unknown length {length!r}; use {', '.join(KINDS)}")

    @property
    def limits(self) -> dict[str, int | None]:
        return {
            "max_words": self.max_words,
            "max_chars": self.max_chars,
            "max_sentences": self.max_sentences,
        }


@dataclass(frozen=True)
class Line:
    """One output line, with what an engine needs to report on it."""

    source: str
    json: str
    problem: str | None = None
    """Set when the line gave no summary: malformed (not JSON, no text) or a bad article."""


class RecordSummarizer:
    """Loads the methods once (one per worker) and turns input lines into output lines."""

    def __init__(self, settings: BatchSettings) -> None:
        self.settings = settings
        self.summarizers = [
            Summarizer(
                name,
                language=settings.language,
                max_chars=settings.input_limit,
                **settings.options,
            )
            for name in settings.methods
        ]

    def line(self, source: str, raw: str) -> Line:
        """One line of input to one line of output; never raises for bad input."""
        field_ = self.settings.text_field
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as err:
            return _problem(source, f"not valid JSON ({err.msg})")
        if not isinstance(record, dict) or field_ not in record:
            return _problem(source, f"expected an object with a {field_!r} field")
        row = self.record(record, source)
        problem = f"{source}: {row['error']}" if "error" in row else None
        return Line(source, _dumps(row), problem)

    def record(self, record: dict[str, Any], source: str | None = None) -> dict[str, Any]:
        """The output row for one article; a bad article is reported in the row, not raised."""
        out: dict[str, Any] = {"id": record.get("id"), "source": source, "summaries": []}
        text, title = record.get(self.settings.text_field), record.get("title")
        if not isinstance(text, str):
            out["error"] = f"{self.settings.text_field!r} is {_json_kind(text)}, not text"
            return out
        try:
            doc = self.summarizers[0].document(text, title if isinstance(title, str) else None)
            for summarizer in self.summarizers:
                for length in self.settings.lengths:
                    summary = summarizer.summarize(doc, length, **self.settings.limits)
                    out["summaries"].append(summary.to_dict())
        except SummarizeError as err:
            out["error"] = str(err)
        return out


def _problem(source: str, message: str) -> Line:
    row = {"id": None, "source": source, "summaries": [], "error": message}
    return Line(source, _dumps(row), f"{source}: {message}")


def _dumps(row: dict[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False)


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    kinds = ((bool, "a boolean"), (int | float, "a number"), (list, "a list"), (dict, "an object"))
    return next((name for type_, name in kinds if isinstance(value, type_)), "not a string")


# --- inputs ---------------------------------------------------------------------------


def resolve_inputs(spec: str) -> list[str]:
    """JSONL files named by one file, a folder (its ``*.jsonl``), or a glob; sorted."""
    path = Path(spec)
    if spec == "-" or path.is_file():
        return [spec]
    if path.is_dir():
        files = sorted(str(p) for p in path.glob(f"*{SHARD_SUFFIX}") if p.is_file())
        if not files:
            raise SummarizeError(f"no *{SHARD_SUFFIX} files in {spec}")
        return files
    files = sorted(p for p in glob.glob(spec, recursive=True) if os.path.isfile(p))
    if not files:
        raise SummarizeError(f"no such file, folder or glob match: {spec}")
    return files


def split_lines(data: bytes, label: str) -> Iterator[tuple[str, str]]:
    """``(file:line, text)`` for each non-blank line; bad UTF-8 is replaced, not fatal."""
    for number, line in enumerate(jsonl.lines(data.decode("utf-8", "replace")), 1):
        if line.strip():
            yield f"{label}:{number}", line


def read_lines(path: str) -> Iterator[tuple[str, str]]:
    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    yield from split_lines(data, "<stdin>" if path == "-" else path)


# --- output folders -------------------------------------------------------------------


def is_output_dir(path: str | None) -> bool:
    """An output ending in ``/`` or naming an existing folder gets shards, else one file."""
    return bool(path) and (path.endswith(("/", os.sep)) or Path(path).is_dir())


def done_sources(folder: str | Path) -> set[str]:
    """Keys already written to ``folder``'s shards (what ``--resume`` skips)."""
    done: set[str] = set()
    for shard in sorted(Path(folder).glob(f"*{SHARD_SUFFIX}")):
        for line in jsonl.lines(shard.read_text(encoding="utf-8")):
            try:
                done.add(json.loads(line)["source"])
            except (json.JSONDecodeError, KeyError, TypeError):
                continue
    return done


def prepare_output_dir(folder: str | Path, resume: bool) -> set[str]:
    """Create ``folder``; refuse old shards unless resuming, so reruns never duplicate rows.

    Resuming first keeps the complete rows of shards a killed run left half-written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    partials = sorted(folder.glob(f"*{SHARD_SUFFIX}{PARTIAL_SUFFIX}"))
    has_shards = any(folder.glob(f"*{SHARD_SUFFIX}")) or bool(partials)
    if has_shards and not resume:
        raise SummarizeError(
            f"{folder} already holds *{SHARD_SUFFIX} shards (or unfinished .partial ones); "
            "pass --resume to add only the missing documents, or choose an empty folder"
        )
    for partial in partials:
        _salvage(partial)
    return done_sources(folder) if has_shards else set()


def _salvage(partial: Path) -> None:
    """Turn a killed run's ``.partial`` shard into a shard of its complete rows."""
    complete = jsonl.lines(partial.read_text(encoding="utf-8", errors="replace"))[:-1]
    rows = [line for line in complete if _is_row(line)]
    if rows:
        shard = partial.with_name(partial.name.removesuffix(PARTIAL_SUFFIX))
        tmp = partial.with_name(partial.name + ".tmp")
        tmp.write_text("".join(f"{line}\n" for line in rows), encoding="utf-8")
        os.replace(tmp, shard)
    partial.unlink()


def _is_row(line: str) -> bool:
    try:
        return isinstance(json.loads(line).get("source"), str)
    except (json.JSONDecodeError, AttributeError):
        return False


def read_output(folder: str | Path) -> list[dict[str, Any]]:
    """Every row of a folder of shards, ordered by ``source`` (file, then line)."""
    rows = [
        json.loads(line)
        for shard in sorted(Path(folder).glob(f"*{SHARD_SUFFIX}"))
        for line in jsonl.lines(shard.read_text(encoding="utf-8"))
        if line.strip()
    ]
    return sorted(rows, key=lambda r: _source_key(r.get("source") or ""))


def _source_key(source: str) -> tuple[str, int]:
    name, _, number = source.rpartition(":")
    return (name, int(number)) if number.isdigit() else (source, 0)


# --- the local engine -----------------------------------------------------------------


@dataclass
class BatchResult:
    """What a batch run did: rows written, rows skipped (resumed), rows without a summary.

    ``malformed`` counts input lines that gave no summary (not JSON, no text, an article
    that cannot be summarized); ``problems`` lists them as ``file:line: why`` (a sample on
    the Ray engine).
    """

    rows: int = 0
    skipped: int = 0
    malformed: int = 0
    problems: list[str] = field(default_factory=list)
    shards: list[str] = field(default_factory=list)


def run_local(
    inputs: Iterable[str],
    settings: BatchSettings,
    output: str | None = None,
    *,
    resume: bool = False,
    stream: TextIO | None = None,
    progress: bool = False,
) -> BatchResult:
    """Summarize in this process: into one file/stream, or (a folder) one shard per input.

    A folder's shards are written under a temporary name and renamed when complete, so an
    interrupted run leaves no partial shard and ``resume`` redoes only unfinished files.
    ``progress``: a bar of articles on stderr when it is a terminal.
    """
    worker = RecordSummarizer(settings)
    result = BatchResult()
    with _progress_bar(progress) as bar:
        if not is_output_dir(output):
            if resume:
                raise SummarizeError("resuming needs an output folder (-o FOLDER/)")
            with open_output(output, stream) as out:
                for path in inputs:
                    _write_lines(worker, _counted(read_lines(path), bar), out, result, set())
            return result
        _run_shards(worker, inputs, output, resume, result, bar)
    return result


def _run_shards(
    worker: RecordSummarizer,
    inputs: Iterable[str],
    output: str | None,
    resume: bool,
    result: BatchResult,
    bar: Any,
) -> None:
    assert output is not None
    done = prepare_output_dir(output, resume)
    run_id = uuid.uuid4().hex[:12]
    for index, path in enumerate(inputs):
        shard = Path(output) / f"{run_id}_{index:06d}{SHARD_SUFFIX}"
        partial = Path(f"{shard}{PARTIAL_SUFFIX}")
        with open(partial, "w", encoding="utf-8") as out:
            written = _write_lines(worker, _counted(read_lines(path), bar), out, result, done)
        if written:
            os.replace(partial, shard)
            result.shards.append(str(shard))
        else:
            partial.unlink()


def _progress_bar(shown: bool) -> Any:
    """tqdm on stderr, silent where stderr is no terminal (a log, a pipe) or not ``shown``."""
    from tqdm import tqdm

    return tqdm(total=0, unit="article", desc="summarizing", disable=None if shown else True)


def _counted(lines: Iterable[tuple[str, str]], bar: Any) -> Iterator[tuple[str, str]]:
    """``lines``, counted into ``bar``: its total grows by each file's lines."""
    lines = list(lines)
    bar.total += len(lines)
    bar.refresh()
    for line in lines:
        yield line
        bar.update()


def _write_lines(
    worker: RecordSummarizer,
    lines: Iterable[tuple[str, str]],
    out: TextIO,
    result: BatchResult,
    done: set[str],
) -> int:
    written = 0
    for source, raw in lines:
        if source in done:
            result.skipped += 1
            continue
        line = worker.line(source, raw)
        out.write(line.json + "\n")
        out.flush()
        written += 1
        if line.problem:
            result.malformed += 1
            result.problems.append(line.problem)
    result.rows += written
    return written


class open_output:
    """``with open_output(path)``: the file at ``path``, else ``stream`` or stdout (not closed)."""

    def __init__(self, path: str | None, stream: TextIO | None = None) -> None:
        self.path = path
        self.file: TextIO = stream or sys.stdout

    def __enter__(self) -> TextIO:
        if self.path:
            self.file = open(self.path, "w", encoding="utf-8")  # noqa: SIM115
        return self.file

    def __exit__(self, *exc: object) -> None:
        if self.path:
            self.file.close()


def add_engine_options(parser: Any, local: str, ray: str) -> None:
    """``--engine`` and ``--address``, the same for every command that can run on Ray."""
    parser.add_argument(
        "--engine",
        choices=("local", "ray"),
        default="local",
        help=f"local: {local}; ray: {ray} (default local)",
    )
    parser.add_argument(
        "--address",
        help="an existing Ray cluster (auto, ray://HOST:10001) (default: start one for the run)",
    )
