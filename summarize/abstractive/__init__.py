"""The small-transformer (abstractive) method: model sources, generation, faithful reranking.

``create(**options)`` is the registry's factory; the modules:
``sources`` (where the model comes from), ``offline`` (the cached default model),
``backend`` (loading and generating), ``prompts`` (one place for prompts),
``fit`` (budgets), ``support`` (faithfulness), ``method`` (the pipeline).
"""

from __future__ import annotations

import os
from typing import Any

QUIET_LOAD = 0.5
"""Load average per CPU under which the CPU counts as quiet when the model code loads."""
QUIET_SPINCOUNT = "10000"
"""How long OpenMP threads spin before they sleep on a quiet CPU (libgomp's GOMP_SPINCOUNT)."""


def openmp_wait(environ: dict[str, str] | None = None) -> str:
    """How OpenMP threads wait between parallel regions, set before torch loads (the runtime
    reads it once) unless the user set it. Spinning threads answer the next region at once
    and sleeping ones must be woken, but on a busy CPU spinning threads hold the core another
    thread needs, and libgomp's default spin made a summary take minutes there: so a bounded
    spin on a quiet CPU, sleep at once on a busy one (docs/model.md, bench_wait_policy.py).
    Returns the setting made, "" if none."""
    env = os.environ if environ is None else environ
    if "OMP_WAIT_POLICY" in env or "GOMP_SPINCOUNT" in env:
        return ""
    try:
        load = os.getloadavg()[0] / (os.cpu_count() or 1)
    except OSError:  # no load average on this platform: the safe choice
        load = float("inf")
    if load < QUIET_LOAD:
        env["GOMP_SPINCOUNT"] = QUIET_SPINCOUNT
        return f"GOMP_SPINCOUNT={QUIET_SPINCOUNT}"
    env["OMP_WAIT_POLICY"] = "PASSIVE"
    return "OMP_WAIT_POLICY=PASSIVE"


openmp_wait()

from .offline import MODEL_ID as DEFAULT_MODEL_ID  # noqa: E402

MODEL_VARIABLE = "SUMMARIZE_MODEL"
ADAPTER_VARIABLE = "SUMMARIZE_ADAPTER"


def create(**options: Any) -> Any:
    """An :class:`~summarize.abstractive.method.AbstractiveMethod` (imports torch lazily).

    ``$SUMMARIZE_MODEL`` names the model (a directory or hub id) when ``model`` is not given,
    and ``$SUMMARIZE_ADAPTER`` the adapter (a folder, ``news``, or ``none`` for the base model
    alone) when neither ``adapter`` nor ``use_adapter`` is, so every front end (the eval
    runner, the demo, Ray workers) can switch without an option of its own.
    """
    from .method import AbstractiveMethod

    if options.get("model") is None and os.environ.get(MODEL_VARIABLE):
        options["model"] = os.environ[MODEL_VARIABLE]
    chosen = os.environ.get(ADAPTER_VARIABLE, "").strip()
    if chosen and options.get("adapter") is None and "use_adapter" not in options:
        if chosen.lower() in ("none", "off", "0"):
            options["use_adapter"] = False
        else:
            options["adapter"] = chosen
    return AbstractiveMethod(**options)


__all__ = ["ADAPTER_VARIABLE", "DEFAULT_MODEL_ID", "MODEL_VARIABLE", "create"]
