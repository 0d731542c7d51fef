"""Slips of a small model copying a source sentence: a word put in place of its opposite or
garbled, a name put in place of another of the article's, a figure's qualifier or unit
dropped, a figure given to another item of a list, a whole sentence run on with another's
words. Support sees no new name and the sentence reads as a copy, so nothing else catches
them; each makes the summary sentence unsupported.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from ..abstractive.support import _shared_start, _stem
from ..sentences import stop_words, words
from ..verbs import any_finite, finite, word_set
from .antonyms import OPPOSITES
from .copy_changes import (
    PRONOUN_CONTEXT,
    credit_moved,
    future_made_past,
    lemma,
    made_past,
    main_clause_lost,
    pronoun_changed,
    retold,
    still_to_come,
    subject_pronoun_changed,
    verb_dropped,
)
from .relations import PAST_FORMS

_VARIANTS = (
    (re.compile(r"z"), "s"),
    (re.compile(r"our"), "or"),
    (re.compile(r"ll"), "l"),
    (re.compile(r"tre(s|d)?$"), r"ter\1"),
    (re.compile(r"mme"), "m"),
    (re.compile(r"ence"), "ense"),
    (re.compile(r"ogue"), "og"),
    (re.compile(r"-"), ""),
)
"""British and American spellings, and a hyphen dropped ("loose-head", "loosehead")."""
_T_PAST_PAIRS = "leapt:leap dreamt:dream learnt:learn burnt:burn spelt:spell spilt:spill"
_T_PAST = dict(pair.split(":") for pair in _T_PAST_PAIRS.split())


def _spelling(word: str, language: str) -> str:
    """One key for the inflections and the British and American spellings of a word
    ("centre"/"centers", "leapt"/"leaped", "equalised"/"equalizing", "larger"/"large")."""
    word = _T_PAST.get(word, PAST_FORMS.get(word, word))
    for pattern, replacement in _VARIANTS:
        word = pattern.sub(replacement, word)
    return re.sub(r"(?:er|est)$", "", _stem(word, language))


def copy_slips(
    sentence: str,
    source: str,
    article_words: set[str],
    language: str = "english",
    names: frozenset[str] = frozenset(),
) -> list[str]:
    """Words garbled where the sentence copies its source: a word put in place of its
    opposite ("turned up by 14 publishers" for "turned down"), a word the article never uses
    put in place of one it spells alike ("Smirnoff vodock" for "Smirnoff vodka"), a word
    doubled that the source does not double ("Ospreys" as "Osprey Osprey"), a grade's stars
    changed ("CCI***" as "CCI*"), or a name changed in form ("in the absence of Osprey" for
    "of Ospreys loose-head ..."). A small model copying a long span slips this way; support
    sees no new name and the sentence reads as a copy, so nothing else catches it.
    ``article_words``: the article's words, lower case; ``names``: those it capitalizes
    inside a sentence (``names_of``), by which a first word is a name."""
    ours, theirs = words(sentence), words(source)
    low_ours, low_theirs = [t.lower() for t in ours], [t.lower() for t in theirs]
    slips = []
    pairs = set(zip(low_theirs, low_theirs[1:], strict=False))
    for a, b in zip(low_ours, low_ours[1:], strict=False):
        if a == b and a.isalpha() and a not in stop_words(language) and (a, a) not in pairs:
            slips.append(f"garbled copy: '{a} {a}' doubled")
    theirs_starred: dict[str, list[str]] = {}
    for m in _STARRED.finditer(source):
        theirs_starred.setdefault(m.group(1), []).append(m.group())
    for m in _STARRED.finditer(sentence):
        forms = theirs_starred.get(m.group(1), [])
        if forms and m.group() not in forms:  # the article's own forms are copies
            slips.append(f"garbled copy: '{m.group()}' where the article has '{forms[0]}'")
    if language != "english":  # the spellings below are English ones
        return list(dict.fromkeys(slips))
    slips += _figures_moved(ours, low_ours, low_theirs, language)
    matcher = SequenceMatcher(None, low_ours, low_theirs, autojunk=False)
    copied = 0  # words copied unchanged right before the opcode
    pasts, tense = 0, ""  # presents copied as past; the one still to come
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        copied, before = (i2 - i1 if op == "equal" else 0), copied
        if op == "insert" and i1 > 0 and _qualifier_dropped(low_theirs, j1, j2):
            figure = " ".join(theirs[j1 : j2 + 1])
            slips.append(f"figure's qualifier dropped: '{figure}' copied as '{theirs[j2]}'")
            continue
        if (
            op == "insert"
            and 0 < i1 < len(ours)
            and _unit_dropped(low_theirs, j1, j2, language)
            and _counted(low_ours, i1, language)
        ):
            figure = " ".join(theirs[j1 - 1 : j2 + 1])
            slips.append(f"figure's unit dropped: '{figure}' copied as '{ours[i1 - 1]} {ours[i1]}'")
            continue
        if (
            op == "replace"
            and (i1 > 0 and j1 > 0 or {low_ours[i1], low_theirs[j1]} <= names)
            and _name_swapped(ours[i1:i2], theirs[j1:j2], article_words, language)
        ):  # capitals inside a sentence are names; a first word, when the article says so
            mine, right = " ".join(ours[i1:i2]), " ".join(theirs[j1:j2])
            slips.append(f"name changed: '{mine}' where the article has '{right}'")
            continue
        if op == "replace" and i1 == 0 == j1 and subject_pronoun_changed(low_ours, low_theirs):
            slips.append(f"pronoun changed: '{ours[0]}' where the article has '{theirs[0]}'")
            continue  # "She rejected a defence request" for "He rejected": the judge's act
        if op == "replace" and before >= 3 and verb_dropped(low_ours[i1:i2], low_theirs[j1:j2]):
            mine, right = " ".join(ours[i1:i2]), " ".join(theirs[j1:j2])
            slips.append(f"verb dropped: '{mine}' where the article has '{right}'")
            continue  # "A strike by Serbian teachers into the second week" for "entered its"
        if op == "replace" and future_made_past(low_ours[i1:i2], low_theirs[j1:j2]):
            mine, right = " ".join(ours[i1:i2]), " ".join(theirs[j1:j2])
            slips.append(f"tense changed: '{mine}' where the article has '{right}'")
            continue  # "The sawmill closed at the end of June" for "will close": not yet done
        if op == "replace" and i2 - i1 == 1 == j2 - j1 and made_past(low_ours[i1], low_theirs[j1]):
            pasts += 1
            if still_to_come(low_theirs, j1):
                tense = f"tense changed: '{ours[i1]}' where the article has '{theirs[j1]}'"
            continue  # "the sawmill closed" for "jobs will go when the sawmill closes"
        if op != "replace" or i2 - i1 != 1 or i1 == 0:
            continue  # one word of ours in place of one or more of the source's, inside a copy
        mine, right = low_ours[i1], low_theirs[j1]
        if j2 - j1 == 1 and before >= PRONOUN_CONTEXT and pronoun_changed(mine, right):
            slips.append(f"pronoun changed: '{ours[i1]}' where the article has '{theirs[j1]}'")
            continue  # "sold his catch as his own" for "sold their catch": whose it was
        if frozenset((mine, right)) in OPPOSITES and not (
            j2 - j1 > 1 and lemma(mine) in {lemma(w) for w in low_theirs[j1 + 1 :]}
        ):  # "turned up | at the meeting" for "turned down | the application ... at its
            # meeting": the words after it dropped too; not "Smith won the match" for "Smith
            # lost the first set before winning the match", whose verb comes later
            slips.append(f"reversed copy: '{ours[i1]}' where the article has '{theirs[j1]}'")
            continue
        if theirs[j1].isupper() and ours[i1] == theirs[j1] + "s":
            continue  # an acronym's plural: "PVRs"
        # a name is copied exactly ("Osprey" is not "Ospreys"); a capital of ours alone is
        # a title's style ("Firm Raises Prices" for "raised")
        name = ours[i1][:1].isupper() and theirs[j1][:1].isupper()
        if (
            mine.isalpha()
            and len(mine) >= 4
            and not {mine, f"{mine}'s", f"{mine}’s"} & article_words  # "Durken's" holds it
            and _shared_start(mine, right) >= 3
            and SequenceMatcher(None, mine, right).ratio() >= 0.7  # not "question" for "query"
            and (name or _spelling(mine, language) != _spelling(right, language))
        ):
            slips.append(f"garbled copy: '{ours[i1]}' where the article has '{theirs[j1]}'")
    if tense and pasts == 1 and not retold(low_ours, low_theirs):
        slips.append(tense)  # one verb moved to the past, not a whole sentence retold
    slips += main_clause_lost(sentence, source) + credit_moved(sentence, source)
    return list(dict.fromkeys(slips))


_MIN_COPIED = 5
"""Words of a source a copy holds before what it adds at the end."""


def added_tails(sentence: str, sources: list[str]) -> list[str]:
    """Where ``sentence`` copies one of its ``sources`` (the article sentences it rests on)
    whole and goes on with "and" or "or" and a phrase with no verb, its own or another
    sentence's ("Hollis faces three additional counts of theft of property first degree | and
    receiving stolen property first degree", the second charge the article's for all three
    men): what is added joins the source's claim (a second verb is a claim of its own)."""
    ours = words(sentence)
    low = [w.lower() for w in ours]
    copies = [[w.lower() for w in words(source)] for source in sources]
    if any(_contains(theirs, low) for theirs in copies):
        return []  # one source holds it all: a page gives a sentence twice, once cut short
    for theirs in copies:
        *_, (op, i1, i2, j1, _) = SequenceMatcher(None, low, theirs, autojunk=False).get_opcodes()
        if (
            op == "delete"
            and i2 == len(low)
            and j1 == len(theirs)
            and i1 >= _MIN_COPIED
            and i2 - i1 > 1
            and low[i1] in ("and", "or")
            and not any_finite(low[i1 + 1 :], low[i1])  # not a second verb or clause
            and not (_is_figure(low[i1 + 1]) and "between" in low[max(i1 - 3, 0) : i1])
        ):
            return [f"copy goes on past its source's end: '{' '.join(ours[i1:])}'"]
    return []


def names_of(sentences: list[str]) -> frozenset[str]:
    """The words ``sentences`` write with a capital after their first, lower case."""
    return frozenset(w.lower() for text in sentences for w in words(text)[1:] if w[:1].isupper())


_FIGURE_LINKS = frozenset(("from", "for", "on", "in", "of"))


def _figures_moved(ours: list[str], low: list[str], theirs: list[str], language: str) -> list[str]:
    """A figure the copy gives to another item of its source's list ("$39,000 from
    utilities and $27,000 from food service" for "$39,000 from transportation, $27,000 from
    utilities and $18,000 from food service"): the same figure and word after it, then a
    word of the source's that the source never puts there."""
    stop = stop_words(language)
    moved = []
    for i, word in enumerate(low[:-2]):
        if not (word[:1].isdigit() and len(word) > 1 and low[i + 1] in _FIGURE_LINKS):
            continue
        mine = _next_content(low, i + 2, stop)
        places = [j for j, w in enumerate(theirs[:-2]) if w == word and theirs[j + 1] == low[i + 1]]
        if (
            mine is not None
            and places
            and low[mine] in theirs
            and all(_content_at(theirs, j + 2, stop) != low[mine] for j in places)
            and all(_figure_between(theirs, j, low[mine]) for j in places)
        ):
            right = _next_content(theirs, places[0] + 2, stop)
            theirs_words = " ".join(theirs[places[0] : (right or places[0] + 1) + 1])
            moved.append(
                f"figure moved: '{' '.join(ours[i : mine + 1])}' where the article has "
                f"'{theirs_words}'"
            )
    return moved


def _figure_between(theirs: list[str], at: int, word: str) -> bool:
    """Whether another figure stands between the figure at ``at`` and the nearest place of
    ``word`` in ``theirs``: the word is another item's ("$39,000 from transportation, $27,000
    from utilities"), not a modifier the copy left out ("200 of the school's 450 pupils")."""
    places = [k for k, w in enumerate(theirs) if w == word]
    nearest = min(places, key=lambda k: abs(k - at))
    low, high = sorted((at, nearest))
    return any(w[:1].isdigit() for w in theirs[low + 1 : high])


def _next_content(tokens: list[str], start: int, stop: frozenset[str]) -> int | None:
    """The first word from ``start`` on, within three, that is no stop word."""
    for k in range(start, min(start + 3, len(tokens))):
        if tokens[k] not in stop:
            return k
    return None


def _content_at(tokens: list[str], start: int, stop: frozenset[str]) -> str | None:
    found = _next_content(tokens, start, stop)
    return None if found is None else tokens[found]


def _contains(tokens: list[str], part: list[str]) -> bool:
    """Whether ``part`` runs, word for word, somewhere in ``tokens``."""
    return any(tokens[k : k + len(part)] == part for k in range(len(tokens) - len(part) + 1))


def _unit_dropped(theirs: list[str], start: int, end: int, language: str) -> bool:
    """Whether the source words ``theirs[start:end]``, left out of a copy right after a
    figure, held what the figure counts and another figure ("by six | wickets with almost 23 |
    overs to spare" copied as "by six overs to spare"): the figure then counts the wrong thing."""
    dropped = theirs[start:end]
    return (
        start > 0
        and len(dropped) <= _MOST_DROPPED
        and _is_figure(theirs[start - 1])
        and dropped[0].isalpha()
        and dropped[0] not in stop_words(language)
        and any(_is_figure(w) for w in dropped[1:])
    )


def _counted(low: list[str], at: int, language: str) -> bool:
    """Whether the copy's word at ``at``, right after a figure, is what it counts: a noun
    ("six | overs"), not a verb or a small word ("13 | have been sanctioned")."""
    word = low[at]
    before = low[at - 1] if at else None
    return word.isalpha() and word not in stop_words(language) and not finite(word, before)


_MOST_DROPPED = 5
"""Words a copy may leave out after a figure and still be read as dropping its unit."""
_COUNT = re.compile(r"\d[\d,.]*")


def _is_figure(word: str) -> bool:
    """A count ("23", "1,400", "six"), not a compound ("14-year-old", "4-5")."""
    return bool(_COUNT.fullmatch(word)) or word in _NUMBER_WORDS


_DEMONYM = re.compile(r"(?:ish|ese|ian)$")


def _name_swapped(
    mine: list[str], right: list[str], article_words: set[str], language: str
) -> bool:
    """Whether a copy puts one name of the article where its source has another ("Stal
    needed a win" for "Włókniarz needed a win"): capitalized words on both sides, ours one
    the article uses, sharing no word or spelling with the source's (a plural, a possessive
    or a garbled form is another slip, or none), and not a nationality's adjective ("British"
    for "UK")."""
    if not 1 <= len(mine) <= 2 or not 1 <= len(right) <= 3:
        return False
    stop = stop_words(language)
    return (
        all(w[:1].isupper() and w.lower() not in stop for w in mine + right)
        and all(w.lower() in article_words for w in mine)
        and not any(_DEMONYM.search(w.lower()) for w in mine)
        and not any(w.lower().rstrip(".") in _TITLES for w in mine + right)  # "Bob" for "Mr"
        and not any(len(w) > 1 and w.isupper() for w in mine + right)  # "NHS", "UK": initials
        and not any(_shared_start(a.lower(), b.lower()) >= 3 for a in mine for b in right)
    )


_TITLES = word_set(
    "mr mrs ms miss dr sir lord lady dame prof professor president minister judge justice"
    " coach captain chief officer sgt cllr coun rev father sister"
)


# a grade in stars ("CCI***", "a 5* hotel"): words drop the stars, a copy must keep them
_STARRED = re.compile(r"(?<![\w*])([\w-]*\w)\*+")


_QUALIFIERS = frozenset(
    ("under", "over", "more", "less", "fewer", "than", "nearly", "almost", "below", "above")
    + ("least", "at", "up", "to")
)
_NUMBER_WORDS = frozenset(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven")
    + ("twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand")
    + ("million", "billion", "dozen", "half", "quarter")
)


def _qualifier_dropped(theirs: list[str], start: int, end: int) -> bool:
    """Whether the source words ``theirs[start:end]``, left out of a copy, are what a figure
    right after them is bounded by ("just under eight hectares" copied as "just eight
    hectares", "more than 300" as "300"): the figure then claims more than the article."""
    dropped = theirs[start:end]
    after = theirs[end] if end < len(theirs) else ""
    return (
        bool(dropped)
        and all(w in _QUALIFIERS for w in dropped)
        and bool(after)
        and (after[:1].isdigit() or after[:1] in "£$€¥" or after in _NUMBER_WORDS)
    )
