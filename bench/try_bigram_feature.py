"""Would a ninth feature help the faithfulness scorer on SummEval? An experiment, not shipped.

The ninth feature is the share of a sentence's content-word bigrams found in its aligned
article sentences. Both logistic models (the shipped eight features, and nine) are fitted
here on corrupted sentences of the same 150 BBC train articles as bench/fit_faithfulness.py,
then scored on SummEval's 1,600 system summaries against the experts' consistency (AUC of
"consistency = 5" against the rest). About 15 minutes on one thread.

    .venv/bin/python bench/try_bigram_feature.py
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np
import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from fit_faithfulness import fit  # noqa: E402

from eval.corruptions import pairs  # noqa: E402
from eval.faithfulness import auc  # noqa: E402
from summarize.abstractive.method import AbstractiveMethod  # noqa: E402
from summarize.abstractive.support import SourceIndex  # noqa: E402
from summarize.faithfulness.align import SourceSentences  # noqa: E402
from summarize.faithfulness.relations import content_sequence  # noqa: E402
from summarize.faithfulness.scorer import FaithfulnessScorer, _sentences  # noqa: E402
from summarize.jsonl import read_jsonl  # noqa: E402


def bigram_share(sentence: str, context: str) -> float:
    ours, theirs = content_sequence(sentence), content_sequence(context)
    wanted = set(zip(ours, ours[1:], strict=False))
    found = set(zip(theirs, theirs[1:], strict=False))
    return len(wanted & found) / len(wanted) if wanted else 1.0


def features(scorer: FaithfulnessScorer, article: str, texts: list[str]) -> list[list[float]]:
    source = SourceSentences(article)
    aligned = [source.align(t) for t in texts]
    rows = scorer.features(source, SourceIndex(article), texts, aligned)
    return [
        row + [bigram_share(t, source.context(a))]
        for t, a, (row, _) in zip(texts, aligned, rows, strict=True)
    ]


def main() -> None:
    torch.set_num_threads(1)
    scorer = FaithfulnessScorer(AbstractiveMethod(check=False).backend)
    records = [r for _, r in read_jsonl(ROOT / "eval/data/bbc-train.jsonl")]
    random.Random(0).shuffle(records)
    x, y = [], []
    for record in records[:150]:
        found = list(pairs([record]))
        rows = features(
            scorer, record["text"], [t for p in found for t in (p.correct, p.corrupted)]
        )
        x += rows
        y += [1.0, 0.0] * len(found)
    x_train, y_train = np.array(x), np.array(y)
    models = {}
    for name, columns in (
        ("8 features (shipped)", list(range(8))),
        ("9, with bigrams", list(range(9))),
    ):
        models[name] = (columns, *fit(x_train[:, columns], y_train, 0.01))
    scores: dict[str, list[float]] = {name: [] for name in models}
    labels: list[bool] = []
    for _, row in read_jsonl(ROOT / "eval/data/summeval-cnndm100.jsonl"):
        systems = sorted(row["systems"].items())
        split = [_sentences(s["summary"], "english") for _, s in systems]
        rows = np.array(features(scorer, row["text"], [t for part in split for t in part]))
        for name, (columns, coef, intercept, mean, scale) in models.items():
            p = 1 / (1 + np.exp(-(((rows[:, columns] - mean) / scale) @ coef + intercept)))
            at = 0
            for part in split:
                scores[name].append(float(p[at : at + len(part)].min()) if part else 0.0)
                at += len(part)
        labels += [s["human"]["consistency"] >= 5 for _, s in systems]
    truth = np.array(labels)
    print(f"{len(labels)} SummEval summaries, {int(truth.sum())} with consistency 5")
    for name, values in scores.items():
        values = np.array(values)
        print(f"{name}: AUC {auc(values[truth], values[~truth]):.3f}")


if __name__ == "__main__":
    main()
