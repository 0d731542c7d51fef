"""The batch runner end to end through its CLI: outputs, resume, cache, bad input."""

import csv
import json

import pytest

import eval.run
import eval.systems
from eval.__main__ import main
from eval.datasets import load_jsonl
from eval.errors import SystemUnavailableError
from eval.rouge import RougeConfig
from eval.systems import System
from summarize import PRESETS, Budget

ARTICLES = [
    {
        "id": "a1",
        "text": "The city council approved a new budget on Monday. Taxes will rise by two "
        "percent. The mayor said schools would get more money. Critics called the plan "
        "wasteful. A vote on transport follows next month.",
        "title": "Council approves budget with tax rise",
        "summary": "The council approved a budget. Taxes will rise by two percent.",
        "systems": {"X1": "The council approved a budget and taxes rise.", "X2": ""},
    },
    {
        "id": "a2",
        "text": "A storm hit the coast overnight. Thousands of homes lost power. Crews worked "
        "to restore electricity. Schools were closed for the day. Forecasters expect calm "
        "weather tomorrow.",
        "title": "Storm cuts power to thousands",
        "summary": "A storm hit the coast and thousands of homes lost power.",
        "systems": {"X1": "A storm cut power to thousands of homes.", "X2": "Storm."},
    },
    {
        "id": "a3",
        "text": "The team won the final after extra time. Fans celebrated in the streets. "
        "The coach praised his players. It was the club's first title in ten years.",
        "summary": "The team won the final, its first title in ten years.",
        "systems": {"X1": "The team won its first title in ten years."},
    },
]


@pytest.fixture
def dataset(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES))
    return path


def run(dataset, out, *extra):
    return main(
        [
            "-d",
            str(dataset),
            "-s",
            "lead,oracle,news:X1,news:X2",
            "--published-field",
            "systems",
            "-o",
            str(out),
            "-j",
            "1",
            "--no-progress",
            "--no-chart",
            *extra,
        ]
    )


def lines(out):
    return [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]


@pytest.fixture
def calls(monkeypatch):
    """Count the summaries systems are asked for."""
    made = []
    real = eval.run.summarize_one

    def counting(system, record, *args):
        made.append((system.name, record.id))
        return real(system, record, *args)

    monkeypatch.setattr(eval.run, "summarize_one", counting)
    return made


def test_run_writes_results_leaderboard_and_csv(dataset, tmp_path, calls, capsys):
    out = tmp_path / "out"
    assert run(dataset, out) == 0
    rows = lines(out)
    # 2 lengths x 3 docs for lead and oracle, but a3 has no headline: 5 each; X1 paragraph 3,
    # X2 paragraph 2 (a3 has none): published systems have no headlines.
    assert len(rows) == 5 + 5 + 3 + 2
    assert len(calls) == len(rows)
    err = capsys.readouterr().err
    assert "news: 1 of 3 documents have no headline reference (a3)" in err
    assert "news:X1: no published headline summaries in news; skipped" in err
    assert "news:X2: no published paragraph summary for 1 of 3 news documents" in err
    empty = [r for r in rows if r["system"] == "news:X2" and r["id"] == "a1"][0]
    assert empty["scores"]["rouge1"] == [0, 0, 0] and "empty summary" in empty["warnings"][0]
    lead = [r for r in rows if r["system"] == "lead" and r["id"] == "a2"]
    assert {r["length"] for r in lead} == {"headline", "paragraph"}
    paragraph = [r for r in lead if r["length"] == "paragraph"][0]
    assert paragraph["summary"].startswith("A storm hit the coast overnight.")
    assert paragraph["novel_unigrams"] == 0.0 and paragraph["elapsed_s"] > 0
    board = (out / "leaderboard.md").read_text()
    assert "### news, paragraph" in board and "*oracle* (upper bound)" in board
    assert "news:X2 (1 empty)" in board
    table = list(csv.DictReader((out / "leaderboard.csv").open()))
    assert {(r["system"], r["length"]) for r in table} >= {
        ("lead", "headline"),
        ("news:X2", "paragraph"),
    }
    x2 = [r for r in table if r["system"] == "news:X2"][0]
    assert x2["n"] == "2" and x2["empty"] == "1"


def test_two_datasets_holding_the_same_documents_each_get_their_own_table(dataset, tmp_path):
    half = tmp_path / "half.jsonl"
    half.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES[:2]))
    out = tmp_path / "out"
    both = f"{dataset},{half}"
    assert main(["-d", both, "-s", "lead", "-l", "paragraph", "-o", str(out), "-j", "1",
                 "--no-progress", "--no-chart"]) == 0  # fmt: skip
    board = (out / "leaderboard.md").read_text()
    assert "### news, paragraph, 3 documents" in board
    assert "### half, paragraph, 2 documents" in board


def test_killed_run_resumes_without_loss_or_double_counting(dataset, tmp_path, calls):
    out = tmp_path / "out"
    run(dataset, out)
    complete = lines(out)
    text = (out / "results.jsonl").read_text().splitlines(keepends=True)
    # As if killed while writing the 12th line: 11 whole lines and half of one.
    (out / "results.jsonl").write_text("".join(text[:11]) + text[11][:40])
    calls.clear()
    assert run(dataset, out) == 0
    resumed = lines(out)
    assert len(resumed) == len(complete)
    assert sorted(r["key"] for r in resumed) == sorted(r["key"] for r in complete)
    assert len(calls) == len(complete) - 11
    calls.clear()
    assert run(dataset, out) == 0  # nothing left to do
    assert calls == [] and len(lines(out)) == len(complete)


def test_rescoring_reuses_cached_summaries(dataset, tmp_path, calls):
    out = tmp_path / "out"
    run(dataset, out)
    first = len(lines(out))
    calls.clear()
    assert run(dataset, out, "--multi", "average", "--no-stem") == 0
    assert [c for c in calls if c[0] != "oracle"] == []  # the oracle reads the ROUGE options
    assert len(lines(out)) == 2 * first
    other = tmp_path / "other"
    calls.clear()
    assert run(dataset, other, "--cache", str(out / "results.jsonl")) == 0
    assert calls == []


def test_parallel_workers_give_the_same_summaries(dataset, tmp_path):
    assert main([*_args(dataset, tmp_path / "one"), "-j", "1"]) == 0
    assert main([*_args(dataset, tmp_path / "two"), "-j", "2"]) == 0
    one = {r["key"]: r["summary"] for r in lines(tmp_path / "one")}
    two = {r["key"]: r["summary"] for r in lines(tmp_path / "two")}
    assert one == two and len(one) == 10


def _args(dataset, out):
    return ["-d", str(dataset), "-s", "lead,oracle", "-o", str(out), "--no-progress", "--no-chart"]


def test_a_failing_document_is_scored_zero_and_reported(dataset, tmp_path, monkeypatch):
    real = eval.run.summarize_one

    def flaky(system, record, *args):
        if record.id == "a2":
            raise RuntimeError("boom")
        return real(system, record, *args)

    monkeypatch.setattr(eval.run, "summarize_one", flaky)
    out = tmp_path / "out"
    assert main([*_args(dataset, out), "-s", "lead", "-j", "1"]) == 0
    failed = [r for r in lines(out) if r["error"]]
    assert {r["id"] for r in failed} == {"a2"} and failed[0]["error"] == "RuntimeError: boom"
    assert failed[0]["scores"]["rougeL"] == [0, 0, 0]
    assert "2 summaries failed (scored 0)" in (out / "leaderboard.md").read_text()


def test_a_system_that_cannot_start_stops_the_run_in_one_line(
    dataset, tmp_path, monkeypatch, capsys
):
    def unavailable(*args):
        raise SystemUnavailableError("cannot start abstractive: no model")

    monkeypatch.setattr(eval.run, "summarize_one", unavailable)
    assert main([*_args(dataset, tmp_path / "out"), "-j", "1"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == "summarize-eval: error: cannot start abstractive: no model"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-s", "lead,nope"], "unknown system 'nope'; known: salience, lead, "),
        (["-s", "news:X9", "--published-field", "systems"], "news has: news:X1, news:X2"),
        (
            ["-d", "nowhere"],
            "unknown dataset 'nowhere'; known: bbc-dev, summeval, summeval-tune, "
            "summeval-test, seed",
        ),
        (["-l", "tweet"], "unknown length 'tweet'"),
        (["--limit", "0"], "must be at least 1"),
    ],
)
def test_bad_requests_are_one_line_errors(dataset, tmp_path, capsys, args, message):
    assert main([*_args(dataset, tmp_path / "out"), *args]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_malformed_jsonl_names_the_line_and_can_be_skipped(dataset, tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(dataset.read_text() + "{oops\n")
    assert main(_args(bad, tmp_path / "out")) == 2
    assert "bad.jsonl:4: not valid JSON" in capsys.readouterr().err
    assert main([*_args(bad, tmp_path / "out"), "--skip-bad-lines", "-j", "1"]) == 0
    assert "skipped 1 bad line(s)" in capsys.readouterr().err


def test_summeval_headline_is_skipped_and_published_systems_run(tmp_path, capsys):
    out = tmp_path / "out"
    args = ["-d", "summeval", "-s", "summeval:M0,summeval:M23", "--limit", "2", "-o", str(out)]
    assert main([*args, "--no-progress", "-j", "1"]) == 0
    err = capsys.readouterr().err
    assert "summeval: no document has a headline reference; headline skipped" in err
    rows = lines(out)
    assert {(r["system"], r["length"], r["n_refs"]) for r in rows} == {
        ("summeval:M0", "paragraph", 11),
        ("summeval:M23", "paragraph", 11),
    }
    assert (out / "rouge.png").stat().st_size > 10_000


def test_a_model_gets_its_documents_in_batches(dataset, monkeypatch):
    """A model (kind abstractive) is called through Summarizer.summarize_many, 8 at a time;
    here lead stands in for it, so the batched summaries must equal the single ones."""
    data = load_jsonl(dataset)
    model = System("lead", "abstractive")
    work = eval.run.plan(data, [model], ["paragraph"], rouge=RougeConfig())
    many = [*work.tasks] * 3  # 9 tasks: batches of 8 and 1
    units = eval.run.batches(many)
    assert [len(u) for u in units] == [8, 1]
    batched = eval.run.produce_many(units[0], "english", RougeConfig())
    single = [eval.run.produce(t, "english", RougeConfig()) for t in units[0]]
    assert [b["summary"] for b in batched] == [s["summary"] for s in single]
    assert [len(u) for u in eval.run.batches([*work.tasks, *_lead_tasks(data)])] == [3, 1, 1, 1]


def _lead_tasks(data):
    return eval.run.plan(
        data, [System("lead", "extractive")], ["paragraph"], rouge=RougeConfig()
    ).tasks


def test_a_changed_method_is_run_again(dataset, tmp_path, calls, monkeypatch):
    """The summary cache key holds a hash of summarize's source: new code, new summaries."""
    out = tmp_path / "out"
    assert main(_args(dataset, out)) == 0
    calls.clear()
    monkeypatch.setattr(eval.systems, "code_fingerprint", lambda files=None: "retuned")
    assert main([*_args(dataset, out), "-j", "1"]) == 0
    assert len(calls) == 10


def test_both_lengths_shorthand_runs_headline_and_paragraph(dataset, tmp_path):
    assert run(dataset, tmp_path / "out", "-s", "lead", "-l", "both") == 0
    assert {r["length"] for r in lines(tmp_path / "out")} == {"headline", "paragraph"}


def test_the_chosen_adapter_is_part_of_an_abstractive_cache_key(monkeypatch):
    budget = Budget("headline")
    keys = {}
    for adapter in ("none", "news", None):
        if adapter is None:
            monkeypatch.delenv("SUMMARIZE_ADAPTER", raising=False)
        else:
            monkeypatch.setenv("SUMMARIZE_ADAPTER", adapter)
        model, lead = (
            eval.systems.params(System(name, kind), budget, "english", (), RougeConfig())
            for name, kind in (("abstractive", "abstractive"), ("lead", "extractive"))
        )
        keys[adapter] = (json.dumps(model, sort_keys=True), json.dumps(lead, sort_keys=True))
    assert len({model for model, _ in keys.values()}) == 3
    assert len({lead for _, lead in keys.values()}) == 1


def test_a_model_summary_keeps_its_model_and_adapter_through_reuse():
    from summarize import Summary

    budget = PRESETS["headline"]
    details = {"model": "org/m", "adapter": "/x/news", "fallback": "salience"}
    written = Summary("A headline", "abstractive", budget, details=details)
    assert eval.run.model_of(written) == {
        "model": "org/m",
        "adapter": "news",
        "fallback": "salience",
        "faithfulness": None,
    }
    assert eval.run.model_of(Summary("A headline", "lead", budget)) == {}
    stored = {"summary": "A headline", "elapsed_s": 1.0, "model": "org/m", "adapter": "news"}
    assert eval.run.reuse(stored) == stored


def test_every_option_in_help_says_its_default():
    from eval.__main__ import build_parser

    for action in build_parser()._actions:
        if action.option_strings and action.nargs != 0:  # flags have nothing to default
            assert "default" in action.help, action.option_strings


def test_a_cache_that_is_not_the_runners_results_is_reported_not_a_crash(dataset, tmp_path, capsys):
    other = tmp_path / "judged.jsonl"  # bench/judging_run.py's rows carry no summary_key
    other.write_text(json.dumps({"key": "x:1:lead:headline", "summary": "A headline"}) + "\n")
    assert run(dataset, tmp_path / "out", "--cache", str(other)) == 0
    assert "1 lines of the results and --cache files are not results" in capsys.readouterr().err


def test_a_reader_that_leaves_early_gets_no_traceback():
    """``summarize-eval ... | head``: the closed pipe ends the command quietly."""
    import os
    import subprocess
    import sys

    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first line is written
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    done = subprocess.run(
        [sys.executable, "-m", "eval", "--list"],  # buffered: the write fails at the flush
        stdout=write,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
        env=env,
    )
    os.close(write)
    assert done.stderr == ""
    assert done.returncode == 141
