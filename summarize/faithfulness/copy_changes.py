"""What a copy of a source sentence changes besides its words: whose a thing is (a pronoun
for another person's), when it happens (the article's future or present written as done),
and whether it still has a main verb. A small model copying a long span makes these slips;
the sentence reads as a copy, so only a comparison with its source sees them.
"""

from __future__ import annotations

import re

from ..abstractive.support import _stem
from ..credit import CREDIT_VERBS
from ..verbs import DETERMINERS, PREPOSITIONS, any_finite, finite, has_verb, word_set
from .relations import PAST_FORMS


def lemma(word: str) -> str:
    """A verb's stem, its past forms as its bare one ("sold", "sells": "sell")."""
    return _stem(PAST_FORMS.get(word, word), "english")


_PERSONS = {
    **dict.fromkeys(("he", "him", "his", "himself"), "he"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "she"),
    **dict.fromkeys(("they", "them", "their", "theirs", "themselves"), "they"),
    **dict.fromkeys(("it", "its", "itself"), "it"),
}


PRONOUN_CONTEXT = 4
"""Words copied unchanged before a pronoun changed: after a subject changed ("Henderson
played his" for "Henderson and Mignolet both played their") the pronoun follows it."""


def pronoun_changed(mine: str, right: str) -> bool:
    """Whether a copy put one person's pronoun for another's ("his catch" for "their
    catch"); not "it" for "they" or "she", which news writes alike of a council, a firm or
    a ship."""
    ours, theirs = _PERSONS.get(mine), _PERSONS.get(right)
    return bool(ours and theirs and ours != theirs and "it" not in (ours, theirs))


_SUBJECT_COPIED = 4
"""Words a copy must take unchanged right after a first pronoun it changed."""


def subject_pronoun_changed(ours: list[str], theirs: list[str]) -> bool:
    """Whether a copy opens on another person's pronoun and then copies its source ("She
    rejected a defence request ..." for "He rejected ...": the judge's act given to the
    accused, the woman the sentence before names)."""
    return (
        len(ours) > _SUBJECT_COPIED
        and ours[0] in _SUBJECTS
        and theirs[:1] != []
        and theirs[0] in _SUBJECTS
        and pronoun_changed(ours[0], theirs[0])
        and ours[1 : 1 + _SUBJECT_COPIED] == theirs[1 : 1 + _SUBJECT_COPIED]
    )


_SUBJECTS = word_set("he she they")


def verb_dropped(ours: list[str], theirs: list[str]) -> bool:
    """Whether a copy, inside a copied span, put a preposition or an article where its
    source has a verb in the past: "A strike by Serbian teachers into the second week" for
    "entered its second week" (no main verb left)."""
    return (
        0 < len(ours) <= 2
        and len(theirs) <= 2
        and not any(w in PREPOSITIONS for w in theirs)  # "raised by", "suffered in": participles
        and all(w in PREPOSITIONS or w in DETERMINERS for w in ours)
        and any(w.endswith("ed") and finite(w, None) for w in theirs)
        and not any_finite(ours, None)
    )


_FUTURE = frozenset(("will", "shall", "is to", "are to", "is set to", "are set to"))


def future_made_past(ours: list[str], theirs: list[str]) -> bool:
    """Whether a copy wrote what the article says will happen as done: one past form of
    ours for the source's "will" and the same verb ("closed" for "will close")."""
    if len(ours) != 1 or len(theirs) < 2 or " ".join(theirs[:-1]) not in _FUTURE:
        return False
    past = ours[0]
    return (past.endswith("ed") or past in PAST_FORMS) and lemma(past) == lemma(theirs[-1])


_TO_COME = frozenset(("will", "when", "once", "until", "unless", "if", "before", "after"))
"""Words before a present tense that make it a future: "jobs will go when the sawmill
closes" (a headline's "Firm sells stake", or a habit, may be written as past)."""
_TO_COME_REACH = 8


def made_past(mine: str, right: str) -> bool:
    """Whether a copy wrote the source's present ``right`` ("closes") as past (``mine``,
    "closed"); not a speaker's "says" made "said"."""
    return (
        right.endswith("s")
        and right not in CREDIT_VERBS
        and (mine.endswith("ed") or mine in PAST_FORMS)
        and lemma(mine) == lemma(right)
    )


def still_to_come(theirs: list[str], at: int) -> bool:
    """Whether the source's present at ``at`` is a future: "jobs will go when the sawmill
    closes at the end of June"."""
    return not _TO_COME.isdisjoint(theirs[max(0, at - _TO_COME_REACH) : at])


_RETOLD = (("would", "will"), ("said", "says"), ("was", "is"), ("were", "are"), ("had", "has"))


def retold(ours: list[str], theirs: list[str]) -> bool:
    """Whether a copy moved the whole sentence into the past, as reported speech does
    ("Smith said he would retire when the season ended" for "Smith says he will retire when
    the season ends"): a past the source writes in the present."""
    return any(past in ours and past not in theirs and now in theirs for past, now in _RETOLD)


_RELATIVE = re.compile(r",\s+(which|who)\s")


def main_clause_lost(sentence: str, source: str) -> list[str]:
    """A copy that turned its source's main verb into a relative clause's and left the
    sentence with none: "Echo Ridge Development LLC, which had proposed lots ..., about 3
    miles northeast of Bigfork." for "Echo Ridge Development LLC, based in Whitefish, had
    proposed lots ..."."""
    match = _RELATIVE.search(sentence)
    if not match or re.search(rf"\b{match.group(1)}\b", source, re.I):
        return []  # the source's own relative clause
    head, rest = sentence[: match.start()], sentence[match.end() :]
    after = rest.split(", ", 1)[1] if ", " in rest else ""
    if has_verb(head) or has_verb(after):
        return []
    return [f"no main verb: '{head}' is only the subject of '{match.group(1)} ...'"]


_PRONOUN_CREDIT = re.compile(  # ", he said" or ", Okafor said"
    r",\s(?:he|she|they|[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s(?:said|says|added|told\s\w+)[.!?]?$"
)
_ACCORDING = re.compile(  # the credit's noun phrase: "a weather station | the family keeps"
    r"\baccording to (?:a|an|the|its|his|her|their)\s((?:(?!(?:the|a|an|who|that|which)\b)"
    r"[\w'’-]+(?:\s|(?=[,.;])|$)){1,4})"
)
_THINGS = word_set(
    "station stations data figures records record report reports survey surveys study studies"
    " statistics estimates estimate documents document filings filing meter meters monitor"
    " monitors gauge gauges recorder recorders sensor sensors analysis model forecast website"
    " database register census poll polls tally count readings reading log logs"
)
"""What a credit may name that says nothing itself: "according to a weather station"."""


_SAID = re.compile(r"\b(?:said|says|say|told|tells|added|adds|stated|explained)\b", re.I)


def credit_moved(sentence: str, source: str) -> list[str]:
    """A copy that credits to a person what its source credits to a thing: "..., he said"
    for "..., according to a weather station the family keeps on the property" (whose the
    reading is: the man said nothing of it)."""
    credit = _PRONOUN_CREDIT.search(sentence)
    according = _ACCORDING.search(source)
    if not credit or not according or not _THINGS.intersection(according[1].lower().split()):
        return []
    if _SAID.search(source):
        return []  # the source's own speaker may be the one the copy names
    mine, theirs = credit[0].strip(", ."), according[0].strip()
    return [f"credit moved: '{mine}' where the article has '{theirs}'"]
