"""The one Summary every method returns."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .budget import Budget


@dataclass(frozen=True)
class SourceSentence:
    """A source sentence a summary drew on: its index, character span and score."""

    index: int
    start: int
    end: int
    score: float


@dataclass(frozen=True)
class Summary:
    text: str
    method: str
    budget: Budget
    sources: tuple[SourceSentence, ...] = ()
    elapsed_s: float = 0.0
    warnings: tuple[str, ...] = ()
    details: Mapping[str, Any] = field(default_factory=dict)
    """Method-specific facts: model, support score, unsupported names and numbers..."""
    faithfulness: Any = None
    """Per sentence, supported or doubtful and the source sentence it rests on
    (``summarize.faithfulness.Faithfulness``), for text a model wrote."""

    @property
    def n_words(self) -> int:
        return len(self.text.split())

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "method": self.method,
            "length": self.budget.name,
            "budget": self.budget.to_dict(),
            "words": self.n_words,
            "sources": [vars(s) for s in self.sources],
            "elapsed_s": round(self.elapsed_s, 4),
            "warnings": list(self.warnings),
            "details": _plain(self.details),
            "faithfulness": None if self.faithfulness is None else self.faithfulness.to_dict(),
        }


def _plain(details: Mapping[str, Any]) -> dict[str, Any]:
    to_dict = getattr(details, "to_dict", None)
    return to_dict() if callable(to_dict) else dict(details)
