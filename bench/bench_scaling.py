"""How each extractive method's time grows with input size, 10 kB to 5 MB.

    .venv/bin/python bench/bench_scaling.py --doc docs/robustness.md

The input is real news: the BBC dev articles in ``eval/data`` (paragraphs shuffled with a
fixed seed, repeated to the size), or with ``--kind tiny`` the worst case for sentence
graphs, ``"Word. "`` repeated (one sentence per 6 bytes). Every call is the whole public
call, ``Summarizer(method).summarize(text, length)``: cleaning, sentence splitting and the
method. Each method and length runs in its own process, sizes ascending; a call over
``--timeout`` seconds (or over 4 GB of memory) is stopped, and the larger sizes are not
tried.

"per kB x" is the time per kB at that size over the time per kB at the smallest size:
about 1 is linear, up to about 2 at 5 MB is n log n, far above is super-linear. Timings are
wall-clock on a shared machine, so small differences are noise; the ratio across a
500-fold size range is what the table is for. With ``--doc FILE`` the table also replaces
the block between ``<!-- scaling:start -->`` and ``<!-- scaling:end -->`` in FILE.
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
LENGTHS = ("headline", "paragraph")
MEMORY_GB = 4
"""Address-space cap per worker: a method that needs more is stopped, not the machine."""
LINEAR_LOG = 3.0
"""The largest per-kB ratio still read as at most n log n (log2 of 5 MB over log2 of 10 kB
is 1.7; the rest is headroom for a shared machine's noise)."""


def make_text(kind: str, size_kb: int) -> str:
    """``size_kb`` kB (1,000 characters each) of the given kind of input, deterministic."""
    size = size_kb * 1000
    if kind == "tiny":
        return ("Word. " * (size // 6 + 1))[:size]
    articles = [json.loads(line)["text"] for line in DATA.read_text("utf-8").split("\n") if line]
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
            started = time.perf_counter()
            try:
                summary = summarizer.summarize(text, length)
            except MemoryError:
                print(json.dumps({"size": size, "s": None, "error": "memory"}), flush=True)
                return
            best = min(best, time.perf_counter() - started)
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
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=ROOT)
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
        f"| method | length | {head} | per kB x at the largest | growth |",
        "|---" * (len(SIZES_KB) + 4) + "|",
    ]
    for (method, length), times in results.items():
        cells, ratio, stopped = [], None, None
        base = times.get(SIZES_KB[0])
        for size in SIZES_KB:
            t = times.get(size)
            if isinstance(t, float):
                cells.append(f"{t:.3f} s")
                if isinstance(base, float) and base > 0:
                    ratio = (t / size) / (base / SIZES_KB[0])
            elif t == "timeout":
                cells.append(f"> {timeout:.0f} s (stopped)")
                stopped = t
            elif t == "memory":
                cells.append(f"> {MEMORY_GB} GB (stopped)")
                stopped = t
            else:
                cells.append("not run")
        if stopped:
            growth, ratio_cell = "super-linear (stopped)", "-"
        else:
            ratio_cell = f"{ratio:.1f}" if ratio is not None else "-"
            fine = ratio is not None and ratio <= LINEAR_LOG
            growth = "at most n log n" if fine else "super-linear"
        lines.append(f"| {method} | {length} | {' | '.join(cells)} | {ratio_cell} | {growth} |")
    return "\n".join(lines)


def write_doc(path: Path, block: str) -> None:
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(r"<!-- scaling:start -->.*?<!-- scaling:end -->", re.S)
    if not pattern.search(text):
        raise SystemExit(f"{path} has no <!-- scaling:start --> ... <!-- scaling:end --> block")
    path.write_text(
        pattern.sub(lambda _: f"<!-- scaling:start -->\n{block}\n<!-- scaling:end -->", text),
        encoding="utf-8",
    )


def main() -> None:
    if sys.argv[1:2] == ["--worker"]:
        method, length, kind, sizes = sys.argv[2:6]
        worker(method, length, kind, [int(s) for s in sizes.split(",")])
        return
    from summarize.registry import list_methods

    extractive = [m.name for m in list_methods() if m.kind != "abstractive"]
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--methods", default=",".join(extractive))
    parser.add_argument("--lengths", default=",".join(LENGTHS))
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
            f"Input: {args.kind}; per-call timeout {args.timeout:.0f} s; "
            f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
            f"load average {load:.1f} at the end; {time.perf_counter() - started:.0f} s in all.",
            "",
            table(results, args.timeout),
        ]
    )
    print(block)
    if args.doc:
        write_doc(args.doc, block)


if __name__ == "__main__":
    main()
