"""The batch evaluation: plan (dataset x system x length) tasks, produce summaries (extractive
ones in worker processes), score them, and append each document's result to a JSONL file as
it comes, so a killed run resumes with nothing lost and nothing counted twice.

One append-only file does both jobs: a result line is keyed by the summary and the scoring
(article hash, system, its parameters, references, ROUGE options), and the summary it holds
is reused by any later task with the same summary key (rescoring with other ROUGE options
reruns no system).
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tqdm import tqdm

from summarize import PRESETS, Summary
from summarize.abstractive import openmp_wait
from summarize.jsonl import BadLine, read_jsonl

from .datasets import LENGTHS, Dataset, Record
from .descriptive import shape
from .errors import EvalError, SystemUnavailableError
from .rouge import Rouge, RougeConfig
from .systems import PARALLEL, System, params, summarize_batch, summarize_one

BATCH = 8
"""Documents per call of a model's batched path."""


@dataclass(frozen=True)
class Task:
    key: str
    summary_key: str
    dataset: str
    record: Record
    system: System
    length: str
    references: tuple[str, ...]


@dataclass(frozen=True)
class Plan:
    tasks: tuple[Task, ...]
    notes: tuple[str, ...]


def plan(
    dataset: Dataset,
    systems: Iterable[System],
    lengths: Iterable[str],
    *,
    rouge: RougeConfig,
    language: str = "english",
    max_refs: int | None = None,
) -> Plan:
    """Every task to run; a document without references for a length is skipped (noted)."""
    tasks: list[Task] = []
    notes: list[str] = []
    systems = list(systems)
    for length in lengths:
        if length not in LENGTHS:
            raise EvalError(f"unknown length {length!r}; use: {', '.join(LENGTHS)}")
        budget = PRESETS[length]
        missing = [r.id for r in dataset.records if not r.references(length)]
        if len(missing) == len(dataset.records):
            notes.append(f"{dataset.name}: no document has a {length} reference; {length} skipped")
        elif missing:
            notes.append(
                f"{dataset.name}: {len(missing)} of {len(dataset.records)} documents have no "
                f"{length} reference ({_sample(missing)}); skipped at that length"
            )
        for system in systems:
            lacking = scored = 0
            for record in dataset.records:
                references = record.references(length)[:max_refs]
                if not references:
                    continue
                scored += 1
                if system.kind == "published" and length not in record.published.get(
                    system.published_as or "", {}
                ):
                    lacking += 1
                    continue
                doc_hash = _hash(record.text)
                summary_key = _hash(
                    json.dumps(
                        [doc_hash, params(system, budget, language, references, rouge)],
                        sort_keys=True,
                    )
                )
                key = _hash(json.dumps([summary_key, references, rouge.to_dict()], sort_keys=True))
                tasks.append(
                    Task(key, summary_key, dataset.name, record, system, length, references)
                )
            if lacking:
                notes.append(
                    f"{system.name}: no published {length} summaries in {dataset.name}; skipped"
                    if lacking == scored
                    else f"{system.name}: no published {length} summary for {lacking} of "
                    f"{scored} {dataset.name} documents; skipped for those"
                )
    return Plan(tuple(tasks), tuple(notes))


class ResultStore:
    """The results JSONL: load what a previous run wrote, append one line per result."""

    def __init__(self, path: Path, caches: Iterable[Path] = ()) -> None:
        self.path = path
        self.results: dict[str, dict[str, Any]] = {}
        self.summaries: dict[str, dict[str, Any]] = {}
        self.dropped = 0
        for source in [*caches, path]:
            if source.exists():
                self._load(source, repair=source == path)

    def _load(self, source: Path, *, repair: bool) -> None:
        if repair:
            _drop_partial_line(source)
        for _, row in read_jsonl(source, skip_bad_lines=True):
            if (
                isinstance(row, BadLine)
                or not isinstance(row, dict)
                or "key" not in row
                or "summary_key" not in row  # not the runner's results (bench/judging_run.py)
            ):
                self.dropped += 1
                continue
            if source == self.path:
                self.results[row["key"]] = row  # a later line supersedes an earlier one
            if not row.get("error"):
                self.summaries[row["summary_key"]] = row

    def append(self, row: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            out.flush()
        self.results[row["key"]] = row
        if not row.get("error"):
            self.summaries[row["summary_key"]] = row


def _drop_partial_line(path: Path) -> None:
    """A run killed mid-write leaves a line without its newline: drop it, so the next line
    appended starts clean (that result was never complete, so it is simply redone)."""
    data = path.read_bytes()
    if data and not data.endswith(b"\n"):
        with path.open("r+b") as handle:
            handle.truncate(data.rfind(b"\n") + 1)


def execute(
    work: Plan,
    store: ResultStore,
    *,
    rouge: RougeConfig,
    language: str = "english",
    jobs: int = 1,
    progress: bool = True,
) -> list[dict[str, Any]]:
    """Run the tasks the store lacks; return one result row per task of the plan."""
    scorer = Rouge(rouge)
    todo = [t for t in work.tasks if t.key not in store.results]
    bar = tqdm(total=len(todo), disable=not progress, unit="doc", desc="evaluating")

    def emit(task: Task, produced: dict[str, Any]) -> None:
        store.append(result_row(task, produced, scorer))
        bar.update()

    cached = [t for t in todo if t.summary_key in store.summaries]
    for task in cached:
        emit(task, reuse(store.summaries[task.summary_key]))
    fresh = [t for t in todo if t.summary_key not in store.summaries]
    pooled = [t for t in fresh if jobs > 1 and t.system.kind in PARALLEL]
    inline = [t for t in fresh if not (jobs > 1 and t.system.kind in PARALLEL)]
    try:
        if pooled:
            if inline:  # a model beside busy workers: its OpenMP threads must not spin
                openmp_wait(busy=True)
            _run_pooled(pooled, inline, jobs, language, rouge, emit)
        else:
            for unit in batches(inline):
                for task, produced in zip(unit, produce_many(unit, language, rouge), strict=True):
                    emit(task, produced)
    finally:
        bar.close()
    # one result serves every dataset that holds the same document (summeval, summeval-test)
    return [{**store.results[t.key], "dataset": t.dataset} for t in work.tasks]


def _run_pooled(
    pooled: list[Task],
    inline: list[Task],
    jobs: int,
    language: str,
    rouge: RougeConfig,
    emit: Callable[[Task, dict[str, Any]], None],
) -> None:
    """Extractive tasks in worker processes while this process runs the rest (a model)."""
    context = multiprocessing.get_context("spawn")  # safe when torch is already loaded here
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_exit_with_parent, initargs=(os.getpid(),)
    ) as pool:
        futures: dict[Future[dict[str, Any]], Task] = {
            pool.submit(produce, task, language, rouge): task for task in pooled
        }
        try:
            for unit in batches(inline):
                for task, produced in zip(unit, produce_many(unit, language, rouge), strict=True):
                    emit(task, produced)
                for future in [f for f in futures if f.done()]:
                    emit(futures.pop(future), future.result())
            while futures:
                done, _ = wait(futures, return_when=FIRST_COMPLETED)
                for future in done:
                    emit(futures.pop(future), future.result())
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _exit_with_parent(parent: int) -> None:
    """In a worker: exit when the run that started it is gone (killed with -9, say), rather
    than go on summarizing for nobody."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def batches(tasks: list[Task], size: int = BATCH) -> list[list[Task]]:
    """A model's tasks in batches of one system and length (its batched path pays off);
    every other task alone."""
    units: list[list[Task]] = []
    for task in tasks:
        last = units[-1] if units else None
        if (
            task.system.kind == "abstractive"
            and last is not None
            and len(last) < size
            and (last[0].system, last[0].length) == (task.system, task.length)
        ):
            last.append(task)
        else:
            units.append([task])
    return units


def produce_many(tasks: list[Task], language: str, rouge: RougeConfig) -> list[dict[str, Any]]:
    """Summaries of one batch (one system, one length), through the system's batched path;
    if the batch fails, each document on its own, so the failure is kept with its document."""
    if len(tasks) == 1:
        return [produce(tasks[0], language, rouge)]
    started = time.perf_counter()
    try:
        summaries = summarize_batch(
            tasks[0].system, [t.record for t in tasks], PRESETS[tasks[0].length], language
        )
    except SystemUnavailableError:
        raise
    except Exception:  # noqa: BLE001 - retried one by one below, where errors are recorded
        return [produce(task, language, rouge) for task in tasks]
    each = (time.perf_counter() - started) / len(tasks)
    return [
        {"summary": s.text, "warnings": list(s.warnings), "elapsed_s": each, **model_of(s)}
        for s in summaries
    ]


def produce(task: Task, language: str, rouge: RougeConfig) -> dict[str, Any]:
    """One summary as plain data; a system's failure on a document is kept, not raised."""
    started = time.perf_counter()
    budget = PRESETS[task.length]
    try:
        summary = summarize_one(task.system, task.record, budget, task.references, language, rouge)
    except SystemUnavailableError:
        raise  # the system cannot run at all: stop, rather than score every document 0
    except Exception as err:  # noqa: BLE001 - recorded with the document, scored as empty
        return {"summary": "", "error": f"{type(err).__name__}: {err}", "elapsed_s": 0.0}
    elapsed = time.perf_counter() - started if task.system.kind != "published" else 0.0
    return {
        "summary": summary.text,
        "warnings": list(summary.warnings),
        "elapsed_s": elapsed,
        **model_of(summary),
    }


MODEL_KEYS = ("model", "adapter", "fallback", "faithfulness")


def model_of(summary: Summary) -> dict[str, Any]:
    """The model and adapter that wrote a summary (a model's summaries only), whether the
    method fell back from the model's text and why, and the faithfulness score, for reports."""
    details = summary.details
    if not details.get("model"):
        return {}
    adapter = details.get("adapter")
    verdict = summary.faithfulness
    return {
        "model": str(details["model"]),
        "adapter": Path(adapter).name if adapter else "none",
        "fallback": details.get("fallback"),
        "faithfulness": None if verdict is None else round(verdict.score, 4),
    }


def reuse(row: dict[str, Any]) -> dict[str, Any]:
    """What ``produce`` would give, from a stored result row: its summary is not made again."""
    return {k: row[k] for k in ("summary", "warnings", "elapsed_s", *MODEL_KEYS) if k in row}


def result_row(task: Task, produced: dict[str, Any], scorer: Rouge) -> dict[str, Any]:
    """One results.jsonl row: the summary scored against the task's references, and its shape;
    every engine writes these."""
    text = produced.get("summary", "")
    warnings = list(produced.get("warnings", []))
    if not text.strip():
        warnings.append("empty summary (scored 0)")
    scores = scorer.score(task.references, text)
    form = shape(text, task.record.text)
    return {
        "key": task.key,
        "summary_key": task.summary_key,
        "dataset": task.dataset,
        "id": task.record.id,
        "system": task.system.name,
        "kind": task.system.kind,
        "length": task.length,
        "n_refs": len(task.references),
        "summary": text,
        "scores": {k: list(s) for k, s in scores.items()},
        "elapsed_s": round(produced.get("elapsed_s", 0.0), 5),
        "words": form.words,
        "chars": form.chars,
        "compression": round(form.compression, 5),
        "novel_unigrams": round(form.novel_unigrams, 5),
        "novel_bigrams": round(form.novel_bigrams, 5),
        "warnings": warnings,
        "error": produced.get("error"),
        **{k: produced[k] for k in MODEL_KEYS if k in produced},
    }


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def _sample(ids: list[str], k: int = 3) -> str:
    return ", ".join(ids[:k]) + (", ..." if len(ids) > k else "")
