"""Every salience headline of BBC dev, SummEval and BBC train, to compare two versions.

A headline rule is checked by what it changes: dump before and after, and read each
changed headline (``--compare`` lists them and counts them per set).

    .venv/bin/python bench/dump_headlines.py runs/headlines-before.jsonl
    # ... change summarize/ ...
    .venv/bin/python bench/dump_headlines.py runs/headlines-after.jsonl \\
        --compare runs/headlines-before.jsonl
    .venv/bin/python bench/dump_headlines.py runs/probe-headlines.jsonl --probes  # other outlets
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
PROBES = tuple(sorted(p.stem for p in (ROOT / "eval" / "data").glob("probe-outlets-*.jsonl")))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="JSONL to write: [set, id, headline] per line")
    parser.add_argument("--compare", type=Path, help="an earlier dump: print what changed")
    parser.add_argument("--method", default="salience")
    parser.add_argument(
        "--probes",
        action="store_true",
        help="the synthetic pages of eval/data/probe-outlets-*.jsonl, cleaned as the CLI does",
    )
    args = parser.parse_args()
    method = create(args.method)
    sets = PROBES if args.probes else SETS
    rows = []
    for name in sets:
        for _, record in read_jsonl(ROOT / "eval" / "data" / f"{name}.jsonl"):
            read = Document.from_text if args.probes else Document.from_clean_text
            doc = read(record["text"])
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
        print("; ".join(f"{name}: {changed[name]} of {totals[name]} changed" for name in sets))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
