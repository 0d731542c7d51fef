"""Which sentences lean on the one before them, so a paragraph never starts one cold.

A sentence that opens with a connective ("But", "However") or a pronoun ("He", "They",
"This") points back at the sentence before it. So does one that refers back inside
("... poured cold water on those suggestions", "... cannot confirm such an incident") or
gives a quotation to a pronoun ('"...," he said'). Picked without that sentence, it
dangles: the reader meets "But ..." with nothing to contrast, "he" with the wrong person
in mind, or "those suggestions" with none made. A dangling connective is dropped (the
sentence still says what it says); any other reference back needs its sentence before, so
selection takes both or neither. Blind readers judged such sentences misleading, for
extracts and for the model's paragraphs alike (``back_reference`` is shared).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..document import Document

_CONNECTIVES = """but however also and meanwhile so yet still instead moreover furthermore
nevertheless nonetheless besides thus hence therefore"""
CONNECTIVES = frozenset(_CONNECTIVES.split())
_POINTERS = "he she they it this these those that his her their its him them such"
POINTERS = frozenset(_POINTERS.split())
OPENERS = CONNECTIVES | POINTERS
_EDGE = ",;:.!?\"'“”‘’`()-–—"
_TIME_NOUNS = """year years week weeks month months season seasons summer winter spring autumn
morning afternoon evening weekend time century decade quarter term day days country"""
_DEMONSTRATIVE = re.compile(
    r"\b(?:(?:these|those)\s+(?!who\b|which\b|of\b|that\b|in\b|with\b|are\b|were\b)"
    rf"|this\s+(?!(?:{'|'.join(_TIME_NOUNS.split())})\b)"
    r"|such\s+an?\s+)[a-z][a-z-]+"
)
_SPEECH = """said says added adds told tells explained insisted argued warned claimed noted
continued stressed admitted"""
_PRONOUN_SPEAKER = re.compile(rf"""[,"”’']\s*(?:he|she|they)\s+(?:{"|".join(_SPEECH.split())})\b""")
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|"[^"]*$|“[^”]*$')
_SPEAKS = re.compile(rf"\b(?:{'|'.join(_SPEECH.split())}|asked|according)\b")


def opener(text: str) -> str | None:
    """The back-pointing first word of ``text`` ("but", "he"...), or None."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    word = first.strip(_EDGE).lower()
    if first[:1] in "\"'“‘`" or word not in OPENERS:
        return None  # a quotation's "He ..." is the speaker's, not a pointer back
    return word


def back_reference(text: str) -> str | None:
    """What in ``text`` needs the sentence before it: an opening pronoun ("he"), a
    demonstrative outside quotation marks ("those suggestions", "such an incident"; not
    "this year"), a quotation given to a pronoun (", he said") or to nobody (its speaker
    was named before); None when nothing does.
    An opening connective is not one (it can be dropped instead)."""
    word = opener(text)
    if word in POINTERS:
        return word
    if found := _PRONOUN_SPEAKER.search(text):
        return found.group(0).lstrip(",\"”’' ")
    unquoted = _QUOTED.sub(" ", text)
    if text.lstrip()[:1] in '"“' and not _SPEAKS.search(unquoted):
        return "an unattributed quotation"
    if found := _DEMONSTRATIVE.search(unquoted):
        return found.group(0)
    return None


def leans_back(doc: Document, index: int) -> bool:
    """True when sentence ``index`` needs the sentence before it (``back_reference``; the
    first sentence never leans back)."""
    return index > 0 and back_reference(doc.sentences[index].text) is not None


def render(doc: Document, picked: Iterable[int]) -> list[str]:
    """The picked sentences' text in document order, a dangling connective dropped."""
    chosen = sorted(set(picked))
    out = []
    for i in chosen:
        text = doc.sentences[i].text
        if i > 0 and i - 1 not in chosen:
            text = without_connective(text)
        out.append(text)
    return out


def without_connective(text: str) -> str:
    """``text`` without its opening connective ("However, the plan failed." -> "The plan
    failed."); unchanged when it has none or would keep under three words."""
    if opener(text) not in CONNECTIVES or len(text.split()) <= 3:
        return text
    rest = text.split(maxsplit=1)[1].lstrip(",; ")
    return rest[:1].upper() + rest[1:]


def dangling(doc: Document, picked: Iterable[int], text: str) -> list[int]:
    """The picked sentences that appear whole in the summary ``text`` and open with a
    connective or pronoun whose sentence before was not picked: the check for any method."""
    chosen = set(picked)
    return [
        i
        for i in sorted(chosen)
        if i > 0
        and i - 1 not in chosen
        and (opener(doc.sentences[i].text) is not None or leans_back(doc, i))
        and doc.sentences[i].text in text
    ]
