"""Which sentences lean on the one before them, so a paragraph never starts one cold.

A sentence that opens with a connective ("But", "However") or a pronoun ("He", "They",
"This") points back at the sentence before it. Picked without that sentence, it dangles:
the reader meets "But ..." with nothing to contrast, or "He" with nobody named. A dangling
connective is dropped (the sentence still says what it says); a dangling pronoun needs
its sentence before, so selection takes both or neither.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..document import Document

_CONNECTIVES = """but however also and meanwhile so yet still instead moreover furthermore
nevertheless nonetheless besides thus hence therefore"""
CONNECTIVES = frozenset(_CONNECTIVES.split())
_POINTERS = "he she they it this these those that his her their its him them such"
POINTERS = frozenset(_POINTERS.split())
OPENERS = CONNECTIVES | POINTERS
_EDGE = ",;:.!?\"'“”‘’`()-–—"


def opener(text: str) -> str | None:
    """The back-pointing first word of ``text`` ("but", "he"...), or None."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    word = first.strip(_EDGE).lower()
    if first[:1] in "\"'“‘`" or word not in OPENERS:
        return None  # a quotation's "He ..." is the speaker's, not a pointer back
    return word


def leans_back(doc: Document, index: int) -> bool:
    """True when sentence ``index`` needs the sentence before it: it opens with a pronoun
    (the first sentence never leans back; a connective can be dropped instead)."""
    return index > 0 and opener(doc.sentences[index].text) in POINTERS


def render(doc: Document, picked: Iterable[int]) -> list[str]:
    """The picked sentences' text in document order, a dangling connective dropped."""
    chosen = sorted(set(picked))
    out = []
    for i in chosen:
        text = doc.sentences[i].text
        if i > 0 and i - 1 not in chosen and opener(text) in CONNECTIVES:
            rest = text.split(maxsplit=1)[1].lstrip(",; ") if len(text.split()) > 3 else ""
            text = rest[:1].upper() + rest[1:] if rest else text
        out.append(text)
    return out


def dangling(doc: Document, picked: Iterable[int], text: str) -> list[int]:
    """The picked sentences that appear whole in the summary ``text`` and open with a
    connective or pronoun whose sentence before was not picked: the check for any method."""
    chosen = set(picked)
    return [
        i
        for i in sorted(chosen)
        if i > 0
        and i - 1 not in chosen
        and opener(doc.sentences[i].text) is not None
        and doc.sentences[i].text in text
    ]
