"""Fine-tuned adapters shipped with the package, and which one a model gets by default.

``smollm2-135m-news`` is a LoRA adapter for the offline default model (SmolLM2-135M-Instruct
rebuilt from its Q4_1 GGUF), trained by ``summarize train`` on BBC News (see its README).
It is applied only on top of that model: other models have other weights.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

NEWS = Path(__file__).resolve().parent / "smollm2-135m-news"
TRAINING = "training.json"
NAMES = {"news": NEWS}
ON_BY_DEFAULT = True
"""On, because it beat the base model on BBC dev (docs/training.md). ``use_adapter=False``
(``--no-adapter``, ``SUMMARIZE_ADAPTER=none``) gives the base model alone."""


def default_for(origin: str) -> str | None:
    """The adapter a model of this origin gets unasked: the shipped one, on the offline
    default model only, once it is switched on (``ON_BY_DEFAULT``)."""
    if ON_BY_DEFAULT and origin == "offline-default" and (NEWS / "adapter_config.json").is_file():
        return str(NEWS)
    return None


def resolve(adapter: str | None) -> str | None:
    """A shipped adapter's name (``news``) to its folder; anything else is a folder already."""
    if adapter in NAMES:
        return str(NAMES[adapter])
    return adapter


def training_settings(adapter: str | Path | None) -> dict[str, Any]:
    """The training configuration saved with an adapter (empty when there is none)."""
    if not adapter:
        return {}
    try:
        meta = json.loads((Path(adapter) / TRAINING).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return dict(meta.get("config") or {})


def input_tokens(adapter: str | Path | None) -> int | None:
    """The prompt budget the adapter was trained with: inference reads what training read."""
    value = training_settings(adapter).get("max_input_tokens")
    return int(value) if value else None
