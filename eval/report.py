"""Leaderboards from per-document results: a markdown table, a CSV and a PNG chart.

Per dataset and length, each system's mean F1 with a seeded 95% bootstrap interval. A value
in bold is the best of its column, or not significantly below it (paired approximate
randomization, p >= 0.05); the oracle reads the references, so it is shown but never
counted as the best.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .stats import ALPHA, Interval, bootstrap_ci, paired_test


def label(kind: str) -> str:
    """``rouge1`` -> ``R1``, ``rougeLsum`` -> ``RLsum``: by rule, so any type the config names
    (``rouge.TYPES`` or ``rouge3``) gets its short column name without a second list."""
    return "R" + kind.removeprefix("rouge") if kind.startswith("rouge") else kind


@dataclass
class Entry:
    """One system at one length on one dataset."""

    dataset: str
    length: str
    system: str
    kind: str
    n: int
    empty: int
    errors: int
    f1: dict[str, Interval]
    precision: dict[str, float]
    recall: dict[str, float]
    words: float
    compression: float
    novel_unigrams: float
    novel_bigrams: float
    seconds: float
    p_vs_best: dict[str, float] = field(default_factory=dict)
    """p-value against the column's best system (1.0 for the best itself)."""
    model: str = ""
    """The model and adapter that wrote a model's summaries ("" for other systems)."""

    def tied_with_best(self, kind: str) -> bool:
        return self.kind != "oracle" and self.p_vs_best.get(kind, 0.0) >= ALPHA


def aggregate(
    rows: Iterable[dict[str, Any]], types: Sequence[str], *, seed: int = 0, resamples: int = 1000
) -> list[Entry]:
    """Entries per (dataset, length, system), in first-seen order, with significance marks."""
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[(row["dataset"], row["length"], row["system"])].append(row)
    entries = [_entry(key, group, types, seed, resamples) for key, group in groups.items()]
    by_panel: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for entry in entries:
        by_panel[(entry.dataset, entry.length)].append(entry)
    for panel in by_panel.values():
        _mark_significance(panel, [groups[(e.dataset, e.length, e.system)] for e in panel], types)
    return entries


def _entry(
    key: tuple[str, str, str],
    group: list[dict[str, Any]],
    types: Sequence[str],
    seed: int,
    resamples: int,
) -> Entry:
    dataset, length, system = key

    def mean(name: str) -> float:
        return float(np.mean([r[name] for r in group]))

    return Entry(
        dataset=dataset,
        length=length,
        system=system,
        kind=group[0]["kind"],
        n=len(group),
        empty=sum(1 for r in group if not r["summary"].strip()),
        errors=sum(1 for r in group if r.get("error")),
        f1={
            t: bootstrap_ci([r["scores"][t][2] for r in group], seed=seed, resamples=resamples)
            for t in types
        },
        precision={t: float(np.mean([r["scores"][t][0] for r in group])) for t in types},
        recall={t: float(np.mean([r["scores"][t][1] for r in group])) for t in types},
        words=mean("words"),
        compression=mean("compression"),
        novel_unigrams=mean("novel_unigrams"),
        novel_bigrams=mean("novel_bigrams"),
        seconds=mean("elapsed_s"),
        model=model_label(group),
    )


def model_label(rows: Iterable[dict[str, Any]]) -> str:
    """``model, adapter NAME`` of the rows that record one; several are joined with ``; ``."""
    labels = {f"{r['model']}, adapter {r.get('adapter') or 'none'}" for r in rows if r.get("model")}
    return "; ".join(sorted(labels))


def _mark_significance(
    panel: list[Entry], groups: list[list[dict[str, Any]]], types: Sequence[str]
) -> None:
    """p-values against each column's best non-oracle system, on the documents both have."""
    contenders = [i for i, e in enumerate(panel) if e.kind != "oracle"]
    for kind in types:
        if not contenders:
            return
        best = max(contenders, key=lambda i: panel[i].f1[kind].mean)
        best_scores = {r["id"]: r["scores"][kind][2] for r in groups[best]}
        for i in contenders:
            if i == best:
                panel[i].p_vs_best[kind] = 1.0
                continue
            mine = {r["id"]: r["scores"][kind][2] for r in groups[i]}
            common = [d for d in best_scores if d in mine]
            panel[i].p_vs_best[kind] = (
                paired_test([best_scores[d] for d in common], [mine[d] for d in common])
                if common
                else 0.0
            )


def markdown(entries: Sequence[Entry], types: Sequence[str], notes: Sequence[str] = ()) -> str:
    """A table per dataset and length, ranked by the first ROUGE type."""
    lines: list[str] = []
    panels: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for entry in entries:
        panels[(entry.dataset, entry.length)].append(entry)
    for (dataset, length), panel in panels.items():
        count = max(e.n for e in panel)
        lines += [f"### {dataset}, {length}, {count} document{'s' if count != 1 else ''}", ""]
        header = ["system", *(label(t) for t in types)]
        header += ["words", "compr.", "novel 1/2-grams", "s/doc"]
        lines.append("| " + " | ".join(header) + " |")
        lines.append("|" + "|".join(["---"] + ["--:"] * (len(header) - 1)) + "|")
        for entry in sorted(panel, key=lambda e: (e.kind != "oracle", -e.f1[types[0]].mean)):
            name = f"*{entry.system}* (upper bound)" if entry.kind == "oracle" else entry.system
            if entry.empty:
                name += f" ({entry.empty} empty)"
            cells = [name]
            for kind in types:
                ci = entry.f1[kind].scaled(100)
                text = f"{ci.mean:.2f} ({ci.low:.1f}–{ci.high:.1f})"
                cells.append(f"**{text}**" if entry.tied_with_best(kind) else text)
            cells += [
                f"{entry.words:.1f}",
                f"{entry.compression:.1%}",
                f"{entry.novel_unigrams:.0%} / {entry.novel_bigrams:.0%}",
                f"{entry.seconds:.3f}",
            ]
            lines.append("| " + " | ".join(cells) + " |")
        lines.append("")
    lines.append(
        "F1 × 100, mean over documents (95% bootstrap interval, 1,000 resamples, seed 0). "
        "**Bold**: best in its column or not significantly below it (paired approximate "
        "randomization, 10,000 permutations, p ≥ 0.05). Words: mean summary length; "
        "compr.: summary words / article words; novel: share of the summary's n-grams "
        "absent from the article."
    )
    models = dict.fromkeys(f"{e.system}: {e.model}" for e in entries if e.model)
    if models:
        lines += ["", "Models:", *(f"- {model}" for model in models)]
    if notes:
        lines += ["", "Notes:", *(f"- {note}" for note in notes)]
    return "\n".join(lines) + "\n"


def write_csv(entries: Sequence[Entry], types: Sequence[str], path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        header = ["dataset", "length", "system", "kind", "n", "empty", "errors"]
        for kind in types:
            header += [f"{kind}_f", f"{kind}_f_low", f"{kind}_f_high", f"{kind}_p", f"{kind}_r"]
            header.append(f"{kind}_p_vs_best")
        header += ["words", "compression", "novel_unigrams", "novel_bigrams", "seconds", "model"]
        writer.writerow(header)
        for e in entries:
            row: list[Any] = [e.dataset, e.length, e.system, e.kind, e.n, e.empty, e.errors]
            for kind in types:
                ci = e.f1[kind]
                row += [_r(ci.mean), _r(ci.low), _r(ci.high)]
                row += [_r(e.precision[kind]), _r(e.recall[kind])]
                row.append(_r(e.p_vs_best[kind]) if kind in e.p_vs_best else "")
            row += [_r(e.words), _r(e.compression), _r(e.novel_unigrams), _r(e.novel_bigrams)]
            row += [_r(e.seconds), e.model]
            writer.writerow(row)


def chart(entries: Sequence[Entry], types: Sequence[str], path: Path) -> None:
    """Grouped bars of F1 with 95% intervals: one panel per dataset and length."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    panels: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for entry in entries:
        panels[(entry.dataset, entry.length)].append(entry)
    fig, axes = plt.subplots(
        len(panels), 1, figsize=(11, 3.6 * len(panels)), squeeze=False, constrained_layout=True
    )
    width = 0.8 / len(types)
    for ax, ((dataset, length), panel) in zip(axes[:, 0], panels.items(), strict=True):
        panel = sorted(panel, key=lambda e: (e.kind != "oracle", -e.f1[types[0]].mean))
        x = np.arange(len(panel))
        for j, kind in enumerate(types):
            cis = [e.f1[kind].scaled(100) for e in panel]
            means = np.array([c.mean for c in cis])
            errors = np.array([[c.mean - c.low for c in cis], [c.high - c.mean for c in cis]])
            ax.bar(
                x + (j - (len(types) - 1) / 2) * width,
                means,
                width,
                yerr=errors,
                capsize=2,
                label=label(kind),
            )
        ax.set_xticks(x, [e.system for e in panel], rotation=30, ha="right")
        ax.set_ylabel("F1 × 100")
        ax.set_title(f"{dataset}, {length} (95% bootstrap intervals)")
        ax.legend(ncols=len(types), fontsize="small")
        ax.grid(axis="y", alpha=0.3)
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _r(value: float) -> float:
    return round(float(value), 5)
