"""Is a summary true to its article? ``faithfulness(source, summary)`` answers per sentence.

The scorer reads with the package's small model (loaded once and shared with the
abstractive method), so the first call loads it; see ``scorer`` for how it decides.
"""

from __future__ import annotations

from functools import cache

from .scorer import Faithfulness, FaithfulnessScorer, SentenceCheck


@cache
def default_scorer() -> FaithfulnessScorer:
    """A scorer on the offline default model with the shipped adapter (what the method uses)."""
    from ..abstractive import create

    return FaithfulnessScorer(create(candidates=1).backend)


def faithfulness(
    source: str, summary: str, *, language: str = "english", headline: bool = False
) -> Faithfulness:
    """How faithful ``summary`` is to ``source``: ``.score`` (0-1, higher is more faithful),
    ``.accepted``, and ``.sentences`` (each with the source sentence it rests on and what
    looks unsupported). ``headline=True`` applies the headline threshold."""
    return default_scorer().check(source, summary, language, headline=headline)


__all__ = ["Faithfulness", "FaithfulnessScorer", "SentenceCheck", "default_scorer", "faithfulness"]
