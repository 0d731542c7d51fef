"""Bytes to text, and text that is not: UTF-8, UTF-16/32 with or without a byte-order mark,
Windows-1252 with a warning, binary data refused, lone surrogates replaced and garbled text
reported. Bad input gets a clear message, never a traceback."""

from __future__ import annotations

import codecs
import re
import unicodedata

from .errors import InputError

_SURROGATE = re.compile("[\ud800-\udfff]")
GARBLED_SHARE = 0.15
"""Share of unreadable characters (symbols, private use, U+FFFD, controls) above which
the text is reported as garbled; real prose in any script stays far below it."""
_READABLE_PUNCTUATION = frozenset(".,;:!?'\"()[]{}-–—‘’“”…%/&*#@+=<>«»|~_^`$€£")


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8, UTF-16/32 (Windows "Unicode" files), else Windows-1252 with a
    warning; binary data is refused."""
    wide = _decode_wide(data)
    if wide is not None:
        return wide
    if b"\x00" in data[:65536] or _control_share(data[:65536]) > 0.1:
        raise InputError("input looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as err:
        first = f"input is not valid UTF-8 (first bad byte at offset {err.start})"
    text = data.decode("utf-8-sig", errors="replace")
    bad = text.count("\ufffd")
    if sum(1 for ch in text if ord(ch) > 127) >= 3 * bad:  # mostly UTF-8: a few bad bytes
        return text, [f"{first}; {bad:,} bad sequence(s) replaced by U+FFFD"]
    return data.decode("cp1252", errors="replace"), [f"{first}; decoded as Windows-1252"]


def fix_surrogates(text: str) -> tuple[str, int]:
    """Join UTF-16 surrogate pairs and replace lone surrogates (U+FFFD), counting those:
    a lone surrogate cannot be encoded, so it crashed every method and tokenizer."""
    if not _SURROGATE.search(text):
        return text, 0
    fixed = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return fixed, fixed.count("\ufffd") - text.count("\ufffd")


def garbled_warning(text: str) -> list[str]:
    """A warning when much of ``text`` is unreadable (random bytes decoded as text)."""
    sample = text[:20000]
    chars = [ch for ch in sample if not ch.isspace()]
    if len(chars) < 20:
        return []
    bad = sum(1 for ch in chars if _unreadable(ch))
    if bad / len(chars) <= GARBLED_SHARE:
        return []
    return [
        f"input looks garbled: {bad / len(chars):.0%} of its characters are symbols or "
        "unreadable; check the file's encoding"
    ]


def _unreadable(ch: str) -> bool:
    if ch.isalnum() or ch in _READABLE_PUNCTUATION or ord(ch) >= 0x1F000:  # emoji read
        return False
    return unicodedata.category(ch)[0] != "M"


def _decode_wide(data: bytes) -> tuple[str, list[str]] | None:
    """UTF-16 or UTF-32 text by its byte-order mark, or UTF-16 without one when every other
    byte of the start is NUL (ASCII-range text); None when the data is neither."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, "replace"), []
    head = data[:4096]
    if len(head) < 8 or len(head) % 2:
        return None
    for codec, nul_at in (("utf-16-le", 1), ("utf-16-be", 0)):
        if head[nul_at::2].count(0) >= 0.9 * (len(head) // 2) and 0 not in head[1 - nul_at :: 2]:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            if _control_share(text[:4096].encode("utf-8")) <= 0.1:
                return text, [f"input has no byte-order mark; decoded as {codec.upper()}"]
    return None


def _control_share(data: bytes) -> float:
    if not data:
        return 0.0
    controls = sum(1 for b in data if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(data)
