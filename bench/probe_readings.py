"""The latest blind reading of each synthetic probe set, pooled: the share of summaries judged
true per system and length over ``eval/judgments/{headlines,paragraphs}-probe-outlets-finalN``
for N in a range, each set counted once by its latest reading (the highest ``-rN`` folder;
second readings are other readers' and left out).

    .venv/bin/python bench/probe_readings.py 13 40
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

JUDGMENTS = Path(__file__).resolve().parents[1] / "eval" / "judgments"
KINDS = ("headlines", "paragraphs")


def latest(kind: str, n: int) -> Path | None:
    """The folder of set ``finalN``'s latest reading, or None when it was never read."""
    pattern = re.compile(rf"{kind}-probe-outlets-final{n}(?:-r(\d+))?")
    found = [(int(m[1] or 1), d) for d in JUDGMENTS.iterdir() if (m := pattern.fullmatch(d.name))]
    return max(found)[1] if found else None


def verdicts(folder: Path) -> Counter[tuple[str, str]]:
    """(system, verdict) counts of one reading."""
    key = {k["item"]: k["labels"] for k in json.loads((folder / "key.json").read_text())}
    counts: Counter[tuple[str, str]] = Counter()
    for line in (folder / "labels.jsonl").read_text().splitlines():
        label = json.loads(line)
        counts[(key[label["item"]][label["label"]], label["verdict"])] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("first", type=int, help="the first set, e.g. 13 for final13")
    parser.add_argument("last", type=int, help="the last set")
    args = parser.parse_args()
    print("| length | system | sets | summaries | true % | false |\n|---|---|--:|--:|--:|--:|")
    for kind in KINDS:
        folders = [f for n in range(args.first, args.last + 1) if (f := latest(kind, n))]
        counts = sum((verdicts(f) for f in folders), Counter())
        for system in sorted({s for s, _ in counts}):
            total = sum(c for (s, _), c in counts.items() if s == system)
            true = counts[(system, "true")]
            print(
                f"| {kind} | {system} | {len(folders)} | {total} | {100 * true / total:.1f} "
                f"| {counts[(system, 'false')]} |"
            )


if __name__ == "__main__":
    main()
