"""Leaderboard marks: bold where a system is best or not significantly below the best."""

import numpy as np

from eval.report import aggregate, markdown

TYPES = ("rouge1",)


def rows(system, kind, f1s):
    return [
        {
            "dataset": "d",
            "length": "paragraph",
            "system": system,
            "kind": kind,
            "id": str(i),
            "summary": "text",
            "scores": {"rouge1": [f, f, f]},
            "words": 10,
            "compression": 0.1,
            "novel_unigrams": 0.0,
            "novel_bigrams": 0.0,
            "elapsed_s": 0.01,
        }
        for i, f in enumerate(f1s)
    ]


def test_best_and_tied_systems_are_bold_and_the_oracle_is_not_a_contender():
    rng = np.random.default_rng(0)
    base = rng.uniform(0.3, 0.5, size=40)
    noise = rng.normal(0, 0.02, size=40)
    data = (
        rows("best", "extractive", base)
        + rows("tied", "extractive", base - 0.002 + noise - noise.mean())
        + rows("worse", "extractive", base - 0.05)
        + rows("oracle", "oracle", base + 0.3)
    )
    entries = {e.system: e for e in aggregate(data, TYPES)}
    assert entries["best"].p_vs_best["rouge1"] == 1.0
    assert entries["tied"].p_vs_best["rouge1"] > 0.05
    assert entries["worse"].p_vs_best["rouge1"] < 0.001
    assert "rouge1" not in entries["oracle"].p_vs_best
    assert entries["best"].f1["rouge1"].mean == np.mean(base)
    table = markdown(list(entries.values()), TYPES, ["a note"])
    lines = {line.split(" | ")[0].strip("| "): line for line in table.splitlines()}
    assert "**" in lines["best"] and "**" in lines["tied"]
    assert "**" not in lines["worse"] and "**" not in lines["*oracle* (upper bound)"]
    order = [name for name in lines if name in ("best", "tied", "worse")]
    assert order == ["best", "tied", "worse"]
    assert table.rstrip().endswith("- a note")


def test_the_model_and_adapter_of_a_model_system_are_recorded(tmp_path):
    import csv

    from eval.report import write_csv

    model = rows("abstractive", "abstractive", [0.3, 0.4])
    for row in model:
        row.update(model="org/small-model", adapter="news-adapter")
    entries = aggregate(model + rows("lead", "extractive", [0.2, 0.3]), TYPES)
    table = markdown(entries, TYPES)
    assert "Models:\n- abstractive: org/small-model, adapter news-adapter" in table
    write_csv(entries, TYPES, tmp_path / "board.csv")
    board = csv.DictReader((tmp_path / "board.csv").read_text().splitlines())
    written = {r["system"]: r["model"] for r in board}
    assert written == {"abstractive": "org/small-model, adapter news-adapter", "lead": ""}
