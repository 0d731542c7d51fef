"""Sentences that read as nothing on their own: a short verbless line, a question put to the
reader, a table's row, a list's field, a speech tag whose words are gone. Blind readers
judged paragraphs that picked them nonsense; selection (``coherence``) never picks them.
"""

from __future__ import annotations

import re

from ..dates import MONTHS
from ..verbs import has_verb

FRAGMENT_WORDS = 8
"""A sentence this short with no verb, or asking a question, is a fragment (a question put to
the reader, a table's row and a figure alone are, at any length)."""
_RANK_NEXT = re.compile(r"[;:,]\s\d{1,3}(?:-\d{1,3})?\.$")  # the next row's rank, split off
_COUNTRY_CODE = re.compile(r"\([A-Z]{3}\)")
_FIGURE_IN_BRACKETS = re.compile(r"\([^()]*\d[^()]*\)")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")
# a list's item that goes on from a lead-in: a bullet, then a lower-case word, or a ";" at its end
_LIST_ITEM = re.compile(r"^[-–•*·]\s+(?:[a-z]|.*;$)")
_TO_THE_READER = re.compile(  # the page asks, in its own voice: no quotation marks
    r"^(?:have|has|do|does|did|are|is|were|was|can|could|would|will|what|how|why|where|who"
    r"|when)\b(?=[^\"“”‘’']*$).*\byou(?:r)?\b",
    re.I,
)
# a field of a numbered list or a schedule: "(4) Capital: ...", "April 2010: Start of ..."
_FIELD = re.compile(
    rf"^(?:\(\d{{1,2}}\)\s?(?:[A-Z][\w-]*(?:\s[a-z][\w-]*){{0,3}})?|(?:{MONTHS})\s\d{{4}}):\s"
)
_SPEECH_TAG_ENDS = (
    "said.",
    "says.",
    "added.",
    "adds.",
    "explained.",
    "noted.",
    "reporters.",
    "afterwards.",
    "later.",
    "yesterday.",
    "today.",
    "day.",
    "time.",
)  # only a line ending so is read by the pattern (it runs for every sentence a paragraph weighs)
_SPEECH_TAG_ALONE = re.compile(
    r"^(?![^\"“”]*\b(?:what|how|as|than)\s)"  # not "That is not what the minister said."
    r"[^\"“”‘’,;:]{1,100}\s(?P<verb>said|says|added|adds|explained|noted|told reporters)"
    r"(?: afterwards| later| yesterday| today| on \w+day| at the time)?\.$"
)
_NOMINAL = re.compile(  # "Start of assembly", "Completion of the plant"; not "Most of the staff"
    r"(?!(?:Most|Many|Some|All|None|Much|Half|Part|One|Two|Three|Each|Both|Few|Several|Any)\b)"
    r"[A-Z][a-z]+ of\b"
)
_BRACKETED = re.compile(r"\([^()]*\)")
_TEAM_SHEET = re.compile(
    r"(?:Subs?|Substitutes?|Replacements?|Scorers?|Booked|Sent off|Sin bin|Referee|Attendance)"
    r"\s?:\s",
    re.I,
)
_SIGN_OFF_WORDS = 3  # a line this short without a lower-case letter is no sentence


def fragment(text: str, language: str = "english") -> bool:
    """A short sentence with no verb and no figure, or a short question: an answer to a
    question left out, a caption, a reader's aside ("Critical time for Liverpool.", "Ticket
    prices?"). It reads as nothing on its own; a results line ("Arsenal 2, Chelsea 1.") does.
    So is a question put to the reader, a table's row, or a figure alone, at any length.
    English only (``has_verb`` knows English verbs)."""
    n_words = len(text.split())
    if language != "english":
        return False
    if not any(c.isalpha() for c in text):
        return True  # "2.": a score or a rank alone
    if _table_row(text) and not has_verb(text):
        return True  # "GM Dmitri Sorokov (RUS), GM Anders Holmgaard (DEN) 7.5; 3-8."
    if _TEAM_SHEET.match(text) and not has_verb(text[text.index(":") + 1 :]):
        return True  # "Sub: S. Moloney (0-1) for Tierney (40).": a team sheet's line
    if (entry := _DASH_ENTRY.match(text)) and _not_aside(text, entry.end()) and not has_verb(text):
        return True  # "Big Hole River – from the mouth of ... to the confluence ...": an entry
    if _LIST_ITEM.match(text):
        # "- drink boiled or bottled water;": its lead-in ("advises people to:") is gone
        return True
    if (
        text.endswith(_SPEECH_TAG_ENDS)
        and (tag := _SPEECH_TAG_ALONE.match(text))
        and not has_verb(text[: tag.start("verb")])  # not "He denied everything she said."
    ):
        return True  # "Rovers captain Hemi Walker said afterwards.": what he said is gone
    field = _FIELD.match(text)
    if (
        field
        and (
            _NOMINAL.match(text, field.end())
            # a numbered field with no verb; a schedule's "February 2022: Russia invades Ukraine."
            # is a clause whose verb these rules may not see
            or text.startswith("(")
            and not has_verb(_BRACKETED.sub("", text[field.end() :]))  # "(planned)": a note
        )
    ):
        return True  # "(1) Company name: Hanazono Seiki (Thailand) Co., Ltd.": a list's field
    question = text.rstrip(" \"'”’").endswith("?")
    if question and _TO_THE_READER.search(text):
        return True  # "Have you been affected by flooding in your area?": a prompt, any length
    if n_words > FRAGMENT_WORDS:
        return False
    if question:
        return True
    if n_words <= _SIGN_OFF_WORDS and not any(c.islower() or c.isdigit() for c in text):
        return True  # a sign-off or a credit: "– TIMES", "(AP)", "REUTERS"
    return not has_verb(text) and not any(c.isdigit() for c in text)  # not "Arsenal 2, Chelsea 1."


_DASH_ENTRY = re.compile(r"[A-Z][\w'’.]*(?: (?:[A-Z\d(&][\w'’.()&]*|of|the|and|de)){0,5} [–—-] ")
"""A list's entry: its name and a dash ("Feeder 1 – New Amsterdam ...: 5:00 pm – 7:00 pm")."""


def _not_aside(text: str, at: int) -> bool:
    """Whether the dash at ``at`` opens an entry's text, not a figure ("Manchester United 2 –
    1 Liverpool") nor an aside closed by a second dash before a verb the rules may not see
    ("Arsenal – unbeaten in 12 games – host Chelsea")."""
    if text[at : at + 1].isdigit():
        return False
    closing = _ASIDE_CLOSED.search(text, at)
    return closing is None


_ASIDE_CLOSED = re.compile(r" [–—-] [a-z]")


def _table_row(text: str) -> bool:
    """A row's shape: the next row's rank split onto its end, or two country codes. The
    patterns only where they can act: this runs for every sentence a paragraph picks."""
    if text[-2:-1].isdigit() and _RANK_NEXT.search(text):
        return True
    if text.count("(") > 1 and len(_COUNTRY_CODE.findall(text)) > 1:
        return True
    # a result's row, no sentence's end: "Nika Kos (SK Triglav Kranj) 247.6 points (104 m, 103.5 m)"
    return (
        text[-1:] in ")0123456789"
        and _FIGURE_IN_BRACKETS.search(text) is not None
        and len(_FIGURE.findall(text)) > 2
    )
