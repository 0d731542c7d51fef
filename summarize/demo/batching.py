"""Concurrent requests for one method share its calls, so the model is not run once per user.

A method runs one call at a time: the model's sampling seeds torch's global random generator,
so two generations in parallel threads would change each other's candidates, and one
generation already uses every core. Instead, requests that reach the same method together are
summarized in one batched call (``Summarizer.summarize_many``: the model reads the articles
side by side), so the second of two requests finishes with the first, not after it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from ..api import Summarizer
from ..budget import Budget
from ..document import Document
from ..summary import Summary

GATHER_S = 1.0
"""How long a batch waits for requests known to be on their way (they registered with
``requests()``); a lone request never waits."""


@dataclass(eq=False)
class _Job:
    doc: Document
    budget: Budget
    summary: Summary | None = None
    error: BaseException | None = None
    done: bool = False


@dataclass(eq=False)
class Runner:
    """One method's calls: one batch at a time, each batch all the jobs waiting for the same
    budget."""

    load: Callable[[], Summarizer]
    max_batch: int = 4
    gather_s: float = GATHER_S
    _pending: list[_Job] = field(default_factory=list)
    _active: int = 0
    _changed: threading.Condition = field(default_factory=threading.Condition)
    _running: threading.Lock = field(default_factory=threading.Lock)

    @contextmanager
    def requests(self) -> Iterator[None]:
        """Around one request's use of this method: a batch waits for the requests inside."""
        with self._changed:
            self._active += 1
        try:
            yield
        finally:
            with self._changed:
                self._active -= 1
                self._changed.notify_all()

    def summarize(self, doc: Document, budget: Budget) -> Summary:
        job = _Job(doc, budget)
        with self._changed:
            self._pending.append(job)
            self._changed.notify_all()
        with self._running:
            if not job.done:
                self._run(self._gather(job))
        if job.error is not None:
            raise job.error
        assert job.summary is not None
        return job.summary

    def _gather(self, job: _Job) -> list[_Job]:
        """The jobs of this batch: this one's budget, after the requests on their way arrive."""
        deadline = time.monotonic() + self.gather_s
        with self._changed:
            while len(self._pending) < min(self._active, self.max_batch):
                left = deadline - time.monotonic()
                if left <= 0 or not self._changed.wait(left):
                    break
            batch = [j for j in self._pending if j.budget == job.budget][: self.max_batch]
            if job not in batch:
                batch = [job, *batch[: self.max_batch - 1]]
            self._pending = [j for j in self._pending if j not in batch]
        return batch

    def _run(self, batch: list[_Job]) -> None:
        if len(batch) == 1:
            job = batch[0]
            try:
                job.summary = self.load().summarize(job.doc, job.budget)
            except Exception as err:
                job.error = err
            job.done = True
            return
        try:
            docs = [j.doc for j in batch]
            summaries = self.load().summarize_many(docs, batch[0].budget)
        except Exception:
            for job in batch:  # one article's failure is not another user's
                self._run([job])
            return
        for job, summary in zip(batch, summaries, strict=True):
            job.summary, job.done = summary, True
