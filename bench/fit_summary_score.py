"""Fit the summary-level blend of the faithfulness score on SummEval's *first 50* articles.

For each of their 800 system summaries, every feature the blend may read
(``summarize.faithfulness.summary_score.FEATURES``: the sentence model's weakest sentence,
the model's mean and lowest sentence log-probability, the share of word pairs the article
holds, names-and-numbers support, how long the spans it copies are); the label is the
experts' consistency = 5. The features are appended to OUT/features.jsonl one article at a
time (the run resumes). It prints the AUC of each feature alone and the five-fold
cross-validated AUC (folds by article) of each feature set in ``--compare``; then a logistic
regression on standardized ``--features`` (L2, LBFGS) is written into
summarize/faithfulness/weights.json under "summary". Articles 51-100 are never read here:
``summarize-eval faithfulness`` reports on them apart.

    .venv/bin/python bench/fit_summary_score.py --articles 50 --threads 2
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

CHOSEN = ("weakest", "min_logprob", "support", "density")
COMPARE = (
    "weakest,bigrams,support,density",
    "weakest,support,density,min_logprob",
    "weakest,support,density,mean_logprob",
    "weakest,bigrams,support,density,mean_logprob,min_logprob",
)


def cross_validated_auc(x: np.ndarray, y: np.ndarray, article: np.ndarray, l2: float) -> float:
    """AUC of out-of-fold predictions, five folds by article."""
    predicted = np.zeros(len(y))
    for fold in range(5):
        held = article % 5 == fold
        coef, intercept, mean, scale = fit(x[~held], y[~held], l2)
        predicted[held] = (x[held] - mean) / scale @ coef + intercept
    return auc(predicted[y == 1], predicted[y == 0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=50, help="SummEval articles (50)")
    parser.add_argument("--out", type=Path, default=Path("runs/summary-score-fit"))
    parser.add_argument("--features", default=",".join(CHOSEN), help="the blend's features")
    parser.add_argument(
        "--compare", default=";".join(COMPARE), help="feature sets to cross-validate"
    )
    parser.add_argument("--l2", type=float, default=0.01, help="L2 penalty (0.01)")
    parser.add_argument("--threads", type=int, default=1, help="torch threads (1)")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    weights = {k: v for k, v in load_weights().items() if k != "summary"}
    items = summeval_items(limit=args.articles)
    scorer = FaithfulnessScorer(default_scorer().backend, weights)

    def summary_features(article: str, texts: list[str]) -> list[list[float]]:
        index = SourceIndex(article)
        verdicts = scorer.check_many(article, texts)
        return [
            [features(article, text, verdict.sentences, index)[name] for name in FEATURES]
            for text, verdict in zip(texts, verdicts, strict=True)
        ]

    scores = score_items(items, args.out / "features.jsonl", summary_features)
    rows, labels, article = [], [], []
    for k, (key, _, _, meta) in enumerate(items):
        for row, m in zip(scores[key], meta, strict=True):
            rows.append(row)
            labels.append(m["consistency"] >= 5.0)
            article.append(k)
    x, y = np.array(rows, dtype=float), np.array(labels, dtype=float)
    column = {name: i for i, name in enumerate(FEATURES)}
    print(f"{len(y)} summaries, {int(y.sum())} fully consistent; AUC of each feature alone:")
    for name, i in column.items():
        print(f"  {auc(x[y == 1, i], x[y == 0, i]):.3f}  {name}")
    print("five-fold AUC by article:")
    for names in [args.features, *args.compare.split(";")]:
        cols = [column[n] for n in names.split(",")]
        print(f"  {cross_validated_auc(x[:, cols], y, np.array(article), args.l2):.3f}  {names}")
    chosen = tuple(args.features.split(","))
    x = x[:, [column[n] for n in chosen]]
    coef, intercept, mean, scale = fit(x, y, args.l2)
    p = 1 / (1 + np.exp(-((x - mean) / scale @ coef + intercept)))
    blend = {
        **logistic_record(chosen, coef, intercept, mean, scale),
        "articles": args.articles,
        "fitted_on": f"SummEval articles 1-{args.articles}: {len(y)} system summaries, "
        f"{int(y.sum())} with expert consistency 5; l2 {args.l2}",
        "command": "bench/fit_summary_score.py " + " ".join(sys.argv[1:]),
    }
    WEIGHTS.write_text(json.dumps({**weights, "summary": blend}, indent=1) + "\n", "utf-8")
    print(f"fitted on {', '.join(chosen)}: training AUC {auc(p[y == 1], p[y == 0]):.3f}")
    for name, c in zip(chosen, coef, strict=True):
        print(f"  {name:12s} {c:+.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
