"""Zero-shot against the fine-tuned adapter, on the same documents, with the eval module.

The batch runner (``python -m eval``) keys its cache on a hash of the whole ``summarize``
package, which changes with every commit in a busy tree; a model run of hours cannot wait
for that. This script keeps its own resumable JSONL keyed by (dataset, id, system, length),
then scores with ``eval.rouge`` and reports ``eval.stats`` bootstrap CIs and the paired test,
plus the share of summaries whose names and numbers are all supported by the source.

    python bench/eval_adapter.py run --dataset bbc-dev --length headline --limit 40
    python bench/eval_adapter.py import runs/eval --system abstractive --name zero-shot
    python bench/eval_adapter.py report
"""

from __future__ import annotations

import argparse
import inspect
import json
import sys
import time
import warnings
from pathlib import Path
from typing import TextIO

from eval.datasets import open_dataset
from eval.rouge import Rouge
from eval.stats import bootstrap_ci, paired_test
from summarize import Document, Summarizer
from summarize.budget import resolve
from summarize.jsonl import BadLine, read_jsonl

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "runs" / "adapter-eval" / "results.jsonl"
DEFAULT_ADAPTER = ROOT / "summarize" / "adapters" / "smollm2-135m-news"


def method_for(
    system: str, adapter: str, max_input_tokens: int | None, candidates: int | None = None
) -> object:
    from summarize.abstractive.method import AbstractiveMethod

    options: dict[str, object] = {"max_input_tokens": max_input_tokens}
    if candidates:
        options["candidates"] = candidates
    accepts = inspect.signature(AbstractiveMethod).parameters
    if system == "zero-shot":
        options["adapter"] = None
        if "use_adapter" in accepts:
            options["use_adapter"] = False
    else:
        options["adapter"] = adapter
    return AbstractiveMethod(**options)


def done_keys(out: Path) -> set[tuple[str, str, str, str]]:
    if not out.exists():
        return set()
    keys = set()
    for _, row in read_jsonl(out, skip_bad_lines=True):
        if isinstance(row, BadLine):
            continue  # a line cut by a kill
        keys.add((row["dataset"], row["id"], row["system"], row["length"]))
    return keys


def system_label(system: str, candidates: int | None) -> str:
    """``adapter``, or ``adapter (1 candidate)`` when run with other than the default."""
    if not candidates:
        return system
    return f"{system} ({candidates} candidate{'s' if candidates > 1 else ''})"


def write_row(
    handle: TextIO,
    key: tuple[str, str, str, str],
    text: str,
    support: float | None,
    unsupported: list[str],
    seconds: float,
) -> None:
    """One summary as a results line; ``key`` is (dataset, id, system, length)."""
    dataset, doc_id, system, length = key
    row = {"dataset": dataset, "id": doc_id, "system": system, "length": length, "text": text}
    row.update(support=support, unsupported=unsupported, seconds=seconds)
    handle.write(json.dumps(row) + "\n")


def run(args: argparse.Namespace) -> None:
    import torch

    torch.set_num_threads(args.threads)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    dataset = open_dataset(args.dataset)
    records = list(dataset.records[args.start : args.limit])
    done = done_keys(out)
    for system in args.systems.split(","):
        label = system_label(system, args.candidates)
        todo = [r for r in records if (args.dataset, r.id, label, args.length) not in done]
        if not todo:
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            method = method_for(system, args.adapter, args.max_input_tokens, args.candidates)
        budget = resolve(args.length)
        for start in range(0, len(todo), args.batch):
            chunk = todo[start : start + args.batch]
            docs = [Document.from_clean_text(r.text) for r in chunk]
            began = time.perf_counter()
            summaries = method.summarize_batch(docs, budget)  # type: ignore[attr-defined]
            seconds = (time.perf_counter() - began) / len(chunk)
            with out.open("a", encoding="utf-8") as handle:
                for record, summary in zip(chunk, summaries, strict=True):
                    write_row(
                        handle,
                        (args.dataset, record.id, label, args.length),
                        summary.text,
                        summary.details.get("support"),
                        summary.details.get("unsupported", []),
                        round(seconds, 2),
                    )
            print(
                f"{label} {args.dataset} {args.length}: {start + len(chunk)}/{len(todo)}",
                file=sys.stderr,
                flush=True,
            )
        del method


def import_rows(args: argparse.Namespace) -> None:
    """Take one system's summaries from a ``summarize-eval`` run instead of generating them
    again (hours on a CPU), with support checked here as the method checks it."""
    from summarize.abstractive.support import SourceIndex

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    done = done_keys(out)
    texts: dict[str, dict[str, str]] = {}  # dataset -> id -> article
    added = 0
    with out.open("a", encoding="utf-8") as handle:
        for _, row in read_jsonl(Path(args.run) / "results.jsonl"):
            key = (row["dataset"], row["id"], args.name, row["length"])
            if row["system"] != args.system or key in done or row.get("error"):
                continue
            if row["dataset"] not in texts:
                records = open_dataset(row["dataset"]).records
                texts[row["dataset"]] = {r.id: r.text for r in records}
            doc = Document.from_clean_text(texts[row["dataset"]][row["id"]])
            check = SourceIndex(doc.text, doc.language).check(row["summary"])
            write_row(
                handle,
                key,
                row["summary"],
                round(check.score, 4),
                list(check.unsupported),
                row["elapsed_s"],
            )
            done.add(key)
            added += 1
    print(f"imported {added} summaries of {args.system} as {args.name}", file=sys.stderr)


def baseline(dataset: str, length: str) -> tuple[str, dict[str, str]]:
    """LEAD-3 (published M0) on SummEval, our lead method on BBC: texts per document id."""
    data = open_dataset(dataset)
    if dataset == "summeval":
        return "LEAD-3 (M0)", {r.id: r.published["M0"]["paragraph"] for r in data.records}
    lead = Summarizer("lead")
    budget = resolve(length)
    docs = {r.id: Document.from_clean_text(r.text) for r in data.records}
    return "lead", {i: lead.summarize(d, budget).text for i, d in docs.items()}


def report(args: argparse.Namespace) -> None:
    rows = [row for _, row in read_jsonl(args.out)]
    rouge = Rouge()
    groups = sorted({(r["dataset"], r["length"]) for r in rows})
    for dataset, length in groups:
        data = {r.id: r for r in open_dataset(dataset).records}
        mine = [r for r in rows if (r["dataset"], r["length"]) == (dataset, length)]
        systems = sorted({r["system"] for r in mine}, key=lambda s: (s != "zero-shot", s))
        by = {(r["system"], r["id"]): r for r in mine}
        ids = [i for i in data if all((s, i) in by for s in systems)]
        if not ids:
            continue
        base_name, base = baseline(dataset, length)

        def refs(i: str, data: dict = data, length: str = length) -> str:
            record = data[i]
            return (record.headline if length == "headline" else record.paragraph)[0]

        print(f"\n### {dataset}, {length}: {len(ids)} documents (the first {len(ids)})\n")
        print("| system | ROUGE-1 [95% CI] | ROUGE-2 | ROUGE-L | all supported | words |")
        print("|---|---|---|---|---|---|")
        scores: dict[str, list[float]] = {}
        for name in [base_name, *systems]:
            texts = [base[i] if name == base_name else by[(name, i)]["text"] for i in ids]
            per = [rouge.score(refs(i), t) for i, t in zip(ids, texts, strict=True)]
            r1 = [100 * p["rouge1"].fmeasure for p in per]
            scores[name] = r1
            ci = bootstrap_ci(r1, seed=0)
            r2 = sum(100 * p["rouge2"].fmeasure for p in per) / len(per)
            rl = sum(100 * p["rougeL"].fmeasure for p in per) / len(per)
            words = sum(len(t.split()) for t in texts) / len(texts)
            if name == base_name:
                supported = "-"
            else:
                ok = sum(1 for i in ids if not by[(name, i)]["unsupported"])
                supported = f"{ok}/{len(ids)} ({100 * ok / len(ids):.0f}%)"
            print(
                f"| {name} | {ci.mean:.2f} [{ci.low:.2f}, {ci.high:.2f}] | {r2:.2f} | {rl:.2f} "
                f"| {supported} | {words:.1f} |"
            )
        if "zero-shot" in scores:
            print()
            for name in systems:
                if name != "zero-shot":
                    p = paired_test(scores[name], scores["zero-shot"], seed=0)
                    q = paired_test(scores[name], scores[base_name], seed=0)
                    print(
                        f"paired test (ROUGE-1), {name} vs zero-shot: p = {p:.4f}; "
                        f"vs {base_name}: p = {q:.4f}  "
                    )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run")
    r.add_argument("--dataset", default="bbc-dev")
    r.add_argument("--length", choices=("headline", "paragraph"), default="headline")
    r.add_argument("--limit", type=int, default=40, help="the first N documents")
    r.add_argument("--start", type=int, default=0, help="skip the first N (split a run)")
    r.add_argument("--systems", default="zero-shot,adapter")
    r.add_argument("--adapter", default=str(DEFAULT_ADAPTER))
    r.add_argument("--batch", type=int, default=4)
    r.add_argument("--max-input-tokens", type=int, help="the model's input budget")
    r.add_argument("--threads", type=int, default=1)
    r.add_argument("--candidates", type=int, help="other than the method's default (1)")
    r.add_argument("--out", default=str(DEFAULT_OUT))
    s = sub.add_parser("report")
    s.add_argument("--out", default=str(DEFAULT_OUT))
    i = sub.add_parser("import", help="one system's summaries from a summarize-eval run")
    i.add_argument("run", help="the summarize-eval output folder (with results.jsonl)")
    i.add_argument("--system", default="abstractive", help="the system there")
    i.add_argument("--name", default="zero-shot", help="its name here")
    i.add_argument("--out", default=str(DEFAULT_OUT))
    args = p.parse_args(argv)
    {"run": run, "report": report, "import": import_rows}[args.command](args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
