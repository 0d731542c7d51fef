"""Concurrent requests for one method share one batched call."""

from __future__ import annotations

import threading

from summarize import PRESETS, Document, Summary
from summarize.demo.batching import Runner


class Recorder:
    """A Summarizer stand-in that records each call's articles; "fail" fails its batch."""

    def __init__(self):
        self.calls: list[list[str]] = []

    def summarize(self, doc, budget):
        return self.summarize_many([doc], budget)[0]

    def summarize_many(self, docs, budget):
        self.calls.append([d.text for d in docs])
        if any("fail" in d.text for d in docs):
            raise ValueError("this article cannot be summarized")
        return [Summary(d.text.upper(), "fake", budget) for d in docs]


def _concurrently(runner, texts, budget=PRESETS["headline"]):
    """Each text as its own request in its own thread, all registered before any runs."""
    ready = threading.Barrier(len(texts))
    out: dict[str, object] = {}

    def request(text):
        with runner.requests():
            ready.wait()
            try:
                out[text] = runner.summarize(Document.from_clean_text(text), budget).text
            except ValueError as err:
                out[text] = err

    threads = [threading.Thread(target=request, args=(t,)) for t in texts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out


def test_two_concurrent_requests_are_one_call_not_two_in_turn():
    recorder = Recorder()
    runner = Runner(lambda: recorder, gather_s=60)
    out = _concurrently(runner, ["First story.", "Second story."])
    assert out == {"First story.": "FIRST STORY.", "Second story.": "SECOND STORY."}
    assert [sorted(c) for c in recorder.calls] == [["First story.", "Second story."]]


def test_four_requests_go_in_batches_of_at_most_max_batch():
    recorder = Recorder()
    runner = Runner(lambda: recorder, max_batch=2, gather_s=60)
    texts = [f"Story {i}." for i in range(4)]
    out = _concurrently(runner, texts)
    assert out == {t: t.upper() for t in texts}
    assert sorted(len(c) for c in recorder.calls) == [2, 2]


def test_a_failing_article_fails_only_its_own_request():
    recorder = Recorder()
    runner = Runner(lambda: recorder, gather_s=60)
    out = _concurrently(runner, ["Good story.", "This will fail."])
    assert out["Good story."] == "GOOD STORY."
    assert isinstance(out["This will fail."], ValueError)
    assert len(recorder.calls) == 3  # the batch, then each article alone


def test_a_lone_request_is_called_alone():
    recorder = Recorder()
    runner = Runner(lambda: recorder)
    with runner.requests():
        summary = runner.summarize(Document.from_clean_text("Only story."), PRESETS["paragraph"])
    assert summary.text == "ONLY STORY." and recorder.calls == [["Only story."]]
