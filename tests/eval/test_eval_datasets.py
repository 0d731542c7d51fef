"""Loaders: the two kept sets, the seed layout, JSONL with configurable fields, bad input."""

import json

import pytest

from eval.datasets import Fields, load_jsonl, load_seed, open_dataset
from eval.errors import EvalError
from summarize.errors import SummarizeError


def test_bbc_dev_title_is_the_headline_and_summary_the_paragraph():
    data = open_dataset("bbc-dev")
    assert data.name == "bbc-dev" and len(data.records) == 209
    first = data.records[0]
    assert first.id == "bbc-business-027"
    assert first.headline == ("Steel firm 'to cut' 45,000 jobs",)
    assert len(first.paragraph) == 1
    assert first.paragraph[0].split("\n")[1] == "Mittal Steel has operations in 14 countries."
    assert first.published == {}


def test_summeval_has_eleven_paragraph_references_and_sixteen_systems():
    data = open_dataset("summeval")
    assert len(data.records) == 100
    record = data.records[0]
    assert record.headline == () and record.references("headline") == ()
    assert len(record.paragraph) == 11  # `reference` is also the first of `references`
    assert record.paragraph[0].startswith("Andros Townsend an 83rd minute sub")
    assert data.published_systems()[:4] == ["M0", "M1", "M2", "M5"]
    assert len(data.published_systems()) == 16
    assert {"M0", "M17", "M22", "M23"} <= set(record.published)
    assert record.published["M0"]["paragraph"].startswith("Paul merson has restarted his row")


def test_seed_layout_title_and_standfirst_are_references_not_text(tmp_path):
    data = open_dataset("seed")
    record = data.records[0]
    assert record.id == "kazakh-leader-meets-putin"
    assert record.headline == ("Kazakh leader meets Putin in first post-election trip abroad",)
    assert record.paragraph[0].startswith("Kazakhstan’s leader has met with Russian President")
    assert record.text.startswith("Kazakhstan's leader met with Russian President")
    assert "Your support" not in record.text  # cleaned as the summarizer cleans
    (tmp_path / "a.txt").write_text("Just one plain paragraph of text. Nothing else here.\n")
    plain = load_seed(tmp_path).records[0]
    assert plain.headline == () and plain.paragraph == ()


def test_jsonl_with_configurable_fields(tmp_path):
    path = tmp_path / "mine.jsonl"
    rows = [
        {"doc": "Body one. More.", "hl": "Head one", "abs": ["Ref A.", "Ref B.", "Ref A."]},
        {"doc": "Body two.", "key": "x2", "abs": "Ref C."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    fields = Fields(text="doc", id="key", headline=("hl",), paragraph=("abs",))
    data = load_jsonl(path, fields)
    assert data.name == "mine"
    assert [r.id for r in data.records] == ["1", "x2"]  # the line number when no id
    assert data.records[0].paragraph == ("Ref A.", "Ref B.")
    assert data.records[0].headline == ("Head one",)
    assert data.records[1].headline == ()
    assert open_dataset(str(path), fields).records == data.records


def test_malformed_jsonl_names_the_line_or_is_skipped_with_the_flag(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "Fine.", "summary": "S."}\n{"text": \n["not an object"]\n')
    with pytest.raises(EvalError, match=r"bad.jsonl:2: not valid JSON .*--skip-bad-lines"):
        load_jsonl(path)
    data = load_jsonl(path, skip_bad_lines=True)
    assert len(data.records) == 1
    assert "skipped 2 bad line(s)" in data.notes[0] and "bad.jsonl:3" in data.notes[0]
    missing = tmp_path / "notext.jsonl"
    missing.write_text('{"body": "x"}\n')
    with pytest.raises(EvalError, match=r"notext.jsonl:1: no text in field 'text'"):
        load_jsonl(missing)


def test_unknown_dataset_lists_the_known_ones(tmp_path):
    with pytest.raises(
        EvalError,
        match="unknown dataset 'bbc'; known: bbc-dev, summeval, summeval-tune, summeval-test, seed",
    ):
        open_dataset("bbc")
    with pytest.raises(EvalError, match="no such file or folder: .*absent.jsonl"):
        open_dataset(str(tmp_path / "absent.jsonl"))
    with pytest.raises(SummarizeError, match="cannot read"):
        load_jsonl(tmp_path / "absent.jsonl")


def test_unknown_length_is_refused():
    record = open_dataset("summeval").records[0]
    with pytest.raises(EvalError, match="unknown length"):
        record.references("tweet")


def test_summeval_halves_split_the_set_in_file_order():
    whole = open_dataset("summeval").records
    tune, test = open_dataset("summeval-tune"), open_dataset("summeval-test")
    assert (tune.name, len(tune.records), len(test.records)) == ("summeval-tune", 50, 50)
    assert tune.records + test.records == whole
