"""The systems an evaluation can run: registry methods, the oracle, published summaries.

All three produce a ``summarize.Summary`` from one Document and one Budget, so the runner
scores them the same way. Registry methods run through ``summarize.Summarizer``.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from summarize import Budget, Document, Summarizer, Summary, list_methods
from summarize.abstractive import ADAPTER_VARIABLE, MODEL_VARIABLE
from summarize.api import shared

from .datasets import Dataset, Record
from .errors import EvalError, SystemUnavailableError
from .oracle import NAME as ORACLE
from .oracle import Oracle
from .rouge import RougeConfig

Kind = Literal["extractive", "abstractive", "oracle", "published"]
PARALLEL: tuple[Kind, ...] = ("extractive", "oracle")
"""Kinds cheap to start in worker processes; a model (abstractive) stays in this process."""


@dataclass(frozen=True)
class System:
    name: str
    kind: Kind
    published_as: str | None = None
    """For published systems, the name in the dataset (``M23`` of ``summeval:M23``)."""


def resolve(names: list[str], dataset: Dataset) -> tuple[list[System], list[str]]:
    """Systems for these names, and notes on the ones this dataset has nothing for."""
    methods = {m.name: m.kind for m in list_methods()}
    published = dataset.published_systems()
    systems: list[System] = []
    notes: list[str] = []
    absent: list[str] = []
    for name in names:
        prefix, _, wanted = name.partition(":")
        if name in methods:
            systems.append(System(name, methods[name]))  # type: ignore[arg-type]
        elif name == ORACLE:
            systems.append(System(name, "oracle"))
        elif wanted and prefix == dataset.name:
            for item in published if wanted == "all" else [wanted]:
                if item not in published:
                    raise EvalError(
                        f"unknown system {name!r}; {dataset.name} has: "
                        + ", ".join(f"{dataset.name}:{p}" for p in published)
                    )
                systems.append(System(f"{dataset.name}:{item}", "published", item))
        elif wanted and prefix in known_publishers():
            absent.append(name)
        else:
            raise EvalError(
                f"unknown system {name!r}; known: {', '.join(methods)}, {ORACLE}, "
                + ", ".join(f"{p}:NAME or {p}:all (published)" for p in known_publishers())
            )
    if absent:
        notes.append(f"{', '.join(absent)}: no published summaries in {dataset.name}; skipped")
    return list(dict.fromkeys(systems)), notes


def known_publishers() -> tuple[str, ...]:
    return ("summeval",)


def params(
    system: System, budget: Budget, language: str, references: tuple[str, ...], rouge: RougeConfig
) -> dict[str, Any]:
    """Everything a summary depends on besides the article: the cache key's parameters."""
    found: dict[str, Any] = {"system": system.name, "budget": budget.to_dict()}
    if system.kind == "published":
        return found
    found.update(language=language, code=code_fingerprint())
    if system.kind == "abstractive":  # the model and adapter the environment chose
        found.update({name: os.environ.get(name) for name in MODEL_SETTINGS})
    if system.kind == "oracle":
        found.update(
            references=list(references), rouge=rouge.to_dict(), oracle=code_fingerprint(ORACLE_CODE)
        )
    return found


MODEL_SETTINGS = (MODEL_VARIABLE, ADAPTER_VARIABLE)
"""Environment variables that change what the abstractive method writes."""
ORACLE_CODE = tuple(Path(__file__).with_name(name) for name in ("oracle.py", "rouge.py"))


@cache
def code_fingerprint(files: tuple[Path, ...] | None = None) -> str:
    """A hash of source code: by default the whole summarize package, shipped adapter weights
    included, so a summary cached by an older version of a method is not reused."""
    if files is None:
        root = Path(__import__("summarize").__file__).parent
        files = tuple(
            sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        )
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def summarize_one(
    system: System,
    record: Record,
    budget: Budget,
    references: tuple[str, ...],
    language: str,
    rouge: RougeConfig,
) -> Summary:
    """One system's summary of one record; systems are created once per process."""
    if system.kind == "published":
        assert system.published_as is not None
        text = record.published[system.published_as][budget.kind]
        return Summary(text, system.name, budget)
    doc = Document.from_clean_text(record.text, language=language)
    if system.kind == "oracle":
        return _oracle(rouge).summarize(doc, references, budget)
    return _summarizer(system.name, language).summarize(doc, budget)


def summarize_batch(
    system: System, records: list[Record], budget: Budget, language: str
) -> list[Summary]:
    """Several records through ``Summarizer.summarize_many``: a model batches them."""
    docs = [Document.from_clean_text(r.text, language=language) for r in records]
    return _summarizer(system.name, language).summarize_many(docs, budget)


def _summarizer(name: str, language: str) -> Summarizer:
    """The package's one Summarizer per method (``summarize.api.shared``), so an evaluation
    in this process never loads a model a second time; a failure stops the run."""
    try:
        return shared(name, language)
    except Exception as err:
        raise SystemUnavailableError(f"cannot start {name}: {err}") from err


@cache
def _oracle(rouge: RougeConfig) -> Oracle:
    return Oracle(rouge)
