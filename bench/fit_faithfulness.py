"""Fit the faithfulness scorer's logistic model on corrupted BBC *training* sentences.

Features (``summarize.faithfulness.scorer.FEATURES``) are computed for true titles and
summary sentences of BBC train articles and for their corrupted copies (eval.corruptions),
appended to OUT/features.jsonl one article at a time (the run resumes). A logistic
regression on standardized features (L2, LBFGS) is fitted, and the acceptance threshold is
set so that ``--reject`` of the corrupted training sentences fall below it. The result is
written to summarize/faithfulness/weights.json. BBC dev and SummEval are never read here.

    .venv/bin/python bench/fit_faithfulness.py --articles 150 --threads 1
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.corruptions import pairs  # noqa: E402
from summarize.abstractive.method import AbstractiveMethod  # noqa: E402
from summarize.abstractive.support import SourceIndex  # noqa: E402
from summarize.faithfulness.align import SourceSentences  # noqa: E402
from summarize.faithfulness.scorer import FEATURES, WEIGHTS, FaithfulnessScorer  # noqa: E402

PLACEHOLDER = {
    "mean": [0.0] * len(FEATURES),
    "scale": [1.0] * len(FEATURES),
    "coef": [0.0] * len(FEATURES),
    "intercept": 0.0,
    "threshold": 0.5,
}


def features(train: Path, articles: int, out: Path, seed: int) -> list[dict]:
    records = [json.loads(line) for line in train.read_text(encoding="utf-8").split("\n") if line]
    random.Random(seed).shuffle(records)
    records = records[:articles]
    done = {}
    if out.is_file():
        for line in out.read_text(encoding="utf-8").split("\n"):
            if line.strip():
                row = json.loads(line)
                done[row["doc"]] = row
    method = AbstractiveMethod(candidates=1, check=False)
    scorer = FaithfulnessScorer(method.backend, {**PLACEHOLDER, "features": list(FEATURES)})
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("a", encoding="utf-8") as handle:
        for k, record in enumerate(records):
            if record["id"] in done:
                continue
            started = time.perf_counter()
            found = list(pairs([record], seed=seed))
            article = SourceSentences(record["text"])
            index = SourceIndex(record["text"])
            texts = [t for p in found for t in (p.correct, p.corrupted)]
            rows = scorer.features(article, index, texts, [article.align(t) for t in texts])
            row = {
                "doc": record["id"],
                "pairs": [
                    {"kind": p.kind, "good": rows[2 * i][0], "bad": rows[2 * i + 1][0]}
                    for i, p in enumerate(found)
                ],
            }
            done[record["id"]] = row
            handle.write(json.dumps(row) + "\n")
            handle.flush()
            print(f"{k + 1}/{len(records)} {time.perf_counter() - started:.1f} s", flush=True)
    return [done[r["id"]] for r in records if r["id"] in done]


def fit(
    x: np.ndarray, y: np.ndarray, l2: float
) -> tuple[np.ndarray, float, np.ndarray, np.ndarray]:
    mean, scale = x.mean(0), x.std(0) + 1e-6
    z = torch.tensor((x - mean) / scale, dtype=torch.float64)
    target = torch.tensor(y, dtype=torch.float64)
    w = torch.zeros(z.shape[1], dtype=torch.float64, requires_grad=True)
    b = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([w, b], max_iter=500, line_search_fn="strong_wolfe")

    def loss() -> torch.Tensor:
        opt.zero_grad()
        value = torch.nn.functional.binary_cross_entropy_with_logits(z @ w + b, target)
        value = value + l2 * (w**2).sum()
        value.backward()
        return value

    opt.step(loss)
    return w.detach().numpy(), float(b.item()), mean, scale


def logistic_record(
    features: tuple[str, ...],
    coef: np.ndarray,
    intercept: float,
    mean: np.ndarray,
    scale: np.ndarray,
) -> dict:
    """The fitted model as weights.json keeps it (read by summary_score.probability)."""
    return {
        "features": list(features),
        "mean": mean.round(6).tolist(),
        "scale": scale.round(6).tolist(),
        "coef": coef.round(6).tolist(),
        "intercept": round(intercept, 6),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--train", type=Path, default=ROOT / "eval/data/bbc-train.jsonl")
    parser.add_argument("--articles", type=int, default=150, help="BBC train articles (150)")
    parser.add_argument("--out", type=Path, default=Path("runs/faithfulness-fit"))
    parser.add_argument(
        "--reject",
        type=float,
        default=0.9,
        help="share of corrupted training sentences below the threshold (0.9)",
    )
    parser.add_argument("--l2", type=float, default=0.01, help="L2 penalty (0.01)")
    parser.add_argument("--threads", type=int, default=1, help="torch threads (1)")
    parser.add_argument("--seed", type=int, default=0, help="article order and corruptions (0)")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    rows = features(args.train, args.articles, args.out / "features.jsonl", args.seed)
    good = [p["good"] for r in rows for p in r["pairs"]]
    bad = [p["bad"] for r in rows for p in r["pairs"]]
    x = np.array(good + bad, dtype=float)
    y = np.array([1.0] * len(good) + [0.0] * len(bad))
    coef, intercept, mean, scale = fit(x, y, args.l2)
    z = (x - mean) / scale @ coef + intercept
    p = 1 / (1 + np.exp(-z))
    threshold = float(np.quantile(p[y == 0], args.reject))
    pairwise = float(np.mean(p[: len(good)] > p[len(good) :]))
    accepted = float(np.mean(p[y == 1] >= threshold))
    weights = {
        **logistic_record(FEATURES, coef, intercept, mean, scale),
        "threshold": round(threshold, 4),
        "unlikely": -8.0,
        "fitted_on": f"{len(rows)} BBC train articles, {len(good)} true and {len(bad)} "
        f"corrupted sentences (eval.corruptions, seed {args.seed}); l2 {args.l2}; threshold "
        f"rejects {args.reject:.0%} of the corrupted ones",
        "command": "bench/fit_faithfulness.py " + " ".join(sys.argv[1:]),
    }
    if WEIGHTS.is_file() and "summary" in (old := json.loads(WEIGHTS.read_text("utf-8"))):
        weights["summary"] = old["summary"]  # the summary blend is bench/fit_summary_score.py's
        print(
            "kept the summary blend; refit it on the new sentence model with "
            "bench/fit_summary_score.py (its 'weakest' feature changed)"
        )
    WEIGHTS.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
    print(
        f"train pairwise accuracy {pairwise:.3f}; true sentences accepted {accepted:.3f}; "
        f"threshold {threshold:.4f}"
    )
    for name, c in zip(FEATURES, coef, strict=True):
        print(f"  {name:12s} {c:+.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
