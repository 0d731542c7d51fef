"""Speed and ROUGE of every extractive method on the same BBC dev articles, in one run.

    .venv/bin/python bench/bench_extractive.py

For each method and length (the ``headline`` and ``paragraph`` presets) it times
``method.summarize(doc, budget)`` over all articles (sentences are split once beforehand,
as every method shares them), best of ``--repeat`` passes, and scores the summaries with
rouge-score (stemmer on, F1 x 100) against the title (headline) or the reference summary
(paragraph). One cache outlives a document: salience's word-to-term table (bounded), which
a long-running process keeps warm. The first timed pass is printed too ("first pass"): it
also pays for filling that table and for the process's own warm-up (the untimed call
before it runs one article's code paths once).
One untimed call per method first, so one-off set-up (loading stop lists) is not counted.
Prints a markdown table; "x TextRank" is documents/second relative to sumy's TextRank;
"dangling" is the share of paragraphs with a sentence opening on a connective or pronoun
whose sentence before was left out (``summarize.extractive.coherence.dangling``).
A JSONL without ``title``/``summary`` (SummEval: ``reference``) scores paragraphs only.

    .venv/bin/python bench/bench_extractive.py --scaling 10000,100000,1000000,5000000

times one call per method and length on BBC dev text joined to each size (characters),
the check that no method stalls a worker on long input.
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
from summarize.extractive.coherence import dangling  # noqa: E402
from summarize.extractive.headline_check import problems  # noqa: E402
from summarize.jsonl import read_jsonl  # noqa: E402
from summarize.registry import create  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "eval" / "data" / "bbc-dev.jsonl"
METHODS = ("salience", "lead", "lexrank", "textrank", "lsa", "luhn", "sumbasic", "kl")
REFERENCE = {"headline": "title", "paragraph": "summary"}
KEYS = ("rouge1", "rouge2", "rougeL")


def run(
    method_name: str, docs: list[Document], length: str, repeat: int
) -> tuple[list, float, float]:
    """The summaries, the best wall time of ``repeat`` passes over all documents and the
    first pass's."""
    method = create(method_name)
    budget = PRESETS[length]
    method.summarize(docs[0], budget)  # one-off set-up (stop lists, stemmers) is not timed
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        summaries = [method.summarize(doc, budget) for doc in docs]
        times.append(time.perf_counter() - started)
    return summaries, min(times), times[0]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="JSONL: text, title, summary")
    parser.add_argument("--methods", default=",".join(METHODS))
    parser.add_argument("--lengths", default="headline,paragraph")
    parser.add_argument("--skip", type=int, default=0, help="leave out the first N articles")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes; the best counts")
    parser.add_argument("--scaling", help="comma-separated input sizes in characters")
    parser.add_argument(
        "--check-labels", action="store_true", help="the headline check on its labelled set"
    )
    args = parser.parse_args(argv)
    if args.check_labels:
        return check_labels()
    if args.scaling:
        scaling(args.data, args.methods.split(","), [int(n) for n in args.scaling.split(",")])
        return

    rows = [row for _, row in read_jsonl(args.data)][args.skip :][: args.limit]
    docs = [Document.from_clean_text(r["text"]) for r in rows]
    scorer = rouge_scorer.RougeScorer(list(KEYS), use_stemmer=True)
    methods = args.methods.split(",")
    print(
        f"{len(docs)} articles from {args.data.name}; best of {args.repeat} timed passes; "
        f"Python {platform.python_version()}, {platform.machine()}\n"
    )
    if "summary" not in rows[0]:
        REFERENCE["paragraph"] = "reference"
        args.lengths = "paragraph"
    for length in args.lengths.split(","):
        results = {}
        for name in methods:
            summaries, seconds, first = run(name, docs, length, args.repeat)
            scores = [
                scorer.score(row[REFERENCE[length]], s.text)
                for row, s in zip(rows, summaries, strict=True)
            ]
            rouge = [100 * np.mean([x[k].fmeasure for x in scores]) for k in KEYS]
            words = np.mean([s.n_words for s in summaries])
            hanging = np.mean(
                [
                    bool(dangling(d, [x.index for x in s.sources], s.text))
                    for d, s in zip(docs, summaries, strict=True)
                ]
            )
            results[name] = (len(docs) / seconds, len(docs) / first, rouge, words, hanging)
        base, first_base = results.get("textrank", next(iter(results.values())))[:2]
        print(f"**{length}** (reference: `{REFERENCE[length]}`)\n")
        if length == "headline":
            for name in methods:
                flagged = sum(bool(problems(s.text)) for s in run(name, docs, length, 1)[0])
                print(f"{name}: {flagged} of {len(docs)} headlines flagged by headline_check")
            print()
        print(
            "| method | docs/s | x TextRank | first pass docs/s | x TextRank | ROUGE-1 | ROUGE-2 "
            "| ROUGE-L | words | dangling |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for name, (rate, first_rate, rouge, words, hanging) in results.items():
            r1, r2, rl = (f"{v:.2f}" for v in rouge)
            print(
                f"| {name} | {rate:,.0f} | {rate / base:.1f} | {first_rate:,.0f} "
                f"| {first_rate / first_base:.1f} | {r1} | {r2} | {rl} | {words:.1f} "
                f"| {100 * hanging:.1f}% |"
            )
        print()


LABELS = Path(__file__).resolve().parents[1] / "tests" / "summarize" / "data"


def check_labels() -> None:
    """Confusion of ``headline_check`` against the labelled headlines kept in tests."""
    rows = [json.loads(x) for x in (LABELS / "headline_labels.jsonl").open(encoding="utf-8")]
    table = {(b, f): 0 for b in (True, False) for f in (True, False)}
    for row in rows:
        table[row["bad"], bool(problems(row["text"]))] += 1
    hits, flagged, bad = (
        table[True, True],
        table[True, True] + table[False, True],
        sum(r["bad"] for r in rows),
    )
    print(f"{len(rows)} labelled headlines, {bad} bad")
    print(f"flagged bad {hits}, flagged good {table[False, True]}, missed bad {table[True, False]}")
    print(f"precision {hits / max(flagged, 1):.3f}, recall {hits / max(bad, 1):.3f}")


def scaling(data: Path, methods: list[str], sizes: list[int]) -> None:
    """Seconds of one call per method, length and input size (BBC text joined to size)."""
    rows = [row for _, row in read_jsonl(data)]
    pool = "\n".join(r["text"] for r in rows)
    print("| method | length | " + " | ".join(f"{n:,} chars" for n in sizes) + " |")
    print("|---|---|" + "---:|" * len(sizes))
    for name in methods:
        method = create(name)
        for length in ("headline", "paragraph"):
            cells = []
            for n in sizes:
                doc = Document.from_clean_text((pool * (n // len(pool) + 1))[:n])
                started = time.perf_counter()
                method.summarize(doc, PRESETS[length])
                cells.append(f"{time.perf_counter() - started:.2f} s")
            print(f"| {name} | {length} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
