"""Where a headline may be cut before a place, when no clause or phrase cut of the sentence
fits: after a noun ("Frostline secured AED185 million in financing to build a
temperature-controlled warehouse | in Jebel Ali Free Zone"), never where the place is a
verb's or a noun's own complement, or bounds the claim ("the highest inflation rate | in
the G7"). Blind readers judged the side detail a sentence without such a cut fell to
misleading ("The seven-year facility was arranged by ...", read as a building).
"""

from __future__ import annotations

import re

from .dates import MONTHS, WEEKDAYS
from .verbs import AUX, any_finite, finite, marked_words, word_set

# The last resort, when no clause or phrase cut fits: before where a noun is ("to build a
# temperature-controlled warehouse | in Jebel Ali Free Zone"), not a verb's complement
# ("to invest | in Kenya", "was born | in Leeds", "will focus | on Europe")
PLACE_BOUNDARY = re.compile(
    rf"\s(?=(?:in|on|near|across|throughout)\s(?:the\s)?(?:(?:north|south|east|west)(?:ern)?\s)?"
    rf"(?!(?:{MONTHS}|{WEEKDAYS})\b)[A-Z])"
)  # not a date: "late | on Sunday"; "yields | across the southern Riverina"
_TAKES_IN_ON = word_set(
    """invest live work rely focus depend result participate lie arrive stay remain based born
    held located set settle settled spend spent put place placed go went come came out up
    down off late early stake stakes spotlight debut interest role rise fall increase
    decrease cut cuts drop investment share holding ban tax attack impact effect
    pressure decision talks war lead part hand light influence control grip hold say vote
    inquiry sanctions strike order question referendum cameo villain expert embargo legal
    sale high low record heir home"""
)
"""Verbs, particles and nouns whose "in"/"on" is their own ("a 26% stake | in Jagran")."""
# a head whose claim the place bounds: "the highest inflation rate | in the G7", "its first
# store | in India", "the only", "the most streamed artist"
_BOUNDED = re.compile(
    r"\b(?:first|only|most|least|last|latest|best|worst|biggest|largest|highest|lowest|greatest"
    r"|longest|oldest|youngest|fastest|busiest|richest|poorest|strongest|smallest|tallest"
    r"|deepest|top|record)\b(?:\s\S+){0,6}$",
    re.I,
)
_NOT_ADVERBS = word_set("rally assembly family supply ally belly italy july monopoly anomaly reply")
"""Nouns in -ly, no adverb before a place ("held a huge rally | in Niamey")."""


_OPEN_CLAUSE = re.compile(
    r"[:;]|\b(?:that|who|which|whose|say|says|said|ordered|sentenced|urged|asked|told|forced"
    r"|allowed|pleaded|expected|tracking)\b"
)
"""A head whose claim may still be open at a place's cut: a clause that needs its verb or
its complement ("showed that the lowest fare", "ordered the operator of a nursing home")."""


def place_cut(text: str, match: re.Match[str]) -> bool:
    """Whether the place after ``match`` is a noun's, not a verb's complement, in a head
    with no clause left open."""
    if _OPEN_CLAUSE.search(text, 0, match.start()):
        return False
    if not any_finite(marked_words(text[: match.start()])[:-1], None):
        return False  # "Nearly six in ten district nurses | in England say ...": its verb after
    if _BOUNDED.search(text, 0, match.start()):
        return False
    before = text[: match.start()].split()[-2:]
    if not before or not before[-1].isalpha() or not before[-1].islower():
        return False
    word, previous = before[-1], (before[0].lower() if len(before) == 2 else "")
    return not (
        word in _TAKES_IN_ON
        or word.removesuffix("s") in _TAKES_IN_ON  # "lives | in Leeds"
        or word.endswith(("ed", "ing"))
        or finite(word, previous or None)
        and not word.endswith("s")  # "canola yields": a noun
        or previous in AUX
        or previous == "to"
        or word.endswith("ly")
        and word not in _NOT_ADVERBS  # "will invest heavily | in Kenya"
    )
