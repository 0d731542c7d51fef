"""The CLI in-process: output formats, batches, and one-line errors for bad input."""

import json
import os
import sys

import pytest

from summarize.__main__ import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_seed_headline_and_paragraph(capsys, seed_path):
    code, out, err = run(capsys, str(seed_path), "--length", "headline")
    assert code == 0 and err == ""
    assert "Putin" in out and len(out.split()) <= 14
    assert "\n" not in out.strip() and "support" not in out.lower()
    code, out, _ = run(capsys, str(seed_path), "--length", "paragraph")
    for boilerplate in ("Your support", "Subscribe", "paywall", "bookmark", "Show all"):
        assert boilerplate not in out


def test_json_format_and_methods(capsys, seed_path):
    code, out, _ = run(capsys, str(seed_path), "--method", "lead,textrank", "--format", "json")
    data = json.loads(out)
    assert code == 0 and len(data) == 4
    assert {d["method"] for d in data} == {"lead", "textrank"}
    assert {d["length"] for d in data} == {"headline", "paragraph"}


def test_list_methods(capsys):
    code, out, _ = run(capsys, "--list-methods")
    assert code == 0 and out.split()[0] == "salience" and "lexrank" in out


def test_jsonl_batch_reports_bad_records_in_place(capsys, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "a", "text": "The council approved the bridge. Work starts soon."})
        + "\n"
        + json.dumps({"id": "b", "text": "   "})
        + "\n"
    )
    dst = tmp_path / "out.jsonl"
    code, _, err = run(capsys, str(src), "--jsonl", "-o", str(dst), "--length", "headline")
    rows = [json.loads(line) for line in dst.read_text().split("\n") if line]
    assert code == 2 and [r["id"] for r in rows] == ["a", "b"]
    assert "in.jsonl:2: input is empty" in err  # reported, and the exit status says so
    assert rows[0]["summaries"][0]["text"] == "The council approved the bridge"
    assert rows[1]["error"] == "input is empty"


def test_malformed_jsonl_names_the_line(capsys, tmp_path):
    src = tmp_path / "bad.jsonl"
    src.write_text('{"text": "fine."}\n{not json\n')
    code, _, err = run(capsys, str(src), "--jsonl")
    assert code == 2 and "bad.jsonl:2: not valid JSON" in err


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "input is empty"),
        (b" \n\n\t", "input is empty"),
        (bytes(range(256)) * 100, "binary file"),
        (b"...!!! ---", "no words"),
    ],
)
def test_bad_input_is_one_line_error(capsys, tmp_path, content, message):
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    code, out, err = run(capsys, str(path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_huge_input_is_refused_with_the_limit(capsys, tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("The council met again today. " * 180_000)  # about 5 MB
    code, _, err = run(capsys, str(path))
    assert code == 2 and "the limit is 1,000,000" in err


def test_missing_file_and_unknown_method(capsys, tmp_path):
    code, _, err = run(capsys, str(tmp_path / "nope.txt"))
    assert code == 2 and "no such file" in err
    code, _, err = run(capsys, str(tmp_path), "--method", "magic")
    assert code == 2 and "unknown method 'magic'" in err


def test_non_utf8_text_is_decoded_with_a_warning(capsys, tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(
        "Le café a rouvert ses portes lundi. Les clients sont revenus.".encode("latin-1")
    )
    code, out, err = run(capsys, str(path), "--length", "headline", "--language", "french")
    assert code == 0 and "café" in out and "not valid UTF-8" in err


def test_html_file(capsys, tmp_path):
    body = "".join(
        f"<p>The council approved bridge plan {i} after a long debate on Tuesday night.</p>"
        for i in range(6)
    )
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>Bridge</title></head><body>{body}</body></html>")
    code, out, _ = run(capsys, str(path), "--length", "headline")
    assert code == 0 and "council approved bridge plan" in out and "<p>" not in out


def test_no_punctuation_gives_a_cut_summary_with_warning(capsys, tmp_path):
    path = tmp_path / "nopunct.txt"
    path.write_text(" ".join(["the river rose again and the town waited"] * 30))
    code, out, err = run(capsys, str(path), "--length", "paragraph")
    assert code == 0 and len(out.split()) <= 90 and "longer than the budget" in err


@pytest.mark.parametrize("spec", [",", " , ", ""])
def test_a_method_list_without_names_is_an_error(capsys, seed_path, spec):
    code, out, err = run(capsys, str(seed_path), "-m", spec)
    assert code == 2 and out == "" and "no method named" in err


# --- help, output as it is ready, which model ------------------------------------------


def test_help_lists_train_and_every_option_says_its_default(capsys):
    from summarize.arguments import build_parser

    with pytest.raises(SystemExit) as stop:
        main(["--help"])
    out = capsys.readouterr().out
    assert stop.value.code == 0 and "train" in out.split("commands:")[1]
    assert "SUMMARIZE_MODEL" in out and "--model" in out
    for action in build_parser()._actions:
        flags_only = action.nargs == 0  # store_true and -h: nothing to default
        if action.option_strings and not flags_only:
            assert "default" in action.help, action.option_strings


def test_train_is_a_subcommand_with_its_own_help(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["train", "--help"])
    assert stop.value.code == 0 and "--train" in capsys.readouterr().out


def _broken_model(**options):
    """A model that cannot load; like the real factory it reads $SUMMARIZE_MODEL."""
    from summarize.errors import SummarizeError

    model = options.get("model") or os.environ.get("SUMMARIZE_MODEL")
    raise SummarizeError(f"model {model} is unreachable")


@pytest.fixture
def failing_model(monkeypatch):
    from summarize import registry

    info = registry.MethodInfo("broken", "abstractive", "fails", f"{__name__}:_broken_model")
    monkeypatch.setitem(registry._METHODS, "broken", info)


def test_extractive_summaries_print_before_the_model_loads(capsys, seed_path, failing_model):
    code, out, err = run(capsys, str(seed_path), "-m", "broken,salience", "-l", "headline")
    assert code == 2 and out.startswith("[salience headline] ") and "Putin" in out
    assert "broken: loading the model..." in err and "is unreachable" in err


def test_a_model_from_the_environment_is_named_in_its_error(
    capsys, seed_path, failing_model, monkeypatch
):
    monkeypatch.setenv("SUMMARIZE_MODEL", "org/gone")
    _, _, err = run(capsys, str(seed_path), "-m", "broken", "--no-progress")
    assert err.strip() == (
        "summarize: error: model org/gone is unreachable "
        "(the model comes from $SUMMARIZE_MODEL=org/gone; unset it for the offline default)"
    )
    _, _, err = run(capsys, str(seed_path), "-m", "broken", "--model", "org/typed")
    assert "org/typed is unreachable" in err and "$SUMMARIZE_MODEL" not in err


def test_list_methods_names_the_model_and_adapter(capsys, monkeypatch):
    monkeypatch.delenv("SUMMARIZE_MODEL", raising=False)
    monkeypatch.delenv("SUMMARIZE_ADAPTER", raising=False)
    out = run(capsys, "--list-methods")[1]
    assert "model: HuggingFaceTB/SmolLM2-135M-Instruct (offline); adapter: news" in out
    monkeypatch.setenv("SUMMARIZE_ADAPTER", "none")
    assert "adapter: none" in run(capsys, "--list-methods")[1]
    monkeypatch.setenv("SUMMARIZE_MODEL", "some/model")
    monkeypatch.delenv("SUMMARIZE_ADAPTER")
    assert "model: some/model; adapter: none" in run(capsys, "--list-methods")[1]


OPTIONS_SEEN: list[tuple[str, dict]] = []


def _recording(kind):
    def factory(**options):
        """Records the options a method is created with; the model one then fails to load."""
        from summarize.errors import SummarizeError
        from summarize.extractive.lead import LeadMethod

        OPTIONS_SEEN.append((kind, options))
        if kind == "abstractive":
            raise SummarizeError("recorded")
        return LeadMethod()

    return factory


_recording_model, _recording_extractive = _recording("abstractive"), _recording("extractive")


@pytest.fixture
def recorders(monkeypatch):
    from summarize import registry

    for name, kind, factory in (
        ("rec-model", "abstractive", "_recording_model"),
        ("rec-plain", "extractive", "_recording_extractive"),
    ):
        info = registry.MethodInfo(name, kind, "records", f"{__name__}:{factory}")
        monkeypatch.setitem(registry._METHODS, name, info)
    OPTIONS_SEEN.clear()
    return OPTIONS_SEEN


@pytest.mark.parametrize(
    ("flags", "model_options"),
    [
        ((), {}),
        (("--no-adapter",), {"use_adapter": False}),
        (("--adapter", "news", "--model", "org/m"), {"adapter": "news", "model": "org/m"}),
    ],
)
def test_model_options_reach_the_model_and_no_other_method(
    capsys, seed_path, recorders, flags, model_options
):
    code, out, err = run(capsys, str(seed_path), "-m", "rec-model,rec-plain", *flags)
    assert code == 2 and out.startswith("[rec-plain headline] ") and "recorded" in err
    assert recorders == [("extractive", {}), ("abstractive", model_options)]


def test_model_options_in_a_batch_need_model_methods_only(capsys, recorders, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "The council approved the bridge. Work starts soon."}\n')
    code, _, err = run(capsys, str(src), "--jsonl", "-m", "rec-plain,rec-model", "--no-adapter")
    assert code == 2 and "need abstractive methods only" in err and recorders == []


def test_the_command_skips_interpreter_teardown_only_with_a_model_loaded(monkeypatch) -> None:
    """With torch imported, ``cli`` flushes and leaves by ``os._exit`` with main's code;
    without it (or with Ray, whose exit handler stops its workers), by ``sys.exit``."""
    import types

    import summarize.__main__ as entry

    exits: list[tuple[str, int]] = []

    def fake_exit(code: int) -> None:
        exits.append(("os._exit", code))
        raise SystemExit(code)

    monkeypatch.setattr(entry, "main", lambda: 3)
    monkeypatch.setattr(entry.os, "_exit", fake_exit)
    monkeypatch.setitem(sys.modules, "torch", types.ModuleType("torch"))
    monkeypatch.delitem(sys.modules, "ray", raising=False)
    with pytest.raises(SystemExit):
        entry.cli()
    assert exits == [("os._exit", 3)]
    monkeypatch.setitem(sys.modules, "ray", types.ModuleType("ray"))
    with pytest.raises(SystemExit) as ended:
        entry.cli()
    assert ended.value.code == 3 and exits == [("os._exit", 3)]
    monkeypatch.delitem(sys.modules, "ray")
    monkeypatch.delitem(sys.modules, "torch")
    with pytest.raises(SystemExit) as ended:
        entry.cli()
    assert ended.value.code == 3 and exits == [("os._exit", 3)]
