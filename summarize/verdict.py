"""What a front end tells a reader about a model's summary: is it the model's own text, and
which of its sentences does the article not clearly support?

The CLI and the demo say it in the same words, so the wording lives here once; it lives
outside the demo package so that the CLI does not import gradio.

The article sentence a summary sentence rests on is shown by its text, never by number:
``SentenceCheck.source`` counts the sentences of the text the model read, which for a long
article is a selection of the document's sentences, so a number would point at the wrong one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .summary import Summary

DROPPED = "doubtful sentences dropped"
"""``details.fallback`` when a paragraph kept only the model's supported sentences."""
LEANING = "leaning sentences dropped"
"""``details.fallback`` when a paragraph left out sentences that referred back to an article
sentence the model did not copy ("those suggestions", '"...," he said')."""
MODEL_TEXT = (None, DROPPED, LEANING)
"""Fallbacks whose text is still the model's own (all of it, or some of its sentences)."""


def fallback_note(summary: Summary) -> str | None:
    """Why the published text is not the model's own, in one plain clause; None when it is,
    and for methods that have no model text to fall back from."""
    details = summary.details
    fallback = details.get("fallback") if isinstance(details, Mapping) else None
    if not fallback:
        return None
    if fallback == DROPPED:
        return (
            "the model's paragraph, with the sentences the article does not clearly "
            "support left out"
        )
    if fallback == LEANING:
        return (
            "the model's paragraph, with the sentences that referred back to an article "
            "sentence it left out dropped"
        )
    candidates = [_plain(c) for c in details.get("candidates") or ()]
    if not any(c.get("text") for c in candidates):
        return f"the {fallback} summary, because the model wrote nothing usable"
    if any(c.get("accepted") for c in candidates):
        return (
            f"the {fallback} summary, because every sentence of the model's paragraph "
            "referred back to an article sentence it left out"
        )
    scores = [c["faithfulness"] for c in candidates if c.get("faithfulness") is not None]
    if not scores and summary.budget.kind == "headline":  # turned down before scoring
        return (
            f"the {fallback} summary, because the model's headline did not restate a clean "
            "compression of an article sentence"
        )
    best = f" (the best scored {max(scores):.2f})" if scores else ""
    return (
        f"the {fallback} summary, because none of the model's {len(candidates)} "
        f"candidate{'s' * (len(candidates) != 1)} passed the faithfulness check{best}"
    )


def rejected(summary: Summary) -> list[tuple[str, float | None]]:
    """The model's candidates that were not published, with their faithfulness: what the
    reader was spared, so the demo can show why the method fell back."""
    details = summary.details
    if not isinstance(details, Mapping) or not details.get("fallback"):
        return []
    out = []
    for candidate in map(_plain, details.get("candidates") or ()):
        if candidate.get("text") and not candidate.get("accepted"):
            out.append((str(candidate["text"]), candidate.get("faithfulness")))
    return out


def doubtful(summary: Summary) -> list[Any]:
    """The published sentences the scorer doubts (``SentenceCheck``s). None when the method
    accepted its candidate at its own threshold; a user-set threshold can change that."""
    faithfulness = summary.faithfulness
    if faithfulness is None:
        return []
    return [s for s in faithfulness.sentences if not s.supported]


def sentence_note(check: Any, limit: int | None = None) -> str:
    """One summary sentence's verdict: supported or doubtful, its score, what looks
    unsupported, and the article sentence it rests on (cut to ``limit`` characters)."""
    verdict = "supported" if check.supported else "doubtful"
    parts = [f"{verdict}, score {check.score:.2f}"]
    parts += list(check.doubts)
    source = " ".join(check.source_text.split())
    if source:
        if limit is not None and len(source) > limit:
            source = source[: max(1, limit - 1)].rstrip() + "…"
        parts.append(f"rests on: “{source}”")
    else:
        parts.append("rests on no article sentence")
    return "; ".join(parts)


def _plain(candidate: Any) -> Mapping[str, Any]:
    """A candidate as a mapping, whether it came as ``CandidateInfo`` or as its dict."""
    to_dict = getattr(candidate, "to_dict", None)
    return to_dict() if callable(to_dict) else candidate
