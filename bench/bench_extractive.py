"""Speed and ROUGE of every extractive method on the same BBC dev articles, in one run.

    .venv/bin/python bench/bench_extractive.py

For each method and length (the ``headline`` and ``paragraph`` presets) it times
``method.summarize(doc, budget)`` over all articles (sentences are split once beforehand,
as every method shares them), best of ``--repeat`` passes, and scores the summaries with
rouge-score (stemmer on, F1 x 100) against the title (headline) or the reference summary
(paragraph). No method keeps a cache between documents (salience's English stemmer
is a rule, not a cache), so later passes are not warmer than the first.
One untimed call per method first, so one-off set-up (loading stop lists) is not counted.
Prints a markdown table; "x TextRank" is documents/second relative to sumy's TextRank.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

import numpy as np
from rouge_score import rouge_scorer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from summarize.budget import PRESETS  # noqa: E402
from summarize.document import Document  # noqa: E402
from summarize.registry import create  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "eval" / "data" / "bbc-dev.jsonl"
METHODS = ("salience", "lead", "lexrank", "textrank", "lsa", "luhn", "sumbasic", "kl")
REFERENCE = {"headline": "title", "paragraph": "summary"}
KEYS = ("rouge1", "rouge2", "rougeL")


def run(method_name: str, docs: list[Document], length: str, repeat: int) -> tuple[list, float]:
    """The summaries and the best wall time of ``repeat`` passes over all documents."""
    method = create(method_name)
    budget = PRESETS[length]
    method.summarize(docs[0], budget)  # one-off set-up (stop lists, stemmers) is not timed
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        summaries = [method.summarize(doc, budget) for doc in docs]
        best = min(best, time.perf_counter() - started)
    return summaries, best


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="JSONL: text, title, summary")
    parser.add_argument("--methods", default=",".join(METHODS))
    parser.add_argument("--lengths", default="headline,paragraph")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes; the best counts")
    args = parser.parse_args(argv)

    rows = [json.loads(line) for line in args.data.open(encoding="utf-8")][: args.limit]
    docs = [Document.from_clean_text(r["text"]) for r in rows]
    scorer = rouge_scorer.RougeScorer(list(KEYS), use_stemmer=True)
    methods = args.methods.split(",")
    print(
        f"{len(docs)} articles from {args.data.name}; best of {args.repeat} timed passes; "
        f"Python {platform.python_version()}, {platform.machine()}\n"
    )
    for length in args.lengths.split(","):
        results = {}
        for name in methods:
            summaries, seconds = run(name, docs, length, args.repeat)
            scores = [
                scorer.score(row[REFERENCE[length]], s.text)
                for row, s in zip(rows, summaries, strict=True)
            ]
            rouge = [100 * np.mean([x[k].fmeasure for x in scores]) for k in KEYS]
            words = np.mean([s.n_words for s in summaries])
            results[name] = (len(docs) / seconds, rouge, words)
        base = results.get("textrank", next(iter(results.values())))[0]
        print(f"**{length}** (reference: `{REFERENCE[length]}`)\n")
        print("| method | docs/s | x TextRank | ROUGE-1 | ROUGE-2 | ROUGE-L | words |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for name, (rate, rouge, words) in results.items():
            r1, r2, rl = (f"{v:.2f}" for v in rouge)
            print(
                f"| {name} | {rate:,.0f} | {rate / base:.1f} | {r1} | {r2} | {rl} | {words:.1f} |"
            )
        print()


if __name__ == "__main__":
    main()
