"""Documents per second: the local engine against Ray with 1 and 2 workers, in one run.

    .venv/bin/python bench/bench_ray.py                # salience on 1,000 docs, the model on 8
    .venv/bin/python bench/bench_ray.py --docs 200 --model-docs 0   # a quick look

Run it on a snapshot when others are editing the tree; Ray workers import from the
working directory, so run it from the snapshot (the first line printed says what was measured):
    mkdir /tmp/snap && git archive HEAD | tar -x -C /tmp/snap && cd /tmp/snap &&
    PYTHONPATH=/tmp/snap /work/main/.venv/bin/python bench/bench_ray.py

BBC dev articles, repeated (with fresh ids) up to the count, in 4 JSONL files; both lengths
(headline and paragraph) per document, as the CLI's default. Every configuration is timed
twice: on the full input and on one document. The small run's time is the startup (actors,
loading the method, one document); the difference gives the steady rate (docs/s once
actors are up and models loaded). The Ray cluster is started once (its start time is
printed) and is not in the figures. Each configuration's rows are compared with the local
engine's (timings aside). Prints a markdown table, then the arithmetic for 1M articles.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarize.batch import BatchSettings, read_output, resolve_inputs, run_local  # noqa: E402
from summarize.jsonl import read_jsonl  # noqa: E402

DATA = [ROOT / "eval" / "data" / "bbc-dev.jsonl", Path("/work/shared/data/bbc/dev.jsonl")]
MILLION = 1_000_000


def corpus(folder: Path, n: int, files: int = 4) -> list[str]:
    """``n`` BBC dev articles, repeated with fresh ids, split over ``files`` JSONL files."""
    source = next(p for p in DATA if p.exists())
    articles = [row for _, row in read_jsonl(source)]
    folder.mkdir(parents=True)
    rows = [
        json.dumps({"id": f"{a['id']}#{i}", "title": a.get("title"), "text": a["text"]})
        for i in range(n)
        for a in [articles[i % len(articles)]]
    ]
    per = -(-n // files)
    for k in range(files):
        if chunk := rows[k * per : (k + 1) * per]:
            (folder / f"part-{k}.jsonl").write_text("\n".join(chunk) + "\n")
    return resolve_inputs(str(folder))


def timed(fn: Callable[..., object], *args: object) -> tuple[float, float]:
    """Wall seconds, and CPU seconds of this process (the local engine's work)."""
    started, cpu = time.perf_counter(), _cpu()
    fn(*args)
    return time.perf_counter() - started, _cpu() - cpu


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def rows_without_timings(folder: Path) -> list[dict]:
    rows = read_output(folder)
    for row in rows:
        for summary in row["summaries"]:
            summary.pop("elapsed_s")
    return rows


def measure(method: str, n: int, batch: int, workdir: Path, lengths: tuple[str, ...]) -> list[dict]:
    """The three configurations for one method; one table row each."""
    from summarize.ray_engine import run_ray

    settings = BatchSettings(methods=(method,), lengths=lengths)
    full = corpus(workdir / f"{method}-full", n)
    small = corpus(workdir / f"{method}-small", 1, files=1)
    engines = {
        "local": lambda inputs, out, _w: run_local(inputs, settings, str(out) + "/"),
        "ray": lambda inputs, out, w: run_ray(
            inputs, settings, str(out), workers=w, batch_size=batch
        ),
    }
    results, reference = [], None
    for engine, workers in (("local", 1), ("ray", 1), ("ray", 2)):
        name = f"{method}-{engine}-{workers}"
        load_before = os.getloadavg()[0]
        startup, cpu_small = timed(engines[engine], small, workdir / f"{name}-small", workers)
        wall, cpu_full = timed(engines[engine], full, workdir / f"{name}-full", workers)
        rows = rows_without_timings(workdir / f"{name}-full")
        if reference is None:
            reference = rows
        elif rows != reference:
            first = next(a for a, b in zip(rows, reference, strict=False) if a != b)
            print(f"{name}: rows differ from local, first at {first['source']}", file=sys.stderr)
        steady = (n - 1) / (wall - startup) if wall > startup else float("nan")
        results.append(
            {
                "method": method,
                "engine": engine,
                "workers": workers,
                "docs": n,
                "wall_s": wall,
                "startup_s": startup,
                "docs_per_s": n / wall,
                "steady_docs_per_s": steady,
                "same_rows": rows == reference,
                "cpu_s_per_doc": (cpu_full - cpu_small) / (n - 1) if engine == "local" else None,
                "load": (load_before + os.getloadavg()[0]) / 2,
            }
        )
        print(json.dumps(results[-1]), file=sys.stderr, flush=True)
    return results


def _package_path() -> str:
    """Where ``summarize`` comes from (run on a snapshot while others edit the tree)."""
    import summarize

    return str(Path(summarize.__file__).parent)


def table(results: list[dict]) -> str:
    lines = [
        "| method | engine | workers | docs | wall s | startup s | docs/s | steady docs/s "
        "| steady s/doc | CPU s/doc | same rows as local | load avg |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|---|--:|",
    ]
    for r in results:
        cpu = f"{r['cpu_s_per_doc']:.3g}" if r["cpu_s_per_doc"] else ""
        lines.append(
            f"| {r['method']} | {r['engine']} | {r['workers']} | {r['docs']:,} "
            f"| {r['wall_s']:.1f} | {r['startup_s']:.1f} | {r['docs_per_s']:.3g} "
            f"| {r['steady_docs_per_s']:.3g} | {1 / r['steady_docs_per_s']:.3g} | {cpu} "
            f"| {'yes' if r['same_rows'] else 'NO'} | {r['load']:.1f} |"
        )
    return "\n".join(lines)


def million(results: list[dict]) -> str:
    """Worker-hours for 1M articles from each steady rate per worker, and from the local
    engine's CPU time per document (a worker with a core of its own)."""
    out = []
    for r in results:
        if r["engine"] == "local":
            rate, label = (
                1 / r["cpu_s_per_doc"],
                f"1 / local CPU s per doc ({r['cpu_s_per_doc']:.3g})",
            )
        else:
            rate = r["steady_docs_per_s"] / r["workers"]
            label = f"steady rate of Ray with {r['workers']} / {r['workers']}"
        hours = MILLION / rate / 3600
        out.append(
            f"- {r['method']}, {rate:.3g} docs/s per worker ({label}): {hours:,.1f} "
            "worker-hours; " + ", ".join(f"{k} workers {hours / k:,.2f} h" for k in (16, 64, 256))
        )
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=1000, help="documents for salience (0: skip)")
    parser.add_argument(
        "--model-docs", type=int, default=8, help="documents for the model (0: skip it)"
    )
    parser.add_argument("--batch-size", type=int, default=4, help="documents per Ray batch")
    parser.add_argument("--lengths", default="headline,paragraph", help="per document")
    parser.add_argument("--keep", help="keep inputs and outputs in this folder")
    parser.add_argument(
        "--from-json", help="no run: the table and estimate from a run's JSON lines (stderr)"
    )
    args = parser.parse_args()
    if args.from_json:
        lines = Path(args.from_json).read_text().split("\n")
        results = [json.loads(line) for line in lines if line.startswith("{")]
        print(table(results) + "\n\nOne million articles (add the startup once per worker):")
        print(million(results))
        return 0

    import ray

    started = time.perf_counter()
    env = {"PYTHONPATH": os.environ["PYTHONPATH"]} if os.environ.get("PYTHONPATH") else {}
    ray.init(
        num_cpus=os.cpu_count(),
        include_dashboard=False,
        logging_level="WARNING",
        runtime_env={"env_vars": env},
    )
    cluster_s = time.perf_counter() - started
    where = ray.get(ray.remote(_package_path).remote())
    print(f"code measured: {where} (this process: {_package_path()})", file=sys.stderr)
    workdir = Path(args.keep or tempfile.mkdtemp(prefix="bench-ray-"))
    try:
        lengths = tuple(args.lengths.split(","))
        results = []
        if args.docs:
            results += measure("salience", args.docs, args.batch_size, workdir, lengths)
        if args.model_docs:
            results += measure("abstractive", args.model_docs, args.batch_size, workdir, lengths)
    finally:
        ray.shutdown()
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    print(
        f"{os.cpu_count()} CPUs; Ray {ray.__version__}; local Ray cluster start {cluster_s:.1f} s; "
        f"lengths {args.lengths}; Ray batch size {args.batch_size}"
    )
    print(table(results))
    print()
    print("One million articles (add the startup once per worker):")
    print(million(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
