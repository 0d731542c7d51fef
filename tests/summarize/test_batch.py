"""The local batch engine: inputs from a file, folder or glob; shards; resume; bad lines."""

import json
import subprocess
import sys

import pytest

from summarize.__main__ import main
from summarize.batch import (
    BatchSettings,
    RecordSummarizer,
    read_output,
    resolve_inputs,
    run_local,
)
from summarize.errors import SummarizeError

ARTICLES = [
    "The council approved the new bridge on Monday. Work starts in May. "
    "Residents had asked for a crossing for ten years.",
    "Shares in the steel maker fell 5% after it warned on profits. "
    "The firm blamed higher energy costs. Analysts had expected the warning.",
    "The festival sold out in an hour. Organisers said demand was the highest ever. "
    "More dates will be added next year.",
]


def write_corpus(folder, bad=False):
    folder.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps({"id": f"doc{i}", "text": t}) for i, t in enumerate(ARTICLES)]
    (folder / "a.jsonl").write_text("\n".join(lines[:2]) + "\n")
    (folder / "b.jsonl").write_text(lines[2] + "\n\n" + ("{not json\n" if bad else ""))
    (folder / "notes.txt").write_text("not an input")
    return folder


def strip_timings(rows):
    for row in rows:
        for summary in row["summaries"]:
            summary.pop("elapsed_s")
    return rows


def test_inputs_from_file_folder_and_glob(tmp_path):
    corpus = write_corpus(tmp_path / "in")
    names = [str(corpus / "a.jsonl"), str(corpus / "b.jsonl")]
    assert resolve_inputs(str(corpus)) == names
    assert resolve_inputs(str(corpus / "*.jsonl")) == names
    assert resolve_inputs(names[1]) == names[1:]
    with pytest.raises(SummarizeError, match="no such file"):
        resolve_inputs(str(corpus / "*.csv"))
    with pytest.raises(SummarizeError, match="no \\*.jsonl files"):
        resolve_inputs(str(tmp_path))


def test_folder_output_is_keyed_shards(tmp_path):
    corpus = write_corpus(tmp_path / "in", bad=True)
    result = run_local(resolve_inputs(str(corpus)), BatchSettings(), str(tmp_path / "out") + "/")
    rows = read_output(tmp_path / "out")
    assert result.rows == 4 and len(result.shards) == 2
    assert [r["source"] for r in rows] == [
        f"{corpus}/a.jsonl:1",
        f"{corpus}/a.jsonl:2",
        f"{corpus}/b.jsonl:1",
        f"{corpus}/b.jsonl:3",  # the blank line 2 is skipped, the numbering is the file's
    ]
    assert [len(r["summaries"]) for r in rows] == [2, 2, 2, 0]
    assert rows[3]["error"].startswith("not valid JSON")
    assert result.malformed == 1 and result.problems == [
        f"{corpus}/b.jsonl:3: not valid JSON (Expecting property name enclosed in double quotes)"
    ]


def test_resume_skips_what_is_there_and_refuses_to_duplicate(tmp_path):
    corpus = write_corpus(tmp_path / "in")
    out = str(tmp_path / "out") + "/"
    run_local([str(corpus / "a.jsonl")], BatchSettings(), out)
    with pytest.raises(SummarizeError, match="--resume"):
        run_local(resolve_inputs(str(corpus)), BatchSettings(), out)
    result = run_local(resolve_inputs(str(corpus)), BatchSettings(), out, resume=True)
    assert (result.rows, result.skipped) == (1, 2)
    sources = [r["source"] for r in read_output(out)]
    assert len(sources) == len(set(sources)) == 3
    assert not list((tmp_path / "out").glob("*.partial"))


def test_results_do_not_depend_on_grouping(tmp_path):
    """What the Ray engine relies on: a line's row depends on the line alone."""
    worker = RecordSummarizer(BatchSettings(lengths=("headline",)))
    one = [
        json.loads(worker.line(f"x:{i}", json.dumps({"text": t})).json)
        for i, t in enumerate(ARTICLES)
    ]
    again = RecordSummarizer(BatchSettings(lengths=("headline",)))
    two = [
        json.loads(again.line(f"x:{i}", json.dumps({"text": t})).json)
        for i, t in reversed(list(enumerate(ARTICLES)))
    ]
    assert strip_timings(one) == strip_timings(two[::-1])


def test_cli_folder_to_shards_and_bad_lines(capsys, tmp_path):
    corpus = write_corpus(tmp_path / "in", bad=True)
    out = tmp_path / "out"
    out.mkdir()
    code = main(["--jsonl", str(corpus), "-o", str(out), "--length", "headline"])
    err = capsys.readouterr().err
    assert code == 2 and "wrote 4 rows" in err
    assert "b.jsonl:3: not valid JSON" in err and "1 malformed input lines" in err
    rows = read_output(out)
    assert [r["id"] for r in rows] == ["doc0", "doc1", "doc2", None]


def test_cli_engine_flags_need_a_batch(capsys, seed_path):
    assert main([str(seed_path), "--engine", "ray"]) == 2
    assert "add --jsonl" in capsys.readouterr().err


def test_local_engine_never_imports_ray(tmp_path):
    corpus = write_corpus(tmp_path / "in")
    code = (
        "import sys; from summarize.__main__ import main; "
        f"main(['--jsonl', {str(corpus)!r}, '-o', {str(tmp_path / 'out')!r} + '/']); "
        "assert 'ray' not in sys.modules, 'ray was imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
