"""Scoring throughput: eval.rouge against rouge-score called directly, same pairs, same run.

The pairs are SummEval-100's 16 published systems against the `reference` (1,600 pairs) and,
on the first documents, against all 11 references (best of 11, as rouge-score's
score_multi). Both start from the raw texts and put each distinct text one sentence per line
(rougeLsum needs it) inside their timer; eval.rouge starts with empty caches. Every score is
asserted identical before a figure is printed.

    .venv/bin/python bench/bench_rouge.py [--docs 100] [--multi-docs 20] [--repeat 3]
"""

from __future__ import annotations

import argparse
import platform
import time

from rouge_score import rouge_scorer

from eval.datasets import open_dataset
from eval.rouge import TYPES, Rouge, sentence_lines


def workload(docs: int, all_refs: bool) -> list[tuple[list[str], str]]:
    records = open_dataset("summeval").records[:docs]
    return [
        (list(r.paragraph if all_refs else r.paragraph[:1]), outputs["paragraph"])
        for r in records
        for outputs in r.published.values()
    ]


def measure(pairs: list[tuple[list[str], str]], repeat: int) -> tuple[float, float, int]:
    """Seconds (best of ``repeat``) for rouge-score and for eval.rouge, and how many
    reference scorings the pairs hold."""
    direct_s = ours_s = float("inf")
    for _ in range(repeat):
        scorer = rouge_scorer.RougeScorer(list(TYPES), use_stemmer=True)
        started = time.perf_counter()
        lines = {t: sentence_lines(t) for refs, p in pairs for t in [*refs, p]}  # once per text
        direct = [scorer.score_multi([lines[r] for r in refs], lines[p]) for refs, p in pairs]
        direct_s = min(direct_s, time.perf_counter() - started)
        ours = Rouge()  # cold caches
        started = time.perf_counter()
        wrapped = [ours.score(refs, prediction) for refs, prediction in pairs]
        ours_s = min(ours_s, time.perf_counter() - started)
        assert wrapped == direct, "eval.rouge and rouge-score disagree"
    return direct_s, ours_s, sum(len(refs) for refs, _ in pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100, help="documents, one reference")
    parser.add_argument("--multi-docs", type=int, default=20, help="documents, 11 references")
    parser.add_argument("--repeat", type=int, default=3, help="timings kept: the best of N")
    args = parser.parse_args()
    machine = platform.processor() or platform.machine()
    print(f"{machine}, Python {platform.python_version()}, best of {args.repeat} runs each\n")
    print("| workload | scorings | rouge-score s | eval.rouge s | speed-up | identical |")
    print("|---|--:|--:|--:|--:|:-:|")
    for label, docs, all_refs in (
        (f"SummEval {args.docs} docs x 16 systems, 1 reference", args.docs, False),
        (f"SummEval {args.multi_docs} docs x 16 systems, 11 references", args.multi_docs, True),
    ):
        direct_s, ours_s, scorings = measure(workload(docs, all_refs), args.repeat)
        print(
            f"| {label} | {scorings:,} | {direct_s:.2f} | {ours_s:.2f} | "
            f"{direct_s / ours_s:.1f}x | yes |"
        )


if __name__ == "__main__":
    main()
