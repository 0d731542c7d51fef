"""Summaries to judge for truth on a set that has no references at that length.

``summarize-eval`` scores against references, so SummEval headlines (which have none)
cannot go through it; truth can still be judged. This writes OUT/results.jsonl in the
runner's layout (key, dataset, id, system, length, summary, elapsed_s, fallback), one line per
document and system, resuming where a previous run stopped; ``summarize-eval annotate
export OUT ...`` then builds the blind sheet.

    OMP_NUM_THREADS=1 .venv/bin/python bench/judging_run.py summeval-test \\
        abstractive,salience headline runs/eval-hl-summeval-test

``--sample N --seed S --from-article K`` takes a seeded sample of a large set (BBC train:
``eval/data/bbc-train.jsonl``) for a reading of articles no sheet has held. ``--clean``
summarizes raw copies as a user's CLI would (``eval/data/probe-outlets-*.jsonl``: bylines,
time stamps and datelines included).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.datasets import open_dataset  # noqa: E402
from summarize import Document, Summarizer  # noqa: E402
from summarize.budget import PRESETS  # noqa: E402
from summarize.errors import SummarizeError  # noqa: E402
from summarize.jsonl import read_jsonl  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dataset", help="a named set, e.g. summeval-test")
    parser.add_argument("systems", help="comma-separated methods")
    parser.add_argument("length", choices=sorted(PRESETS))
    parser.add_argument("out", type=Path)
    parser.add_argument("--sample", type=int, help="a seeded sample of N articles (default: all)")
    parser.add_argument("--seed", type=int, default=0, help="the sample's seed (0)")
    parser.add_argument(
        "--from-article", type=int, default=1, help="sample from this article on (1-based)"
    )
    parser.add_argument(
        "--clean",
        action="store_true",
        help="the texts are raw copies (bylines, datelines): clean them as the CLI does",
    )
    args = parser.parse_args()
    if args.from_article < 1 or (args.sample is not None and args.sample < 1):
        parser.error("--from-article and --sample count from 1")
    dataset = open_dataset(args.dataset)
    records = dataset.records[args.from_article - 1 :]
    if args.sample is not None and args.sample < len(records):
        picked = sorted(random.Random(args.seed).sample(range(len(records)), args.sample))
        records = [records[i] for i in picked]
    path = args.out / "results.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    done = set()
    if path.is_file():
        rows = [r for _, r in read_jsonl(path, skip_bad_lines=True) if isinstance(r, dict)]
        if any(r.get("system") in args.systems.split(",") for r in rows) and any(
            bool(r.get("clean")) != args.clean for r in rows if "clean" in r
        ):
            parser.error(f"{path} was written {'without' if args.clean else 'with'} --clean")
        done = {r.get("key") for r in rows}
    with path.open("a", encoding="utf-8") as out:
        for system in args.systems.split(","):
            summarizer = Summarizer(system)
            for record in records:
                if f"{dataset.name}:{record.id}:{system}:{args.length}" in done:
                    continue
                started = time.perf_counter()
                try:
                    read = Document.from_text if args.clean else Document.from_clean_text
                    summary = summarizer.method.summarize(read(record.text), PRESETS[args.length])
                except SummarizeError as err:  # e.g. nothing left once cleaned: say so, go on
                    print(f"{record.id}: {err}", file=sys.stderr)
                    continue
                details = summary.details
                row = {
                    "key": f"{dataset.name}:{record.id}:{system}:{args.length}",
                    "dataset": dataset.name,
                    "id": record.id,
                    "system": system,
                    "length": args.length,
                    "summary": summary.text,
                    "elapsed_s": round(time.perf_counter() - started, 5),
                    "fallback": details.get("fallback") if hasattr(details, "get") else None,
                    "clean": args.clean,
                }
                out.write(json.dumps(row) + "\n")
                out.flush()
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
