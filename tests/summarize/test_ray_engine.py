"""The Ray engine on a local 2-CPU Ray: same rows as the local engine, faults, resume, CLI."""

import json

import pytest

ray = pytest.importorskip("ray")

from summarize.__main__ import main  # noqa: E402
from summarize.batch import BatchSettings, read_output, resolve_inputs, run_local  # noqa: E402
from summarize.errors import SummarizeError  # noqa: E402
from summarize.ray_engine import run_ray  # noqa: E402

SETTINGS = BatchSettings(methods=("salience", "lead"))


@pytest.fixture(scope="module")
def faults(tmp_path_factory):
    """A folder the actors watch: a file ``crash`` in it holding N kills, once, the first actor
    that starts a batch after N completed ones (see ``fault_hook``)."""
    return tmp_path_factory.mktemp("faults")


def fault_hook(folder: str):
    """A Ray worker setup hook that makes every engine's actor check the fault file before
    each batch. Defined here, shipped by value to the workers: production code has no hook."""

    def setup() -> None:
        import os
        from pathlib import Path

        import eval.ray_engine
        import summarize.ray_engine

        def maybe_crash(done_batches: int) -> None:
            crash = os.path.join(folder, "crash")
            if not os.path.exists(crash):
                return
            try:
                if done_batches < int(Path(crash).read_text() or 0):
                    return
                os.rename(crash, os.path.join(folder, "fired"))  # atomic: exactly one fires
            except OSError:
                return
            os._exit(1)

        for actor in (summarize.ray_engine._SummarizeActor, eval.ray_engine._EvalActor):

            def call(self, batch, _original=actor.__call__):
                done = getattr(self, "_test_batches", 0)
                self._test_batches = done + 1
                maybe_crash(done)
                return _original(self, batch)

            actor.__call__ = call

    return setup


@pytest.fixture(scope="module", autouse=True)
def local_ray(faults):
    ray.init(
        num_cpus=2,
        include_dashboard=False,
        logging_level="WARNING",
        runtime_env={"worker_process_setup_hook": fault_hook(str(faults))},
    )
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seed_text):
    """Two files of varied articles cut from the seed, a blank line and a malformed line."""
    folder = tmp_path_factory.mktemp("corpus")
    paragraphs = [p for p in seed_text.split("\n") if len(p.split()) > 8]
    docs = [
        {"id": f"d{i}", "text": "\n\n".join(paragraphs[i % len(paragraphs) :][:4])}
        for i in range(24)
    ]
    lines = [json.dumps(d) for d in docs]
    (folder / "part-1.jsonl").write_text("\n".join(lines[:12]) + "\n")
    (folder / "part-2.jsonl").write_text(
        "\n".join(lines[12:20]) + '\n\n{"id": "no-text"}\n' + "\n".join(lines[20:]) + "\n"
    )
    return folder


@pytest.fixture(scope="module")
def local_rows(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("local")
    run_local(resolve_inputs(str(corpus)), SETTINGS, str(out))
    return strip_timings(read_output(out))


def strip_timings(rows):
    for row in rows:
        for summary in row["summaries"]:
            summary.pop("elapsed_s")
    return rows


def test_same_rows_as_the_local_engine(corpus, local_rows, tmp_path):
    result = run_ray(resolve_inputs(str(corpus)), SETTINGS, str(tmp_path), workers=2, batch_size=4)
    rows = strip_timings(read_output(tmp_path))
    assert len(rows) == 25 and rows == local_rows
    assert result.rows == 25 and result.malformed == 1
    assert result.problems == [f"{corpus}/part-2.jsonl:10: expected an object with a 'text' field"]


def test_a_worker_dying_mid_run_loses_and_duplicates_nothing(corpus, local_rows, faults, tmp_path):
    (faults / "crash").write_text("2")  # the first actor to start its third batch dies
    run_ray(resolve_inputs(str(corpus)), SETTINGS, str(tmp_path), workers=2, batch_size=2)
    assert (faults / "fired").exists(), "the fault was not injected"
    rows = strip_timings(read_output(tmp_path))
    sources = [r["source"] for r in rows]
    assert len(sources) == len(set(sources)) == 25
    assert rows == local_rows
    assert not list(tmp_path.glob("*.partial"))


def test_resume_adds_only_the_missing_documents(corpus, local_rows, tmp_path):
    run_ray([str(corpus / "part-1.jsonl")], SETTINGS, str(tmp_path), workers=1)
    with pytest.raises(SummarizeError, match="--resume"):
        run_ray(resolve_inputs(str(corpus)), SETTINGS, str(tmp_path), workers=1)
    result = run_ray(resolve_inputs(str(corpus)), SETTINGS, str(tmp_path), workers=1, resume=True)
    assert (result.rows, result.skipped) == (13, 12)
    assert strip_timings(read_output(tmp_path)) == local_rows


def test_cli_summarizes_a_folder_on_ray(capsys, corpus, tmp_path):
    out = tmp_path / "out"
    code = main(["--jsonl", str(corpus), "-o", str(out), "--engine", "ray", "--workers", "1"])
    err = capsys.readouterr().err
    assert code == 2 and "wrote 25 rows" in err
    assert "part-2.jsonl:10: expected an object with a 'text' field" in err
    assert len(read_output(out)) == 25


def test_evaluation_on_ray_scores_as_the_local_runner(corpus, faults, tmp_path):
    """``python -m eval --engine ray``: same summaries and ROUGE, with an actor killed."""
    from eval.__main__ import main as evaluate

    dataset = tmp_path / "news.jsonl"
    lines = [json.loads(x) for x in (corpus / "part-1.jsonl").read_text().splitlines()[:6]]
    for row in lines:
        sentences = row["text"].split(". ")
        row["title"], row["summary"] = sentences[0], ". ".join(sentences[1:3])
    dataset.write_text("".join(json.dumps(row) + "\n" for row in lines))
    common = ["-d", str(dataset), "-s", "lead,salience,oracle", "--no-chart", "--no-progress"]
    assert evaluate([*common, "-o", str(tmp_path / "local"), "-j", "1"]) == 0
    (faults / "fired").unlink(missing_ok=True)
    (faults / "crash").write_text("3")
    assert evaluate([*common, "-o", str(tmp_path / "ray"), "-j", "2", "--engine", "ray"]) == 0
    assert (faults / "fired").exists(), "the fault was not injected"

    def results(run):
        rows = [json.loads(x) for x in (tmp_path / run / "results.jsonl").read_text().splitlines()]
        return {r["key"]: (r["summary"], r["scores"]) for r in rows}, len(rows)

    (local, n_local), (on_ray, n_ray) = results("local"), results("ray")
    # 3 systems x (6 headlines + 5 paragraphs: one document has no paragraph reference)
    assert n_local == n_ray == len(local) == len(on_ray) == 33  # each result once
    assert on_ray == local
