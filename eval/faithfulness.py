"""``summarize-eval faithfulness``: the faithfulness scorer on two benchmarks, in one run.

- corruptions: true BBC dev titles and summary sentences paired with corrupted copies
  (eval.corruptions); pairwise accuracy (the true one scored higher) and AUC, per kind.
- summeval: the 1,600 system summaries of SummEval with experts' consistency scores; AUC
  of "consistency = 5" against the rest, beside ROUGE-2 precision against the source and
  the names-and-numbers support score.

Scores are appended to OUT/scores.jsonl one article at a time, so a killed run resumes.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np
from tqdm import tqdm

from summarize.abstractive.support import SourceIndex
from summarize.jsonl import read_jsonl

from .corruptions import KINDS, Pair, pairs
from .datasets import DATA
from .rouge import Rouge, RougeConfig
from .stats import bootstrap_ci

BENCHES = ("corruptions", "summeval")


def auc(positive: Iterable[float], negative: Iterable[float]) -> float:
    """Probability that a random positive scores above a random negative (ties count half)."""
    pos, neg = np.asarray(list(positive), float), np.asarray(list(negative), float)
    if not len(pos) or not len(neg):
        return float("nan")
    values = np.concatenate([pos, neg])
    order = values.argsort(kind="mergesort")
    ranks = np.empty(len(values))
    ranks[order] = np.arange(1, len(values) + 1)
    for value in np.unique(values):  # average ranks of ties
        tied = values == value
        ranks[tied] = ranks[tied].mean()
    return float((ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def corruption_items(limit: int | None = None) -> list[tuple[str, str, list[str], list[Pair]]]:
    """(key, article, texts to score, pairs) per BBC dev article."""
    records = [row for _, row in read_jsonl(DATA / "bbc-dev.jsonl")][:limit]
    grouped: dict[str, list[Pair]] = defaultdict(list)
    articles = {}
    for pair in pairs(records):
        doc = pair.id.split(":")[0]
        grouped[doc].append(pair)
        articles[doc] = pair.article
    return [
        (f"corruptions:{doc}", articles[doc], [t for p in ps for t in (p.correct, p.corrupted)], ps)
        for doc, ps in grouped.items()
    ]


def summeval_items(limit: int | None = None) -> list[tuple[str, str, list[str], list[dict]]]:
    records = [row for _, row in read_jsonl(DATA / "summeval-cnndm100.jsonl")][:limit]
    items = []
    for row in records:
        systems = sorted(row["systems"].items())
        meta = [{"system": name, "consistency": s["human"]["consistency"]} for name, s in systems]
        items.append(
            (f"summeval:{row['id']}", row["text"], [s["summary"] for _, s in systems], meta)
        )
    return items


def score_items(
    items: list[tuple[str, str, list[str], Any]],
    out: Path,
    score: Callable[[str, list[str]], list[float]],
    progress: bool = True,
) -> dict[str, list[float]]:
    """Scores per item key, reusing what ``out`` already holds and appending the rest."""
    done: dict[str, list[float]] = {}
    if out.is_file():
        for _, row in read_jsonl(out, skip_bad_lines=True):
            if isinstance(row, dict) and "key" in row:
                done[row["key"]] = row["scores"]
    todo = [item for item in items if item[0] not in done]
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("a", encoding="utf-8") as handle:
        for key, article, texts, _ in tqdm(todo, disable=not progress, unit="article"):
            done[key] = score(article, texts)
            handle.write(json.dumps({"key": key, "scores": done[key]}) + "\n")
            handle.flush()
    return done


def corruption_report(items: list, scores: dict[str, list[float]]) -> list[str]:
    wins: dict[str, list[float]] = defaultdict(list)
    good: dict[str, list[float]] = defaultdict(list)
    bad: dict[str, list[float]] = defaultdict(list)
    for key, _, _, ps in items:
        values = scores[key]
        for i, pair in enumerate(ps):
            right, wrong = values[2 * i], values[2 * i + 1]
            for group in (pair.kind, "all"):
                wins[group].append(100.0 * (right > wrong) + 50.0 * (right == wrong))
                good[group].append(right)
                bad[group].append(wrong)
    lines = ["| kind | pairs | pairwise accuracy % (95% CI) | AUC |", "|---|--:|--:|--:|"]
    for group in (*KINDS, "all"):
        if not wins[group]:
            continue
        ci = bootstrap_ci(wins[group], seed=0)
        lines.append(
            f"| {group} | {len(wins[group])} | {ci.mean:.1f} ({ci.low:.1f}–{ci.high:.1f}) | "
            f"{auc(good[group], bad[group]):.3f} |"
        )
    return lines


def held_out_articles() -> int:
    """How many of SummEval's first articles fitted the summary blend
    (bench/fit_summary_score.py --articles N); the rest are reported apart as held out."""
    from summarize.faithfulness.scorer import load_weights

    return int(load_weights().get("summary", {}).get("articles", 0))


def summeval_report(
    items: list, scores: dict[str, dict[str, list[float]]], held_out: int | None = None
) -> list[str]:
    labels = [m["consistency"] >= 5.0 for _, _, _, meta in items for m in meta]
    lines = [f"{len(labels)} summaries, {sum(labels)} with consistency 5.", ""]
    held_out = held_out_articles() if held_out is None else held_out
    if 0 < held_out < len(items):
        lines[-1:] = [
            f"The scorer's summary blend was fitted on articles 1-{held_out}: the first "
            f"table is every article, the second only articles {held_out + 1}-{len(items)}, "
            "which it never saw.",
            "",
        ]
    lines += _auc_table(items, scores)
    if 0 < held_out < len(items):
        lines += ["", *_auc_table(items[held_out:], scores)]
    return lines


def _auc_table(items: list, scores: dict[str, dict[str, list[float]]]) -> list[str]:
    labels = [m["consistency"] >= 5.0 for _, _, _, meta in items for m in meta]
    lines = [
        f"| scorer ({len(items)} articles, {len(labels)} summaries) "
        "| AUC of consistency = 5 (95% CI) |",
        "|---|--:|",
    ]
    rng = np.random.default_rng(0)
    truth = np.array(labels)
    for name, by_key in scores.items():
        values = np.array([v for key, _, _, _ in items for v in by_key[key]])
        point = auc(values[truth], values[~truth])
        boot = []
        groups = np.repeat(np.arange(len(items)), [len(meta) for *_, meta in items])
        for _ in range(200):  # resample articles, keeping each article's summaries together
            pick = np.concatenate(
                [np.flatnonzero(groups == g) for g in rng.integers(0, len(items), len(items))]
            )
            boot.append(auc(values[pick][truth[pick]], values[pick][~truth[pick]]))
        low, high = np.percentile(boot, [2.5, 97.5])
        lines.append(f"| {name} | {point:.3f} ({low:.3f}–{high:.3f}) |")
    return lines


def rouge2_precision(article: str, texts: list[str]) -> list[float]:
    rouge = Rouge(RougeConfig(types=("rouge2",)))
    return [rouge.score([article], text)["rouge2"][0] for text in texts]


def support_score(article: str, texts: list[str]) -> list[float]:
    index = SourceIndex(article)
    return [index.check(text).score for text in texts]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="summarize-eval faithfulness",
        description="The faithfulness scorer (summarize.faithfulness) on the BBC corruption "
        "benchmark and SummEval's expert consistency scores; resumable.",
    )
    parser.add_argument(
        "-b",
        "--bench",
        default="corruptions,summeval",
        help="comma-separated: corruptions, summeval (default both)",
    )
    parser.add_argument(
        "-o",
        "--out",
        type=Path,
        default=Path("runs/faithfulness"),
        help="output folder (default runs/faithfulness)",
    )
    parser.add_argument("--limit", type=int, help="only the first N articles of each set")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from summarize.faithfulness import default_scorer

    scorer = default_scorer()

    def model_score(article: str, texts: list[str]) -> list[float]:
        return [f.score for f in scorer.check_many(article, texts)]

    lines: list[str] = []
    benches = [b.strip() for b in args.bench.split(",") if b.strip()]
    if "corruptions" in benches:
        items = corruption_items(args.limit)
        scores = score_items(
            items, args.out / "corruptions.jsonl", model_score, not args.no_progress
        )
        lines += ["## Corruption benchmark (BBC dev)", "", *corruption_report(items, scores), ""]
    if "summeval" in benches:
        items = summeval_items(args.limit)
        by_scorer = {
            "faithfulness scorer": score_items(
                items, args.out / "summeval.jsonl", model_score, not args.no_progress
            ),
            "ROUGE-2 precision against the source": {
                k: rouge2_precision(a, t) for k, a, t, _ in items
            },
            "names-and-numbers support": {k: support_score(a, t) for k, a, t, _ in items},
        }
        lines += ["## SummEval consistency", "", *summeval_report(items, by_scorer), ""]
    text = "\n".join(lines)
    (args.out / "report.md").write_text(text, encoding="utf-8")
    print(text)
    return 0
