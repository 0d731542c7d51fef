"""Month and weekday names, one list for every rule that reads a date: headline cuts and
date drops, credits ("said Tuesday it ..."), name pairs ("Mikel Arteta Tuesday said")
and the scorer's name runs."""

from __future__ import annotations

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
"""The month names as a regex alternation."""
MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
"""The short forms of the month names as a regex alternation ("May" is already whole)."""
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
"""The weekday names as a regex alternation."""
WEEKDAY_WORDS = frozenset(name.lower() for name in WEEKDAYS.split("|"))
"""The weekday names, lower case, as words."""
CALENDAR = WEEKDAY_WORDS | frozenset(name.lower() for name in MONTHS.split("|"))
"""Month and weekday names, lower case, as words."""
DAY_OF_MONTH = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)? (?:{MONTHS})(?: \d{{4}})?"
    rf"|(?:{MONTHS}) \d{{1,2}}(?:st|nd|rd|th)?(?:, \d{{4}})?)"
)
"""A day's date as news writes it after its weekday ("10 June 2024", "June 10, 2024"), as a
regex."""
