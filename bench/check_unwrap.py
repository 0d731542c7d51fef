"""Hard-wrapped articles read as their paragraphs: every stored text is left as it is, and
every BBC dev article wrapped by ``textwrap`` reads as the same sentences as the original.

    .venv/bin/python bench/check_unwrap.py
"""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarize.document import Document  # noqa: E402
from summarize.wrapped import unwrap  # noqa: E402

WIDTHS = (40, 60, 72, 80, 100)
BETWEEN = {"blank line": "\n\n", "line break": "\n"}


def main() -> int:
    stored = [ROOT / "seeds" / p.name for p in (ROOT / "seeds").iterdir()]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in stored]
    for path in sorted((ROOT / "eval" / "data").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    changed = sum(unwrap(t) != t for t in texts)
    print(f"stored texts (seeds, eval/data): {changed} of {len(texts)} changed by unwrap")
    articles = [json.loads(line)["text"] for line in (ROOT / "eval/data/bbc-dev.jsonl").open()]
    titled_plain = sum(Document.from_text(t).title is not None for t in articles)
    print(f"BBC dev as stored: {titled_plain} of {len(articles)} read with a title")
    for name, between in BETWEEN.items():
        for width in WIDTHS:
            same = titled = 0
            for text in articles:
                plain = [s.text for s in Document.from_text(text).sentences]
                paragraphs = [p for p in text.split("\n") if p.strip()]
                doc = Document.from_text(between.join(textwrap.fill(p, width) for p in paragraphs))
                same += [s.text for s in doc.sentences] == plain
                titled += doc.title is not None
            print(
                f"BBC dev wrapped at {width:3d}, paragraphs by {name}: {same} of "
                f"{len(articles)} read as the same sentences; {titled} given a title"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
