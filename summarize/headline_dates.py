"""The dates a headline drops: an event's day ("on Monday", "on 18 February",
"yesterday"), never a time frame that is part of the claim ("since March", "last year") or
the predicate itself ("would be Friday")."""

from __future__ import annotations

import re

from .dates import DAY_OF_MONTH, MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from .verb_after_cut import finite_first
from .verbs import word_set

_DAY = rf"(?:{WEEKDAYS})"
_MONTH = rf"(?:{MONTHS}|{MONTH_ABBREVIATIONS})\.?"

# Dates of the event ("on Monday", "on 18 February", "yesterday"), which headlines drop.
# A time frame ("last year", "in 2004", "since March") is part of the claim and stays:
# "674 million mobiles were sold" is not what "... sold last year" says.
DATES = (
    re.compile(
        rf"(?:^|,?\s+)(?:on |last |this |next |early |late )?{_DAY}(?: (?:morning|afternoon"
        rf"|evening|night))?(?: \d{{1,2}} {_MONTH}(?: \d{{4}})?)?(?:(?<=\.)|\b)(?!['’-])"
        r"(?! (?:school|times|club|league|market|mail|herald|telegraph)\b)",
        # with its date: "on Tuesday 16 Sept." goes whole; "Tuesday's bombing" names the event,
        # "six Sunday School rooms" a school
        re.I,
    ),
    re.compile(
        rf"(?:,\s+(?:on )?|\s+on )(?:\d{{1,2}} )?{_MONTH}(?: \d{{1,2}}(?:st|nd|rd|th)?"
        r"(?:\s(?:and|to|-|–)\s\d{1,2}(?:st|nd|rd|th)?(?=\s*(?:$|[,.;:!?]|\d{4}|(?:as|at|in|on"
        r"|for|to|with|and|but|when|after|before|from)\b)))?)?(?:,? \d{4})?\b"
        r"(?!['’])"
    ),
    re.compile(rf",?\s+(?:yesterday|today|tomorrow|on \d{{1,2}} {_MONTH})(?=\W|$)", re.I),
)
_FRAME_BEFORE = re.compile(
    r"\b(?:in|since|by|from|until|till|during|before|after|of|through|between|and|last|this|next"
    r"|every|each|other|alternate|first|second|third|fourth|final|following|previous|same"
    r"|spent|spend|spends|spending|early|late|beginning|starting|commencing|effective"
    r"|ending|into|to|for|at|over|throughout|past|towards?|within|around)$",  # a habit
    # ("every other Tuesday"), one of a series, what was spent, what "early" or "late" says
    # ("began early on Monday"), when a change starts ("lane closures beginning Sunday"), a
    # preposition's object ("working into Monday evening", "moved to Friday"): no date
    re.I,
)


# "its last day of classes would be Friday": the date is what is said, not when
_COPULA_BEFORE = re.compile(r"\b(?:be|is|are|was|were|been)$", re.I)
# "spent a Friday evening", "a feverish Friday evening", "the Saturday after": a day inside
# a noun phrase, after its article (and an adjective), is no date of the event
_NOUN_PHRASE_BEFORE = re.compile(
    r"\b(?:a|an|the)(?: (?:[a-z]+(?:ish|ful|ous|less|able|ible)|quiet|cold|hot|warm|wet|dry"
    r"|long|slow|typical|normal|single|grey|gray|bleak|dark|bright|fine|mild|busy|sunny|rainy"
    r"|snowy|stormy|windy|chilly|frosty|foggy|lazy|sleepy|hectic|frantic|chaotic|dramatic"
    r"|historic|tragic|festive|wintry|crowded|packed|sweltering|freezing|scorching|sad|happy"
    r"|particular|certain))?$",
    re.I,
)
# an aside that is a participle and its date, the sentence's verb after it: without the
# date, the aside goes whole (not "Skyway, collapsed on Tuesday, leaving ...": its verb)
_PARTICIPLE_ASIDE = re.compile(r",\s+[a-z]+ed$")
# after a date between commas, the sentence going on ("voted Monday, March 20, to move"),
# not a clause or a credit of its own (", the City announced", ", police said"), nor the
# main clause after an opening one ("At a rally on Saturday, March 4, supporters ...")
_COMMA_THEN_LOWER = re.compile(r",\s+([a-z]+)\b")
_ON = re.compile(r",?\s*on\b", re.I)
# a second date after the first, the two one span: "on Tuesday night and Wednesday morning"
# (dropping the first left "across Gran Canaria and Wednesday morning", read misleading);
# not "to" or "until", a verb's target ("was moved on Wednesday to Friday"), nor "and today",
# a clause of its own ("arrested a man on Tuesday and today charged him")
_SECOND_DATE = re.compile(
    rf"\s+(?:and|or|through|into|[-–])\s+(?:on |early |late |last |this |next )?"
    rf"(?:{_DAY}|{_MONTH} \d|\d{{1,2}} {_MONTH})",
    re.I,
)
_GOES_ON = word_set("to that in at for from by before after until near outside against over")
_FRAME_TAIL = 16
"""Characters of the head before a date that ``_FRAME_BEFORE`` needs to see: it is anchored at
the end, and its longest word has ten letters (the rest of a long head is not searched)."""
# What each date pattern must contain, found far faster than the pattern itself can fail.
_DATE_HINTS = dict(
    zip(
        DATES,
        (
            re.compile(r"day\b", re.I),
            re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"),
            re.compile(r"yesterday|today|tomorrow|on \d", re.I),
        ),
        strict=True,
    )
)


_OPENING_DATE = re.compile(rf",\s+{DAY_OF_MONTH},\s")
_WEEKDAY_END = re.compile(rf"\b{_DAY}$")
_DATED_BEFORE = re.compile(r"\b(?:held|dated|scheduled|slated|due|fixed)$")
"""A participle the date completes: "at the Ordinary Meeting of Council held | on Thursday"."""


def drop_date(text: str, pattern: re.Pattern[str]) -> tuple[str, int]:
    """``text`` without its first match of ``pattern``, unless a preposition before it makes
    the date a time frame ("since Monday", "by March") or "to be" before it the predicate
    ("would be Friday")."""
    if not _DATE_HINTS[pattern].search(text):
        return text, 0
    match = pattern.search(text)
    if match is None:
        return text, 0
    before = text[: match.start()].rstrip(" ,")[-_FRAME_TAIL:]
    inside = not _ON.match(match.group())  # "a fine on Tuesday": "on" dates the event
    if any(p.search(before) for p in (_FRAME_BEFORE, _COPULA_BEFORE, _DATED_BEFORE)) or (
        inside and _NOUN_PHRASE_BEFORE.search(before)
    ):
        return text, 0
    if re.search(r"\d{4}", match.group()) or re.match(r",? \d{4}\b", text[match.end() :]):
        return text, 0  # "on 3 March 2004" places the claim in time
    if match.group().startswith(",") and _WEEKDAY_END.search(before):
        return text, 0  # "beginning Monday, Aug. 2": the weekday's own date
    head, rest = text[: match.start()], text[match.end() :]
    if not head and finite_first(rest.lstrip(" ,")):
        return text, 0  # "Tuesday 16 September was the hottest day": the date is the subject
    if not head and _OPENING_DATE.match(rest):
        return text, 0  # "On Monday, June 10, 2024, the council": the leading phrase's, whole
    if _SECOND_DATE.match(rest):
        return text, 0  # "on Tuesday night | and Wednesday morning": one span, kept whole
    if (
        rest.startswith(",")
        and finite_first(rest[1:])
        and (aside := _PARTICIPLE_ASIDE.search(head))
    ):
        return head[: aside.start()] + rest[1:], 1  # "The deal, announced on Tuesday, is"
    if (
        match.group().startswith(",")
        and head.count(",") % 2 == 0
        and (after := _COMMA_THEN_LOWER.match(rest))
        and after.group(1).lower() in _GOES_ON
    ):
        return head + rest[1:], 1  # "voted, March 20, to move": the date stood between commas
    return head + rest, 1
