"""Copies that join what the article keeps apart: a summary sentence made of the start of
one article sentence, cut inside a clause, and a run of another ("Skardu took the lead in
the 18th minute when | Ghizer ... equalized just before the break": the article's "when"
led to another goal), or a list copied without its other items ("crewed by fishermen from
Shimoni" where the article lists "Shimoni, Wasini Island, Vanga and Kibuyuni"), or one
sentence's figures given to what another, written alike, measures. Every word is the
article's, so support and the model's reading see a faithful copy; the relation the joined
words state is the summary's own. A small model writes these when it shortens, and, inside a
name, a word of its own for a span it skips ("the Arkansas Oil andagas").
"""

from __future__ import annotations

import re
from typing import NamedTuple

_TOKEN = re.compile(r"\w[\w'’.&-]*|,")
_FIGURE = re.compile(r"\d")
_SUBJECT_WORDS = 2
"""Words of what a figure measures that its own sentence must lack, for the doubt."""
_RELATING = frozenset(
    ("when", "as", "after", "because", "since", "before", "until", "so", "that", "if", "unless")
)
"""Words that set the clause after them in time, cause or condition, or report it: a join at
one of them states the relation of the article sentence they came from about the other's
news. Not a relative pronoun or "while": a fact about the same person or place from another
sentence ("Jane Smith, who | still works six days a week") is most often true."""
_OBJECT_OF = frozenset(("of", "in", "at", "for", "from", "by", "with", "on", "to", "near"))
"""Prepositions whose object a join may swap for another sentence's subject: "in the Mekong
Delta province of | Mekong Gio Xanh Energy JSC, the investor ..." names the firm a province."""
_OBJECT_WORDS = 3
"""Words of the object a join swapped, and of what took its place, compared."""
MIN_RUN = 4
"""Words copied before a join, so a shared phrase ("in the first half") is no splice."""
MIN_JOINED = 6
"""Words copied after it: a short phrase after "after" ("1-1 draw with Italy") most often
says what the first sentence went on to say, in other words."""
_LEFT_OVER = 3
"""Words of the first sentence after the copied start: it was cut inside, not ended."""
_LIST_GAP = 15
_LIST_OPENERS = frozenset(
    re.findall(
        r"\w+",
        "from in at to of for including across between with and surrounding around near"
        " outside throughout within among into on like via",
    )
)
"""Words before a list of places or parties ("fishermen from Shimoni, Wasini Island, ...",
"the areas surrounding Ifrane, Azrou and Michlifen"), not a name's own title after it
("Jane Smith, Founder and CEO, said", "opened by Gormley, Sculptor and Academician")."""


class _Run(NamedTuple):
    at: int  # first token in the summary sentence
    sentence: int
    start: int  # first token in that article sentence
    size: int


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _runs(ours: list[str], sources: list[list[str]]) -> list[_Run]:
    """The summary sentence as the longest copied runs, left to right (a word no article
    sentence holds starts no run)."""
    index: dict[str, list[tuple[int, int]]] = {}
    for k, tokens in enumerate(sources):
        for p, token in enumerate(tokens):
            index.setdefault(token, []).append((k, p))
    runs = []
    i = 0
    while i < len(ours):
        best = _Run(i, -1, -1, 0)
        for k, p in index.get(ours[i], ()):
            source, size = sources[k], 1
            most = min(len(ours) - i, len(source) - p)
            while size < most and source[p + size] == ours[i + size]:
                size += 1
            if size > best.size:
                best = _Run(i, k, p, size)
        if not best.size:
            i += 1
            continue
        runs.append(best)
        i += best.size
    return runs


def _words(tokens: list[str]) -> int:
    return sum(t != "," for t in tokens)


def splices(sentence: str, article: list[str]) -> list[str]:
    """Doubts for ``sentence`` (a summary's) that joins two article sentences at a relating
    word, or copies a list of names without its other items; ``article``: its sentences."""
    ours = [t.lower() for t in _tokens(sentence)]
    cased = [_tokens(s) for s in article]
    sources = [[t.lower() for t in tokens] for tokens in cased]
    runs = _runs(ours, sources)
    doubts = []
    for left, right, between in _neighbours(runs, ours):
        first = sources[left.sentence]
        copied = first[left.start : left.start + left.size]
        if (
            between
            and left.sentence != right.sentence != between.sentence
            and _mid_clause(sources[right.sentence], right.start, ours[between.at])
        ):
            copied = [*copied, ours[between.at]]  # "..., who finished ninth last season, |
            # when | Mphatso Kalua for Steven Mhone ...": a relating word of a third sentence
        if left.sentence != right.sentence:
            after = first[left.start + left.size :]
            joined = ours[right.at : right.at + right.size]
            swapped = copied[-1] in _OBJECT_OF and right.start == 0  # the object's place
            seen = _OBJECT_WORDS if swapped else len(joined)
            if (
                (copied[-1] in _RELATING or swapped)
                and _words(copied) >= MIN_RUN
                and _words(joined) >= MIN_JOINED
                and _words(after) >= _LEFT_OVER
                and not _content(after[:seen]) & _content(joined[:seen])
            ):
                doubts.append(f"joins two article sentences at '{copied[-1]}'")
        elif right.start > left.start + left.size:
            end = left.start + left.size - (copied[-1] == ",")  # the list's comma, copied
            gap = cased[left.sentence][end : right.start]
            kept = cased[left.sentence][end - 1]
            opens = first[end - 2] if end > 1 else ""  # "from | Shimoni, Wasini Island ..."
            if _list_rest(gap) and kept[:1].isupper() and opens in _LIST_OPENERS:
                rest = " ".join(t for t in gap[1:] if t != ",")
                doubts.append(f"a list cut short: '{kept}' without '{rest}'")
    return doubts


def _neighbours(runs: list[_Run], ours: list[str]) -> list[tuple[_Run, _Run, _Run | None]]:
    """Runs that follow one another in the summary sentence with no word of its own between
    them, and runs joined by one relating word copied from elsewhere (the middle run)."""
    pairs: list[tuple[_Run, _Run, _Run | None]] = []
    for k, (left, right) in enumerate(zip(runs, runs[1:], strict=False)):
        if right.at == left.at + left.size:
            pairs.append((left, right, None))
        after = runs[k + 2] if k + 2 < len(runs) else None
        if (
            after is not None
            and right.size == 1
            and ours[right.at] in _RELATING
            and right.at == left.at + left.size
            and after.at == right.at + 1
        ):
            pairs.append((left, after, right))
    return pairs


def _mid_clause(source: list[str], start: int, word: str) -> bool:
    """whether a run joined at a relating word of a third sentence starts inside its
    own sentence's clause ("... Yamikani Phiri and | Mphatso Kalua for ..."), not at its
    start, after a comma or a verb of saying (a whole clause the summary relates to the first
    sentence, as the article may elsewhere); a relative "that" is the summary's own fusion."""
    if word == "that" or start == 0:
        return False
    return source[start - 1] not in (",", "said", "says", "told", "added", "that")


def _content(tokens: list[str]) -> set[str]:
    """The first five letters of words of four letters or more ("repair" and "repairs" are
    one): what the first sentence went on to say and what was joined share one when the join
    restates it ("footman that | palace aides tried to ..." for "Clarence House aides tried
    to ...")."""
    return {t[:5] for t in tokens if len(t) >= 4 and t.isalpha()}


def _list_rest(gap: list[str]) -> bool:
    """Whether ``gap`` is a list's other items: a comma, names, "and" and a last name."""
    if not gap or gap[0] != "," or len(gap) > _LIST_GAP or "and" not in gap:
        return False
    items = [t for t in gap if t not in (",", "and", "&")]
    return bool(items) and all(t[:1].isupper() for t in items)


_PARALLEL = 0.6
"""Share of the words after a sentence's first figure that another article sentence also
writes: the two are one template ("..., an increase of £39.31 a year, or 76p a week")."""


def figures_moved(sentence: str, article: list[str]) -> list[str]:
    """A doubt for ``sentence`` (a summary's) whose figures are one article sentence's while
    what they measure is another's, written the same way with figures of its own: "The Sefton
    element of the bill for a Band A property will be £825.61" where the article gives Band D's
    Sefton element and Band A's total bill, two sentences alike. Each figure is the article's,
    so support sees none changed."""
    ours = [t.lower().rstrip(".") for t in _tokens(sentence)]
    figures = [t for t in ours if _FIGURE.search(t)]
    if not figures:
        return []
    first = ours.index(figures[0])
    subject = _content(ours[:first])
    sources = [[t.lower().rstrip(".") for t in _tokens(s)] for s in article]
    holders = [i for i, s in enumerate(sources) if all(f in s for f in figures)]
    if len(subject) < _SUBJECT_WORDS or not holders:
        return []
    missing = [subject - _content(sources[i]) for i in holders]
    if min(len(m) for m in missing) < _SUBJECT_WORDS:
        return []  # the figures' own sentence says what they measure
    tail = _content(ours[first:])
    for i, source in enumerate(sources):
        if i in holders or not missing[0] <= _content(source):
            continue
        if set(f for f in source if _FIGURE.search(f)) - set(figures) and (
            len(tail & _content(source)) >= _PARALLEL * max(1, len(tail))
        ):
            return ["gives one article sentence's figures to what another measures"]
    return []


_SKIPPED = 3
"""Article words a copy skips where it writes a word the article never does: a span of the
sentence garbled into one made-up word ("... the Arkansas Oil andagas, covering ...")."""


def garbled_copy(sentence: str, article: list[str]) -> list[str]:
    """A doubt for ``sentence`` (a summary's) that copies an article sentence on both sides of
    one or two words the article never writes, where the article has three or more: "filed an
    application with the Arkansas Oil andagas, covering about 19,800 acres" for "... Oil and Gas
    Commission to establish the Big Creek Brine Unit, covering ...". A small model writes such
    words when it shortens inside a name; neither side alone is wrong."""
    ours = [t.lower() for t in _tokens(sentence)]
    sources = [[t.lower() for t in _tokens(s)] for s in article]
    known = {t for tokens in sources for t in tokens}
    runs = _runs(ours, sources)
    for left, right in zip(runs, runs[1:], strict=False):
        gap = ours[left.at + left.size : right.at]
        source = sources[left.sentence]
        end = left.start + left.size
        if (
            0 < len(gap) <= 2
            and left.sentence == right.sentence
            and right.start - end >= _SKIPPED
            and any(t.isalpha() and t not in known for t in gap)
            and _words(source[left.start : end]) >= MIN_RUN
            and right.size >= MIN_RUN
        ):
            return [f"writes '{' '.join(gap)}' for '{' '.join(source[end : right.start])}'"]
    return []
