"""Quotations across sentences: whether a sentence starts inside a quotation an earlier one
opened, so that a paragraph never quotes a speaker's words without the sentence that names
them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document

_QUOTE_MARK = re.compile(r'``|\'\'|["“”„«»]')
CLOSING = {"``": "''", "“": "”", "„": "“", "«": "»", '"': '"'}
"""Each opening quotation mark and the mark that closes it."""
QUOTATION_SENTENCES = 3
"""An open quotation is taken to end after this many sentences without a closing mark."""


def quotation_open(doc: Document) -> Iterator[bool]:
    """Per sentence, in order, whether it starts inside a quotation an earlier sentence
    opened (its speaker is named there). A paragraph break or ``QUOTATION_SENTENCES``
    sentences without a closing mark end it, so one stray mark cannot hold the rest of the
    text. One sentence at a time: selection asks only as far as it reads."""
    opened: str | None = None
    since = 0
    text = doc.text
    for sentence in doc.sentences:
        if sentence.start == 0 or text[sentence.start - 1] == "\n" or since >= QUOTATION_SENTENCES:
            opened = None
        yield opened is not None
        opened, closed = open_quotation(sentence.text, opened)
        since = 0 if closed or opened is None else since + 1


def open_quotation(text: str, opened: str | None = None) -> tuple[str | None, bool]:
    """(the opening mark of the quotation ``text`` leaves open, or None; whether a mark in
    it closed one), starting inside the quotation ``opened`` when given. A straight mark
    opens when it follows a space or the start and a word follows it, else it closes; a
    closing mark with no quotation open is a stray (an inch mark) and is ignored; “ closes
    „ (German) and opens otherwise."""
    closed = False
    if not _has_quote_mark(text):
        return opened, closed
    for found in _QUOTE_MARK.finditer(text):
        mark, at = found.group(), found.start()
        if mark == '"':
            before, after = text[at - 1 : at], text[found.end() : found.end() + 1]
            opens = (not before or before.isspace() or before in "([") and bool(after.strip())
        else:
            opens = mark in CLOSING and not (mark == "“" and opened == "„")
        if opens:
            opened = mark
        elif opened is not None:
            opened, closed = None, True
    return opened, closed


def _has_quote_mark(text: str) -> bool:
    """Whether ``_QUOTE_MARK`` can match: most sentences hold none, and substring tests are
    faster than the pattern's scan."""
    return (
        '"' in text or "“" in text or "”" in text or "„" in text or "«" in text or "»" in text
        or "``" in text or "''" in text
    )  # fmt: skip
