"""Share of extractive paragraphs that dangle or hold a fragment, by this checkout's rules.

    .venv/bin/python bench/dangling.py                       # this checkout's summaries
    git worktree add /tmp/before REV
    .venv/bin/python bench/dangling.py --code /tmp/before    # another checkout's summaries

Dangling: a picked sentence, whole in the summary, that refers back to the sentence before
it (``summarize.extractive.coherence.dangling``) while that sentence was left out. Fragment:
a picked short verbless sentence or short question (``fragments.fragment``). The summaries
can come from another checkout (a child process imports its ``summarize``), so a change to
the rules can be measured before and after by the same, newer rules (both checkouts must
split sentences alike: the indices are read against this one's). BBC dev (209) and
SummEval articles 51-100 (the test half), paragraph presets.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarize.document import Document  # noqa: E402
from summarize.extractive.coherence import dangling  # noqa: E402
from summarize.extractive.fragments import fragment  # noqa: E402
from summarize.jsonl import read_jsonl  # noqa: E402

SETS = (
    ("bbc-dev", ROOT / "eval" / "data" / "bbc-dev.jsonl", 0),
    ("summeval 51-100", ROOT / "eval" / "data" / "summeval-cnndm100.jsonl", 50),
)
CHILD = """
import json, sys
sys.path.insert(0, sys.argv[1])
from summarize import registry
from summarize.budget import PRESETS
from summarize.document import Document
texts = json.load(sys.stdin)
out = {}
for method in sys.argv[2].split(","):
    summaries = []
    for text in texts:
        s = registry.create(method).summarize(Document.from_clean_text(text), PRESETS["paragraph"])
        summaries.append((s.text, [x.index for x in s.sources]))
    out[method] = summaries
print(json.dumps(out))
"""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose summaries to read")
    parser.add_argument("--methods", default="salience,lead,textrank")
    args = parser.parse_args(argv)
    print(f"summaries of {args.code}, rules of {ROOT}\n")
    print("| set | method | paragraphs | dangling | fragment |\n|---|---|--:|--:|--:|")
    for name, path, skip in SETS:
        texts = [row["text"] for _, row in read_jsonl(path)][skip:]
        made = subprocess.run(
            [sys.executable, "-c", CHILD, str(args.code.resolve()), args.methods],
            input=json.dumps(texts),
            capture_output=True,
            text=True,
        )
        if made.returncode:
            sys.exit(f"summarizing with {args.code} failed:\n{made.stderr[-2000:]}")
        for method, summaries in json.loads(made.stdout).items():
            dangles = fragments = 0
            for text, (summary, picked) in zip(texts, summaries, strict=True):
                doc = Document.from_clean_text(text)
                dangles += bool(dangling(doc, picked, summary))
                fragments += any(
                    fragment(doc.sentences[i].text) and doc.sentences[i].text in summary
                    for i in picked
                )
            n = len(texts)
            print(
                f"| {name} | {method} | {n} | {dangles / n:.1%} | {fragments / n:.1%} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
