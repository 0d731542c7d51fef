"""Tables of blind truth judgments: shares per verdict with bootstrap intervals, beside
ROUGE-1 of the same documents, and how far two readings of one sheet agree.

The verdicts and informativeness ratings are those of docs/truth-guideline.md; the rows come
from ``eval.annotate`` (one per judged summary: dataset, id, system, length, verdict,
informative).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import numpy as np

from .stats import bootstrap_ci

VERDICTS = ("true", "misleading", "false", "nonsense")
INFORMATIVE = (1, 2, 3)
GUIDELINE = "docs/truth-guideline.md"


def summarize_judgments(
    rows: list[dict[str, Any]],
    rouge: dict[tuple[str, str, str, str], float] | None = None,
    *,
    resamples: int = 2000,
    seed: int = 0,
) -> list[dict[str, Any]]:
    """Per system and length: n, share of each verdict and mean informativeness with 95%
    bootstrap intervals, and mean ROUGE-1 F1 of the same documents when given."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[(row["system"], row["length"])].append(row)
    table = []
    for (system, length), items in sorted(groups.items()):
        entry: dict[str, Any] = {"system": system, "length": length, "n": len(items)}
        for verdict in VERDICTS:
            values = np.array([100.0 * (r["verdict"] == verdict) for r in items])
            entry[verdict] = _with_ci(values, resamples, seed)
        values = np.array([float(r["informative"]) for r in items])
        entry["informative"] = _with_ci(values, resamples, seed)
        if rouge is not None:
            scores = [
                rouge[k] for r in items if (k := (r["dataset"], r["id"], system, length)) in rouge
            ]
            if scores:
                entry["rouge1"] = _with_ci(np.array(scores), resamples, seed)
        table.append(entry)
    return table


def agreement_report(first: list[dict[str, Any]], second: list[dict[str, Any]]) -> str:
    """Per system and length, and over all: summaries both readings judged, how many got the
    same verdict, the same true / not-true call, and Cohen's kappa of that call."""

    def keyed(rows: list[dict[str, Any]]) -> dict[tuple[str, ...], str]:
        return {(r["system"], r["length"], r["dataset"], r["id"]): r["verdict"] for r in rows}

    a, b = keyed(first), keyed(second)
    both = sorted(set(a) & set(b))
    groups: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key in both:
        groups[f"{key[0]}, {key[1]}"].append(key)
    groups["all"] = both
    lines = [
        "| system, length | judged by both | same verdict | same true / not true | kappa |",
        "|---|--:|--:|--:|--:|",
    ]
    for name, keys in groups.items():
        same = sum(a[k] == b[k] for k in keys)
        x = np.array([a[k] == "true" for k in keys], float)
        y = np.array([b[k] == "true" for k in keys], float)
        observed = float((x == y).mean()) if keys else float("nan")
        chance = float(x.mean() * y.mean() + (1 - x.mean()) * (1 - y.mean())) if keys else 0.0
        kappa = (observed - chance) / (1 - chance) if chance < 1 else float("nan")
        lines.append(f"| {name} | {len(keys)} | {same} | {int((x == y).sum())} | {kappa:.2f} |")
    return "\n".join(lines) + "\n"


def _with_ci(values: np.ndarray, resamples: int, seed: int) -> tuple[float, float, float]:
    ci = bootstrap_ci(values, resamples=resamples, seed=seed)
    return ci.mean, ci.low, ci.high


def rouge1_of(rows: Iterable[dict[str, Any]]) -> dict[tuple[str, str, str, str], float]:
    """ROUGE-1 F1 x 100 of each result row (scores are precision, recall, F1), keyed like the
    judgments."""
    out = {}
    for row in rows:
        score = (row.get("scores") or {}).get("rouge1")
        if score is not None:
            value = score[2] if isinstance(score, list | tuple) else float(score)
            out[(row["dataset"], row["id"], row["system"], row["length"])] = 100.0 * value
    return out


def markdown(table: list[dict[str, Any]], *, annotator: str, source: str) -> str:
    def cell(value: tuple[float, float, float], digits: int = 0) -> str:
        mean, low, high = value
        return f"{mean:.{digits}f} ({low:.{digits}f}–{high:.{digits}f})"

    head = (
        "| system | length | n | true % | misleading % | false % | nonsense % "
        "| informative | ROUGE-1 |"
    )
    lines = [
        f"Judged blind by {annotator}, guideline {GUIDELINE}; summaries from {source}. "
        "Shares in percent with 95% bootstrap intervals.",
        "",
        head,
        "|---|---|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for e in table:
        rouge = cell(e["rouge1"], 1) if "rouge1" in e else "–"
        lines.append(
            f"| {e['system']} | {e['length']} | {e['n']} | "
            + " | ".join(cell(e[v]) for v in VERDICTS)
            + f" | {cell(e['informative'], 2)} | {rouge} |"
        )
    return "\n".join(lines) + "\n"
