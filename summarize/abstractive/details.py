"""What the model did for one summary, as a typed record.

Front ends read it by attribute (``summary.details.fallback``); it is also a read-only
mapping, so ``dict(summary.details)`` and JSON output see the same fields.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .backend import Candidate


@dataclass(frozen=True)
class CandidateInfo:
    text: str
    greedy: bool
    support: float
    unsupported: tuple[str, ...]
    faithfulness: float | None
    """The faithfulness scorer's score (None when the check is off)."""
    accepted: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "greedy": self.greedy,
            "support": self.support,
            "unsupported": list(self.unsupported),
            "faithfulness": self.faithfulness,
            "accepted": self.accepted,
        }


@dataclass(frozen=True)
class ModelDetails(Mapping[str, Any]):
    model: str
    model_source: str
    model_path: str
    family: str
    device: str
    dtype: str
    quantize: str
    adapter: str | None
    support: float
    unsupported: tuple[str, ...]
    candidates: tuple[CandidateInfo, ...]
    chosen: int | None
    """Index of the candidate published; None when none was."""
    fallback: str | None
    """Why the model's own text was not published as written (None: it was)."""
    input_sentences: tuple[int, ...]
    input_tokens: int
    generated_tokens: int
    model_tried: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "candidates":
                value = [c.to_dict() for c in value]
            elif isinstance(value, tuple):
                value = list(value)
            out[f.name] = value
        return out

    def __getitem__(self, key: str) -> Any:
        if key not in self._names():
            raise KeyError(key)
        return self.to_dict()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())

    def __len__(self) -> int:
        return len(self._names())

    @classmethod
    def _names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


@dataclass(frozen=True)
class Choice:
    text: str
    support: float
    unsupported: tuple[str, ...]
    warnings: tuple[str, ...]
    candidate: Candidate
    rank: float
    faithfulness: Any = None
    """The scorer's verdict (``summarize.faithfulness.Faithfulness``), None when unchecked."""
    restated: bool = True
    """For a headline: whether it restates a clean compression of an article sentence."""

    @property
    def accepted(self) -> bool:
        verdict = self.faithfulness is None or self.faithfulness.accepted
        return bool(self.text) and self.restated and verdict


def candidate_info(choice: Choice) -> CandidateInfo:
    verdict = choice.faithfulness
    return CandidateInfo(
        choice.text,
        choice.candidate.greedy,
        choice.support,
        tuple(choice.unsupported),
        None if verdict is None else round(verdict.score, 4),
        choice.accepted,
    )
