"""Headline style: one line, no final full stop, quote marks balanced, no stray edge marks.

Shared by every cut ``summarize.headline`` makes, so each candidate ends the same way.
"""

from __future__ import annotations

import re

from .sentences import QUOTES

# Quote marks at a word's edge; one inside a word ('Acme"Corp') is part of the word.
_EDGE_QUOTE = re.compile(r'(?:(?<=\s)|^)"|"(?=\s|$)')
_EDGE_CURLY = re.compile(r"(?:(?<=\s)|^)[“”]|[“”](?=\s|$)")
_LONE_END_QUOTE = re.compile(r"\s['‘`]+$|(?<=[.!?])['‘`]+$")
"""A quote mark left alone at the end (the next quotation's opening, in tokenized text:
"... at the Juventus Stadium . ' I was proud ..."); a possessive ("Jones'") keeps its own,
and so does a quotation opened before it ("'We won.'", "the 'mini-derby '")."""
_OPENING_QUOTE = re.compile(r"(?:^|\s)['‘`]")
_END_MARKS = '.…;:,!"”’ '
"""What a headline never ends with (its final stop, a closing double quote, a space)."""
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,.;:!?])")
_EDGE_PUNCTUATION = re.compile(r"^[,;:\s]+|[,;:\s]+$")
_SPACED_MARK = re.compile(r" [,.;:!?]")
_EDGE_MARKS = frozenset(",;:")


_LIST_MARK = re.compile(r"^[-–—•*·]\s+")
"""A list's bullet or a dateline's dash left at the start ("- Charles Sturt researchers ...")."""


def tidy(text: str) -> str:
    text = " ".join(text.split())
    if text[:1] in "-–—•*·":
        text = _LIST_MARK.sub("", text)
    if _SPACED_MARK.search(text):  # the substitution only where it can act
        text = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", text)
    if text[:1] in _EDGE_MARKS or text[-1:] in _EDGE_MARKS:
        text = _EDGE_PUNCTUATION.sub("", text)
    return text[:1].upper() + text[1:] if text else text


def finish(text: str) -> str:
    """Headline style: no final full stop, balanced quotes, one line."""
    text = tidy(text).rstrip(_END_MARKS)  # still tidy: the strip leaves no edge to tidy
    lone = _LONE_END_QUOTE.search(text)
    if lone and not _OPENING_QUOTE.search(text, 0, lone.start()):
        text = text[: lone.start()].rstrip(_END_MARKS) or text
    tidied = text
    if text.count('"') % 2:
        text = _EDGE_QUOTE.sub("", text)
    if text.count("“") != text.count("”"):
        text = _EDGE_CURLY.sub("", text)
    if text and text[0] in QUOTES and text.count(text[0]) == 1:
        text = text[1:]
    return text if text == tidied else tidy(text)
