"""Whether a headline ends before what its clause still owed: an active verb's object ("The
Competition Tribunal has approved"), or what an aside held back, its comma opened inside
the clause (the copula's complement, the verb's object, the subject's verb: "shells that
were, on average", "has approved, subject to conditions", "announced that its Board of
Directors, at a meeting held on November 20, 2007")."""

from __future__ import annotations

import re

from ..verbs import any_finite, has_verb, marked_words, word_set

# "shells that were, on average": a copula whose complement was after the aside's comma
_COPULA_THEN_ASIDE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s*,\s+[^,]{1,30}$", re.I)
# "has approved, subject to conditions": an active verb that takes an object, then an aside
# to the end; not a passive ("was approved, subject to conditions" is whole)
_TAKES_OBJECT_WORDS = word_set(
    """approved signed confirmed announced accepted rejected launched awarded granted acquired
    completed adopted endorsed cleared blocked authorised authorized ratified secured unveiled
    introduced released issued imposed extended upheld overturned"""
)
_TAKES_OBJECT = f"(?:{'|'.join(sorted(_TAKES_OBJECT_WORDS))})"
_OBJECT_BEFORE_COMMA = _TAKES_OBJECT_WORDS | {
    "approve",
    "approves",
    "announces",
    "confirms",
    "rejects",
    "unveils",
}
"""The words the patterns below are tried after: a search tried at every character of every
candidate headline was a twentieth of the time the chooser takes."""
_OBJECT_AFTER_ASIDE = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )"
    r"(?<!\band )"  # "was sought in 2020 and granted, with conditions": a passive's second
    rf"\b(?:{'|'.join(sorted(_OBJECT_BEFORE_COMMA))})"  # not "awards", "grants": nouns
    r"\s*,\s(?P<aside>(?:[^,]|,\s(?=\d{4}\b)){1,60})$",
    re.I,
)
# "The Competition Tribunal has approved": the perfect of such a verb, its object cut away
_PERFECT_WITHOUT_OBJECT = re.compile(rf"\b(?:has|have|had)\s(?:\w+ly\s)?{_TAKES_OBJECT}$", re.I)
# "announced that its Board of Directors, at a meeting held on ...": the "that" clause's
# subject and an aside, the clause's verb cut away
_THAT_SUBJECT_ASIDE = re.compile(
    r"\b(?:announced|announces|said|says|confirmed|confirms|reported|reports|stated|states"
    r"|revealed|reveals|disclosed|discloses)\sthat\s"
    # a short subject that opens as a name or a noun phrase does, no figure in it (a clause
    # whose present verb these rules miss is longer: "that Britons spend £3bn a year on ...")
    r"(?P<subject>(?:[A-Z]|(?:the|its|his|her|their|a|an)\s)(?:[^,;:\d\s]+\s?){1,6}),\s"
    r"(?:[^,;:]|,\s(?=\d{4}\b)){1,90}$"
)


def _last_word(text: str) -> str:
    """The text's last word, lower case, after its last hyphen ("pre-approved": "approved")."""
    words = text.split()
    return words[-1].lower().rsplit("-", 1)[-1] if words else ""


def aside_left_open(headline: str) -> bool:
    """Whether ``headline`` ends in an aside its clause's complement, object or verb was to
    follow."""
    last = _last_word(headline)
    if last in _TAKES_OBJECT_WORDS and _PERFECT_WITHOUT_OBJECT.search(headline):
        return True
    if "," not in headline:
        return False
    if _COPULA_THEN_ASIDE.search(headline):
        return True
    before_commas = {_last_word(part) for part in headline.split(",")[:-1]}
    verb = _OBJECT_AFTER_ASIDE.search(headline) if before_commas & _OBJECT_BEFORE_COMMA else None
    if verb and not has_verb(verb["aside"]):  # not "first announced, has been extended"
        return True
    that = _THAT_SUBJECT_ASIDE.search(headline) if "that" in headline else None
    return bool(that) and not any_finite(marked_words(that["subject"]), "that")
