"""float32 against bfloat16 on this CPU: CPU seconds of a 300-token prefill and 20 decode steps.

CPU time, not wall time, so other jobs on a shared machine barely move it; one thread; the
first round is a warm-up. ``summarize.abstractive.loading.resolve_dtype`` picks bfloat16 on
CPUs with AMX or AVX-512 BF16, where this shows it pays.

    .venv/bin/python bench/bench_dtype.py
"""

from __future__ import annotations

import time

import torch

from summarize.abstractive.method import AbstractiveMethod


def main(rounds: int = 4) -> None:
    torch.set_num_threads(1)
    models = {
        dtype: AbstractiveMethod(dtype=dtype, check=False).backend.model
        for dtype in ("float32", "bfloat16")
    }
    tokens = torch.randint(0, 40000, (1, 300), generator=torch.Generator().manual_seed(0))
    seconds: dict[str, list[tuple[float, float]]] = {d: [] for d in models}
    with torch.inference_mode():
        for round_ in range(rounds):
            for dtype, model in models.items():
                started = time.process_time()
                model(input_ids=tokens, logits_to_keep=1)
                prefill = time.process_time() - started
                started = time.process_time()
                model.generate(
                    tokens[:, :50], max_new_tokens=20, min_new_tokens=20, do_sample=False
                )
                if round_:
                    seconds[dtype].append((prefill, time.process_time() - started))
    print("| dtype | prefill 300 tokens, CPU s | 20 decode steps, CPU s |\n|---|--:|--:|")
    for dtype, rows in seconds.items():
        prefill, decode = (sum(r[i] for r in rows) / len(rows) for i in (0, 1))
        print(f"| {dtype} | {prefill:.3f} | {decode:.3f} |")


if __name__ == "__main__":
    main()
