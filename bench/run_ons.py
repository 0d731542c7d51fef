"""Every split the run-on rule makes (a sentence run into the next without a full stop).

    .venv/bin/python bench/run_ons.py            # counts per data set
    .venv/bin/python bench/run_ons.py --show     # and each split, with its context

Compares ``summarize.sentences.sentence_spans`` with and without the rule, over the
articles of BBC train and dev and SummEval's 100, so a change to ``_RUN_ON`` can be read
split by split: a photo caption glued to the story is a true split, a title ("the film The
Aviator") a false one. The rule can also take a start away: its pieces count towards the
sentences an open quotation holds together (``MAX_QUOTE_SENTENCES``); those are counted too.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import summarize.sentences as sentences  # noqa: E402
from summarize.jsonl import read_jsonl  # noqa: E402

DATA = ROOT / "eval" / "data"
SETS = ("bbc-train", "bbc-dev", "summeval-cnndm100")


def run_on_splits(text: str) -> tuple[list[int], list[int]]:
    """Offsets where the run-on rule starts a sentence that Punkt would not, and where Punkt
    starts one that the rule's pieces, held in an open quotation, take away."""
    rule = sentences._run_ons
    sentences._run_ons = lambda block, spans: spans  # Punkt's spans alone
    try:
        punkt_starts = {start for start, _ in sentences.sentence_spans(text)}
    finally:
        sentences._run_ons = rule
    starts = {start for start, _ in sentences.sentence_spans(text)}
    return sorted(starts - punkt_starts), sorted(punkt_starts - starts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print each split in context")
    args = parser.parse_args()
    for name in SETS:
        rows = [row for _, row in read_jsonl(DATA / f"{name}.jsonl")]
        splits = articles = lost = 0
        for row in rows:
            text = row["text"]
            found, taken = run_on_splits(text)
            splits, lost, articles = splits + len(found), lost + len(taken), articles + bool(found)
            for at in found + taken if args.show else ():
                mark = "|" if at in found else "| lost:"
                print(f"  {name}: ...{text[max(0, at - 60) : at]!r} {mark} {text[at : at + 50]!r}")
        print(f"{name}: {splits} splits in {articles} of {len(rows)} articles; {lost} starts lost")


if __name__ == "__main__":
    main()
