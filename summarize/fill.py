"""Whole sentences within a Budget, counted one way for every writer of a paragraph.

Extractive selection, the model's paragraph and the ROUGE oracle all take whole sentences
while the budget holds, and shorten a single sentence when none fits. Doing both here keeps
them comparable: a method differs from another in which sentences it prefers, not in how it
counts a budget or trims what is left.
"""

from __future__ import annotations

from collections.abc import Sequence

from .budget import Budget, count_words
from .headline import compress, cut_at_words


class Fill:
    """Sentences taken while ``budget`` holds.

    Words, characters (the sentences joined by single spaces) and sentences are summed as they
    are added, so a test costs only the new sentences, and the totals are what ``Budget.fits``
    says of the joined text, in any order of adding.
    """

    def __init__(self, budget: Budget) -> None:
        self.budget = budget
        self.words = self.chars = self.sentences = 0

    def fits(self, texts: Sequence[str]) -> bool:
        """Whether these sentences, added to those taken, stay within the budget."""
        budget = self.budget
        sentences = self.sentences + len(texts)
        words = self.words + sum(count_words(t) for t in texts)
        chars = self.chars + sum(len(t) + 1 for t in texts) - (self.sentences == 0)
        return (
            (budget.max_sentences is None or sentences <= budget.max_sentences)
            and (budget.max_words is None or words <= budget.max_words)
            and (budget.max_chars is None or chars <= budget.max_chars)
        )

    def add(self, texts: Sequence[str]) -> bool:
        """Take these sentences if they fit; whether they were taken."""
        if not texts or not self.fits(texts):
            return False
        self.words += sum(count_words(t) for t in texts)
        self.chars += sum(len(t) + 1 for t in texts) - (self.sentences == 0)
        self.sentences += len(texts)
        return True

    @property
    def full(self) -> bool:
        """No further sentence can fit: the sentence limit is reached."""
        return self.budget.max_sentences is not None and self.sentences >= self.budget.max_sentences


def shorten(sentence: str, budget: Budget) -> tuple[str, bool]:
    """One sentence longer than ``budget``, made to fit: compressed the way a headline is and
    ended with a full stop, or where that does not fit, cut at a word boundary. The flag says
    whether it was compressed (True) or cut (False), for the warning the caller gives."""
    shorter = compress(sentence, budget)
    if shorter and budget.fits(shorter + "."):
        return shorter + ".", True
    return cut_at_words(sentence, budget), False
