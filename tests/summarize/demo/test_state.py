"""The demo's state: methods, input, examples, running methods column by column."""

from __future__ import annotations

import subprocess
import sys

import pytest

from summarize import Document, InputError, ModelUnavailableError, Summarizer, api
from summarize.demo import state


def test_default_methods_are_those_registered(monkeypatch):
    assert state.default_methods() == ["salience", "abstractive"]
    monkeypatch.setattr(state, "DEFAULT_METHODS", ("salience", "no-such-method"))
    assert state.default_methods() == ["salience"]


def test_chosen_methods_run_extractive_first_and_unknown_ones_are_refused():
    assert state.check_methods(["abstractive", "lead", "salience"]) == [
        "lead",
        "salience",
        "abstractive",
    ]
    with pytest.raises(InputError, match="at least one"):
        state.check_methods([])
    with pytest.raises(InputError, match="unknown method 'nope'"):
        state.check_methods(["nope"])


def test_examples_come_from_package_data_wherever_the_process_runs(tmp_path):
    code = "from summarize.demo.state import load_examples; print(len(load_examples()))"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    examples = state.load_examples()
    assert int(out.stdout) == len(examples) >= 3
    assert examples[0].label.startswith("Seed") and not examples[0].ref_headline
    bbc = [ex for ex in examples if ex.label.startswith("BBC")]
    assert bbc and all(ex.ref_headline and ex.ref_paragraph and "Greene" in ex.credit for ex in bbc)


def test_uploads_decode_as_the_command_line_does():
    assert state.decode_upload("Café news.".encode()) == ("Café news.", [])
    text, warnings = state.decode_upload("Café news.".encode("cp1252"))
    assert text == "Café news." and "Windows-1252" in warnings[0]
    with pytest.raises(InputError, match="binary"):
        state.decode_upload(b"\x00\x01PNG")
    with pytest.raises(InputError, match="binary"):  # control characters, no NUL
        state.decode_upload(bytes(range(1, 9)) * 20)


def test_one_size_check_the_documents():
    with pytest.raises(InputError, match=f"the limit is {state.MAX_CHARS:,}"):
        state.prepare("word " * (state.MAX_CHARS // 5 + 1))
    with pytest.raises(InputError, match="Paste an article"):
        state.prepare("  \n")


def test_a_method_yields_its_headline_before_its_paragraph(seed_text):
    doc = Document.from_text(seed_text)
    steps = [
        (r.method, r.pending, sorted(r.summaries))
        for r in state.iter_methods(doc, ["lead"], state.LENGTHS["both"])
    ]
    assert steps == [
        ("lead", ("paragraph",), ["headline"]),
        ("lead", (), ["headline", "paragraph"]),
    ]


def test_methods_come_from_the_package_cache_and_failures_are_messages(seed_text, monkeypatch):
    asked = []

    def shared(name, language="english"):
        asked.append(name)
        if name == "abstractive":
            raise ModelUnavailableError("model weights not found")
        if name == "lead":
            raise RuntimeError("boom\nTraceback (most recent call last): secret")
        return Summarizer(name)

    monkeypatch.setattr(api, "shared", shared)
    doc = Document.from_text(seed_text)
    results = state.run_methods(doc, ["salience", "abstractive", "lead"], state.LENGTHS["both"])
    assert [r.method for r in results] == ["salience", "abstractive", "lead"]
    assert sorted(results[0].summaries) == ["headline", "paragraph"] and not results[0].error
    assert results[1].error == "model weights not found"
    assert results[2].error == "RuntimeError: boom"
    assert set(asked) == {"salience", "abstractive", "lead"}


def test_the_demo_shares_the_packages_summarizers(seed_text):
    doc = Document.from_text(seed_text)
    state.run_methods(doc, ["lead"], state.LENGTHS["headline"])
    assert state.runner("lead").load() is api.shared("lead")
