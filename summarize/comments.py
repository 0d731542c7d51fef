"""Readers' comments under an article, known by their signatures ("- Pete, London,
21/10/2008 17:33"). A page copied whole holds them after the story; read as the article,
a summary quoted a reader's aside ("Best exercise I've had all year.") with its signature.
"""

from __future__ import annotations

import re

from .furniture import Removal

MIN_SIGNATURES = 2
"""One signature-like line could be an article's quoted letter; a comment thread has more."""
_INTRO_WORDS = 40
# a dash, a name (or initials), where the reader lives, a date and maybe a time
_SIGNATURE = re.compile(
    r"^[-–—]\s*[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3},\s+[A-Z][\w'’. -]{1,40},\s+"
    r"\d{1,2}/\d{1,2}/\d{2,4}(?:,?\s+\d{1,2}:\d\d)?$"
)
# the line that opens the thread: "Here's what readers have had to say so far."
_INTRO = re.compile(r"\b(?:readers?|comments?|your say|your (?:thoughts|views))\b", re.I)
# under the thread: a rating button, the site's disclaimer
_UNDER = re.compile(
    r"^(?:click to rate\b.{0,30}|rating\s*-?\d+|report abuse"
    r"|the views expressed\b.{0,200}\bthose of\b.{0,120})$",
    re.I,
)


def reader_comments(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """``lines`` without a thread of readers' comments (two signatures or more), from the
    comment above its first signature, and the line that opens the thread, to the last
    signature and the buttons and disclaimer under it."""
    signed = [at for at, line in enumerate(lines) if _SIGNATURE.match(line)]
    if len(signed) < MIN_SIGNATURES or signed[0] < 1:
        return lines, []
    start = signed[0] - 1
    if start and _INTRO.search(lines[start - 1]) and len(lines[start - 1].split()) <= _INTRO_WORDS:
        start -= 1
    end = signed[-1] + 1
    while end < len(lines) and _UNDER.match(lines[end]):
        end += 1
    removed = [Removal(line, "reader comments") for line in lines[start:end]]
    return lines[:start] + lines[end:], removed
