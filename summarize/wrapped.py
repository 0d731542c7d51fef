"""Hard-wrapped text (an e-mail, a newsletter, a terminal or a PDF copy) joined back into
its paragraphs.

Why: a line break ends a sentence (``sentences.sentence_spans``), as it must for the
scraped-news layout, where each line is a paragraph, a title or a caption. Text wrapped at
a fixed width breaks its sentences at every line instead, and its unpunctuated first line
reads as a title. A line was wrapped when the next line's first word would not have fit
on it: that is how every wrapper breaks (``textwrap``, mail clients, ``fmt``), and a
title, a byline or a list item ends short of the width.
"""

from __future__ import annotations

import math
import re

MAX_WIDTH = 100
"""Wider lines are paragraphs, not wrapped text."""
MIN_WRAPPED_LINES = 3
"""Fewer wrapped-looking breaks than this, or fewer than a third of the breaks between two
lines of text, or fewer than ``MIN_INSIDE`` or a third of them inside a sentence
(``_inside_sentence``): the text is left as it is (a page of short lines of all
lengths, one-sentence paragraphs of one length, a live blog's stamped lines)."""
MIN_INSIDE = 2
_BULLET = re.compile(r"^[*•>]\s")
"""A bulleted item or a quoted reply: never joined to the line above."""
_MARKED = re.compile(r"^(?:[-–]|\d{1,3}[.)])\s")
"""A dash or a number opens an item after a finished line or another item, and goes on a
sentence after an unfinished line ("... store manager at / 19. A popular ...")."""
_FINISHED = re.compile(r"[.!?:;]['\"’”)]*$")
_BROKEN = re.compile(r"([^\W\d_]+)-$")
"""A line that ends inside a word, at a hyphen: the word's first part."""
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
"""A word, hyphenated ones whole."""
_HYPHEN_PART = re.compile(r"^[^\W\d_]{2,}-(?=[^\W\d_]-?[^\W\d_])")
"""The part of a hyphenated word that wrappers may leave on the line above."""


def unwrap(text: str) -> str:
    """``text`` with the line breaks of fixed-width wrapping replaced by spaces; a word
    broken at a hyphen is joined whole, without the hyphen when the text writes the word
    only unhyphenated elsewhere ("acqui-/sition", a PDF's break), with it otherwise
    ("Netherlands-/based"). Text that is not wrapped comes back unchanged; blank lines,
    short lines and list items keep their breaks."""
    lines = text.split("\n")
    breaks = _wrap_breaks(lines)
    if breaks is None:
        return text
    words = None  # the text's words, read once if a word is broken at a line's end
    out = [lines[0]]  # pieces; a paragraph's lines are joined in place, never re-copied
    for wrapped, line in zip(breaks, lines[1:], strict=True):
        if not wrapped:
            out += ["\n", line]
            continue
        out[-1] = out[-1].rstrip()
        glue = " "
        if broken := _BROKEN.search(out[-1]):
            words = words if words is not None else set(_WORD.findall(text.lower()))
            glue = ""
            first, rest = broken[1].lower(), _WORD.match(line.strip()).group().lower()
            if first + rest in words and f"{first}-{rest}" not in words:
                out[-1] = out[-1][:-1]  # a hyphen put in to break the word: "acqui-/sition"
        out += [glue, line.strip()]
    return "".join(out)


def _wrap_breaks(lines: list[str]) -> list[bool] | None:
    """Which line breaks wrapping made, or None when the text was not wrapped: wider than
    ``MAX_WIDTH``, or too few breaks where the next word would not fit. The width is the
    length that nine lines in ten stay within, so a long address or a footer line does not
    set it."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if not lengths:
        return None
    width = lengths[math.ceil(0.9 * len(lengths)) - 1]
    if width > MAX_WIDTH:
        return None
    pairs = list(zip(lines, lines[1:], strict=False))
    breaks = [_wrapped(a, b, width) for a, b in pairs]  # False where either line is blank
    texts = sum(1 for a, b in pairs if a.strip() and b.strip())
    wraps = [pair for pair, wrapped in zip(pairs, breaks, strict=True) if wrapped]
    inside = sum(_inside_sentence(a, b) for a, b in wraps)
    wrapped = len(wraps) >= max(MIN_WRAPPED_LINES, texts / 3)
    return breaks if wrapped and inside >= max(MIN_INSIDE, len(wraps) / 3) else None


def _wrapped(line: str, following: str, width: int) -> bool:
    """The break after ``line`` was made by wrapping at ``width``: both lines hold text,
    the next does not open an item, and its first word would have overflowed the line."""
    line, following = line.rstrip(), following.strip()
    if not line.strip() or len(line) > MAX_WIDTH or not following or _BULLET.match(following):
        return False
    if _MARKED.match(following) and (_FINISHED.search(line) or _opens_item(line)):
        return False
    if _BROKEN.search(line) and following[:1].islower():
        return True  # a word broken across the lines
    hyphen_part = _HYPHEN_PART.match(following)
    first = hyphen_part.group() if hyphen_part else following.split()[0]
    return len(line) + 1 + len(first) > width


def _inside_sentence(line: str, following: str) -> bool:
    """The break falls inside a sentence: the next line goes on in lower case, or a line
    with no closing mark is followed by a word (not a time, a figure or a quotation)."""
    line, following = line.rstrip(), following.lstrip()
    if following[:1].islower():
        return True
    return (
        not _FINISHED.search(line)
        and not line.endswith(('"', "”", "'"))
        and following[:1].isalpha()
    )


def _opens_item(line: str) -> bool:
    line = line.strip()
    return bool(_BULLET.match(line) or _MARKED.match(line))
