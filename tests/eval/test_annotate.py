"""Blind truth judgments (eval.annotate): the sheet hides the systems, the key restores them,
imported labels give exact shares, and malformed labels stop the import with a clear message.

A sheet that leaked system names, or a key that mapped a label to the wrong system, would
make every truth number in docs/truth.md wrong without anything looking broken.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from eval import annotate, truth_report
from eval.__main__ import main as eval_main
from eval.errors import EvalError

SYSTEMS = ["sysalpha", "sysbeta"]
ARTICLES = {
    ("docs", f"d{i}"): f"Article number {i} says the mayor of Town{i} opened a bridge."
    for i in range(1, 7)
}


def _rows(docs=range(1, 7), length="headline") -> list[dict]:
    """One result row per document and system; summaries name their system's letter so the
    test can check which system's text sits under which label."""
    return [
        {
            "key": f"docs:d{i}:{system}:{length}",
            "dataset": "docs",
            "id": f"d{i}",
            "system": system,
            "length": length,
            "summary": f"Summary {i} by {system[3:].upper()}",
            "scores": {"rouge1": [0.5, 0.5, 0.1 * i if system == "sysalpha" else 0.2]},
        }
        for i in docs
        for system in SYSTEMS
    ]


def _key(folder: Path) -> list[dict]:
    return json.loads((folder / "key.json").read_text(encoding="utf-8"))


def _write_labels(folder: Path, labels: list[dict]) -> None:
    text = "".join(json.dumps(label) + "\n" for label in labels)
    (folder / "labels.jsonl").write_text(text, encoding="utf-8")


def _label_of(entry: dict, system: str) -> str:
    return next(label for label, name in entry["labels"].items() if name == system)


def test_export_writes_a_blind_sheet_a_key_and_empty_labels(tmp_path) -> None:
    """The annotator sees articles and summaries but no system name; the key says which is which."""
    count = annotate.export(_rows(), ARTICLES, tmp_path, systems=SYSTEMS, length="headline")
    assert count == 6
    sheet = (tmp_path / "sheet.md").read_text(encoding="utf-8")
    for name in SYSTEMS:
        assert name not in sheet
    for text in ARTICLES.values():
        assert text in sheet
    assert (tmp_path / "labels.jsonl").read_text(encoding="utf-8") == ""
    key = _key(tmp_path)
    assert [k["item"] for k in key] == [1, 2, 3, 4, 5, 6]
    assert [k["id"] for k in key] == [f"d{i}" for i in range(1, 7)]
    items = re.split(r"^## Item \d+$", sheet, flags=re.M)[1:]
    assert len(items) == 6
    for entry, block in zip(key, items, strict=True):
        assert entry["dataset"] == "docs" and entry["length"] == "headline"
        assert sorted(entry["labels"].values()) == SYSTEMS
        assert ARTICLES[("docs", entry["id"])] in block
        number = entry["id"][1:]
        for label, system in entry["labels"].items():
            # the text under each label is that system's summary of this document
            assert f"- **{label}**: Summary {number} by {system[3:].upper()}" in block


def test_export_shuffles_labels_per_item(tmp_path) -> None:
    """With one fixed order, A would always be the same system and the sheet not blind."""
    orders = set()
    for seed in range(3):
        annotate.export(
            _rows(), ARTICLES, tmp_path / str(seed), systems=SYSTEMS, length="headline", seed=seed
        )
        per_item = {tuple(k["labels"].values()) for k in _key(tmp_path / str(seed))}
        orders.add(len(per_item))
    assert max(orders) == 2  # both orders occur among the items for some seed


def test_export_keeps_labels_written_so_far(tmp_path) -> None:
    """Exporting again must not wipe an annotator's work."""
    annotate.export(_rows(), ARTICLES, tmp_path, systems=SYSTEMS, length="headline")
    (tmp_path / "labels.jsonl").write_text('{"item": 1}\n', encoding="utf-8")
    annotate.export(_rows(), ARTICLES, tmp_path, systems=SYSTEMS, length="headline")
    assert (tmp_path / "labels.jsonl").read_text(encoding="utf-8") == '{"item": 1}\n'


def test_export_limit_samples_documents_reproducibly(tmp_path) -> None:
    """--limit takes a seeded sample: same seed same documents, in document order."""
    a = annotate.export(_rows(), ARTICLES, tmp_path / "a", systems=SYSTEMS, length="headline",
                        limit=3, seed=5)  # fmt: skip
    annotate.export(_rows(), ARTICLES, tmp_path / "b", systems=SYSTEMS, length="headline",
                    limit=3, seed=5)  # fmt: skip
    assert a == 3
    ids = [k["id"] for k in _key(tmp_path / "a")]
    assert len(ids) == 3 and ids == sorted(ids) and set(ids) <= {f"d{i}" for i in range(1, 7)}
    assert ids == [k["id"] for k in _key(tmp_path / "b")]
    samples = set()
    for seed in range(6):
        annotate.export(_rows(), ARTICLES, tmp_path / f"s{seed}", systems=SYSTEMS,
                        length="headline", limit=3, seed=seed)  # fmt: skip
        samples.add(tuple(k["id"] for k in _key(tmp_path / f"s{seed}")))
    assert len(samples) > 1  # a sample, not always the first three


def test_export_leaves_out_articles_judged_before(tmp_path) -> None:
    """--exclude: a second reading samples only articles no earlier sheet held."""
    annotate.export(_rows(), ARTICLES, tmp_path / "first", systems=SYSTEMS, length="headline",
                    limit=3, seed=1)  # fmt: skip
    first = {k["id"] for k in _key(tmp_path / "first")}
    count = annotate.export(_rows(), ARTICLES, tmp_path / "second", systems=SYSTEMS,
                            length="headline", exclude=[tmp_path / "first"])  # fmt: skip
    second = {k["id"] for k in _key(tmp_path / "second")}
    assert count == 3 and not first & second and first | second == {f"d{i}" for i in range(1, 7)}


def test_export_items_from_repeats_an_earlier_sheet(tmp_path) -> None:
    """--items-from: the same articles under the same letters, whatever the seed, so a
    reading of new code on an old sample lines up item by item."""
    annotate.export(_rows(), ARTICLES, tmp_path / "old", systems=SYSTEMS, length="headline",
                    limit=4, seed=3)  # fmt: skip
    count = annotate.export(_rows(), ARTICLES, tmp_path / "new", systems=SYSTEMS,
                            length="headline", seed=11, items_from=tmp_path / "old")  # fmt: skip
    assert count == 4 and _key(tmp_path / "new") == _key(tmp_path / "old")
    other = [{**r, "system": r["system"].replace("beta", "gamma")} for r in _rows()]
    with pytest.raises(EvalError, match="not sysalpha, sysgamma"):
        annotate.export(other, ARTICLES, tmp_path / "x", systems=["sysalpha", "sysgamma"],
                        length="headline", items_from=tmp_path / "old")  # fmt: skip
    with pytest.raises(EvalError, match="judged headline summaries, not paragraph"):
        annotate.export(_rows(length="paragraph"), ARTICLES, tmp_path / "z", systems=SYSTEMS,
                        length="paragraph", items_from=tmp_path / "old")  # fmt: skip
    again = annotate.export(_rows(), ARTICLES, tmp_path / "w", systems=SYSTEMS,
                            length="headline", items_from=tmp_path / "old",
                            exclude=[tmp_path / "old"])  # fmt: skip
    assert again == 4  # the earlier sheet's articles, though an exclude names them
    gone = _key(tmp_path / "old")[0]["id"]
    rows = [r for r in _rows() if r["id"] != gone]
    with pytest.raises(EvalError, match=f"holds {gone}, which the run did not summarize"):
        annotate.export(rows, ARTICLES, tmp_path / "y", systems=SYSTEMS, length="headline",
                        items_from=tmp_path / "old")  # fmt: skip


def test_export_only_documents_every_system_summarized(tmp_path) -> None:
    """A document one system skipped, or of the other length, or without its article, is left
    out: the comparison is on the same documents."""
    rows = [r for r in _rows() if not (r["id"] == "d2" and r["system"] == "sysbeta")]
    rows += _rows(docs=[7], length="headline") + _rows(docs=[3], length="paragraph")
    annotate.export(rows, ARTICLES, tmp_path, systems=SYSTEMS, length="headline")
    assert [k["id"] for k in _key(tmp_path)] == ["d1", "d3", "d4", "d5", "d6"]
    with pytest.raises(EvalError, match="no document has paragraph summaries of all of"):
        annotate.export(_rows(), ARTICLES, tmp_path, systems=SYSTEMS, length="paragraph")


def _judge(folder: Path, verdicts: dict[str, list[tuple[str, int]]]) -> None:
    """Labels for items 1.. in order: verdicts[system][i] is (verdict, informative) of item i+1."""
    key = _key(folder)
    labels = []
    for system, judged in verdicts.items():
        for entry, (verdict, informative) in zip(key, judged, strict=False):
            labels.append(
                {
                    "item": entry["item"],
                    "label": _label_of(entry, system),
                    "verdict": verdict,
                    "informative": informative,
                }
            )
    _write_labels(folder, labels)


def test_import_gives_exact_shares_and_informativeness(tmp_path) -> None:
    """2 of 4 true is 50.0, 1 of 4 false 25.0; informativeness 1,2,3,2 averages 2.0; ROUGE-1
    of the same four documents beside."""
    rows = _rows(docs=range(1, 5))
    annotate.export(rows, ARTICLES, tmp_path, systems=SYSTEMS, length="headline")
    _judge(
        tmp_path,
        {
            "sysalpha": [("true", 1), ("TRUE", 2), ("false", 3), ("misleading", 2)],
            "sysbeta": [("nonsense", 1), ("true", 1), ("true", 1), ("true", 1)],
        },
    )
    judged = annotate.judged(tmp_path)
    assert len(judged) == 8
    assert {(r["system"], r["id"]) for r in judged} == {
        (s, f"d{i}") for s in SYSTEMS for i in range(1, 5)
    }
    table = truth_report.summarize_judgments(judged, truth_report.rouge1_of(rows), resamples=200)
    by_system = {e["system"]: e for e in table}
    alpha, beta = by_system["sysalpha"], by_system["sysbeta"]
    assert alpha["n"] == 4 and alpha["length"] == "headline"
    assert alpha["true"][0] == pytest.approx(50.0)
    assert alpha["false"][0] == pytest.approx(25.0)
    assert alpha["misleading"][0] == pytest.approx(25.0)
    assert alpha["nonsense"][0] == pytest.approx(0.0)
    assert alpha["informative"][0] == pytest.approx(2.0)
    low, high = alpha["true"][1:]
    assert 0.0 <= low <= 50.0 <= high <= 100.0
    assert beta["true"][0] == pytest.approx(75.0) and beta["nonsense"][0] == pytest.approx(25.0)
    assert beta["informative"] == pytest.approx((1.0, 1.0, 1.0))
    # sysalpha's F1 is 0.1 * document number: documents 1-4 average 0.25 -> 25.0
    assert alpha["rouge1"][0] == pytest.approx(25.0)
    assert beta["rouge1"][0] == pytest.approx(20.0)
    assert "rouge1" not in truth_report.summarize_judgments(judged, None, resamples=50)[0]
    text = truth_report.markdown(table, annotator="a tester", source="runs/x")
    assert "Judged blind by a tester" in text and "summaries from runs/x" in text
    assert "| sysalpha | headline | 4 | 50 (" in text
    assert "| 2.00 (" in text and "| 25.0 (" in text


@pytest.mark.parametrize(
    ("labels", "message"),
    [
        (
            [{"item": 1, "label": "A", "verdict": "maybe", "informative": 2}],
            r"verdict 'maybe' is not one of true, misleading, false, nonsense",
        ),
        (
            [{"item": 1, "label": "A", "verdict": "true", "informative": 4}],
            r"informative must be 1, 2 or 3",
        ),
        (
            [{"item": 1, "label": "A", "verdict": "true"}],
            r"informative must be 1, 2 or 3",
        ),
        (
            [
                {"item": 1, "label": "A", "verdict": "true", "informative": 2},
                {"item": 1, "label": "a", "verdict": "false", "informative": 1},
            ],
            r"labels.jsonl:2: item 1 label A judged twice",
        ),
        (["a string"], r"not a JSON object"),
    ],
)
def test_bad_labels_stop_the_import(tmp_path, labels, message) -> None:
    """A typo in a verdict or a duplicated line would silently skew the shares."""
    annotate.export(_rows(), ARTICLES, tmp_path, systems=SYSTEMS, length="headline")
    _write_labels(tmp_path, labels)
    with pytest.raises(EvalError, match=message):
        annotate.judged(tmp_path)


@pytest.mark.parametrize(("item", "label"), [(1, "C"), (99, "A")])
def test_a_label_not_in_the_key_stops_the_import(tmp_path, item, label) -> None:
    """Two systems give labels A and B only; an item past the sheet is a wrong folder."""
    annotate.export(_rows(), ARTICLES, tmp_path, systems=SYSTEMS, length="headline")
    _write_labels(tmp_path, [{"item": item, "label": label, "verdict": "true", "informative": 1}])
    with pytest.raises(EvalError, match=rf"label {item}{label} is not in .*key.json"):
        annotate.judged(tmp_path)


def test_missing_labels_file_is_an_eval_error(tmp_path) -> None:
    with pytest.raises(EvalError, match="no labels.jsonl"):
        annotate.read_labels(tmp_path)


def test_load_results_later_lines_win_and_missing_run_is_an_error(tmp_path) -> None:
    """A resumed run appends; the newest row of a key is the one judged."""
    rows = _rows(docs=[1])
    newer = {**rows[0], "summary": "newer"}
    lines = [json.dumps(r) for r in [*rows, newer]] + ["not json"]
    (tmp_path / "results.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    loaded = annotate.load_results(tmp_path)
    assert len(loaded) == 2
    assert {r["summary"] for r in loaded} == {"newer", rows[1]["summary"]}
    with pytest.raises(EvalError, match="no results in"):
        annotate.load_results(tmp_path / "nowhere")


def test_cli_export_then_import(tmp_path, capsys) -> None:
    """``summarize-eval annotate export|import`` on a run folder and a .jsonl dataset."""
    dataset = tmp_path / "docs.jsonl"  # the dataset's name is the file's stem: "docs"
    dataset.write_text(
        "".join(
            json.dumps({"id": doc, "text": text, "title": "t"}) + "\n"
            for (_, doc), text in ARTICLES.items()
        ),
        encoding="utf-8",
    )
    run = tmp_path / "run"
    run.mkdir()
    rows = _rows(docs=range(1, 5))
    (run / "results.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8"
    )
    folder = tmp_path / "judgments"
    code = eval_main(
        ["annotate", "export", str(run), str(folder), "-s", ",".join(SYSTEMS), "-d", str(dataset)]
    )
    assert code == 0
    assert "4 items in" in capsys.readouterr().out
    sheet = (folder / "sheet.md").read_text(encoding="utf-8")
    assert ARTICLES[("docs", "d3")] in sheet and "sysbeta" not in sheet
    _judge(
        folder,
        {
            "sysalpha": [("true", 1), ("true", 2), ("false", 3), ("misleading", 2)],
            "sysbeta": [("true", 3)] * 4,
        },
    )
    (folder / "annotator.txt").write_text("a tester\n", encoding="utf-8")
    code = eval_main(["annotate", "import", str(folder), "--run", str(run), "--resamples", "100"])
    assert code == 0
    report = (folder / "report.md").read_text(encoding="utf-8")
    assert report == capsys.readouterr().out
    assert "Judged blind by a tester" in report
    alpha = next(line for line in report.splitlines() if line.startswith("| sysalpha |"))
    beta = next(line for line in report.splitlines() if line.startswith("| sysbeta |"))
    assert alpha.startswith("| sysalpha | headline | 4 | 50 (")
    assert "| 2.00 (" in alpha and "| 25.0 (" in alpha  # informativeness, ROUGE-1
    assert beta.startswith("| sysbeta | headline | 4 | 100 (100–100) | 0 (0–0) |")


def test_cli_errors_are_one_line_and_exit_2(tmp_path, capsys) -> None:
    """An import without labels is the user's mistake: a message, not a traceback."""
    annotate.export(_rows(), ARTICLES, tmp_path, systems=SYSTEMS, length="headline")
    (tmp_path / "labels.jsonl").unlink()
    assert eval_main(["annotate", "import", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("summarize-eval annotate: error: no labels.jsonl in")


def test_cli_import_of_a_folder_without_key_is_an_error(tmp_path, capsys) -> None:
    """A folder that was never exported (no key.json) should also be a one-line error."""
    _write_labels(tmp_path, [{"item": 1, "label": "A", "verdict": "true", "informative": 1}])
    assert eval_main(["annotate", "import", str(tmp_path)]) == 2
    assert "key.json" in capsys.readouterr().err


def test_export_carries_labels_of_identical_texts_and_lists_the_rest(tmp_path) -> None:
    """A label judges a text against its article: the same text keeps it, a new one is
    left to judge (todo.md holds only it)."""
    first = tmp_path / "first"
    annotate.export(_rows(), ARTICLES, first, systems=SYSTEMS, length="headline", limit=2, seed=1)
    key = _key(first)
    _write_labels(
        first,
        [
            {"item": e["item"], "label": letter, "verdict": "true", "informative": 2}
            for e in key
            for letter in e["labels"]
        ],
    )
    changed_id = key[0]["id"]
    rows = _rows()
    for row in rows:
        if row["id"] == changed_id and row["system"] == SYSTEMS[0]:
            row["summary"] = "A new text"
    second = tmp_path / "second"
    annotate.export(rows, ARTICLES, second, systems=SYSTEMS, length="headline", limit=2,
                    seed=1, carry=[first])  # fmt: skip
    labels = [json.loads(line) for line in (second / "labels.jsonl").open(encoding="utf-8")]
    assert len(labels) == 2 * len(SYSTEMS) - 1
    assert all(label["carried_from"] == "first" for label in labels)
    todo = (second / "todo.md").read_text(encoding="utf-8")
    assert "A new text" in todo and todo.count("- **") == 1


def test_pool_reports_several_samples_as_one(tmp_path, capsys) -> None:
    """Two samples of two documents each: 3 of 4 true pooled, 75%."""
    first, second = tmp_path / "first", tmp_path / "second"
    annotate.export(_rows(docs=range(1, 3)), ARTICLES, first, systems=SYSTEMS, length="headline")
    annotate.export(_rows(docs=range(3, 5)), ARTICLES, second, systems=SYSTEMS, length="headline")
    _judge(first, {"sysalpha": [("true", 3), ("false", 2)], "sysbeta": [("true", 3)] * 2})
    _judge(second, {"sysalpha": [("true", 3), ("true", 3)], "sysbeta": [("nonsense", 1)] * 2})
    code = eval_main(["annotate", "pool", str(first), str(second), "--resamples", "100"])
    assert code == 0
    report = capsys.readouterr().out
    assert "the annotators of first, second" in report
    alpha = next(line for line in report.splitlines() if line.startswith("| sysalpha |"))
    beta = next(line for line in report.splitlines() if line.startswith("| sysbeta |"))
    assert alpha.startswith("| sysalpha | headline | 4 | 75 (") and "| 25 (" in alpha
    assert beta.startswith("| sysbeta | headline | 4 | 50 (")


def test_agree_counts_same_verdicts_and_kappa(tmp_path, capsys) -> None:
    """Four summaries of sysalpha, readings differing on one: 3 of 4 the same verdict; the
    true / not-true call agrees on 3 of 4, kappa (0.75 - 0.5) / 0.5 = 0.5."""
    first, second = tmp_path / "first", tmp_path / "second"
    rows = _rows(docs=range(1, 5))
    annotate.export(rows, ARTICLES, first, systems=["sysalpha"], length="headline")
    annotate.export(rows, ARTICLES, second, systems=["sysalpha"], length="headline")
    _judge(first, {"sysalpha": [("true", 3), ("true", 3), ("false", 2), ("false", 2)]})
    _judge(second, {"sysalpha": [("true", 3), ("misleading", 3), ("false", 2), ("false", 2)]})
    assert eval_main(["annotate", "agree", str(first), str(second)]) == 0
    report = capsys.readouterr().out
    assert "| sysalpha, headline | 4 | 3 | 3 | 0.50 |" in report
    assert "| all | 4 | 3 | 3 | 0.50 |" in report


def test_pool_refuses_two_readings_of_one_sheet(tmp_path, capsys) -> None:
    first, again = tmp_path / "first", tmp_path / "again"
    rows = _rows(docs=range(1, 3))
    annotate.export(rows, ARTICLES, first, systems=SYSTEMS, length="headline")
    annotate.export(rows, ARTICLES, again, systems=SYSTEMS, length="headline")
    for folder in (first, again):
        _judge(folder, {"sysalpha": [("true", 3)] * 2, "sysbeta": [("true", 3)] * 2})
    assert eval_main(["annotate", "pool", str(first), str(again)]) == 2
    assert "not readings of one sheet" in capsys.readouterr().err
