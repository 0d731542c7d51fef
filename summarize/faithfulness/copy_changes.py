"""What a copy of a source sentence changes besides its words: whose a thing is (a pronoun
for another person's), when it happens (the article's future or present written as done),
and whether it still has a main verb. A small model copying a long span makes these slips;
the sentence reads as a copy, so only a comparison with its source sees them.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from ..abstractive.support import _stem
from ..credit import CREDIT_VERBS
from ..verbs import has_verb
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
    catch"); not "they" for "it", which news writes alike of a council or a firm."""
    ours, theirs = _PERSONS.get(mine), _PERSONS.get(right)
    return bool(ours and theirs and ours != theirs and {ours, theirs} != {"it", "they"})


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


def present_made_past(mine: str, theirs: list[str], at: int) -> bool:
    """Whether a copy wrote the article's present ``theirs[at]`` that is still to come
    ("when the sawmill closes at the end of June") as past (``mine``, "closed"); not a
    speaker's "says" made "said"."""
    right = theirs[at]
    return (
        right.endswith("s")
        and right not in CREDIT_VERBS
        and (mine.endswith("ed") or mine in PAST_FORMS)
        and lemma(mine) == lemma(right)
        and not _TO_COME.isdisjoint(theirs[max(0, at - _TO_COME_REACH) : at])
    )


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


_DESCRIBED = frozenset(("the", "a", "an"))
_SUBJECT_WORDS = 5
"""Words of ours before the copied predicate that may be a subject put in another's place."""


def subject_replaced(
    ours: list[str], theirs: list[str], article_words: set[str], stop: frozenset[str]
) -> str | None:
    """The subject of ours when a copy put another of the article's people or things in
    place of the named one whose predicate it copies ("The cinema's director said he would
    ask the council's finance committee ..." for "Deputy Mayor Péter Szalontai, who is
    responsible for culture, said he would ask ..."): ours describes someone ("the ...")
    in words the source sentence never uses, taken from elsewhere in the article."""
    low_ours, low_theirs = [w.lower() for w in ours], [w.lower() for w in theirs]
    matcher = SequenceMatcher(None, low_ours, low_theirs, autojunk=False)
    block = next((b for b in matcher.get_matching_blocks() if b.size >= 3), None)
    if block is None or not 0 < block.a <= _SUBJECT_WORDS or block.b == 0:
        return None
    mine, right = ours[: block.a], theirs[: block.b]
    content = {w for w in low_ours[: block.a] if w not in stop}
    if (
        low_ours[0] in _DESCRIBED
        and len(right) >= 2
        and right[0][:1].isupper()
        and right[1][:1].isupper()  # "Deputy Mayor Péter Szalontai, ...": a name
        and content
        and not any(w[:1].isupper() for w in mine[1:])
        and not has_verb(" ".join(mine))
        and not any(w[:1].isdigit() for w in content)  # "The 22-year-old": the named one
        and content <= article_words
        and content.isdisjoint(low_theirs)  # a description the source sentence never gives
    ):
        return " ".join(mine)
    return None
