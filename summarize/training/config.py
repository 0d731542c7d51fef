"""What a run is given (``TrainConfig``), what it keeps between steps (``TrainState``), and
what it returns (``Result``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from ..budget import Kind, Length
from ..budget import kinds as length_kinds

Scorer = Callable[[Sequence[str], Sequence[str]], float]
"""(predictions, references) -> a score to maximise (ROUGE-1 F1 x 100 from the command)."""

STATE = "trainer_state.pt"
META = "training.json"


@dataclass
class TrainConfig:
    train: str
    out: str = "runs/train"
    dev: str | None = None
    length: Length = "both"
    model: str | None = None
    full: bool = False
    lora_r: int = 8
    lora_alpha: int = 16
    lora_dropout: float = 0.05
    lora_top_layers: int = 0
    """Adapt only the top N layers (0: all): backward stops there, so a CPU step is cheaper."""
    init_adapter: str | None = None
    """Start from this LoRA adapter (its rank and layers) instead of a fresh one: extend a
    trained adapter, for example to a longer input, for less than training it again."""
    lr: float = 3e-4
    weight_decay: float = 0.0
    warmup_steps: int = 10
    grad_accum: int = 4
    max_steps: int = 100
    max_minutes: float | None = None
    max_input_tokens: int = 320
    limit: int | None = None
    """Use only the first N training records (after the seeded shuffle)."""
    eval_every: int = 25
    save_every: int = 10
    dev_limit: int = 16
    seed: int = 0
    threads: int | None = None
    text_field: str = "text"
    headline_field: str = "title"
    paragraph_field: str = "summary"
    progress: bool = True

    @property
    def kinds(self) -> tuple[Kind, ...]:
        return length_kinds(self.length)


@dataclass(frozen=True)
class Example:
    id: str
    kind: Kind
    prompt: str
    target: str


@dataclass
class TrainState:
    """Everything a checkpoint's ``training.json`` holds: where the run is and how it went."""

    examples: int
    """How many training examples the run was planned over (a resume must see as many)."""
    config: dict[str, Any]
    step: int = 0
    cursor: int = 0
    """Examples consumed so far, over epochs: the data order is a function of it and the seed."""
    best_step: int | None = None
    best_score: float | None = None
    seconds: float = 0.0
    history: list[dict[str, Any]] = field(default_factory=list)
    losses: list[float] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TrainState:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class Result:
    out: Path
    step: int
    best_step: int | None
    best_score: float | None
    minutes: float
    stopped: str
    history: list[dict[str, Any]] = field(default_factory=list)
