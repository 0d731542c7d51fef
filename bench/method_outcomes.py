"""What the abstractive method published in evaluation runs: its own text, its paragraph with
doubtful sentences or sentences leaning on a left-out one dropped, or the extractive
fallback, and its seconds per summary.

    .venv/bin/python bench/method_outcomes.py runs/eval-abs-headlines runs/eval-abs-full
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarize.jsonl import read_jsonl  # noqa: E402
from summarize.verdict import DROPPED, LEANING, MODEL_TEXT  # noqa: E402


def main(runs: list[str]) -> None:
    groups: dict[tuple[str, str], dict[str, dict]] = {}
    for run in runs:
        for _, row in read_jsonl(Path(run) / "results.jsonl"):
            if row.get("system") == "abstractive":
                group = groups.setdefault((row["dataset"], row["length"]), {})
                group.setdefault(row["id"], row)  # the first run named wins
    print(
        "| set, length | summaries | model's text as written | doubtful sentences dropped | "
        "leaning sentences dropped | extractive fallback | s/summary | minutes in all |\n"
        "|---|--:|--:|--:|--:|--:|--:|--:|"
    )
    total = 0.0
    for (dataset, length), rows in sorted(groups.items()):
        outcome = Counter(r.get("fallback") for r in rows.values())
        n = len(rows)
        fell = n - sum(outcome[k] for k in MODEL_TEXT)
        seconds = sum(r["elapsed_s"] for r in rows.values())
        total += seconds
        print(
            f"| {dataset}, {length} | {n} | {outcome[None]} ({outcome[None] / n:.0%}) | "
            f"{outcome[DROPPED]} | {outcome[LEANING]} | {fell} ({fell / n:.0%}) | "
            f"{seconds / n:.2f} | "
            f"{seconds / 60:.1f} |"
        )
    print(f"\nall model summaries: {total / 60:.1f} minutes")


if __name__ == "__main__":
    main(sys.argv[1:])
