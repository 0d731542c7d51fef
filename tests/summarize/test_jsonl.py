"""The one JSONL reader: line splitting, numbering, bad lines, unreadable files."""

import json

import pytest

from summarize.errors import InputError
from summarize.jsonl import BadLine, lines, read_jsonl

SEPARATORS = ("\u2028", "\u2029", "\u0085")


def test_lines_split_on_newline_only():
    text = "\n".join(json.dumps({"t": f"a{sep}b"}, ensure_ascii=False) for sep in SEPARATORS)
    assert [json.loads(line)["t"] for line in lines(text)] == [f"a{s}b" for s in SEPARATORS]


def test_read_jsonl_keeps_separators_inside_strings_and_numbers_lines(tmp_path):
    """U+2028, U+2029 and U+0085 are valid raw inside a JSON string; a line holds them."""
    rows = [{"id": f"a{sep}b", "text": f"One.{sep}Two."} for sep in SEPARATORS]
    path = tmp_path / "sep.jsonl"
    raw = [json.dumps(r, ensure_ascii=False) for r in rows]
    raw[1] = raw[1].replace(", ", ",\r", 1)  # a lone CR is JSON whitespace, not a break
    path.write_text("\r\n".join(raw) + "\n", encoding="utf-8", newline="")
    assert list(read_jsonl(path)) == list(enumerate(rows, 1))


def test_blank_lines_count_but_yield_nothing(tmp_path):
    path = tmp_path / "gaps.jsonl"
    path.write_text('{"a": 1}\n\n   \n[2]\n', encoding="utf-8")
    assert list(read_jsonl(path)) == [(1, {"a": 1}), (4, [2])]


def test_a_bad_line_is_named_or_stands_in_as_badline(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"a": 1}\n{"a": \n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.jsonl:2: not valid JSON \(Expecting value\)"):
        list(read_jsonl(path))
    assert list(read_jsonl(path, skip_bad_lines=True)) == [
        (1, {"a": 1}),
        (2, BadLine("not valid JSON (Expecting value)")),
    ]


def test_missing_and_non_utf8_files_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="cannot read .*absent.jsonl"):
        list(read_jsonl(tmp_path / "absent.jsonl"))
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes(b'{"t": "caf\xe9"}\n')
    with pytest.raises(InputError, match="latin.jsonl: not UTF-8 text"):
        list(read_jsonl(latin))
