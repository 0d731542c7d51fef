"""Does the news adapter hold when it reads more of the article? Same dev articles, two budgets.

The shipped adapter was trained on 256-token prompts (194 article tokens). This runs the
method as shipped (checked, with its fallbacks) on the first N BBC dev articles with the
trained budget and with a larger one, and prints ROUGE-1 F1 (95% bootstrap intervals),
how often the model's own text was published, and how often the article had to be cut.

    .venv/bin/python bench/compare_input_budget.py --articles 30 --tokens 256,640
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.rouge import Rouge, RougeConfig  # noqa: E402
from eval.stats import bootstrap_ci  # noqa: E402
from summarize import Document  # noqa: E402
from summarize.abstractive.method import AbstractiveMethod  # noqa: E402
from summarize.budget import PRESETS  # noqa: E402
from summarize.jsonl import read_jsonl  # noqa: E402

REFERENCE = {"headline": "title", "paragraph": "summary"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=30, help="first N BBC dev articles (30)")
    parser.add_argument("--tokens", default="256,640", help="prompt budgets to compare (256,640)")
    args = parser.parse_args()
    rows = [row for _, row in read_jsonl(ROOT / "eval/data/bbc-dev.jsonl")][: args.articles]
    docs = [Document.from_clean_text(r["text"]) for r in rows]
    rouge = Rouge(RougeConfig(types=("rouge1",)))
    print(f"first {len(docs)} BBC dev articles\n")
    print(
        "| prompt tokens | length | ROUGE-1 (95% CI) | model's text published | "
        "articles cut to fit |\n|--:|---|--:|--:|--:|"
    )
    for tokens in (int(t) for t in args.tokens.split(",")):
        method = AbstractiveMethod(max_input_tokens=tokens)
        for length in ("headline", "paragraph"):
            summaries = method.summarize_batch(docs, PRESETS[length])
            scores = [
                100 * rouge.score([r[REFERENCE[length]]], s.text)["rouge1"][2]
                for r, s in zip(rows, summaries, strict=True)
            ]
            ci = bootstrap_ci(scores, seed=0)
            published = sum(s.details["fallback"] is None for s in summaries)
            cut = sum(any("input budget" in w for w in s.warnings) for s in summaries)
            print(
                f"| {tokens} | {length} | {ci.mean:.2f} ({ci.low:.2f}–{ci.high:.2f}) | "
                f"{published}/{len(docs)} | {cut}/{len(docs)} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
