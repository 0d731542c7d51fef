"""How long OpenMP threads wait before they sleep, on a quiet and on a busy CPU.

    .venv/bin/python bench/bench_wait_policy.py            # quiet, then one busy core
    .venv/bin/python bench/bench_wait_policy.py --busy 0,1,2

Each setting in a fresh process (the OpenMP runtime reads its settings once, when torch
loads): the model method summarizes the seed at both lengths three times after loading, and
the median seconds of each length are printed; ``--busy N`` runs N pure-Python busy loops
beside it. Spinning threads answer the next parallel region at once, which pays on a quiet
CPU; on a busy one they spin on the core another thread needs (``default`` is libgomp's own
300,000 spins, ``PASSIVE`` none at all). What ``summarize.abstractive`` chooses is
``openmp_wait``'s setting for the load it sees.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "kazakh-leader-meets-putin.txt"
SETTINGS = {
    "PASSIVE": {"OMP_WAIT_POLICY": "PASSIVE"},
    "spin 3,000": {"GOMP_SPINCOUNT": "3000"},
    "spin 10,000": {"GOMP_SPINCOUNT": "10000"},
    "spin 30,000": {"GOMP_SPINCOUNT": "30000"},
    "default (300,000)": {"GOMP_SPINCOUNT": "300000"},
}
OURS = ("OMP_WAIT_POLICY", "GOMP_SPINCOUNT", "SUMMARIZE_OPENMP_AUTO")
WORKER = """
import json, statistics, sys, time
sys.path.insert(0, sys.argv[1])
from summarize import Summarizer
text = open(sys.argv[2], encoding="utf-8").read()
method = Summarizer("abstractive")
times = {"headline": [], "paragraph": []}
for _ in range(3):
    for length in times:
        started = time.perf_counter()
        method.summarize(text, length)
        times[length].append(time.perf_counter() - started)
print(json.dumps({k: statistics.median(v) for k, v in times.items()}))
"""
BUSY = "while True:\n    pass"


def run(env: dict[str, str], timeout: float) -> str:
    """One setting; a variable set here is the user's choice, so summarize keeps it."""
    clean = {k: v for k, v in os.environ.items() if k not in OURS}
    settings = env
    try:
        out = subprocess.run(
            [sys.executable, "-c", WORKER, str(ROOT), str(SEED)],
            env={**clean, **settings},
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        ).stdout.splitlines()[-1]
    except subprocess.TimeoutExpired:
        return f"over {timeout:.0f} s | |"
    times = json.loads(out)
    return f"{times['headline']:.2f} | {times['paragraph']:.2f} |"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--busy", default="0,1", help="busy loops beside the model (0,1)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per setting")
    args = parser.parse_args(argv)
    print(f"seed, both lengths, median of 3 after loading; {os.cpu_count()} CPUs\n")
    print("| busy loops | setting | s/headline | s/paragraph |\n|--:|---|--:|--:|")
    for busy in (int(b) for b in args.busy.split(",")):
        loops = [subprocess.Popen([sys.executable, "-c", BUSY]) for _ in range(busy)]
        try:
            time.sleep(1.0)
            for name, env in SETTINGS.items():
                print(f"| {busy} | {name} | {run(env, args.timeout)}", flush=True)
        finally:
            for loop in loops:
                loop.kill()
                loop.wait()


if __name__ == "__main__":
    main()
