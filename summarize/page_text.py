"""The article inside the text of a whole web page (select all, copy, paste).

Such a copy opens with the site's menus, share buttons, byline and photo caption and ends
with related links, newsletters and legal notices; read as the article, they became its
headline ("Subscribe") and its sentences. jusText, the boilerplate classifier trafilatura
falls back on, reads each line as a block of a page: the article runs from its first to
its last good block of prose. Only the edges go: inside, a line stays whatever jusText
thinks of it (its stopword test calls quotes and lists of names bad), and the sentences
that touch the article's first and last good blocks stay with it.
"""

from __future__ import annotations

import functools
import html
import itertools
import re
from dataclasses import dataclass

from .furniture import TERMINAL, Removal, byline_or_stamp
from .verbs import has_verb

MENU_LINES = 4
"""Short lines (a menu's or a share bar's items) above the article that make the text a
page copy: a bare article has its title there at most, a BBC match preview its venue, date
and kick-off (three lines)."""
_MENU_WORDS = 4  # a menu's item or a button: "Share on Facebook", "Sign in"
_SENTENCE_WORDS = 5
"""A line this long that ends as a sentence goes with the article it touches ("Jamie
Costin should be paralysed."); "Voiced by artificial intelligence." does not."""
_LEAD_WORDS = 3
# a page's label: "Voiced by ...", "Sponsored by ...", "Written by ...", "Powered by ..."
_MADE_BY = re.compile(r"^[A-Za-z]+(?:ed|en)\s+by\b")
_TITLE_WORDS = (4, 30)
_OPENING_LINES = 10  # the article's lines a title is matched against
_STEM_LETTERS = 5  # "revisits" and "revisit" match
_GOOD_CHARACTERS = (200, 70)
"""How long a block of prose must be to be good: jusText's default, an HTML paragraph's;
then, when no block is, any block that is not short (a wire story copied one sentence a
line had none, and its menus were read as the article). Always short, footers' legal
notices and captions were good."""
_RUN_GAP = 3
"""Good blocks this close are one run ("Advertisement" and a link between paragraphs). At
5, a box of four lines would not split the article, but 22 probe pages read differently,
a standfirst with its byline and share bar joining the article in those read: an article
whose first paragraphs sit above a box of three lines or more loses them as page header."""
_OPENING_RUN = 3
"""The article starts at a run of this many (a title and its standfirst are two)."""
_BAR_LIST = re.compile(r"(?:\s[>›»|]\s[^>›»|]*){2}")
"""A breadcrumb or a menu on one line: "Home > News > 2011", "NFL | MLB | NBA"."""
_NOT_TITLE = re.compile(rf"\.\s*$|{_BAR_LIST.pattern}")
_MAX_LINES = 3000
"""jusText's time grows with the page; a longer text is not read as a page."""
_WORD = re.compile(r"[^\W\d_][^\W_]+")


@dataclass(frozen=True)
class PageArticle:
    """The article's lines, its title (None when no line above reads as one), and what
    went above and below it."""

    lines: list[str]
    title: str | None
    removed: list[Removal]


def page_article(lines: list[str]) -> PageArticle | None:
    """The article's lines and title when ``lines`` are a page copy; None otherwise (no
    menu above the text, no block of English prose, or too long to read)."""
    if len(lines) < MENU_LINES + 2 or len(lines) > _MAX_LINES:
        return None
    if sum(1 for line in lines if _menu_item(line)) < MENU_LINES:
        return None  # no menu anywhere: not worth jusText's time
    good = [at for at in _good_blocks(lines) if not _BAR_LIST.search(lines[at])]
    if not good:
        return None
    start, end = _article_span(good)
    while start > 0 and (_sentence(lines[start - 1]) or _short_lead(lines[start - 1])):
        start -= 1
    while end < len(lines) and _sentence(lines[end]):
        end += 1
    header, footer = lines[:start], lines[end:]
    if sum(1 for line in header if _menu_item(line)) < MENU_LINES:
        return None
    title_at = _title_at(header, lines[start : start + _OPENING_LINES])
    removed = [Removal(line, "page header") for at, line in enumerate(header) if at != title_at]
    removed += [Removal(line, "page footer") for line in footer]
    title = None if title_at is None else header[title_at]
    return PageArticle(lines[start:end], title, removed)


def _good_blocks(lines: list[str]) -> list[int]:
    import justext

    page = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    page = (page + "</body></html>").encode(errors="replace")  # a lone surrogate
    for length in _GOOD_CHARACTERS:
        blocks = justext.justext(page, _stoplist(), length_high=length)
        if len(blocks) != len(lines):  # a line jusText merged or split: indexes differ
            return []
        if any(block.class_type == "good" for block in blocks):
            break
    # a short block between two good ones is good by context: a byline and a share bar
    # between a standfirst and the text would join them
    return [
        at
        for at, block in enumerate(blocks)
        if block.class_type == "good" and block.cf_class != "short"
    ]


@functools.cache
def _stoplist() -> frozenset[str]:
    import justext

    return justext.get_stoplist("English")


def _sentence(line: str) -> bool:
    return len(line.split()) >= _SENTENCE_WORDS and bool(TERMINAL.search(line))


def _short_lead(line: str) -> bool:
    """A short sentence with a verb opening the article ("Britain is in recession."), not a
    player's label ("Voiced by artificial intelligence.")."""
    if len(line.split()) < _LEAD_WORDS or not TERMINAL.search(line) or _MADE_BY.match(line):
        return False
    return has_verb(line)


def _menu_item(line: str) -> bool:
    short = len(line.split()) <= _MENU_WORDS and not TERMINAL.search(line)
    return short or bool(_BAR_LIST.search(line))


def _article_span(good: list[int]) -> tuple[int, int]:
    """From the first run of good blocks long enough to be the article's (a title and a
    standfirst make a shorter one; a notice above, "You are using a browser version with
    limited support", a lone one) to the last run of two or more (a site's blurb below is
    lone)."""
    runs = [[good[0]]]
    for this, after in itertools.pairwise(good):
        if after - this <= _RUN_GAP:
            runs[-1].append(after)
        else:
            runs.append([after])
    at = next((i for i, run in enumerate(runs) if len(run) >= _OPENING_RUN), None)
    if at is None:
        at = runs.index(max(runs, key=len))
    last = next(i for i in range(len(runs) - 1, at - 1, -1) if len(runs[i]) >= 2 or i == at)
    return runs[at][0], runs[last][-1] + 1


def _title_at(header: list[str], opening: list[str]) -> int | None:
    """Where the line above the article is that reads most as a headline of its opening:
    a few words, no full stop, no byline, the most content words of the opening's (two at
    least)."""
    wanted = _content_words(" ".join(opening))
    low, high = _TITLE_WORDS
    shared = {
        at: len(_content_words(line) & wanted)
        for at, line in enumerate(header)
        if low <= len(line.split()) <= high
        and not _NOT_TITLE.search(line)
        and not byline_or_stamp(line)
    }
    best = max(shared, key=lambda at: (shared[at], -at), default=None)
    if best is None or shared[best] < 2:
        return None
    return best - 1 if shared.get(best - 1, 0) >= 2 else best  # a standfirst under its title


def _content_words(text: str) -> set[str]:
    """Words not on the stop list, each by its first letters ("revisits", "revisit")."""
    words = {w.casefold() for w in _WORD.findall(text)} - _stoplist()
    return {w[:_STEM_LETTERS] for w in words}
