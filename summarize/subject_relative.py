"""A headline without the relative clause between its subject and its verb: "A man who
arranged for cannabis to be posted to the island has been jailed" -> "A man has been
jailed", where the clause keeps the sentence too long for a headline that states its verb
(a cut inside the clause left a subject with nothing said of it, read nonsense).
"""

from __future__ import annotations

import re

from .complement_cuts import time_phrase_split
from .verb_after_cut import AUXILIARIES
from .verbs import AUX, any_finite, finite, marked_words, word_set

# "A MAN who arranged for cannabis to be posted to the island | has been jailed": a subject
# with an indefinite article, a relative clause that opens on its verb, then the sentence's
# auxiliary. Only "A"/"An": a bare plural's clause says which ones ("Drivers who speed will
# be fined"), so without it the claim would be about everyone. The clause may hold a
# participle's aside (", causing more than £90,000 of damage,") or a place's region ("in Yongin,
# Gyeonggi Province,"), not an attribution's (", an inquest has heard,": its "has" is no verb
# of the subject's, and its source would go).
_INDEFINITE_RELATIVE = re.compile(
    r"^(?P<subject>(?:A|An)\s(?:[^\s,;:]+\s){0,4}?[^\s,;:]+)\s(?:who|that)\s"
    r"(?P<clause>(?:[^,;:()]|(?<=\d),(?=\d)|,\s[a-z]+ing\b(?:[^,;:()]|(?<=\d),(?=\d))*,"
    r"|,\s[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3},){2,160}?)\s"
    r"(?=(?:has|have|had|was|were)\s(?:not\s|also\s|now\s)?[a-z])"
)  # not a modal: "A driver who is caught ... will get six points" is a rule, not an event
_CLAUSE_INSIDE = word_set(
    "that who which whom whose he she it they we i you if when because after before while as"
    " where whether says said claims warns insists believes thinks argues admits and or"
)
_SECOND_VERB = re.compile(  # another auxiliary before the clause ends: the first was the clause's
    rf"^\S+\s(?:(?!\b(?:after|when|because|while|since|until|before|as)\b)[^,;:])*?"
    rf"\b(?:{AUXILIARIES})\s"
)
_POINTERS_INTO = word_set("it its he him his she her they them their this")
"""Words of the rest that may point into the dropped clause ("the impact it had on her")."""
_WORD = re.compile(r"[A-Za-z]+")


def _singular_and(clause: list[str], rest: str, too_long: bool) -> frozenset[str]:
    """ "and" when it joins nouns inside the clause before a singular verb ("... with a
    padlocked fire exit and no working smoke alarms has been ordered"): not a second
    subject ("A woman who ran a brothel and her son have been jailed"), nor a second verb of
    the clause, whose own auxiliary would be taken for the sentence's ("A man who punched a
    paramedic and was restrained ..."). A second verb in the past joins too when the clause
    is ``too_long`` to fit a headline with the sentence's verb ("who stole quad bikes ... and
    sold them through a contact over the border"); a shorter one may stay, and say what the
    man did."""
    if not rest.startswith(("has ", "was ")) or clause[-1:] == ["and"]:
        return frozenset()  # "who punched a paramedic and | was restrained": the clause's verb
    after_and = [clause[k + 1] for k, w in enumerate(clause[:-1]) if w == "and"]
    if any(w in AUX or not too_long and finite(w, "and") for w in after_and):
        return frozenset()
    return _AND


_AND = frozenset({"and"})


def _too_long(match: re.Match[str], max_words: int) -> bool:
    """Whether the subject, its relative clause and two words of the verb pass ``max_words``."""
    return len(match["subject"].split()) + len(match["clause"].split()) + 2 > max_words


def without_subject_relative(text: str, max_words: int | None = None) -> str | None:
    """``text`` without the relative clause between its subject and its verb ("A man who
    arranged ... has been jailed" -> "A man has been jailed"), or None where there is no
    such clause, or where it holds a clause of its own, whose verb could be taken for the
    sentence's ("A man who said he was innocent has been jailed"), or where the rest may
    point into it ("A woman who was abused by him has told of the impact it had"); an aside
    that may is left out with what follows it."""
    match = _INDEFINITE_RELATIVE.match(text)
    if not match:
        return None
    clause = marked_words(match["clause"])
    subject = marked_words(match["subject"])
    rest = text[match.end() :]
    if _SECOND_VERB.match(rest):
        return None  # "A roofer who convinced them their houses | were falling down has been"
    if (
        not clause
        or not finite(clause[0], "who")
        or clause[-1] in AUX  # "A bill that would | have shifted ...": the clause's own verb
        or clause[0] not in AUX
        and clause[1:2] != []
        and clause[1] in AUX  # "A suggestion that taxes would rise ...": a claim, its subject
        or _CLAUSE_INSIDE.intersection(clause)
        - _singular_and(clause, rest, max_words is not None and _too_long(match, max_words))
        or any_finite(subject[1:], None)
    ):
        return None
    pointing = [m.start() for m in _WORD.finditer(rest) if m[0].lower() in _POINTERS_INTO]
    if pointing:  # "..., the biggest deal in its history": only the part before that aside
        ends = [m for m in _ASIDE_OR_CLAUSE.finditer(rest, 0, pointing[0]) if _may_end(rest, m)]
        if not ends:
            return None
        rest = rest[: ends[-1].start()]
    return f"{match['subject']} {rest}"


_ASIDE_OR_CLAUSE = re.compile(r",|\s(?=(?:after|because|when|while|since|amid|despite)\s)")
"""Where the rest may end before a word that may point into the dropped clause: an aside
("..., the biggest deal in its history") or a clause of its own ("was found guilty of
impaired driving | after a judge rejected his argument")."""


def _may_end(rest: str, boundary: re.Match[str]) -> bool:
    """Whether ``rest`` may end at ``boundary``: a claim of five words or more, not inside a
    time phrase ("a week | after", "ever | since"), nor a negation whose time the cut would
    take ("has not played | since his operation" reads as never)."""
    head = rest[: boundary.start()].split()
    word = rest[boundary.end() :].split(maxsplit=1)[:1]
    return (
        len(head) >= _LEAST_REST
        and head[-1].lower() not in _HELD_BY_WHAT_FOLLOWS
        and not _NEGATED.intersection(w.lower() for w in head)
        and not (word == ["after"] and time_phrase_split(" ".join(head), "after", head[-1]))
    )


_LEAST_REST = 5
_HELD_BY_WHAT_FOLLOWS = word_set("ever only even just long soon shortly right straight")
_NEGATED = word_set("not never no n't")
