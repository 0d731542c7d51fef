"""Lines of a list that state nothing alone: an item of advice ("- Keep bales separate from
livestock housing"), an item that only names ("- Pahoia Road, between ..."), a team's
line-up or a box score's line ("Saltcoats Victoria: Gibson, Kerr, ...", "Penalties: Coetzer
(2)."). Blind readers judged paragraphs that quoted them nonsense; ``coherence.loose_line``
keeps them out of summaries.
"""

from __future__ import annotations

import re

from ..verbs import has_verb, word_set

LIST_MARK = re.compile(r"\s*(?:\d{1,3}[.)]|[•*·–-])\s*")
LIST_ITEM = re.compile(r"\s*[•*·–-]\s")  # a bulleted line (a numbered one is a results row)
# An item of advice: a bulleted line that opens on a bare verb, telling the reader what to do
# ("- Keep bales separate from livestock housing"): an instruction, not the article's news
_ADVICE_ITEM = re.compile(
    r"\s*[•*·–-]\s+(?:Make sure|Make|Check|Keep|Store|Ensure|Call|Do not|Don't|Never|Always"
    r"|Avoid|Use|Report|Wash|Stay|Seek|Contact|Visit|Follow|Remember|Turn off|Switch off|Wear"
    r"|Drink|Cover|Clean|Install|Test|Plan|Register|Consider|Ask|Tell|Look out|Put|Close|Unplug"
    r"|Dispose|Have|Try|Know|Learn|Limit|Protect|Sign up|Lock|Secure|Photograph"
    r"|(?:Mark|Record)(?= (?:your|serial|details|it|them|each)\b))\b"
)


# An item that opens on such a word but states news: "Check-in times rose", "Close to
# 300 flights were delayed", "Use of the park-and-ride fell", "Clean Air Zone charges start"
_NEWS_ITEM = re.compile(
    r"(?:-|\s+(?:[A-Z]\w*\s+[A-Z]|of\b|to\b|for\b|finds\b|shows\b|says\b|results\b|numbers\b)"
    r"|.*\b(?:was|were|has|had|rose|fell|rises|falls|doubled|dropped|jumped)\b)"
)


def advice(text: str, start: int) -> bool:
    """Whether the line at ``start`` is an item of advice, not of news."""
    found = _ADVICE_ITEM.match(text, start)
    if not found:
        return False
    end = text.find("\n", found.end())
    return not _NEWS_ITEM.match(text, found.end(), len(text) if end < 0 else end)


_LABEL = re.compile(r"[A-Z][\w'’-]*(?: [\w'’-]+){0,2}: ")
_AMOUNT = re.compile(r"[%£$€]")
_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}(?: \([^()]{1,30}\))?"
_LINE_UP = re.compile(rf"{_NAME}: (?:{_NAME}[,;] ){{4,}}|(?:{_NAME}[,;] ){{7,}}")
"""A team's line-up: a name, a colon and five names or more, a substitute's in brackets; or
eight names with no label, positions parted by semicolons ("Hanley; Mayor, Payne, ...")."""
_STAT_LINE = re.compile(
    r"(?:[A-Z0-9][\w'’ .-]{0,40}\s[—–-]\s)?[A-Z][\w'’ ]{0,30}(?:\s\(\w+\))?:\s"
    r"[^.]*?(?:\d|;|[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*(?:,\s|\sand\s)[A-Z])"
    r"|[A-Z0-9]{1,3}\s[—–-]\s[A-Z]|[A-Z][\w'’ ]{0,30}:\s[A-Z][^.:]{0,60}\.?$"
    r"|(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*\s\(?\d{1,3}'?\)?(?:\s\(pen\)|\sog)?(?:,\s|\.?$))+$"
)
"""A box score's or a scorers' line: "2B — Louisville: Woodard; ...", "L — Triplett (4-3).",
"Riise 1, Nunez 113.", "Subs not used: Harper.", "Penalties: Coetzer (2).", "Boland
Cavaliers - Tries: Deon Fourie, Eben Louw, ..." (with no verb)."""


def team_or_score_line(text: str) -> bool:
    """Whether ``text`` is a team's line-up or a box score's line, names and figures only."""
    return (
        _names_line(text)
        and bool(_LINE_UP.match(text) or _STAT_LINE.match(text))
        and _names_and_figures(text)
    )


def _names_line(text: str) -> bool:
    """A cheap first test for a line-up or a box score: a label's colon or a dash, several
    commas or semicolons, or a figure at the end ("Campbell 75.")."""
    end = text.rstrip(".")[-1:]
    return (
        ": " in text
        or " — " in text
        or " – " in text
        or " - " in text
        or end.isdigit()
        or end == ")"
        or text.count(",") + text.count(";") >= _LIST_MARKS
    )


_LIST_MARKS = 4


def _names_and_figures(text: str) -> bool:
    """Whether ``text`` after its label holds only names, figures and a box score's words:
    "James, Mills (Wright-Phillips 83), ...", "Penalties: Coetzer (2).", "Kerr (booked)";
    not "The cause: a faulty gas boiler", nor "Arsenal, ..., Bournemouth face fines"."""
    rest = _BRACKETED.sub("", text.split(": ", 1)[-1])
    return not any(
        w.islower() and len(w) > 2 and w not in _BOX_SCORE_WORDS for w in _WORDS.findall(rest)
    )


_BRACKETED = re.compile(r"\([^()]*\)")
_WORDS = re.compile(r"[A-Za-z]+")
_BOX_SCORE_WORDS = word_set("and not used subs sub each capt pen pens rbi")


def names_only(item: str) -> bool:
    """Whether a list item states nothing: no verb, and a label before a colon ("Bridge:
    Mangaroa Stream Bridge, ...") or a name before its first comma ("Pahoia Road, between
    ...", a charge's "Possession of Property Obtained by Crime Over $5000, contrary to ...");
    not a fact written short ("Record turnout of 72%", "Fuel duty frozen")."""
    if has_verb(item):
        return False
    if _LABEL.match(item):
        return not _AMOUNT.search(item)
    return all(_IN_A_NAME.match(w) for w in item.split(",", 1)[0].split())


_IN_A_NAME = re.compile(r"[A-Z(\d$£€]|[a-z]{1,3}$")
"""A word a name or a title is written with: a capital, a figure, or a short word ("of")."""
