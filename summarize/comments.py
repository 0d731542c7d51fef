"""Readers' comments under an article, known by their signatures ("- Pete, London,
21/10/2008 17:33"), their authors over them under the thread's opening ("Comments (3)",
then "Tom | 21.10.2009 15:10", "tom340 — March 9, 2011 at 8:14 am", or "Tom" over "March 9,
2011 at 8:14 am", "ConchSalad242 6 years, 5 months ago"), their times under them ("Ahmed",
the comment, "16 March 2014 04:48 PM") or a blog's
header over them ('23 thoughts on "Court stops ..."'). A page copied whole holds them
after the story; read as the article, a summary quoted a reader's aside ("Best exercise
I've had all year.") with its signature.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .dates import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from .furniture import TERMINAL, Removal

MIN_SIGNATURES = 2
"""One signature-like line could be an article's quoted letter; a comment thread has more."""
COMMENT_LINES = 3
"""Lines of one comment, above its signature: further apart, two signatures are letters the
article quotes, with its own paragraphs between them."""
_INTRO_WORDS = 30
# a dash, a name (or initials), where the reader lives, a date and maybe a time
_SIGNATURE = re.compile(
    r"^[-–—]\s*[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3},\s+[A-Z][\w'’. -]{1,40},\s+"
    r"\d{1,2}/\d{1,2}/\d{2,4}(?:,?\s+\d{1,2}:\d\d)?$"
)
# the line that opens the thread: "Your comments", "Here's what readers have had to say"
_INTRO = re.compile(
    r"^(?:(?:reader|your|user)s?'? comments?|comments?(?: \(\d+\))?|\d{1,5} comments?|have your say"
    r"|join the discussion\W*"
    r"|.{0,60}\b(?:readers? (?:have )?(?:had )?to say|add your (?:thoughts|comment|views))\b.*)$",
    re.I,
)
# a blog's thread header, the comments under it to the page's end: '23 thoughts on "..."'
_THREAD_HEADER = re.compile(
    r"^\d{1,5} (?:thoughts?|comments?|responses?|replies) (?:on|to) [\"“‘'].{3,300}[\"”’']$",
    re.I,
)
_COMMENT_STAMP = re.compile(r"\b\d{1,2}:\d\d\s?(?:[ap]\.?m\.?|[AP]M)?$")
"""A comment's time under its author ("March 9, 2011 at 8:14 am"): a thread begins."""
# a comment's author over it, then a bar or a dot and when ("Tom | 21.10.2009 15:10",
# "Andris, Liepaja | 21.10.2009 13:42", "Ebuka O. • 3 hours ago", "A > B • 41 minutes ago")
_NAME = r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}"
_NOT_STAMP = r"^(?!(?:Published|Updated|Posted|Modified|Last updated|First published)\b)"
"""A page's own stamp opens with one of these words, no author's name."""
_AGO = r"\d{1,2}\s(?:minute|hour|day|week|month|year)s?"
_AUTHOR_OVER = re.compile(
    rf"{_NOT_STAMP}{_NAME}(?:,\s[A-Z][\w'’. -]{{1,30}}|\sfrom\s{_NAME})?(?:\s>\s{_NAME})?\s[|•·]\s"
    rf"(?:\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}(?:,?\s\d{{1,2}}:\d\d(?:\s?[ap]\.m\.|\s?[AP]M)?)?"
    rf"|{_AGO}\sago)$"
)  # and "Sue from Branchville · 02/05/2014 1:41 p.m."
# or a handle (one word: a live page's "Jane Smith 5 minutes ago", "Key event 5 minutes ago"
# are its entries) and how long ago, no bar: "ConchSalad242 6 years, 5 months ago"
_AUTHOR_AGO = re.compile(
    rf"{_NOT_STAMP}[\w'’.-]+\s{_AGO}(?:,\s\d{{1,2}}\s(?:minute|hour|day|week|month)s?)?\sago$"
)
# or the author alone on a line, and when under it ("J. Arrindell", then "September 18, 2019
# at 9:15 am"): a blog's comment as its page copies
_AUTHOR_LINE = re.compile(rf"^{_NAME}$")
_MONTH = rf"(?:{MONTHS}|(?:{MONTH_ABBREVIATIONS})\.?)"
_STAMP = (
    rf"(?:{_MONTH}\s\d{{1,2}},\s\d{{4}}|\d{{1,2}}\s{_MONTH}\s\d{{4}}"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:\sat|,)?\s\d{1,2}[:.]\d\d\s?(?:[ap]\.?m\.?|[AP]M)?"
)
_STAMP_UNDER_AUTHOR = re.compile(rf"^{_STAMP}(?:\s*\(\s*permalink\b[^()]{{0,60}}\))?$")
"""A comment's time, alone or with its buttons ("( permalink | suggest removal )")."""
# or "Posted by"/"Submitted by", the author and when: "Posted by BeefMan, 1:22pm Thursday
# 8th March 2012", "Submitted by Piotrek (not verified) on Thu, 24/02/2011 - 19:11"
_POSTED_BY = re.compile(
    r"^(?:Posted|Submitted) by [\w'’.-]+(?:\s[\w'’.()-]+){0,3}(?:,|\son)\s[\w ,./-]{0,40}?"
    r"\d{1,2}[:.]\d\d\s?(?:[ap]\.?m\.?|[AP]M)?(?:,?\s[\w ,.]{1,40})?$"
    # and when first, then the author: "Posted on 22-03-2022 11:42 | By Kiwibaz"
    r"|^(?:Posted|Submitted) on \d{1,2}[-./]\d{1,2}[-./]\d{2,4},? \d{1,2}:\d\d"
    r"(?:\s?[ap]\.?m\.?|\s?[AP]M)? [|•·] [Bb]y [\w'’.@-]+(?:\s[\w'’.@-]+){0,2}$"
)
# or, under the comment, "Posted by:", the author, a bar and when (a TypePad blog's: "Posted
# by: Bob Hartnell | 14 June 2011 at 08:47 AM")
_POSTED_UNDER = re.compile(rf"^Posted by:\s*{_NAME}\s[|•·]\s{_STAMP}$")
# or the author, "wrote on" and when: "Platte Pete wrote on October 18, 2007 8:02 AM:"
_AUTHOR_WROTE = re.compile(
    rf"^[\w'’.@-]+(?:\s[\w'’.@-]+){{0,3}}\swrote\s(?:on\s)?(?:{WEEKDAYS},\s)?{_STAMP}:?$"
)
# or a handle of any words, a dot or a bar and the date written out: "Terrington born · 29 June
# 2017, 08:55"
_HANDLE_OVER = re.compile(rf"{_NOT_STAMP}[\w'’.@-]+(?:\s[\w'’.@-]+){{0,3}}\s[|•·]\s{_STAMP}$")
# or the author, a dash and when on one line, the author a name or a handle
# ("islandgirl340 — October 11, 2013 at 8:02 am", "T. Lewis — October 11, 2013 at 9:37 am")
_AUTHOR_DASH_STAMP = re.compile(rf"^[\w'’.-]+(?:\s[\w'’.-]+){{0,3}}\s[-–—]\s{_STAMP}$")
# under a count of comments, the author and when on one line, a dash between or not
# ("Kweku Nyarko  14 April 2016 12:10", "Sandra McK – 15 March 2018 at 10:14am")
_AUTHOR_STAMP = re.compile(
    rf"{_NOT_STAMP}(?!By\s)[\w'’.-]+(?:\s[\w'’.-]+){{0,3}}\s+(?:[-–—]\s)?{_STAMP}$"
)
_STORY_WORDS = 100
"""Words of story above a thread's opening: comments follow the article, while a count of
them under the title ("6 Comments") opens no thread."""
_OPENING_LINES = 8
"""Lines between the thread's opening ("6 Comments", "Join the discussion…") and its first
author (a site's login and sort buttons)."""
# under a comment: a rating button, a reply button, the site's disclaimer, more comments
_UNDER = re.compile(
    r"^(?:click to rate\b.{0,30}|rating\s*-?\d+|report(?: this comment| abuse)"
    r"|[\d\s△▽•·|]*reply(?:\s*[•·|]\s*share)?\W*|like \d+ dislike \d+|load more comments"
    r"|the views expressed\b.{0,200}\bthose of\b.{0,120})$",
    re.I,
)


def reader_comments(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """``lines`` without a thread of readers' comments: from a blog's thread header with a
    comment's time stamp under it to the end; or two signatures or more, each at most
    ``COMMENT_LINES`` lines (and its buttons) under the one before, from the first comment,
    or the line that opens the thread, to the last signature and what is under it."""
    header = next(
        (
            at
            for at, line in enumerate(lines)
            if _THREAD_HEADER.match(line)
            and any(_COMMENT_STAMP.search(x) for x in lines[at + 1 : at + 1 + COMMENT_LINES])
        ),
        None,
    )
    if header:  # not the first line: a page that is only a thread is no article to cut
        return lines[:header], [Removal(line, "reader comments") for line in lines[header:]]
    if headed := _headed_thread(lines) or _stamped_thread(lines):
        start, end = headed
        removed = [Removal(line, "reader comments") for line in lines[start:end]]
        return lines[:start] + lines[end:], removed
    signed = [
        at for at, line in enumerate(lines) if _SIGNATURE.match(line) or _POSTED_UNDER.match(line)
    ]
    thread = _first_thread(lines, signed)
    if len(thread) < MIN_SIGNATURES:
        return lines, []
    start = max(thread[0] - COMMENT_LINES, 0)
    opening = [at for at in range(start, thread[0]) if _opens_thread(lines[at])]
    start = opening[-1] if opening else thread[0] - 1  # one line of comment when no opening
    end = _thread_end(lines, thread[-1], comment_under=False)
    while end < len(lines) and _comment_form(lines[end]):
        end += 1  # a signed thread's form under it: "Post a comment"
    removed = [Removal(line, "reader comments") for line in lines[start:end]]
    return lines[:start] + lines[end:], removed


def _headed_thread(lines: list[str]) -> tuple[int, int] | None:
    """Where a thread whose authors head their comments lies: from the line that opens it
    (the nearest at most ``_OPENING_LINES`` above the first author, under ``_STORY_WORDS``
    of story) to the last comment's lines. Without that opening, authors and times may be a
    live page's entries: they stay. Authors and times with no reply button under them (an
    event's place and time, a byline and its page's stamp, otherwise) need a count of
    comments over them that counts just them, and a comment between each two."""
    authors = _first_thread(lines, [at for at in range(len(lines)) if _heads_comment(lines, at)])
    opens: Callable[[str], object] = _opens_thread
    if len(authors) < MIN_SIGNATURES:  # no buttons: the count of comments over them says
        authors = _first_thread(lines, [at for at, x in enumerate(lines) if _AUTHOR_STAMP.match(x)])
        opens = _counting(len(authors))
        if any(b - a < 2 for a, b in zip(authors, authors[1:], strict=False)):
            return None  # no comment between two: a list of places and times
    if len(authors) < MIN_SIGNATURES:
        return None
    opening = _opening(lines, authors[0] - _OPENING_LINES, authors[0], opens)
    if opening is None:
        return None  # a count of comments under the title, or a live page's entries
    return opening, _thread_end(lines, authors[-1], comment_under=True)


def _counting(authors: int) -> Callable[[str], bool]:
    """Whether a line counts just ``authors`` comments ("Comments (3)", "3 Comments"): where
    no reply button says a line heads a comment, the count must tell the same number."""

    def counts(line: str) -> bool:
        found = _COUNT.match(line)
        return bool(found) and re.sub(r"\D", "", line) == str(authors)

    return counts


def _opening(lines: list[str], top: int, below: int, opens: Callable[[str], object]) -> int | None:
    """The nearest line from ``top`` down to just above ``below`` that ``opens`` a thread,
    when ``_STORY_WORDS`` of story stand above it; None otherwise."""
    at = next((at for at in range(below - 1, max(top, 0) - 1, -1) if opens(lines[at])), None)
    if at is None or sum(len(line.split()) for line in lines[:at]) < _STORY_WORDS:
        return None
    return at


def _thread_end(lines: list[str], last: int, *, comment_under: bool) -> int:
    """The line after a thread whose last author, time or signature is at line ``last``:
    the last comment's first line and its sentences under it when ``comment_under``, then
    its buttons."""
    end = last + 1
    if comment_under:  # its first line is the comment, however it ends ("... right sha")
        end += end < len(lines) and not _UNDER.match(lines[end])
        while end < len(lines) and end <= last + COMMENT_LINES and TERMINAL.search(lines[end]):
            end += 1
    while end < len(lines) and _UNDER.match(lines[end]):
        end += 1
    return end


_FORM = re.compile(
    r"\b(?:comments?|e-?mail address(?:es)?|your information|name is required|valid (?:e-?mail|url)"
    r"|invalid url|preview(?:ing)?)\b|^posted by:\s*\|?$",
    re.I,
)
_FORM_WORDS = 20


def _comment_form(line: str) -> bool:
    """A line of the form under a signed thread ("Post a comment", "This is only a preview. Your
    comment has not yet been posted.", "Please enter a valid email address")."""
    return len(line.split()) <= _FORM_WORDS and bool(_FORM.search(line))


_SENTENCE_END = re.compile(r"[.!?\"”’']$")
_COUNT = re.compile(r"^(?:comments?(?:\s?\(\d{1,5}\))?|\d{1,5} comments?)$", re.I)
"""A count of comments, or their heading, which opens a thread of times under names ("Have
your say" over "Public Meeting" and its time may open a list of events)."""


def _stamped_thread(lines: list[str]) -> tuple[int, int] | None:
    """Where a thread whose comments end on their time lies ("Ahmed", "60% pre-let before
    the foundations are even dug. Someone is confident.", "16 March 2014 04:48 PM"): from
    the count of comments over it ("Comments (3)") to the last time and the
    buttons under it."""
    stamps = _first_thread(
        lines,
        [
            at
            for at, line in enumerate(lines)
            if _STAMP_UNDER_AUTHOR.match(line) and _signed(lines, at)
        ],
    )
    if len(stamps) < MIN_SIGNATURES:
        return None
    opening = _opening(lines, stamps[0] - COMMENT_LINES - _OPENING_LINES, stamps[0], _COUNT.match)
    if opening is None:
        return None
    # the time under its author ("... says:"): the last comment is under its time
    under = not _SENTENCE_END.search(lines[stamps[0] - 1])
    return opening, _thread_end(lines, stamps[-1], comment_under=under)


_READER = re.compile(
    r"^(?:[A-Z][^\d!?]{0,40}(?<![.\"”’'])"
    r"|[\w.'’-]{2,30}(?:\s\([^()]{1,20}\))?\s(?:says|said|wrote|writes|replies|replied)\W{0,3})$"
)
"""A reader's name over a comment ("Khalid M, Dubai", "Anonymous says:"): short, no figure."""


def _signed(lines: list[str], at: int) -> bool:
    """Whether the time at line ``at`` has its reader's name over it or over the comment
    above it (a timeline's times have only the story's events between them)."""
    above = lines[at - 1] if at else ""
    two_above = lines[at - 2] if at > 1 else ""
    return bool(_READER.match(above)) or (
        bool(_SENTENCE_END.search(above)) and bool(_READER.match(two_above))
    )


def _heads_comment(lines: list[str], at: int) -> bool:
    """Whether line ``at`` heads a comment: its author and when on one line after a bar, or
    after a dash or under its author's line with a reply button under the comment (the
    comment's head is then read as ending there; without the button, "Public Meeting" over
    "September 18, 2019 at 7:00 pm", or "Ashby Community Centre — March 9, 2023 at 6:30 pm",
    is an event the article lists, and a live page's entries have none)."""
    line = lines[at]
    if any(
        p.match(line) for p in (_AUTHOR_OVER, _HANDLE_OVER, _POSTED_BY, _AUTHOR_AGO, _AUTHOR_WROTE)
    ):
        return True
    headed = bool(_AUTHOR_DASH_STAMP.match(line)) or (
        at > 0 and bool(_STAMP_UNDER_AUTHOR.match(line)) and bool(_AUTHOR_LINE.match(lines[at - 1]))
    )
    return headed and any(_UNDER.match(x) for x in lines[at + 1 : at + 2 + COMMENT_LINES])


def _first_thread(lines: list[str], signed: list[int]) -> list[int]:
    """The first run of two signatures or more, each close enough to the one before."""
    thread: list[int] = []
    for at in signed:
        if thread:
            between = [line for line in lines[thread[-1] + 1 : at] if not _UNDER.match(line)]
            if len(between) <= COMMENT_LINES:
                thread.append(at)
                continue
            if len(thread) >= MIN_SIGNATURES:
                break
        thread = [at]
    return thread


def _opens_thread(line: str) -> bool:
    return len(line.split()) <= _INTRO_WORDS and bool(_INTRO.match(line))
