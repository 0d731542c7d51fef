"""The small-transformer (abstractive) method: model sources, generation, faithful reranking.

``create(**options)`` is the registry's factory; the modules:
``sources`` (where the model comes from), ``offline`` (the cached default model),
``backend`` (loading and generating), ``prompts`` (one place for prompts),
``fit`` (budgets), ``support`` (faithfulness), ``method`` (the pipeline).
"""

from __future__ import annotations

import os
from typing import Any

# OpenMP threads that sleep instead of spinning while they wait: on a busy CPU, spinning
# threads starve each other (measured here: a decode step 20 s with spinning, 1.5 s without).
# Read once when torch loads, so it only takes effect if torch is not imported yet.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

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
