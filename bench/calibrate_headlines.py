"""Calibrate the headline acceptance threshold on judged headlines of tuning articles.

Corrupted sentences teach the scorer what a false relation looks like, but a model's
headline is a paraphrase, which scores differently. So the threshold a headline must pass
is set on real model headlines whose truth was judged blind:

1. ``--export``: the model's greedy headline (and salience's, as a blind comparison) for the
   SummEval tuning half (articles 1-50: CNN/DailyMail, an outlet the adapter never saw;
   BBC train titles were its training targets), with the scorer's score, into a judgments
   folder (eval.annotate).
2. An annotator fills labels.jsonl by docs/truth-guideline.md.
3. ``--fit``: what the shipped headline rule (a restated clean compression the scorer
   accepts) accepts among them, how many of those are
   true, and the truth of the published headline against always the model or always
   salience. (A score threshold alone reached no useful share of true headlines here;
   the compression check in summarize.faithfulness.relations is what held.)

    .venv/bin/python bench/calibrate_headlines.py --export
    .venv/bin/python bench/calibrate_headlines.py --fit --true 0.9
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval import annotate  # noqa: E402
from eval.datasets import open_dataset  # noqa: E402
from summarize import Document, Summarizer  # noqa: E402
from summarize.budget import PRESETS  # noqa: E402

FOLDER = ROOT / "eval/judgments/calibration-headlines-summeval-tune"
DATASET = "summeval-tune"


def export(articles: int, seed: int) -> None:
    rows = [{"id": r.id, "text": r.text} for r in open_dataset(DATASET).records][:articles]
    model = Summarizer("abstractive", check=False)
    extractive = Summarizer("salience")
    scorer = model.method.scorer
    results, texts, scores = [], {}, {}
    for row in rows:
        doc = Document.from_clean_text(row["text"])
        headline = model.method.summarize(doc, PRESETS["headline"]).text
        scores[row["id"]] = scorer.check(row["text"], headline).score if headline else 0.0
        texts[(DATASET, row["id"])] = row["text"]
        for system, text in (("abstractive", headline), ("salience", None)):
            text = text if text is not None else extractive.summarize(doc, "headline").text
            results.append(
                {
                    "dataset": DATASET,
                    "id": row["id"],
                    "system": system,
                    "length": "headline",
                    "summary": text,
                }
            )
        print(f"{len(scores)}/{len(rows)} {scores[row['id']]:.3f} {headline}", flush=True)
    annotate.export(
        results, texts, FOLDER, systems=["abstractive", "salience"], length="headline", seed=seed
    )
    (FOLDER / "scores.json").write_text(json.dumps(scores, indent=1) + "\n", encoding="utf-8")


def fit(wanted: float) -> None:
    """How the shipped headline check does on the judged headlines: what it accepts, how
    many of those are true, and the truth of what is published (the model's headline when
    accepted, else salience's) against publishing always one or the other."""
    from summarize.faithfulness import default_scorer

    articles = {r.id: r.text for r in open_dataset(DATASET).records}
    texts = annotate.sheet_texts(FOLDER)
    key = {k["item"]: k for k in json.loads((FOLDER / "key.json").read_text(encoding="utf-8"))}
    truth: dict[str, dict[str, bool]] = {}
    written: dict[str, str] = {}
    for label in annotate.read_labels(FOLDER):
        entry = key[label["item"]]
        system = entry["labels"][label["label"]]
        truth.setdefault(entry["id"], {})[system] = label["verdict"] == "true"
        if system == "abstractive":
            written[entry["id"]] = texts[(label["item"], label["label"])]
    from summarize import registry
    from summarize.abstractive.extract import salience
    from summarize.abstractive.headline_pick import compressions, restates

    scorer = default_scorer()
    extractor = registry.create("salience")

    def shipped(doc: str, text: str) -> bool:
        """The method's rule: a restated clean compression that the scorer accepts."""
        article = Document.from_clean_text(articles[doc])
        order = [int(i) for i in (-salience(extractor, article)).argsort(kind="stable")]
        pool = compressions(article, order, PRESETS["headline"])
        return restates(text, pool, article.language) is not None and (
            scorer.check(articles[doc], text, headline=True).accepted
        )

    accepted = {doc: bool(text) and shipped(doc, text) for doc, text in written.items()}
    n = len(accepted)
    true_accepted = sum(truth[d]["abstractive"] for d, ok in accepted.items() if ok)
    published = sum(truth[d]["abstractive" if ok else "salience"] for d, ok in accepted.items())
    print(
        f"{n} judged headlines ({DATASET}); the check accepts {sum(accepted.values())}, "
        f"{true_accepted} of them true"
    )
    print(
        f"published true: {published}/{n} with the check; "
        f"{sum(t['abstractive'] for t in truth.values())}/{n} always the model; "
        f"{sum(t['salience'] for t in truth.values())}/{n} always salience "
        f"(wanted {wanted:.0%})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--export", action="store_true", help="write the judgments folder")
    parser.add_argument("--fit", action="store_true", help="evaluate the check on the labels")
    parser.add_argument("--articles", type=int, default=50, help="tuning articles (50)")
    parser.add_argument("--true", type=float, default=0.9, help="wanted true share (0.9)")
    parser.add_argument("--seed", type=int, default=1, help="article sample and shuffle (1)")
    args = parser.parse_args()
    if args.export:
        export(args.articles, args.seed)
    if args.fit:
        fit(args.true)


if __name__ == "__main__":
    main()
