"""Where a headline's time goes: the prompt's prefill against decoding, plain ``generate``.

    .venv/bin/python bench/headline_time.py --articles 10

For the first N BBC dev articles: prompt tokens, one forward pass over the prompt (the
prefill), plain greedy ``generate`` (prefill and decoding), the new tokens, and the same
with drafts from the prompt (prompt lookup). A headline's speed-up by any decoding change
is bounded by (prefill + decoding) / prefill; the ratio printed last.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarize.budget import PRESETS  # noqa: E402
from summarize.document import Document  # noqa: E402
from summarize.jsonl import read_jsonl  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10)
    args = parser.parse_args()
    import torch

    from summarize.abstractive.method import AbstractiveMethod

    method = AbstractiveMethod(check=False)
    backend, budget = method.backend, PRESETS["headline"]
    rows = [r for _, r in read_jsonl(ROOT / "eval" / "data" / "bbc-dev.jsonl")]
    print(
        "| article | prompt tokens | prefill s | generate s | new tokens | s/new token "
        "| drafted s |"
    )
    print("|---|--:|--:|--:|--:|--:|--:|")
    totals = [0.0, 0.0]
    for n, row in enumerate(rows[: args.articles + 1]):  # the first is a warm-up
        prompt = method.preprocess(Document.from_text(row["text"]), budget).prompt
        ids = backend.tokenizer(prompt, return_tensors="pt", add_special_tokens=False)
        settings = {
            "max_new_tokens": method.max_new_tokens(budget),
            "do_sample": False,
            "pad_token_id": backend.tokenizer.pad_token_id,
            "eos_token_id": backend.eos_ids(),
        }
        with torch.inference_mode():
            started = time.perf_counter()
            backend.model(**ids, use_cache=True, logits_to_keep=1)
            prefill = time.perf_counter() - started
            started = time.perf_counter()
            out = backend.model.generate(**ids, **settings)
            plain = time.perf_counter() - started
            started = time.perf_counter()
            backend.model.generate(**ids, **settings, prompt_lookup_num_tokens=10)
            drafted = time.perf_counter() - started
        new = out.shape[1] - ids["input_ids"].shape[1]
        if n == 0:
            continue
        totals[0] += prefill
        totals[1] += plain
        per_token = (plain - prefill) / max(new - 1, 1)
        print(
            f"| {row['id']} | {ids['input_ids'].shape[1]} | {prefill:.3f} | {plain:.3f} | {new} "
            f"| {per_token:.4f} | {drafted:.3f} |"
        )
    print(f"\nplain generate / prefill alone, summed: {totals[1] / totals[0]:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
