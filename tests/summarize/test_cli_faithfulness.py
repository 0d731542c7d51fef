"""The CLI on a model summary's faithfulness: JSON carries the per-sentence verdict and the
fallback, text output says below a summary when it is not the model's own text or a
published sentence is doubtful. A stub method stands in for the model (no model loads)."""

from __future__ import annotations

import json

import pytest

from summarize import Summary
from summarize.__main__ import main
from summarize.abstractive.details import CandidateInfo, ModelDetails
from summarize.faithfulness.scorer import Faithfulness, SentenceCheck

TURNED_DOWN = "Russia's leader meets with Kazakhstan"


class StubModel:
    """Publishes the article's first sentences as a model would, with a hand-made verdict:
    ``accepted`` (all supported), ``doubtful`` (a low sentence published anyway, as a
    user-set threshold allows), or ``fallback`` (no candidate passed: the lead summary)."""

    name = "stub-model"

    def __init__(self, mode: str) -> None:
        self.mode = mode

    def summarize(self, doc, budget):
        first, second = doc.sentences[0].text, doc.sentences[1].text
        if self.mode == "fallback":
            details = _details([CandidateInfo(TURNED_DOWN, True, 1.0, (), 0.2, False)], "lead")
            warning = "no model candidate passed the faithfulness check; this is the lead summary"
            return Summary(first, self.name, budget, warnings=(warning,), details=details)
        # "doubtful": the second sentence fails the check yet is published, as a method
        # run with a lower threshold of its own than the scorer's would publish it.
        low = 0.3 if self.mode == "doubtful" else 0.8
        checks = (
            SentenceCheck(first, 0.9, True, 0, first, ()),
            SentenceCheck(second, low, low >= 0.5, 1, second, () if low >= 0.5 else ("roles",)),
        )
        verdict = Faithfulness(min(c.score for c in checks), 0.5, checks)
        details = _details([CandidateInfo(f"{first} {second}", True, 1.0, (), low, True)], None)
        return Summary(
            f"{first} {second}", self.name, budget, details=details, faithfulness=verdict
        )


def _details(candidates, fallback):
    return ModelDetails(
        "stub", "local", "/stub", "causal", "cpu", "float32", "none", None, 1.0, (),
        tuple(candidates), None if fallback else 0, fallback, (0, 1), 10, 5,
    )  # fmt: skip


@pytest.fixture
def stub_model(monkeypatch):
    """``stub-MODE`` methods in the registry, abstractive like the real model."""
    from summarize import registry

    for mode in ("accepted", "doubtful", "fallback"):
        info = registry.MethodInfo(
            f"stub-{mode}", "abstractive", "stub", f"{__name__}:StubModel", (("mode", mode),)
        )
        monkeypatch.setitem(registry._METHODS, f"stub-{mode}", info)


def run(capsys, *args):
    code = main([*args, "--no-progress"])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_carries_each_sentences_source_and_the_fallback(capsys, seed_path, stub_model):
    code, out, _ = run(capsys, str(seed_path), "-m", "stub-accepted", "--format", "json")
    data = json.loads(out)
    assert code == 0 and [d["length"] for d in data] == ["headline", "paragraph"]
    for summary in data:
        sentences = summary["faithfulness"]["sentences"]
        assert [s["source"] for s in sentences] == [0, 1]
        assert sentences[0]["source_text"] and sentences[0]["source_text"] in summary["text"]
        assert summary["details"]["fallback"] is None and summary["details"]["chosen"] == 0
    code, out, _ = run(
        capsys, str(seed_path), "-m", "stub-fallback", "-l", "headline", "--format", "json"
    )
    data = json.loads(out)
    assert data["details"]["fallback"] == "lead" and data["faithfulness"] is None
    assert data["details"]["candidates"][0] == {
        "text": TURNED_DOWN, "greedy": True, "support": 1.0, "unsupported": [],
        "faithfulness": 0.2, "accepted": False,
    }  # fmt: skip
    assert "this is the lead summary" in data["warnings"][0]


def test_an_accepted_model_summary_is_one_line_as_before(capsys, seed_path, stub_model):
    code, out, err = run(capsys, str(seed_path), "-m", "stub-accepted", "-l", "headline")
    assert code == 0 and err == "" and len(out.splitlines()) == 1 and "Putin" in out


def test_a_fallback_says_below_the_summary_that_it_is_not_the_models_text(
    capsys, seed_path, stub_model
):
    code, out, err = run(capsys, str(seed_path), "-m", "stub-fallback,lead", "-l", "headline")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 3 and lines[0].startswith("[lead headline] ")
    # The note sits under the model's summary (printed after lead's: models come last).
    assert lines[1].startswith("[stub-fallback headline] ") and "Putin" in lines[1]
    assert lines[2] == (
        "  not the model's own text: the lead summary, because none of the model's 1 "
        "candidate passed the faithfulness check (the best scored 0.20)"
    )
    assert "summarize: warning: no model candidate passed" in err


def test_a_published_doubtful_sentence_is_marked_with_what_it_rests_on(
    capsys, seed_path, stub_model
):
    _, out, _ = run(capsys, str(seed_path), "-m", "stub-doubtful", "-l", "paragraph")
    summary, *notes = out.splitlines()
    assert len(notes) == 1 and notes[0].startswith("  doubtful: “")
    doubted = notes[0].split("“", 1)[1].split("”", 1)[0]
    assert doubted and summary.endswith(doubted) and not summary.startswith(doubted)
    assert "(doubtful, score 0.30; roles; rests on: “" in notes[0]
