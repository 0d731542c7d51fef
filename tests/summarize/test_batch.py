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
    split_lines,
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


SEPARATORS = ["\u2028", "\u2029", "\u0085"]
"""Valid inside a JSON string unescaped (json.dumps with ensure_ascii=False writes them raw),
and each one a line break to ``str.splitlines``."""


def write_separator_corpus(folder):
    folder.mkdir(parents=True, exist_ok=True)
    rows = [
        {"id": f"id{sep}{i}", "text": ARTICLES[i % 3].replace(". ", "." + sep, 1)}
        for i, sep in enumerate(SEPARATORS)
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    (folder / "sep.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder / "sep.jsonl", rows


def test_jsonl_lines_split_on_newline_only(tmp_path):
    path, rows = write_separator_corpus(tmp_path / "in")
    lines = list(split_lines(path.read_bytes(), "sep"))
    assert [source for source, _ in lines] == ["sep:1", "sep:2", "sep:3"]
    assert [json.loads(raw) for _, raw in lines] == rows


def test_resume_and_read_output_with_separators_in_ids(tmp_path):
    path, rows = write_separator_corpus(tmp_path / "in")
    out = str(tmp_path / "out") + "/"
    first = run_local([str(path)], BatchSettings(lengths=("headline",)), out)
    again = run_local([str(path)], BatchSettings(lengths=("headline",)), out, resume=True)
    written = read_output(out)
    assert (first.rows, first.malformed, again.rows, again.skipped) == (3, 0, 0, 3)
    assert [r["id"] for r in written] == [r["id"] for r in rows]
    assert all(r["summaries"] and "error" not in r for r in written)


@pytest.mark.parametrize("text", [5, None, "   ", 0, [], {"a": 1}])
def test_rows_without_usable_text_are_reported(tmp_path, text):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "x", "text": text}) + "\n")
    result = run_local([str(src)], BatchSettings(), str(tmp_path / "out.jsonl"))
    row = json.loads((tmp_path / "out.jsonl").read_text())
    assert row["summaries"] == [] and row["error"]
    assert result.malformed == 1 and result.problems == [f"{src}:1: {row['error']}"]


def test_a_killed_single_file_batch_resumes_from_its_partial_shard(tmp_path):
    corpus = write_corpus(tmp_path / "in")
    out = tmp_path / "out"
    run_local([str(corpus / "a.jsonl")], BatchSettings(), str(out) + "/")
    (shard,) = out.glob("*.jsonl")
    # what kill -9 leaves: the shard still under its temporary name, its last line cut
    complete = shard.read_text(encoding="utf-8").split("\n")[0] + "\n"
    shard.unlink()
    partial = out / "killed_000000.jsonl.partial"
    partial.write_text(complete + '{"id": "doc1", "sou', encoding="utf-8")
    result = run_local([str(corpus / "a.jsonl")], BatchSettings(), str(out) + "/", resume=True)
    assert (result.rows, result.skipped) == (1, 1)
    assert not list(out.glob("*.partial"))
    assert [r["id"] for r in read_output(out)] == ["doc0", "doc1"]


def test_a_folder_with_only_a_partial_shard_needs_resume(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "killed_000000.jsonl.partial").write_text('{"id": "doc0", "source": "a:1"}\n')
    with pytest.raises(SummarizeError, match="--resume"):
        run_local([str(write_corpus(tmp_path / "in") / "a.jsonl")], BatchSettings(), str(out))


class _Terminal:
    """A stderr that says it is a terminal, as a person's would."""

    def __init__(self):
        self.text = ""

    def write(self, text):
        self.text += text

    def flush(self):
        pass

    def isatty(self):
        return True


@pytest.mark.parametrize("shown", [True, False])
def test_progress_counts_articles_on_a_terminal_only_when_asked(tmp_path, monkeypatch, shown):
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    corpus = write_corpus(tmp_path / "in")
    settings = BatchSettings(lengths=("headline",))
    out = str(tmp_path / "out/")
    result = run_local(resolve_inputs(str(corpus)), settings, out, progress=shown)
    assert result.rows == 3
    assert ("3/3" in terminal.text) is shown
