"""Fit the summary-level blend of the faithfulness score on SummEval's *first 50* articles.

For each of their 800 system summaries: the sentence model's weakest sentence (the scorer
without a blend), the share of word pairs the article holds, names-and-numbers support and
how long the spans it copies are (``summarize.faithfulness.summary_score.FEATURES``); the
label is the experts' consistency = 5. The weakest-sentence scores are appended to
OUT/weakest.jsonl one article at a time (the run resumes). A logistic regression on
standardized features (L2, LBFGS) is written into summarize/faithfulness/weights.json under
"summary". Articles 51-100 are never read here: ``summarize-eval faithfulness`` reports on
them apart.

    .venv/bin/python bench/fit_summary_score.py --articles 50 --threads 1
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fit_faithfulness import fit, logistic_record  # noqa: E402

from eval.faithfulness import auc, score_items, summeval_items  # noqa: E402
from summarize.abstractive.support import SourceIndex  # noqa: E402
from summarize.faithfulness import FaithfulnessScorer, default_scorer  # noqa: E402
from summarize.faithfulness.scorer import WEIGHTS, load_weights  # noqa: E402
from summarize.faithfulness.summary_score import FEATURES, features  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=50, help="SummEval articles (50)")
    parser.add_argument("--out", type=Path, default=Path("runs/summary-score-fit"))
    parser.add_argument("--l2", type=float, default=0.01, help="L2 penalty (0.01)")
    parser.add_argument("--threads", type=int, default=1, help="torch threads (1)")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    weights = {k: v for k, v in load_weights().items() if k != "summary"}
    items = summeval_items(limit=args.articles)

    def weakest(article: str, texts: list[str]) -> list[float]:
        scorer = FaithfulnessScorer(default_scorer().backend, weights)
        return [v.score for v in scorer.check_many(article, texts)]

    scores = score_items(items, args.out / "weakest.jsonl", weakest)
    rows, labels = [], []
    for key, article, texts, meta in items:
        index = SourceIndex(article)
        for text, low, m in zip(texts, scores[key], meta, strict=True):
            rows.append(features(article, text, low, index))
            labels.append(m["consistency"] >= 5.0)
    x, y = np.array(rows, dtype=float), np.array(labels, dtype=float)
    coef, intercept, mean, scale = fit(x, y, args.l2)
    p = 1 / (1 + np.exp(-((x - mean) / scale @ coef + intercept)))
    blend = {
        **logistic_record(FEATURES, coef, intercept, mean, scale),
        "articles": args.articles,
        "fitted_on": f"SummEval articles 1-{args.articles}: {len(y)} system summaries, "
        f"{int(y.sum())} with expert consistency 5; l2 {args.l2}",
        "command": "bench/fit_summary_score.py " + " ".join(sys.argv[1:]),
    }
    WEIGHTS.write_text(json.dumps({**weights, "summary": blend}, indent=1) + "\n", "utf-8")
    print(f"{len(y)} summaries; training AUC {auc(p[y == 1], p[y == 0]):.3f}")
    for name, c in zip(FEATURES, coef, strict=True):
        print(f"  {name:10s} {c:+.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
