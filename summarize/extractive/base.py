"""The extractive interface: a method scores sentences, ``select`` fits them to the budget.

Sharing ``select`` keeps the comparison between methods about which sentences they
rate highest, not about how each one trims its output.
"""

from __future__ import annotations

import time
from abc import ABC, abstractmethod

import numpy as np

from ..budget import Budget
from ..document import Document
from ..fill import Fill, shorten
from ..headline import compress, cut_at_words
from ..sentences import sentence_key
from ..summary import SourceSentence, Summary
from ..verbs import has_verb
from .coherence import Leaning, loose_line, render
from .fragments import fragment
from .headline_choice import choose
from .names import with_full_names

HEADLINE_CANDIDATES = 3


class ExtractiveMethod(ABC):
    name: str = "extractive"
    choose_headline: bool = False
    """Pick the headline among cuts of the first sentences (``headline_choice``) rather than
    compressing the best-scored sentence; off for lead and sumy's methods, which stay the
    published baselines."""

    @abstractmethod
    def score(self, doc: Document, budget: Budget) -> np.ndarray:
        """One salience score per sentence of ``doc`` (higher is better)."""

    def warnings(self, doc: Document) -> tuple[str, ...]:
        """What the method left out of ``doc`` (a cap on the work it does), for the Summary."""
        return ()

    def summarize(self, doc: Document, budget: Budget) -> Summary:
        started = time.perf_counter()
        scores = np.asarray(self.score(doc, budget), dtype=float)
        text, picked, warnings = select(doc, scores, budget, self.choose_headline)
        if not budget.fits(text, 1 if budget.kind == "headline" else len(picked)):
            text = cut_at_words(text, budget)  # the contract holds whatever the text is
            warnings = [*warnings, "the summary was cut at a word to fit the budget"]
        sources = tuple(
            SourceSentence(i, doc.sentences[i].start, doc.sentences[i].end, float(scores[i]))
            for i in picked
        )
        return Summary(
            text,
            self.name,
            budget,
            sources,
            time.perf_counter() - started,
            tuple(doc.warnings) + self.warnings(doc) + tuple(warnings),
        )


def select(
    doc: Document, scores: np.ndarray, budget: Budget, choose_headline: bool = False
) -> tuple[str, list[int], list[str]]:
    """Summary text, the sentence indices used (document order) and warnings."""
    order = [int(i) for i in np.argsort(-scores, kind="stable")]
    if budget.kind == "headline" and choose_headline:
        if chosen := choose(doc, order, budget):
            return chosen[0], [chosen[1]], []
        # nothing reads cleanly: the news first, when the first sentence is one
        first = doc.sentences[0] if doc.sentences else None
        lead = [0] if first and first.n_words >= 5 and has_verb(first.text) else []
        return _headline(doc, list(dict.fromkeys([*lead, *order])), budget)
    if budget.kind == "headline":
        return _headline(doc, order, budget)
    return _paragraph(doc, order, budget)


def _headline(doc: Document, order: list[int], budget: Budget) -> tuple[str, list[int], list[str]]:
    for i in order[:HEADLINE_CANDIDATES]:
        headline = compress(doc.sentences[i].text, budget)
        if headline:
            return headline, [i], []
    top = order[0]
    warning = "no sentence compresses cleanly into the headline budget; cut at a word boundary"
    return cut_at_words(doc.sentences[top].text, budget), [top], [warning]


def _fragment(doc: Document, i: int) -> bool:
    """A sentence never picked: a fragment, or a line that is no sentence."""
    return fragment(doc.sentences[i].text, doc.language) or loose_line(doc, i)


_HELD_WORDS = 10
"""A sentence this long that another ends with is the same news twice."""


def _holds(held: set[str], keys: list[str]) -> bool:
    """Whether a picked sentence ends with a new one, or a new one with a picked one: a
    page's share box repeats its title and first sentence as one line. Only a long one, and
    only at the end: a shorter sentence's words inside a longer one ("he was jailed for 18
    months" within "in 2019 he was jailed for 18 months for ...") can be other news."""
    return any(
        f" {long}".endswith(f" {short}")
        for key in keys
        for h in held
        for short, long in ((key, h), (h, key))
        if len(long) > len(short) and short.count(" ") + 1 >= _HELD_WORDS
    )


def _paragraph(
    doc: Document, order: list[int], budget: Budget, skip_fragments: bool = True
) -> tuple[str, list[int], list[str]]:
    """Best-scored sentences that fit, in score order. A sentence that leans on the one before
    it ("But ...", "He ...") comes with that sentence or not at all, so none dangles; a
    sentence the paragraph already holds word for word, or that ends with one of its
    sentences (or it with this one), is not picked."""
    fill = Fill(budget)
    picked: list[int] = []
    held: set[str] = set()
    leans = Leaning(doc)
    for i in order:
        if i in picked or not fill.fits([doc.sentences[i].text]):
            continue  # a sentence that cannot fit alone cannot fit with the one before it
        if skip_fragments and _fragment(doc, i):
            continue
        group = [i]
        if leans(i) and i - 1 not in picked:
            if (leans(i - 1) and i - 2 not in picked) or (skip_fragments and _fragment(doc, i - 1)):
                continue  # a chain of pointers back: its head is not worth the space
            group = [i - 1, i]
        keys = [sentence_key(doc.sentences[j].text) for j in group]
        if held.intersection(keys) or len(set(keys)) < len(keys) or _holds(held, keys):
            continue
        if fill.add([doc.sentences[j].text for j in group]):
            picked += group
            held.update(keys)
            if fill.full:
                break
    if picked:
        picked.sort()
        text = " ".join(with_full_names(render(doc, picked), doc.text, doc.language, budget))
        return text, picked, []
    if skip_fragments:  # only fragments fit: better than a sentence cut to fit
        return _paragraph(doc, order, budget, skip_fragments=False)
    top = order[0]
    text, compressed = shorten(doc.sentences[top].text, budget)
    done = "shortened" if compressed else "cut at a word boundary"
    return text, [top], [f"every sentence is longer than the budget; the best one was {done}"]
