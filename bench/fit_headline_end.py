"""The threshold of ``summarize.abstractive.headline_end``, from the project's blind judgments.

    OMP_NUM_THREADS=2 .venv/bin/python bench/fit_headline_end.py

Every headline read blind under ``eval/judgments/headlines-*`` (its text from the sheet, its
verdict the readers' most common one) is read by the abstractive method's own model after
``headline_end.PROMPT``, and the log-probability of a full stop right after it is taken.
Prints how well that separates the headlines judged true from those judged nonsense for
being cut off (a reader's note saying "cut off", "mid-phrase", "fragment" or "no (main)
verb"), and the score under which ``--quantile`` of the true ones fall: the threshold.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.faithfulness import auc  # noqa: E402
from summarize.abstractive.headline_end import PROMPT  # noqa: E402
from summarize.registry import create  # noqa: E402

CUT_OFF = re.compile(r"cut off|mid-phrase|fragment|no (?:main )?verb", re.I)
_ITEM = re.compile(r"^## Item (\d+)\s*$", re.M)
_SUMMARY = re.compile(r"^- \*\*([A-Z])\*\*: (.*)$", re.M)


def judged_headlines(folder: Path) -> list[tuple[str, str, str]]:
    """(headline, verdict, note) for every headline read blind in ``folder``'s folders."""
    seen: dict[str, list[tuple[str, str]]] = {}
    for sheet in sorted(folder.glob("headlines-*/sheet.md")):
        labels = sheet.with_name("labels.jsonl")
        if not labels.is_file():
            continue
        parts = _ITEM.split(sheet.read_text(encoding="utf-8"))
        texts = {
            (int(parts[k]), m[1]): m[2].strip()
            for k in range(1, len(parts), 2)
            for m in _SUMMARY.finditer(parts[k + 1])
        }
        for line in labels.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if text := texts.get((row["item"], row["label"])):
                seen.setdefault(text, []).append((row["verdict"], row.get("note", "")))
    out = []
    for text, readings in seen.items():
        verdict = Counter(v for v, _ in readings).most_common(1)[0][0]
        note = next((n for v, n in readings if v == verdict and n), "")
        out.append((text, verdict, note))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--judgments", type=Path, default=ROOT / "eval" / "judgments")
    parser.add_argument("--quantile", type=float, default=0.05)
    args = parser.parse_args()
    rows = judged_headlines(args.judgments)
    backend = create("abstractive").backend
    texts = [text.rstrip(".").rstrip() for text, _, _ in rows]
    scores = np.array(
        [
            s
            for k in range(0, len(texts), 64)
            for s in backend.ending_logprobs(PROMPT, texts[k : k + 64])
        ]
    )
    true = scores[[v == "true" for _, v, _ in rows]]
    cut = scores[[v == "nonsense" and bool(CUT_OFF.search(n)) for _, v, n in rows]]
    print(f"{len(rows)} headlines judged: {len(true)} true, {len(cut)} nonsense for being cut off")
    print(f"AUC (true above cut off): {auc(true, cut):.3f}")
    threshold = float(np.quantile(true, args.quantile))
    print(
        f"threshold {threshold:.2f}: under it {np.mean(true <= threshold):.0%} of the true, "
        f"{np.mean(cut <= threshold):.0%} of the cut off"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
