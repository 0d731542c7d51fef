"""Blind truth judgments: export a sheet from an evaluation run, import the labels, report.

ROUGE cannot see whether a summary is true. A person (or an assistant given the same
guideline, docs/truth-guideline.md) reads each article with the summaries of several
systems, shuffled per item and labelled A, B, C..., and judges each one. The key that maps
labels back to systems is written to a separate file the annotator is not given.

Files in a judgments folder:
``sheet.md``  what the annotator reads (articles and blind summaries);
``labels.jsonl``  what the annotator writes, one line per summary:
  ``{"item": 3, "label": "B", "verdict": "true", "informative": 2, "note": "..."}``;
``key.json``  item and label -> dataset, document, system, length (kept from the annotator);
``report.md``  written by ``import``: shares per verdict and informativeness with intervals,
beside ROUGE-1 of the same documents.

A judgment is of a text against its article, so when a later run writes the same text for
the same article, ``export --carry FOLDER`` copies its label (marked ``carried_from``) and
writes ``todo.md``: the blind sheet of the summaries still to judge.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from summarize.jsonl import read_jsonl

from .datasets import open_dataset as load_dataset
from .errors import EvalError
from .truth_report import (
    GUIDELINE,
    INFORMATIVE,
    VERDICTS,
    agreement_report,
    markdown,
    rouge1_of,
    summarize_judgments,
)

_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def load_results(run: Path) -> list[dict[str, Any]]:
    """The result rows of an evaluation run (its results.jsonl); later lines win."""
    path = run / "results.jsonl" if run.is_dir() else run
    if not path.is_file():
        raise EvalError(f"no results in {path}; run summarize-eval first")
    rows: dict[str, dict[str, Any]] = {}
    for _, row in read_jsonl(path, skip_bad_lines=True):
        if isinstance(row, dict) and "key" in row:
            rows[row["key"]] = row
    return list(rows.values())


def export(
    rows: Iterable[dict[str, Any]],
    articles: dict[tuple[str, str], str],
    out: Path,
    *,
    systems: list[str],
    length: str,
    limit: int | None = None,
    seed: int = 0,
    exclude: Iterable[Path] = (),
    carry: Iterable[Path] = (),
    items_from: Path | None = None,
) -> int:
    """Write sheet.md, an empty labels.jsonl and key.json for documents that every system
    summarized at ``length``, leaving out those judged in the ``exclude`` folders (so a
    second reading is of articles not read before), or the items of an earlier sheet
    (``items_from``: the same articles under the same letters, for a reading of new code);
    return the number of items."""
    by_doc: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for row in rows:
        if row.get("length") == length and row.get("system") in systems:
            by_doc[(row["dataset"], row["id"])][row["system"]] = row.get("summary", "")
    seen = {
        (entry["dataset"], entry["id"])
        for folder in exclude
        for entry in json.loads((Path(folder) / "key.json").read_text(encoding="utf-8"))
    }
    complete = [d for d in sorted(by_doc) if set(by_doc[d]) == set(systems) and d in articles]
    docs = [d for d in complete if d not in seen]
    if not docs:
        raise EvalError(f"no document has {length} summaries of all of: {', '.join(systems)}")
    rng = random.Random(seed)
    earlier = _earlier_letters(items_from, systems, length, set(complete)) if items_from else {}
    if earlier:
        docs = list(earlier)
    elif limit is not None and limit < len(docs):
        docs = sorted(rng.sample(docs, limit))
    out.mkdir(parents=True, exist_ok=True)
    key: list[dict[str, Any]] = []
    lines = [
        f"# Blind sheet: {len(docs)} articles, {length} summaries",
        "",
        f"Judge each summary against its article by the guideline ({GUIDELINE}). Write one "
        "line per summary to labels.jsonl: "
        '{"item": N, "label": "A", "verdict": "true|misleading|false|nonsense", '
        '"informative": 1-3, "note": "why, if not true"}.',
        "",
    ]
    known = {k: v for folder in carry for k, v in judged_texts(Path(folder)).items()}
    carried: list[dict[str, Any]] = []
    todo = lines[:1] + ["", "Judge only these summaries; the rest are judged already.", ""]
    for item, (dataset, doc_id) in enumerate(docs, 1):
        names = list(systems)
        rng.shuffle(names)
        names = earlier.get((dataset, doc_id), names)
        labels = {}
        head = [f"## Item {item}", "", "### Article", "", articles[(dataset, doc_id)].strip(), ""]
        lines += [*head, "### Summaries", ""]
        open_ = []
        for letter, system in zip(_LETTERS, names, strict=False):
            labels[letter] = system
            text = by_doc[(dataset, doc_id)][system].strip() or "(empty)"
            lines.append(f"- **{letter}**: {text}")
            if (label := known.get((dataset, doc_id, text))) is not None:
                carried.append({"item": item, "label": letter, **label})
            else:
                open_.append(f"- **{letter}**: {text}")
        lines.append("")
        if open_:
            todo += [*head, "### Summaries", "", *open_, ""]
        key.append(
            {"item": item, "dataset": dataset, "id": doc_id, "length": length, "labels": labels}
        )
    (out / "sheet.md").write_text("\n".join(lines), encoding="utf-8")
    (out / "key.json").write_text(json.dumps(key, indent=1) + "\n", encoding="utf-8")
    labels_file = out / "labels.jsonl"
    if not labels_file.exists() or not labels_file.read_text(encoding="utf-8").strip():
        labels_file.write_text("".join(json.dumps(c) + "\n" for c in carried), encoding="utf-8")
    if carry:
        (out / "todo.md").write_text("\n".join(todo), encoding="utf-8")
    return len(docs)


def _earlier_letters(
    folder: Path, systems: list[str], length: str, available: set[tuple[str, str]]
) -> dict[tuple[str, str], list[str]]:
    """An earlier sheet's articles, in its order, each with its systems in letter order."""
    out = {}
    entries = json.loads((folder / "key.json").read_text(encoding="utf-8"))
    if not entries:
        raise EvalError(f"{folder}/key.json holds no items")
    for entry in entries:
        doc = (entry["dataset"], entry["id"])
        if entry.get("length") != length:
            raise EvalError(f"{folder} judged {entry.get('length')} summaries, not {length}")
        names = [entry["labels"][letter] for letter in sorted(entry["labels"])]
        if sorted(names) != sorted(systems):
            raise EvalError(f"{folder} judged {', '.join(names)}, not {', '.join(systems)}")
        if doc not in available:
            raise EvalError(f"{folder} holds {doc[1]}, which the run did not summarize")
        out[doc] = names
    return out


_ITEM = re.compile(r"^## Item (\d+)$")
_SUMMARY = re.compile(r"^- \*\*([A-Z])\*\*: (.*)$")


def sheet_texts(folder: Path) -> dict[tuple[int, str], str]:
    """(item, label) -> the summary text as a folder's sheet.md shows it."""
    texts: dict[tuple[int, str], str] = {}
    item = None
    for line in (folder / "sheet.md").read_text(encoding="utf-8").splitlines():
        if match := _ITEM.match(line):
            item = int(match[1])
        elif item is not None and (match := _SUMMARY.match(line)):
            texts[(item, match[1])] = match[2]
    return texts


def judged_texts(folder: Path) -> dict[tuple[str, str, str], dict[str, Any]]:
    """A folder's labels by (dataset, document, summary text as the sheet shows it)."""
    key = {k["item"]: k for k in json.loads((folder / "key.json").read_text(encoding="utf-8"))}
    texts = sheet_texts(folder)
    out = {}
    for label in read_labels(folder):
        entry, text = key[label["item"]], texts.get((label["item"], label["label"]))
        if text is not None:
            kept = {k: label[k] for k in ("verdict", "informative", "note") if k in label}
            source = label.get("carried_from", folder.name)  # where it was judged first
            out[(entry["dataset"], entry["id"], text)] = {**kept, "carried_from": source}
    return out


def read_labels(folder: Path) -> list[dict[str, Any]]:
    """The labels, checked: every verdict known, informativeness 1-3, no item judged twice."""
    path = folder / "labels.jsonl"
    if not path.is_file():
        raise EvalError(f"no labels.jsonl in {folder}")
    seen: set[tuple[int, str]] = set()
    labels = []
    for number, row in read_jsonl(path):
        if not isinstance(row, dict):
            raise EvalError(f"{path}:{number}: not a JSON object")
        verdict = str(row.get("verdict", "")).strip().lower()
        if verdict not in VERDICTS:
            raise EvalError(
                f"{path}:{number}: verdict {row.get('verdict')!r} is not one of "
                f"{', '.join(VERDICTS)}"
            )
        informative = row.get("informative")
        if informative not in INFORMATIVE:
            raise EvalError(f"{path}:{number}: informative must be 1, 2 or 3")
        ident = (int(row["item"]), str(row["label"]).strip().upper())
        if ident in seen:
            raise EvalError(f"{path}:{number}: item {ident[0]} label {ident[1]} judged twice")
        seen.add(ident)
        labels.append({**row, "item": ident[0], "label": ident[1], "verdict": verdict})
    return labels


def judged(folder: Path) -> list[dict[str, Any]]:
    """One row per judged summary: the label joined to its system through the key."""
    path = folder / "key.json"
    if not path.is_file():
        raise EvalError(f"no key.json in {folder}; run 'summarize-eval annotate export' first")
    key = {k["item"]: k for k in json.loads(path.read_text(encoding="utf-8"))}
    rows = []
    for label in read_labels(folder):
        entry = key.get(label["item"])
        if entry is None or label["label"] not in entry["labels"]:
            raise EvalError(f"label {label['item']}{label['label']} is not in {folder}/key.json")
        rows.append(
            {
                "dataset": entry["dataset"],
                "id": entry["id"],
                "length": entry["length"],
                "system": entry["labels"][label["label"]],
                "verdict": label["verdict"],
                "informative": int(label["informative"]),
            }
        )
    return rows


def pooled_rows(folders: Iterable[Path]) -> list[dict[str, Any]]:
    """The judged rows of several samples; a summary judged in two of them (two readings of
    one sheet, or overlapping samples) would count twice, so it is an error."""
    rows, seen = [], {}
    for folder in folders:
        for row in judged(folder):
            key = (row["dataset"], row["id"], row["system"], row["length"])
            if key in seen:
                raise EvalError(
                    f"{folder} and {seen[key]} both judge {key[2]}'s {key[3]} of {key[1]}: "
                    "pool samples of different articles, not readings of one sheet"
                )
            seen[key] = folder
            rows.append(row)
    return rows


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="summarize-eval annotate",
        description="Blind truth judgments of an evaluation run: export a sheet, import labels.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    out = sub.add_parser("export", help="write sheet.md, key.json and an empty labels.jsonl")
    out.add_argument("run", type=Path, help="an evaluation output folder (its results.jsonl)")
    out.add_argument("folder", type=Path, help="the judgments folder to write")
    out.add_argument("-s", "--systems", required=True, help="comma-separated systems to judge")
    out.add_argument(
        "-l", "--length", default="headline", help="headline or paragraph (default headline)"
    )
    out.add_argument(
        "-d",
        "--dataset",
        default="bbc-dev",
        help="dataset the run used, for the articles (default bbc-dev)",
    )
    out.add_argument(
        "--limit", type=int, help="a seeded random sample of N documents (default: all)"
    )
    out.add_argument("--seed", type=int, default=0, help="sample and shuffle seed (default 0)")
    out.add_argument(
        "--carry",
        type=Path,
        action="append",
        default=[],
        help="a judgments folder whose labels to copy for identical texts (repeatable)",
    )
    out.add_argument(
        "--items-from",
        type=Path,
        help="the articles and letters of an earlier sheet (a new reading of the same sample)",
    )
    out.add_argument(
        "--exclude",
        type=Path,
        action="append",
        default=[],
        help="a judgments folder whose articles to leave out (repeatable)",
    )
    pool = sub.add_parser(
        "pool", help="one table over several judgments folders (samples of the same set)"
    )
    pool.add_argument("folders", type=Path, nargs="+", help="judgments folders with labels")
    pool.add_argument("--run", type=Path, help="the evaluation run, for ROUGE-1 beside truth")
    pool.add_argument("--resamples", type=int, default=2000, help="bootstrap resamples")
    agree = sub.add_parser(
        "agree", help="how often two readings of the same sheet give the same verdict"
    )
    agree.add_argument("first", type=Path, help="a judgments folder")
    agree.add_argument("second", type=Path, help="another reading of the same sheet")
    back = sub.add_parser("import", help="join labels.jsonl to the key; write report.md")
    back.add_argument("folder", type=Path, help="a judgments folder with labels.jsonl")
    back.add_argument("--run", type=Path, help="the evaluation run, for ROUGE-1 beside truth")
    back.add_argument(
        "--resamples", type=int, default=2000, help="bootstrap resamples (default 2000)"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "export":
        names = [s.strip() for s in args.systems.split(",") if s.strip()]
        articles = {}
        for name in args.dataset.split(","):
            dataset = load_dataset(name.strip())
            articles |= {(dataset.name, r.id): r.text for r in dataset.records}
        count = export(
            load_results(args.run),
            articles,
            args.folder,
            systems=names,
            length=args.length,
            limit=args.limit,
            seed=args.seed,
            exclude=args.exclude,
            carry=args.carry,
            items_from=args.items_from,
        )
        print(f"{count} items in {args.folder / 'sheet.md'}; the key is {args.folder / 'key.json'}")
        return 0
    if args.command == "agree":
        print(agreement_report(judged(args.first), judged(args.second)), end="")
        return 0
    rouge = rouge1_of(load_results(args.run)) if args.run else None
    if args.command == "pool":
        rows = pooled_rows(args.folders)
        table = summarize_judgments(rows, rouge, resamples=args.resamples)
        names = ", ".join(folder.name for folder in args.folders)
        source = str(args.run) if args.run else "(run not given)"
        print(markdown(table, annotator=f"the annotators of {names}", source=source), end="")
        return 0
    table = summarize_judgments(judged(args.folder), rouge, resamples=args.resamples)
    who = args.folder / "annotator.txt"
    annotator = who.read_text(encoding="utf-8").strip() if who.is_file() else "unknown"
    source = str(args.run) if args.run else "(run not given)"
    text = markdown(table, annotator=annotator, source=source)
    (args.folder / "report.md").write_text(text, encoding="utf-8")
    print(text, end="")
    return 0
