"""Tune salience's feature weights on BBC train and SummEval 1-50 (never BBC dev or
SummEval 51-100, the test sets) for ROUGE F1.

    .venv/bin/python bench/tune_salience.py --docs 500 --kinds paragraph --start current

For each length, a coordinate search over the weights of ``salience.FEATURES``, scored
by the mean of ROUGE-1/2/L F1 of the shared ``select`` against the title (headline) or
the reference summary (paragraph). Paragraphs are tuned for inverted-pyramid news first:
the objective is SummEval 1-50's mean F1 against the original highlights, plus
``--bbc-weight`` times BBC's, with a steep penalty when BBC ROUGE-1 falls below
``--bbc-floor`` (BBC's references are long extracts from the whole article, unlike most
news, so BBC is a constraint to keep, not the target). ROUGE is rouge-score's own (its
tokenizer, Porter stemmer on), computed here from tokens cached per sentence, with a
bit-parallel LCS: the same numbers as ``RougeScorer.score`` (checked at start-up),
thousands of times faster.
Prints the weights to paste into ``summarize/extractive/salience.py``.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from rouge_score import rouge_scorer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from summarize.budget import PRESETS  # noqa: E402
from summarize.document import Document  # noqa: E402
from summarize.extractive import salience  # noqa: E402
from summarize.extractive.base import select  # noqa: E402
from summarize.jsonl import read_jsonl  # noqa: E402

TRAIN = Path(__file__).resolve().parents[1] / "eval" / "data" / "bbc-train.jsonl"
SUMMEVAL = Path(__file__).resolve().parents[1] / "eval" / "data" / "summeval-cnndm100.jsonl"
TUNE_SUMMEVAL = 50  # articles 1-50; 51-100 are the test set
KEYS = ("rouge1", "rouge2", "rougeL")
SCORER = rouge_scorer.RougeScorer(list(KEYS), use_stemmer=True)
tokenize = SCORER._tokenizer.tokenize
STEPS = (-2.0, -1.0, -0.5, -0.25, -0.1, 0.1, 0.25, 0.5, 1.0, 2.0)


def _f1(hits: int, predicted: int, reference: int) -> float:
    return 0.0 if hits == 0 else 2.0 * hits / (predicted + reference)


def _lcs(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence, bit-parallel (Hyyrö 2004)."""
    masks: dict[str, int] = {}
    for i, token in enumerate(a):
        masks[token] = masks.get(token, 0) | (1 << i)
    full = v = (1 << len(a)) - 1
    for token in b:
        u = v & masks.get(token, 0)
        v = ((v + u) | (v - u)) & full
    return len(a) - v.bit_count()


def rouge(reference: list[str], summary: list[str]) -> np.ndarray:
    """ROUGE-1/2/L F1 from rouge-score tokens."""
    out = []
    for n in (1, 2):
        ref = Counter(zip(*(reference[i:] for i in range(n)), strict=False))
        hyp = Counter(zip(*(summary[i:] for i in range(n)), strict=False))
        out.append(_f1(sum((ref & hyp).values()), sum(hyp.values()), sum(ref.values())))
    out.append(_f1(_lcs(reference, summary), len(summary), len(reference)))
    return np.array(out)


class Objective:
    """Mean ROUGE F1 of ``select`` under given weights over the sample, cached per choice."""

    def __init__(self, rows: list[dict], docs: list[Document], kind: str) -> None:
        self.kind, self.budget, self.docs = kind, PRESETS[kind], docs
        self.refs = [tokenize(r["title" if kind == "headline" else "summary"]) for r in rows]
        self.sentences = [[tokenize(s.text) for s in d.sentences] for d in docs]
        self.feats = [salience.features(d) for d in docs]
        self.cache: dict[tuple[int, tuple[int, ...]], np.ndarray] = {}

    def doc_scores(self, weights: np.ndarray) -> np.ndarray:
        out = np.empty((len(self.docs), len(KEYS)))
        for k, (doc, feats) in enumerate(zip(self.docs, self.feats, strict=True)):
            scores = feats @ weights
            top = 3 if self.kind == "headline" else 8  # what decides the choice
            key = (k, tuple(np.argsort(-scores, kind="stable")[:top]))
            if key not in self.cache:
                text, _, _ = select(doc, scores, self.budget)
                self.cache[key] = rouge(self.refs[k], tokenize(text))
            out[k] = self.cache[key]
        return out

    def __call__(self, weights: np.ndarray) -> float:
        return float(self.doc_scores(weights).mean())


class Blend:
    """SummEval's mean F1 + ``bbc_weight`` x BBC's, minus a steep penalty under the BBC floor."""

    def __init__(self, bbc: Objective, summeval: Objective, bbc_weight: float, floor: float):
        self.bbc, self.summeval, self.bbc_weight, self.floor = bbc, summeval, bbc_weight, floor

    def __call__(self, weights: np.ndarray) -> float:
        bbc = self.bbc.doc_scores(weights).mean(axis=0)
        summeval = self.summeval.doc_scores(weights).mean()
        return float(summeval + self.bbc_weight * bbc.mean() - 5 * max(0.0, self.floor - bbc[0]))


def coordinate_search(
    objective: Objective | Blend, start: np.ndarray, rounds: int, min_gain: float
) -> np.ndarray:
    """Greedy per-weight line search over a fixed grid of steps, shrinking each round; a step
    must gain ``min_gain`` (mean F1) to count, so noise-sized gains do not move the weights."""
    best, best_value = start.copy(), objective(start)
    for r in range(rounds):
        improved = False
        for j, name in enumerate(salience.FEATURES):
            for step in STEPS:
                trial = best.copy()
                trial[j] += step / (r + 1)
                value = objective(trial)
                if value > best_value + min_gain:
                    best, best_value, improved = trial, value, True
            print(f"  round {r} {name:11s} {best_value * 100:.3f}", flush=True)
        if not improved:
            break
    return best


def _check_rouge(rows: list[dict]) -> None:
    for row in rows[:20]:
        for ref in (row["title"], row["summary"]):
            expected = SCORER.score(ref, row["text"][:600])
            got = rouge(tokenize(ref), tokenize(row["text"][:600]))
            assert np.allclose(got, [expected[k].fmeasure for k in KEYS]), (got, expected)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--data",
        type=Path,
        default=TRAIN,
        help="BBC train JSONL (default eval/data/bbc-train.jsonl)",
    )
    parser.add_argument("--docs", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--kinds", default="headline,paragraph")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--summeval", type=Path, default=SUMMEVAL, help="paragraphs only")
    parser.add_argument("--bbc-weight", type=float, default=0.3)
    parser.add_argument("--bbc-floor", type=float, default=64.3, help="BBC train ROUGE-1")
    parser.add_argument(
        "--start", default="lead,current", help="per kind: lead (position only) or current"
    )
    parser.add_argument(
        "--min-gain",
        type=float,
        default=0.05,
        help="ROUGE points a step must gain (paired bootstrap SE on 1,200 titles is ~0.04)",
    )
    args = parser.parse_args(argv)
    rows = [row for _, row in read_jsonl(args.data)]
    random.Random(args.seed).shuffle(rows)
    rows = rows[: args.docs]
    _check_rouge(rows)
    docs = [Document.from_clean_text(r["text"]) for r in rows]
    lead = np.zeros(len(salience.FEATURES))
    lead[salience.FEATURES.index("position")] = 1.0
    for kind, start_from in zip(args.kinds.split(","), args.start.split(","), strict=True):
        started = time.perf_counter()
        objective = Objective(rows, docs, kind)
        search: Objective | Blend = objective
        if kind == "paragraph" and args.summeval:
            se_rows = [row for _, row in read_jsonl(args.summeval)]
            se_rows = [{**r, "summary": r["reference"]} for r in se_rows[:TUNE_SUMMEVAL]]
            se_docs = [Document.from_clean_text(r["text"]) for r in se_rows]
            summeval = Objective(se_rows, se_docs, kind)
            search = Blend(objective, summeval, args.bbc_weight, args.bbc_floor / 100)
        current = np.asarray(salience.WEIGHTS[kind], dtype=float)
        print(f"{kind}: lead {objective(lead) * 100:.3f}  current {objective(current) * 100:.3f}")
        start = current if start_from == "current" else lead
        best = coordinate_search(search, start, args.rounds, args.min_gain / 100)
        took = time.perf_counter() - started
        sets = [("BBC train", objective)] + (
            [("SummEval 1-50", search.summeval)] if search is not objective else []
        )
        for label, obj in sets:
            lead_means = obj.doc_scores(lead).mean(axis=0) * 100
            means = obj.doc_scores(best).mean(axis=0) * 100
            print(f"{kind} {label}: lead R1/R2/RL {lead_means.round(2).tolist()}")
            print(f"{kind} {label}: tuned R1/R2/RL {means.round(2).tolist()} ({took:.0f}s)")
        print(f'    "{kind}": ({", ".join(f"{w:.3g}" for w in best)}),', flush=True)


if __name__ == "__main__":
    main()
