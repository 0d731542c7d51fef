"""Every salience headline of BBC dev, SummEval and BBC train, to compare two versions.

A headline rule is checked by what it changes: dump before and after, and read each
changed headline (``--compare`` lists them and counts them per set).

    .venv/bin/python bench/dump_headlines.py runs/headlines-before.jsonl
    # ... change summarize/ ...
    .venv/bin/python bench/dump_headlines.py runs/headlines-after.jsonl \\
        --compare runs/headlines-before.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarize.budget import PRESETS  # noqa: E402
from summarize.document import Document  # noqa: E402
from summarize.jsonl import read_jsonl  # noqa: E402
from summarize.registry import create  # noqa: E402

SETS = ("bbc-dev", "summeval-cnndm100", "bbc-train")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="JSONL to write: [set, id, headline] per line")
    parser.add_argument("--compare", type=Path, help="an earlier dump: print what changed")
    parser.add_argument("--method", default="salience")
    args = parser.parse_args()
    method = create(args.method)
    rows = []
    for name in SETS:
        for _, record in read_jsonl(ROOT / "eval" / "data" / f"{name}.jsonl"):
            doc = Document.from_clean_text(record["text"])
            rows.append([name, record["id"], method.summarize(doc, PRESETS["headline"]).text])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    if args.compare:
        before = {(s, i): t for s, i, t in map(json.loads, args.compare.open(encoding="utf-8"))}
        changed = Counter()
        for name, doc_id, text in rows:
            if before.get((name, doc_id), text) != text:
                changed[name] += 1
                print(f"{name} {doc_id}\n  - {before[(name, doc_id)]}\n  + {text}")
        totals = Counter(name for name, _, _ in rows)
        print("; ".join(f"{name}: {changed[name]} of {totals[name]} changed" for name in SETS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
