"""Choose a headline among several sentences and several cuts of each, never a fragment.

Why: the compressed first sentence (lead's headline) was cut off or verbless in 1 of 6
BBC dev articles (``headline_check``), and another cut of the same sentence, or the next
sentence, usually reads as a clause. Candidates are every cut (``headline.candidates``) of
the first ``FIRST`` sentences; those ``headline_check`` flags are dropped; the rest are
scored by position (news states its point first) plus how much of the article their
content words cover (a title names what the article keeps talking about), per word, so
a long cut is not favoured for its length. Weights were chosen on 600 BBC train articles
against their titles (docs/extractive.md gives the search and the figures).
When no candidate reads cleanly, the method's best-scored sentences are tried in turn.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from ..budget import Budget
from ..credit import CREDIT_VERBS
from ..document import Document
from ..headline import candidates, compress
from ..sentences import QUOTES, lower_word_counts, lower_words, stop_words
from .coherence import back_reference, loose_line
from .headline_check import readable
from .headline_opening import backstory

FIRST = 3
DECAY = 0.5  # position prior exp(-index / DECAY)
COVERAGE = 2.0  # weight of the per-word article coverage
SMOOTH = 8.0  # words added to a candidate's length in that ratio
FALLBACK = 12  # best-scored sentences tried when none of the first reads cleanly
SHORT = 8  # words up to which a sentence must share a content word with the rest of the article


def _cover_bound(sentence: str, counts: Counter[str], stop: frozenset[str]) -> float:
    """The most per-word coverage any cut of ``sentence`` can reach: its best-covered
    content words alone (and the verbs a credit may write), each cut holding at least as
    many words as content words."""
    words = set(lower_words(sentence)) | CREDIT_VERBS
    logs = sorted((math.log(counts[w]) for w in words if w not in stop and counts[w]), reverse=True)
    best = total = 0.0
    for k, value in enumerate(logs, 1):
        total += value
        best = max(best, total / (k + SMOOTH))
    return best


def _about_the_article(sentence: str, counts: Counter[str], stop: frozenset[str]) -> bool:
    """Whether a short sentence at the top shares a content word with the rest of the
    article: a page's furniture ("You can unsubscribe at any time", "Share on: Facebook
    Twitter", a citation's "BMJ 2023; 381 doi") names nothing the article goes on about.
    (The method's best-scored sentences, tried after, are the article's by their score.)"""
    words = lower_words(sentence)
    if len(words) > SHORT:
        return True  # a long sentence is the article's own, whatever words it uses
    own = Counter(w for w in words if w not in stop and len(w) > 2)
    return any(counts[w] > n for w, n in own.items())


def _speaker_before(doc: Document, index: int) -> bool:
    """Whether sentence ``index`` goes on quoting the speaker the sentence before named
    ('"Two years ago that same ground made 42," Ostermeyer said. "You could stand on the
    pickup and see it.'): a quotation it opens and does not close, whose speaker is not
    in it; as a headline it is a claim of nobody's."""
    sentence = doc.sentences[index].text.strip()
    if sentence[:1] not in QUOTES and sentence[-1:] not in QUOTES:
        return False  # no quotation opens or closes it (read first: the check is slower)
    reference = back_reference(sentence)
    if reference == "a quotation's end":
        return True  # 'The good wheat was knee high and ... over your boot."'
    if not index or reference != "an unattributed quotation":
        return False
    if any(mark in sentence[1:-2] for mark in _CLOSING_MARKS):
        return False  # a quoted title or term: '"Oppenheimer" won seven Oscars'
    return bool(_SPEAKER.search(doc.sentences[index - 1].text))


def _inside_quotation(doc: Document, index: int) -> bool:
    """Whether sentence ``index`` sits inside a quotation opened earlier in its paragraph
    and closed later ('"A tapper collects N4,500 a month. When you sell one kilo for N60,
    ... you are left with nothing. ...," he said'): a speaker's words, which as a headline
    read as the article's own claim. The marks around it must open and close the one
    quotation: one left open at a paragraph's end, as news prints one that runs on, or
    closed with a stray mark, proves nothing when paragraphs are joined into one line."""
    start = doc.sentences[index].start
    before = doc.text[doc.text.rfind("\n", 0, start) + 1 : start].rstrip()
    at = max(before.rfind('"'), before.rfind("“"), before.rfind("”"))
    if at < 0 or not _opens(before, at):
        return False
    line_end = doc.text.find("\n", start)
    after = doc.text[start : line_end if line_end >= 0 else len(doc.text)]
    found = _QUOTE_MARK.search(after)
    return bool(found) and not _opens(after, found.start())


_QUOTE_MARK = re.compile('["“”]')


def _opens(text: str, at: int) -> bool:
    """Whether the quote mark at ``at`` opens a quotation: a left mark, or a straight one
    after a space or a line's start and before a word."""
    mark = text[at]
    if mark != '"':
        return mark == "“"
    return (at == 0 or text[at - 1] in " ([{—–-") and at + 1 < len(text) and text[at + 1] != " "


_CLOSING_MARKS = ('"', "”")
_SPEAKER = re.compile(r"\b(?:said|says|told|added|adds|explained|recalled)\b")


def _scored(
    sentence: str, prior: float, counts: Counter[str], stop: frozenset[str], budget: Budget
) -> list[tuple[float, str]]:
    """The sentence's cuts with their scores, best first (ties in ``candidates``' order)."""
    scored = []
    for text in candidates(sentence, budget):
        tokens = lower_words(text)
        content = dict.fromkeys(w for w in tokens if w not in stop)  # summed in order
        cover = sum(math.log(counts[w]) for w in content if counts[w])
        scored.append((-(prior + COVERAGE * cover / (len(tokens) + SMOOTH)), len(scored), text))
    return [(-negative, text) for negative, _, text in sorted(scored)]


def cuts_in_order(doc: Document, index: int, budget: Budget) -> list[str]:
    """The readable cuts of sentence ``index`` in the order ``choose`` prefers them: its
    choice among them first, when it chose that sentence."""
    stop = stop_words(doc.language)
    counts = lower_word_counts(doc.text)
    sentence = doc.sentences[index].text  # the position prior is the same for all its cuts
    return [t for _, t in _scored(sentence, 0.0, counts, stop, budget) if readable(t)]


def choose(doc: Document, order: list[int], budget: Budget) -> tuple[str, int] | None:
    """The best readable headline and its sentence index, or None when no sentence among
    the first ``FIRST`` and the ``FALLBACK`` best-scored compresses into a readable one."""
    stop = stop_words(doc.language)
    counts = lower_word_counts(doc.text)  # stop words are never looked up
    best: tuple[float, str, int] | None = None  # the best-scored readable cut so far
    for i in range(min(FIRST, len(doc.sentences))):
        prior = math.exp(-i / DECAY)
        sentence = doc.sentences[i].text
        if best and prior + COVERAGE * _cover_bound(sentence, counts, stop) <= best[0]:
            continue  # no cut of this sentence can score higher: its cuts are not made
        if (
            loose_line(doc, i)
            or not _about_the_article(sentence, counts, stop)
            or _speaker_before(doc, i)
            or _inside_quotation(doc, i)
            or backstory(sentence)  # tried after, among the best-scored, if nothing else reads
        ):
            continue
        for score, text in _scored(sentence, prior, counts, stop, budget):
            if best and score <= best[0]:
                break  # an earlier sentence's cut wins ties
            if readable(text):  # readability checked best first, as needed
                best = (score, text, i)
                break
    if best:
        return best[1], best[2]
    tried = order[:FALLBACK]  # a backstory last: "he thought the Merino was finished"
    for i in sorted(tried, key=lambda i: backstory(doc.sentences[i].text)):
        if loose_line(doc, i) or _speaker_before(doc, i) or _inside_quotation(doc, i):
            continue
        text = compress(doc.sentences[i].text, budget)
        if text and readable(text):
            return text, i
    return None
