"""Give a person their full name the first time a paragraph names them.

Why: extraction keeps sentences, not the one that introduced a person, so a paragraph can
say "Tokayev also has sought ..." without ever saying who Tokayev is, where the article
wrote "Kassym-Jomart Tokayev" in a sentence left out (issue 11). A capitalized word that
the article also writes after a given name ("Kassym-Jomart Tokayev", "Lakshmi Mittal") is
a surname when the article also shows it is a person's ("Mr Mittal", "Tokayev said") and
writes neither word in lower case (a firm's "Mittal Steel" beside "steel"). Its first bare
mention in the paragraph (not after a given name or a title such as "Mr" or "President")
becomes the full name, when the paragraph still fits.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from ..budget import Budget, count_words
from ..dates import CALENDAR, MONTHS, WEEKDAYS
from ..sentences import SPEECH_VERBS, stop_words


def _words_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NAME_REST = r"[a-z]+(?:[-'’][A-Z]?[a-z]+)*"
_NAME = rf"[A-Z]{_NAME_REST}"
# A name that starts a word: "\b" + _NAME, written with the capital first, so that the regex
# engine skips straight to capitals (a pattern opening on "\b" is tried at every character).
_WORD_NAME = rf"[A-Z](?<!\w[A-Z]){_NAME_REST}"
_FULL = re.compile(rf"({_WORD_NAME}(?: [A-Z]\.)? )({_NAME})\b")
_TITLES = _words_set(
    """mr mrs ms miss dr sir dame lord lady president prime minister chancellor king queen
    prince princess general gen col captain capt judge justice senator sen rep governor
    gov mayor pope st saint mp mep msp"""
)
_NOT_GIVEN = CALENDAR | _words_set(
    """north south east west new former chief black white blue green golden gold silver royal"""
)  # a team's first word ("Black Pirates", "Blue Bulls") is no given name


def given_names(text: str, language: str, within: str | None = None) -> dict[str, str]:
    """Surname -> full name, the first time the text writes a given name before it; only
    surnames that occur in ``within`` when given."""
    return _full_names(text, _pairs(text, language, within))


def _pairs(text: str, language: str, within: str | None) -> list[tuple[str, str, str]]:
    """(given name, surname, given name's first word lower-cased) as the text writes them,
    in order, titles and stop words left out: one scan of the text."""
    stop = stop_words(language)
    pairs = []
    for match in _FULL.finditer(text):
        given, surname = match.group(1), match.group(2)
        if within is not None and surname not in within:
            continue
        first = given.split()[0].lower()
        if first in stop or first in _TITLES or first in _NOT_GIVEN:
            continue
        if surname.lower() in stop or surname.lower() in _TITLES:
            continue
        if _INSIDE_LONGER.match(text, match.end()) or _after_name(text, match.start()):
            continue  # "Taranaki Emergency Management", "Fire and Emergency": an office's name
        pairs.append((given, surname, first))
    return pairs


_INSIDE_LONGER = re.compile(rf" (?!(?:{WEEKDAYS}|{MONTHS})\b)[A-Z]")
"""A capital after the name that is not a day or a month: a longer name's next word."""


def _after_name(text: str, start: int) -> bool:
    """Whether a capitalized word other than a title runs into ``start`` in the sentence."""
    if start < 2 or text[start - 1] != " " or not text[start - 2].isalpha():
        return False  # nothing before, a line's start, or a word ending in punctuation
    begin = max(text.rfind(" ", 0, start - 1), text.rfind("\n", 0, start - 1)) + 1
    word = text[begin : start - 1]
    return word[:1].isupper() and word.lower() not in _TITLES


def _full_names(text: str, pairs: list[tuple[str, str, str]]) -> dict[str, str]:
    """The pairs whose surname the text shows to be a person's, and whose words it never
    writes in lower case (four more scans of the text)."""
    if not pairs:
        return {}
    people = _people(text)
    lower = set(re.findall(r"\b[a-z][a-z'’-]*\b", text))  # common words: "steel", "premium"
    out: dict[str, str] = {}
    for given, surname, first in pairs:
        if surname in out or first in lower or surname.lower() in lower:
            continue  # decided already; "Mittal Steel": a company, the article writes "steel"
        if _shared(text, surname):
            out[surname] = ""  # two people of one family: a bare surname may be either
        elif surname in people and not _names_a_firm(text, surname):
            out[surname] = given + surname  # not "waffle maker Vandermeulen": the family's firm
    return {surname: name for surname, name in out.items() if name}


def _shared(text: str, surname: str) -> bool:
    """Whether the text writes ``surname`` after two different given names ("Ram Bahadur
    Chaudhary" and "his wife, Sushila Chaudhary"): "Chaudhary was discharged" is either."""
    given: set[str] = set()
    pattern = rf"(?:(?<=\s)|^)((?:[A-Z][\w-]* )*?)([A-Z][\w-]*)(?: [A-Z]\.)? {re.escape(surname)}\b"
    for match in re.finditer(pattern, text):
        whole = [*match.group(1).split(), match.group(2)]
        if whole[0].lower() in ("the", "a", "an"):
            continue  # "The Egyptian Salah": an adjective, no given name
        chain = [w for w in whole if w.lower() not in _NOT_FIRST_NAMES | _NOT_GIVEN]
        if not chain or chain[0].endswith("-based"):
            continue
        given.add(chain[0])  # "Ram Bahadur Chaudhary" and "Ram Chaudhary" are one
    # "Joe" and "Joseph" are one person's
    people = {g for g in given if not any(o != g and o.startswith(g) for o in given)}
    return len(people) > 1


_NOT_FIRST_NAMES = _TITLES | _words_set(
    """the a an but and as at in on if when while after before by for of to with from
    sister brother father mother aunt uncle officer coach manager captain detective sergeant
    constable inspector professor prof chairman director
    american british english scottish welsh irish french german spanish italian russian
    chinese japanese indian australian canadian swiss dutch belgian brazilian mexican swedish
    norwegian danish finnish polish czech serbian croatian greek turkish kenyan nigerian
    egyptian ghanaian ugandan south african nepali nepalese pakistani portuguese argentine
    ukrainian israeli iranian korean jamaican democrat republican tory labour skipper striker
    goalkeeper defender midfielder winger forward substitute veteran teenager pm cllr
    councillor rev pastor bishop sgt pc dc ds di dci supt insp"""
)
"""Capitalized words before a surname that are no given name: a sentence's first word, a
title or a role ("Sister Loftin"), a nationality ("American Davenport")."""


# what a firm is called before its name ("biscuit maker Vandermeulen", "rival Ferrero")
_FIRM_NOUNS = (
    "maker|makers|company|firm|group|brand|retailer|chain|bank|carrier|airline|manufacturer"
    "|producer|supplier|operator|giant|club|label|studio|publisher|developer|builder|brewer"
    "|carmaker|automaker|insurer|lender|miner|grocer|supermarket"
)
_SPEECH = "|".join(SPEECH_VERBS)
_TITLE_WORDS = "Mr|Mrs|Ms|Miss|Dr|Sir|President|Premier|Chancellor|Senator|Governor|Mayor"
# Evidence that a name is a person's, not a firm's or a place's ("Mittal Steel", "Manchester
# United"): a title ("Mr Mittal"), speech ("Tokayev said"), an apposition ("Nazarbayev, who").
# each title written as its capital, then "no word before it", then its rest: a pattern whose
# every branch opens on a letter lets the regex engine skip to those letters ("\b" first is
# tried at every character)
_TITLE_FIRST = "|".join(rf"{t[0]}(?<!\w{t[0]}){t[1:]}" for t in _TITLE_WORDS.split("|"))
_PERSON = (
    re.compile(rf"(?:{_TITLE_FIRST})\.? ({_NAME})\b"),
    re.compile(rf"({_WORD_NAME})(?:'s)? (?:(?:has|had|also) )?(?:{_SPEECH})\b"),
    re.compile(rf"({_WORD_NAME}), (?:who|whose|\d+)\b"),
)


def _names_a_firm(text: str, surname: str) -> bool:
    """Whether the text writes ``surname`` as a firm's name: after a firm's noun, not after
    "the" with a verb following ("The company Jobs co-founded": Jobs is its founder)."""
    pattern = rf"\b(?<!the )(?<!The )(?:{_FIRM_NOUNS}) {re.escape(surname)}\b(?! \w+ed\b)"
    return bool(re.search(pattern, text))


def _people(text: str) -> set[str]:
    """Capitalized words the text shows to be people's names (three scans of the text)."""
    return {name for pattern in _PERSON for name in pattern.findall(text)}


def with_full_names(sentences: list[str], article: str, language: str, budget: Budget) -> list[str]:
    """``sentences`` (a paragraph, in order) with each person's first bare surname made
    the full name, one at a time while the paragraph fits ``budget``."""
    pairs = _pairs(article, language, " ".join(sentences))
    bare = _first_bare_all(sentences, {p[1] for p in pairs})
    if not bare:
        return list(sentences)  # no surname stands bare: the costlier scans are not needed
    names = _full_names(article, [p for p in pairs if p[1] in bare])
    out = list(sentences)
    done: set[str] = set()
    while names and (found := _first_bare(out, names, done)):
        k, start, end, surname = found
        done.add(surname)
        trial = [*out[:k], out[k][:start] + names[surname] + out[k][end:], *out[k + 1 :]]
        text = " ".join(trial)
        if (budget.max_words is None or count_words(text) <= budget.max_words) and (
            budget.max_chars is None or len(text) <= budget.max_chars
        ):
            out = trial
    return out


_BARE = re.compile(rf"([A-Z](?<![\w'’-][A-Z]){_NAME_REST})\b")  # a name after no word


def _first_bare(
    sentences: list[str], names: dict[str, str], done: set[str]
) -> tuple[int, int, int, str] | None:
    """The first mention (sentence, start, end, surname) of a known surname not yet handled
    whose first mention in the paragraph is bare; a surname first met with its given name
    or a title is handled as it is."""
    for k, match, surname in _first_mentions(sentences, names.keys(), done):
        if not any(names[surname] in s for s in sentences[: k + 1]):
            return k, match.start(), match.end(), surname
    return None


def _first_bare_all(sentences: list[str], surnames: set[str]) -> set[str]:
    """The ``surnames`` whose first mention in the paragraph is bare: the only ones
    ``_first_bare`` can return (a full name put in is followed by its surname, never bare)."""
    return {surname for _, _, surname in _first_mentions(sentences, surnames, set())}


def _name_part(word: str) -> bool:
    """Whether ``word``, before a surname, may be a name's own part: a capital, or one after
    an opening bracket or quote ("(H Walker", a nickname '"Billie" Orszak'), unless a
    quotation closes on it ('"Never," Badenoch said')."""
    if word[:1].isupper():
        return True
    bare = word.lstrip("([\"'“‘")
    return bare[:1].isupper() and not bare.rstrip("\"'”’").endswith((",", ".", ";", ":"))


def _first_mentions(
    sentences: list[str], surnames: Collection[str], done: set[str]
) -> Iterator[tuple[int, re.Match[str], str]]:
    """(sentence, match, surname) of each of ``surnames`` not in ``done`` whose first
    mention in the paragraph is bare, in order."""
    seen: set[str] = set(done)
    for k, sentence in enumerate(sentences):
        for match in _BARE.finditer(sentence):
            surname = match.group(1)
            if surname in seen or surname not in surnames:
                continue
            seen.add(surname)
            before = sentence[: match.start()].split()
            previous = before[-1].strip(",.;:'\"‘“").lower() if before else ""
            after = sentence[match.end() :].split(maxsplit=1)
            if before and (_name_part(before[-1]) or previous in _TITLES):
                continue  # "Kassym-Jomart Tokayev" already, "President Tokayev", "(H Walker"
            if after and after[0][:1].isupper():
                continue  # part of a longer name: "Mittal Steel"
            yield k, match, surname
