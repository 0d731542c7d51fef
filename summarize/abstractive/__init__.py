"""The small-transformer (abstractive) method: model sources, generation, faithful reranking.

``create(**options)`` is the registry's factory; the modules:
``sources`` (where the model comes from), ``offline`` (the cached default model),
``backend`` (loading and generating), ``prompts`` (one place for prompts),
``fit`` (budgets), ``support`` (faithfulness), ``method`` (the pipeline).
"""

from __future__ import annotations

from typing import Any

from .offline import MODEL_ID as DEFAULT_MODEL_ID


def create(**options: Any) -> Any:
    """An :class:`~summarize.abstractive.method.AbstractiveMethod` (imports torch lazily)."""
    from .method import AbstractiveMethod

    return AbstractiveMethod(**options)


__all__ = ["DEFAULT_MODEL_ID", "create"]
