"""The one registry of summarization methods, shared by the API, CLI, UI and evaluation.

Methods are listed here with a lazy factory path, so listing them imports nothing heavy
(torch loads only when the abstractive method is created).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal, Protocol

from .errors import UnknownMethodError

if TYPE_CHECKING:
    from .budget import Budget
    from .document import Document
    from .summary import Summary


class Method(Protocol):
    """What every method is: a name and a call from a Document and a Budget to a Summary."""

    name: str

    def summarize(self, doc: Document, budget: Budget) -> Summary: ...


@dataclass(frozen=True)
class MethodInfo:
    name: str
    kind: Literal["extractive", "abstractive"]
    description: str
    factory: str
    """``module:callable`` returning a Method; called with the method's options."""
    options: tuple[tuple[str, Any], ...] = ()

    def create(self, **options: Any) -> Method:
        module, _, attr = self.factory.partition(":")
        factory = getattr(import_module(module), attr)
        return factory(**{**dict(self.options), **options})


DEFAULT_METHOD = "salience"

_EXTRACTIVE = "summarize.extractive"
_METHODS: dict[str, MethodInfo] = {
    info.name: info
    for info in (
        MethodInfo(
            "salience",
            "extractive",
            "default: TF-IDF centrality and a word-overlap graph with position, in numpy",
            f"{_EXTRACTIVE}.salience:SalienceMethod",
        ),
        MethodInfo(
            "lead",
            "extractive",
            "the first sentences (the classic baseline)",
            f"{_EXTRACTIVE}.lead:LeadMethod",
        ),
        *(
            MethodInfo(
                name,
                "extractive",
                f"sumy's {label}",
                f"{_EXTRACTIVE}.sumy_methods:create",
                (("algorithm", name),),
            )
            for name, label in (
                ("lexrank", "LexRank (Erkan & Radev 2004)"),
                ("textrank", "TextRank (Mihalcea & Tarau 2004)"),
                ("lsa", "LSA (Steinberger & Jezek 2004)"),
                ("luhn", "Luhn (1958)"),
                ("sumbasic", "SumBasic (Nenkova & Vanderwende 2005)"),
                ("kl", "KL-Sum (Haghighi & Vanderwende 2009)"),
            )
        ),
        MethodInfo(
            "abstractive",
            "abstractive",
            "small transformer (SmolLM2-135M-Instruct, offline) with extract-then-abstract",
            "summarize.abstractive:create",
        ),
    )
}


def register(info: MethodInfo) -> None:
    """Add a method (plugins, the abstractive model); names are unique."""
    _METHODS[info.name] = info


def list_methods() -> list[MethodInfo]:
    return list(_METHODS.values())


def get(name: str) -> MethodInfo:
    try:
        return _METHODS[name]
    except KeyError:
        known = ", ".join(_METHODS)
        raise UnknownMethodError(f"unknown method {name!r}; known methods: {known}") from None


def create(name: str, **options: Any) -> Method:
    return get(name).create(**options)
