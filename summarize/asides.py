"""Asides between commas that a headline drops: an appositive ("Mittal Steel, one of the
world's largest steel producers, could cut ..."), a relative clause after a name, an aside
of when ("..., five minutes after coming off the bench,") or of where ("..., near
Castlepollard,"), and a participle's aside on the subject ("..., originally scheduled for
December 2022,"); each only where a verb follows its closing comma.
"""

from __future__ import annotations

import re

from .verb_after_cut import AUXILIARIES, SAID
from .verbs import DETERMINERS, any_finite, finite, marked_words, word_set

_WHEN_ASIDE = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few)\s(?:minutes?|hours?|days?"
    r"|weeks?|months?|years?)\s(?:after|before|into|later)\b"
)
# a participle's aside on the subject: "The opening of the line, originally scheduled for
# December, has been pushed back"
_PARTICIPLE_ASIDE = r"(?:[a-z]+ly\s)?[a-z]{3,}ed\s(?=(?:for|by|in|on|at|to|as|from|with|under)\s)"
APPOSITIVE = re.compile(
    r",\s+(?:(?:one of|a|an|the|who|which|whose|now|formerly)\s|(?-i:(?:near|outside)\s(?=[A-Z]))"
    rf"|{_WHEN_ASIDE}|(?-i:{_PARTICIPLE_ASIDE}))"
    r"(?:[^,]|(?<=\d),(?=\d{3})){3,160},(?!\s*\d)\s*",
    re.I,
)  # and where a place is: "Glenmore House Nursing Home, near Castlepollard, was ..."; a
# figure's comma is no aside's end ("which followed 2,614 adults"); and when it happened:
# "A late try from Colm Hegarty, five minutes after coming off the bench, earned ..."
_WHEN_ASIDE_OPEN = re.compile(rf",\s+{_WHEN_ASIDE}", re.I)
_PARTICIPLE_OPEN = re.compile(rf",\s+{_PARTICIPLE_ASIDE}")
_SPECIFIC_SUBJECT = 4
"""Words a subject needs before its participle's aside may go: a short one ("A 19-year-old,
stabbed to death in Croydon, ...", "The jet, diverted to Stansted ...") is known by it."""
_DESCRIBING = word_set(
    """published released issued conducted commissioned funded financed founded owned based
    located designed installed operated led headed chaired directed produced written organised
    organized sponsored backed developed manufactured scheduled planned expected slated
    announced unveiled launched opened introduced approved signed"""
)
"""Participles that say who made, owns or placed a thing, or when it was due: their aside
goes after any subject ("The study, published in the journal Nature Medicine, found")."""
_ASIDE_CHARS = 84
"""An aside longer than this goes only when it describes a name ("Elena Karastoyanova, a
Bulgarian painter who left for Argentina in 1938 and was all but erased from ...,")."""
_NAME_APPOSITIVE = re.compile(r",\s+(?:a|an|the|one of|who|which|whose)\s", re.I)
_RELATIVE_NEXT = re.compile(r"(?:of|in|for|to|by|with|from|on|at)\s(?:which|whom|whose)\b")
# a credit after an aside: the verb and its speaker, then a comma or the end
_CREDIT_NEXT = re.compile(  # "said the people", not "said it would ..."
    rf"(?:{'|'.join(sorted(SAID))})\s(?:the|a|an|[A-Z][\w'’.-]*)"
    rf"(?:\s(?!(?:{AUXILIARIES})\b)[\w'’.-]+){{0,3}}\s*(?:,|\.|$)"
)
_ADVERBS = frozenset(("never", "also", "today", "now", "still", "later", "recently"))


def _after_name(text: str, at: int) -> bool:
    """Whether the aside at ``at`` is an appositive or a relative clause after a capitalised
    word ("Elena Karastoyanova, a Bulgarian painter who ...", "The ECC, which met here ...")."""
    words = text[:at].split()
    return bool(words) and words[-1][:1].isupper() and bool(_NAME_APPOSITIVE.match(text, at))


def _names_the_subject(text: str, aside: re.Match[str]) -> bool:
    """Whether a participle's ``aside`` stays: it follows a verb (it is the verb's: "have been
    confirmed, compared with ...,"), or a subject too short to be known without it, unless
    it only says who made or placed the thing ("The study, published in Nature, found")."""
    head = text[: aside.start()]
    if any_finite(marked_words(head), None):
        return True
    participle = aside.group().lstrip(", ").split(" ", 2)
    word = participle[1] if participle[0].endswith("ly") else participle[0]
    return len(head.split()) < _SPECIFIC_SUBJECT and word not in _DESCRIBING


def drop_appositive(text: str) -> tuple[str, int]:
    """``text`` without its first aside between commas ("Mittal Steel, one of the world's
    largest steel producers, could cut ..."), when a verb follows the aside's comma: a
    comma inside a list ("a provider of data, private-line and long-distance services") is
    not the aside's end, and dropping up to it left "Telecom Inc. private-line"."""
    match = APPOSITIVE.search(text)
    while match and _PARTICIPLE_OPEN.match(match.group()) and _names_the_subject(text, match):
        match = APPOSITIVE.search(text, match.end())  # the next aside may still go
    if not match:
        return text, 0
    if len(match.group()) > _ASIDE_CHARS and not _after_name(text, match.start()):
        return text, 0  # "The vote, which means that Scotland will ..., took place": a long
        # aside after a common noun may hold the claim; after a name it describes the name
    if _WHEN_ASIDE_OPEN.match(match.group()) and any_finite(
        marked_words(text[: match.start()]), None
    ):
        return text, 0  # "Smith opened the scoring, two minutes after the restart, | hit the
        # post": after a verb the aside ends a clause, and the next is the subject's second
    after = marked_words(text[match.end() : match.end() + 80])[:3]
    if after and (after[0].endswith("ly") or after[0] in _ADVERBS):
        after = after[1:]  # "..., today announced", "..., never made"
    listed = len(after) > 1 and after[1] in ("and", "or")  # "contracts and payments"
    relative = match.group().lstrip(", ").split(" ", 1)[0].lower() in ("who", "which", "whose")
    verb = finite(after[0], None) if after else False  # a "who" aside's verb may be bare:
    if not after or not (verb or relative) or after[0].endswith("s") and listed:  # "now face"
        return text, 0
    if relative and after[0] in DETERMINERS:
        return text, 0  # "which drew 210,000 people, | a record, will": a second aside
    if relative and _CREDIT_NEXT.match(text, match.end()):
        return text, 0  # "the unit, which could fetch $600m, said the people": a credit follows
    rest = text[match.end() :].lstrip()
    if relative and (rest[:1].isupper() or "and" in after[:3] or "or" in after[:3]):
        return text, 0  # a list's comma: "who played for Leeds, | Everton and Chelsea, will"
    if _RELATIVE_NEXT.match(rest):
        return text, 0  # "..., which said it opened 148 files, | of which 61 ended in fines"
    return text[: match.start()] + " " + text[match.end() :], 1
