"""The small-transformer (abstractive) method: model sources, generation, faithful reranking.

``create(**options)`` is the registry's factory; the modules:
``sources`` (where the model comes from), ``offline`` (the cached default model),
``backend`` (loading and generating), ``prompts`` (one place for prompts),
``fit`` (budgets), ``support`` (faithfulness), ``method`` (the pipeline).
"""

from __future__ import annotations

import os
import sys
from typing import Any

QUIET_LOAD = 0.5
"""Load average per CPU under which the CPU counts as quiet when the model code loads."""
QUIET_SPINCOUNT = "10000"
"""How long OpenMP threads spin before they sleep on a quiet CPU (libgomp's GOMP_SPINCOUNT)."""


AUTO_VARIABLE = "SUMMARIZE_OPENMP_AUTO"
"""Marks the OpenMP setting as ours, so a child process (a worker) chooses again."""


def openmp_wait(environ: dict[str, str] | None = None, busy: bool | None = None) -> str:
    """How OpenMP threads wait between parallel regions, set before torch loads (the runtime
    reads it once) unless the user set it. Spinning threads answer the next region at once
    and sleeping ones must be woken, but on a busy CPU spinning threads hold the core another
    thread needs, and libgomp's default spin made a summary take minutes there: so a bounded
    spin on a quiet CPU, sleep at once on a busy one (docs/model.md, bench_wait_policy.py).
    ``busy`` overrides the load average (a caller about to start workers knows better).
    Returns the setting made, "" if none (the user's choice, or torch already loaded)."""
    env = os.environ if environ is None else environ
    if environ is None and "torch" in sys.modules:
        return ""
    if env.get(AUTO_VARIABLE) == "1":  # an earlier automatic choice, perhaps a parent's
        env.pop("GOMP_SPINCOUNT", None)
        env.pop("OMP_WAIT_POLICY", None)
    elif "OMP_WAIT_POLICY" in env or "GOMP_SPINCOUNT" in env:
        return ""
    if busy is None:
        try:
            cpus = len(os.sched_getaffinity(0))
        except (AttributeError, OSError):
            cpus = os.cpu_count() or 1
        try:
            busy = os.getloadavg()[0] / max(cpus, 1) >= QUIET_LOAD
        except OSError:  # no load average on this platform: the safe choice
            busy = True
    env[AUTO_VARIABLE] = "1"
    if not busy:
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
