"""Greedy ROUGE oracle: the extract that scores best against the references, within the
same Budget every method gets. It reads the references, so it is an upper bound for
extractive methods, not a method (Nallapati et al. 2017's greedy search).

Paragraph: add the sentence that most raises mean ROUGE-1/2 F1 while the whole text still
fits the budget (counted by ``summarize.fill``, as every method's is); stop when nothing
raises it. Headline: every sentence made into a headline the way every method's is
(``summarize.headline``), and the best one kept.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from summarize import Budget, Document, SourceSentence, Summary
from summarize.extractive.base import select
from summarize.fill import Fill
from summarize.headline import compress, cut_at_words

from .rouge import Rouge, RougeConfig

NAME = "oracle"


class Oracle:
    name = NAME

    def __init__(self, config: RougeConfig | None = None) -> None:
        self.rouge = Rouge(replace(config or RougeConfig(), types=("rouge1", "rouge2")))

    def objective(self, references: Sequence[str], text: str) -> float:
        scores = self.rouge.score(references, text)
        return (scores["rouge1"].fmeasure + scores["rouge2"].fmeasure) / 2

    def summarize(self, doc: Document, references: Sequence[str], budget: Budget) -> Summary:
        started = time.perf_counter()
        if budget.kind == "headline":
            text, picked, best, warnings = self._headline(doc, references, budget)
        else:
            text, picked, best, warnings = self._paragraph(doc, references, budget)
        sources = tuple(
            SourceSentence(i, doc.sentences[i].start, doc.sentences[i].end, best) for i in picked
        )
        elapsed = time.perf_counter() - started
        return Summary(text, NAME, budget, sources, elapsed, tuple(warnings))

    def _headline(
        self, doc: Document, references: Sequence[str], budget: Budget
    ) -> tuple[str, list[int], float, list[str]]:
        best: tuple[float, int, str] | None = None
        for sentence in doc.sentences:
            text = compress(sentence.text, budget) or cut_at_words(sentence.text, budget)
            score = self.objective(references, text)
            if best is None or score > best[0]:
                best = (score, sentence.index, text)
        assert best is not None  # a Document has at least one sentence
        return best[2], [best[1]], best[0], []

    def _paragraph(
        self, doc: Document, references: Sequence[str], budget: Budget
    ) -> tuple[str, list[int], float, list[str]]:
        fill = Fill(budget)
        picked: list[int] = []
        current = 0.0
        while not fill.full:
            gains = []
            for sentence in doc.sentences:
                if sentence.index in picked or not fill.fits([sentence.text]):
                    continue
                chosen = sorted([*picked, sentence.index])
                text = " ".join(doc.sentences[i].text for i in chosen)
                gains.append((self.objective(references, text), sentence.index))
            if not gains or max(gains)[0] <= current:
                break
            current, index = max(gains, key=lambda g: (g[0], -g[1]))
            fill.add([doc.sentences[index].text])
            picked = sorted([*picked, index])
        if picked:
            return " ".join(doc.sentences[i].text for i in picked), picked, current, []
        # Every sentence is over the budget: shorten the best one as every method does.
        scores = np.array([self.objective(references, s.text) for s in doc.sentences])
        text, chosen, warnings = select(doc, scores, budget)
        return text, chosen, float(scores.max()), warnings
