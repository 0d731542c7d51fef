"""How often ``faithfulness.copy_slips`` flags a slipped copy, and what experts said of those.

    .venv/bin/python bench/copy_slips.py [RUN ...]

Prints, for SummEval's 1,600 system summaries, how many have a slip in some sentence (each
sentence against its best-aligned article sentence, as the scorer checks it) and their
experts' consistency beside everyone's; then, for each evaluation run given, the model's
flagged sentences with what was flagged.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.datasets import open_dataset  # noqa: E402
from eval.faithfulness import summeval_items  # noqa: E402
from summarize.faithfulness.align import SourceSentences  # noqa: E402
from summarize.faithfulness.scorer import sentence_slips  # noqa: E402
from summarize.jsonl import read_jsonl  # noqa: E402
from summarize.sentences import split_sentences  # noqa: E402


def slips(article: str, summary: str) -> list[tuple[str, list[str]]]:
    """(sentence, its slips) for each sentence of ``summary`` with one, as the scorer sees them."""
    source = SourceSentences(article)
    aligned = [source.align(sentence) for sentence in split_sentences(summary)]
    found = sentence_slips(article, source, aligned)
    return [(a.sentence, f) for a, f in zip(aligned, found, strict=True) if f]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("runs", nargs="*", type=Path, help="evaluation runs (results.jsonl)")
    args = parser.parse_args()
    flagged, everyone = [], []
    for _, article, texts, meta in summeval_items(limit=100):
        for text, m in zip(texts, meta, strict=True):
            everyone.append(m["consistency"])
            if slips(article, text):
                flagged.append(m["consistency"])
    if not flagged:
        print(f"SummEval: none of {len(everyone)} system summaries flagged")
        flagged = [float("nan")]
    share = np.mean([c >= 5 for c in flagged])
    print(
        f"SummEval: {len(flagged)} of {len(everyone)} system summaries flagged; consistency "
        f"{np.mean(flagged):.2f} flagged, {np.mean(everyone):.2f} all; fully consistent "
        f"{share:.0%} flagged, {np.mean([c >= 5 for c in everyone]):.0%} all"
    )
    for run in args.runs:
        articles: dict[tuple[str, str], str] = {}
        rows = [row for _, row in read_jsonl(run / "results.jsonl")]
        for name in sorted({r["dataset"] for r in rows}):
            for record in open_dataset(name).records:
                articles[(name, record.id)] = record.text
        n = hits = 0
        for row in rows:
            if not row["system"].startswith("abstractive"):
                continue
            article = articles[(row["dataset"], row["id"])]
            n += len(split_sentences(row["summary"]))
            for sentence, found in slips(article, row["summary"]):
                hits += 1
                print(f"  {row['id']} {row['system']}: {'; '.join(found)} :: {sentence}")
        print(f"{run}: {hits} of {n} model sentences flagged")


if __name__ == "__main__":
    main()
