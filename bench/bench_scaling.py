"""How each extractive method's time grows with input size, 10 kB to 5 MB.

    .venv/bin/python bench/bench_scaling.py --doc docs/robustness.md

The input is real news: the BBC dev articles in ``eval/data`` (paragraphs shuffled with a
fixed seed, repeated to the size), or with ``--kind tiny`` the worst case for sentence
graphs, ``"Word. "`` repeated (one sentence per 6 bytes). Every call is the whole public
call, ``Summarizer(method).summarize(text, length)``: cleaning, sentence splitting and the
method. Each method and length runs in its own process, sizes ascending; a call over
``--timeout`` seconds (or over 4 GB of memory) is stopped, and the larger sizes are not
tried.

Times are CPU seconds of the worker process (one BLAS thread), so other jobs on a shared
machine slow the run but barely move the figures. "worst step" is the largest rise in time
per kB from one size to the next (1.0: linear; a tenfold step of an n log n method gives
about 1.5; a quadratic one 10); "at 5 MB" is the time per kB there over that at 10 kB.
Growth is "at most n log n" when no step rises more than 1.8 times. With ``--doc FILE`` the
table also replaces the block between ``<!-- scaling-KIND:start -->`` and
``<!-- scaling-KIND:end -->`` in FILE (KIND: news or tiny).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import selectors
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATA = ROOT / "eval" / "data" / "bbc-dev.jsonl"
SIZES_KB = (10, 100, 1000, 5000)
MEMORY_GB = 4
"""Address-space cap per worker: a method that needs more is stopped, not the machine."""
LINEAR_LOG = 1.8
"""The largest rise in time per kB over one size step still read as at most n log n (n log n
gives about 1.5 per tenfold step at these sizes; a fifth more is headroom for noise)."""


def make_text(kind: str, size_kb: int) -> str:
    """``size_kb`` kB (1,000 characters each) of the given kind of input, deterministic."""
    size = size_kb * 1000
    if kind == "tiny":
        return ("Word. " * (size // 6 + 1))[:size]
    from summarize.jsonl import read_jsonl

    articles = [row["text"] for _, row in read_jsonl(DATA)]
    paragraphs = [p for a in articles for p in a.split("\n") if p.strip()]
    rng = random.Random(0)
    out: list[str] = []
    total = 0
    while total < size:
        rng.shuffle(paragraphs)
        for p in paragraphs:
            out.append(p)
            total += len(p) + 2
            if total >= size:
                break
    return "\n\n".join(out)[:size].rsplit(" ", 1)[0]


def worker(method: str, length: str, kind: str, sizes: list[int]) -> None:
    """Child process: one JSON line per size, as each call finishes; memory capped."""
    import resource
    import warnings

    from summarize import Summarizer

    warnings.simplefilter("ignore")
    cap = MEMORY_GB * 2**30
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    summarizer = Summarizer(method, max_chars=max(sizes) * 1000 + 1000)
    summarizer.summarize(make_text(kind, 2), length)  # one-off set-up is not timed
    for size in sizes:
        text = make_text(kind, size)
        best = float("inf")
        for _ in range(3):  # best of 3 for quick calls, where noise is largest
            started = time.process_time()
            try:
                summary = summarizer.summarize(text, length)
            except MemoryError:
                print(json.dumps({"size": size, "s": None, "error": "memory"}), flush=True)
                return
            best = min(best, time.process_time() - started)
            if best > 0.5:
                break
        row = {"size": size, "s": best, "warnings": summary.warnings}
        print(json.dumps(row), flush=True)


Times = dict[int, "float | str"]


def measure(method: str, length: str, kind: str, timeout: float) -> Times:
    """Seconds per size for one method and length, or why there is none ("timeout",
    "memory"); sizes after a stopped call are left out."""
    sizes = list(SIZES_KB)
    cmd = [sys.executable, __file__, "--worker", method, length, kind, ",".join(map(str, sizes))]
    one_thread = {k: "1" for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}
    env = {**os.environ, **one_thread}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    assert proc.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)
    times: Times = {}
    deadline = time.monotonic() + timeout + 120  # the first call also loads the method
    while len(times) < len(sizes):
        if not selector.select(max(0.0, deadline - time.monotonic())):
            proc.kill()
            times[sizes[len(times)]] = "timeout"
            break
        line = proc.stdout.readline()
        if not line:
            break
        row = json.loads(line)
        times[row["size"]] = row["s"] if row["s"] is not None else row["error"]
        shown = f"{row['s']:.3f} s" if row["s"] is not None else row["error"]
        note = f" warnings: {row['warnings']}" if row.get("warnings") else ""
        print(f"  {method} {length} {row['size']:,} kB: {shown}{note}", file=sys.stderr)
        deadline = time.monotonic() + timeout + 5
    proc.wait()
    return times


def table(results: dict[tuple[str, str], Times], timeout: float) -> str:
    head = " | ".join(f"{s:,} kB" for s in SIZES_KB)
    lines = [
        f"| method | length | {head} | worst step | at {SIZES_KB[-1] // 1000} MB | growth |",
        "|---" * (len(SIZES_KB) + 5) + "|",
    ]
    for (method, length), times in results.items():
        cells, per_kb, stopped = [], [], None
        for size in SIZES_KB:
            t = times.get(size)
            if isinstance(t, float):
                cells.append(f"{t:.3f} s")
                per_kb.append(max(t, 1e-4) / size)
            elif t == "timeout":
                cells.append(f"> {timeout:.0f} s (stopped)")
                stopped = t
            elif t == "memory":
                cells.append(f"> {MEMORY_GB} GB (stopped)")
                stopped = t
            else:
                cells.append("not run")
        steps = [b / a for a, b in zip(per_kb, per_kb[1:], strict=False)]
        worst = f"{max(steps):.1f}" if steps else "-"
        last = f"{per_kb[-1] / per_kb[0]:.1f}" if len(per_kb) == len(SIZES_KB) else "-"
        growth = _growth(steps, "stopped" if stopped else "")
        row = f"| {method} | {length} | {' | '.join(cells)} | {worst} | {last} | {growth} |"
        lines.append(row)
    return "\n".join(lines)


def _growth(steps: list[float], stopped: str) -> str:
    """In words: at most n log n throughout, only past a cap, or not at all."""
    if stopped:
        return "super-linear (stopped)"
    if all(step <= LINEAR_LOG for step in steps):
        return "at most n log n"
    last_fast = max(i for i, step in enumerate(steps) if step > LINEAR_LOG)
    if last_fast < len(steps) - 1:
        return f"super-linear to {SIZES_KB[last_fast + 1]:,} kB, then at most n log n"
    return "super-linear"


def write_doc(path: Path, kind: str, block: str) -> None:
    text = path.read_text(encoding="utf-8")
    start, end = f"<!-- scaling-{kind}:start -->", f"<!-- scaling-{kind}:end -->"
    pattern = re.compile(f"{re.escape(start)}.*?{re.escape(end)}", re.S)
    if not pattern.search(text):
        raise SystemExit(f"{path} has no {start} ... {end} block")
    path.write_text(pattern.sub(lambda _: f"{start}\n{block}\n{end}", text), encoding="utf-8")


def main() -> None:
    if sys.argv[1:2] == ["--worker"]:
        method, length, kind, sizes = sys.argv[2:6]
        worker(method, length, kind, [int(s) for s in sizes.split(",")])
        return
    from summarize.budget import KINDS
    from summarize.registry import list_methods

    extractive = [m.name for m in list_methods() if m.kind != "abstractive"]
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--methods", default=",".join(extractive))
    parser.add_argument("--lengths", default=",".join(KINDS))
    parser.add_argument("--kind", choices=("news", "tiny"), default="news")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per call")
    parser.add_argument("--doc", type=Path, help="also write the table into this Markdown file")
    args = parser.parse_args()
    results = {}
    started = time.perf_counter()
    for method in args.methods.split(","):
        for length in args.lengths.split(","):
            results[(method, length)] = measure(method, length, args.kind, args.timeout)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    block = "\n".join(
        [
            f"Input: {args.kind}; CPU seconds per call; per-call timeout {args.timeout:.0f} s; "
            f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
            f"load average {load:.1f} at the end; {time.perf_counter() - started:.0f} s in all.",
            "",
            table(results, args.timeout),
        ]
    )
    print(block)
    if args.doc:
        write_doc(args.doc, args.kind, block)


if __name__ == "__main__":
    main()
