"""Fine-tuning the abstractive model for news headlines and paragraphs (LoRA by default).

Training examples are what the model reads at inference: ``AbstractiveMethod.preprocess``
builds each prompt (extract-then-abstract within a token budget, through ``prompts``), and
the loss is taken on the target tokens only. Targets: the title for a headline; for a
paragraph the reference sentences put back in article order and trimmed to whole sentences
within the paragraph Budget, preferring those the model can see, so it learns the output it
must produce rather than facts it was never shown.

A CPU step costs seconds, so a run is planned in steps and minutes: checkpoints are written
every N steps and on a clean stop, ``--resume`` continues with the same data order, optimizer
and random state, and the best checkpoint on the dev file is kept.

Modules: ``config`` (TrainConfig, TrainState, Result), ``data`` (examples and targets),
``model`` (the trainable model, loss, schedule), ``checkpoint`` (save, checked load,
export), ``trainer`` (the Trainer and ``train``), ``cli`` (``summarize train``).
"""

from .checkpoint import export_adapter
from .config import META, STATE, Result, TrainConfig, TrainState
from .trainer import Trainer, train

__all__ = [
    "META",
    "STATE",
    "Result",
    "TrainConfig",
    "TrainState",
    "Trainer",
    "export_adapter",
    "train",
]
