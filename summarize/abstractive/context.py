"""A model paragraph never leans on an article sentence it left out.

The model reads an extract and copies sentences from it, some of which point back at a
sentence it did not copy: "However Nasdaq ... poured cold water on those suggestions"
with no suggestions made, '"...," he said' after another man's words, the middle of a
quotation whose speaker was left out, a fragment such as "Ticket prices?". Blind readers
judged those paragraphs misleading or nonsense. The rules are the extracts'
(``extractive.coherence``): a sentence that refers back is dropped unless the article
sentence before its own is in the paragraph too; a dangling connective is dropped and the
sentence kept; a fragment, or a copy of a line that does not end as a sentence does (a
page's label, another story's headline), is dropped. A copy in which the model slipped a
word the article never uses ("the second-hand league", read false) is given back the
article's own sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from difflib import SequenceMatcher
from typing import Any

from ..document import Document
from ..extractive.coherence import (
    Leaning,
    back_reference,
    loose_line,
    without_connective,
)
from ..extractive.fragments import fragment
from ..extractive.headline_check import problems
from ..verbs import finite
from .support import best_match, content_stems, sentence_stems

MIN_OVERLAP = 0.5
"""Share of a sentence's content words its article sentence must hold to count as its copy."""


def source_of(
    sentence: str, doc: Document, article: Sequence[tuple[int, set[str]]] | None = None
) -> int | None:
    """The article sentence ``sentence`` copies most (None when none holds half its words);
    ``article``: ``support.sentence_stems`` of all of ``doc``, when the caller has them."""
    stems = content_stems(sentence, doc.language)
    if article is None:
        article = sentence_stems(doc, range(len(doc.sentences)))
    if not stems or not article:
        return None
    best, share = best_match(stems, article)
    return best if share >= MIN_OVERLAP else None


def standalone(sentences: Sequence[str], doc: Document) -> list[str | None]:
    """Each sentence as it may be published, in order: unchanged, without a dangling
    connective, or None when it is a fragment, or refers back to (or continues a
    quotation of) an article sentence the paragraph lacks."""
    leaning = Leaning(doc)
    article = sentence_stems(doc, range(len(doc.sentences)))
    copied: set[int] = set()
    out: list[str | None] = []
    for text in sentences:
        if fragment(text, doc.language):
            out.append(None)
            continue
        source = source_of(text, doc, article)
        if source is not None and loose_line(doc, source):
            out.append(None)  # a page's label or another story's headline, copied
            continue
        leans = back_reference(text) is not None or (source is not None and leaning(source))
        if source is not None and source > 0 and source - 1 not in copied and leans:
            out.append(None)
            continue
        if source is None or source - 1 not in copied:  # its sentence before is not here
            text = without_connective(text)
        if source is not None:
            copied.add(source)
        out.append(text)
    return out


def standalone_checks(checks: Sequence[Any], doc: Document) -> list[Any]:
    """The scorer's sentence checks (``faithfulness.SentenceCheck``) of what may be
    published: leaning sentences left out, dangling connectives dropped from the text."""
    published = standalone([c.text for c in checks], doc)
    return [
        c if p == c.text else replace(c, text=p)
        for c, p in zip(checks, published, strict=True)
        if p
    ]


NEAR_COPY = 0.85
"""Word-sequence likeness (difflib's ratio) from which a sentence is a copy of its source."""
_WORD = re.compile(r"\w+(?:['’-]\w+)*")


_LAST_FIGURE = re.compile(r"(\S*\d)\.[\"”’')\]]*$")
_STOP_ALONE = re.compile(r"(\S+) \.$")  # a full stop after a space: a figure's point


def _cut_figure(text: str, source: str) -> bool:
    """Whether ``text`` ends on a figure that ``source`` goes on with ("worth about MOP1."
    of "MOP1.26 million"; "the two drew ." of "drew .45-caliber pistols"): the model read
    its decimal point as a full stop."""
    text = text.strip()
    if last := _LAST_FIGURE.search(text):
        return re.search(re.escape(last[1]) + r"\.\d", source) is not None
    stop = _STOP_ALONE.search(text)
    return bool(stop) and re.search(re.escape(stop[1]) + r" \.\d", source) is not None


def _lost_opening(copy: list[str], original: list[str], text: str, source: str) -> bool:
    """Whether ``text`` copies the end of its source without the opening that held the
    verb ("Warriors, who campaign in ..., the state's ticket to ..." of "The win hands
    Warriors, who campaign in ..., the state's ticket to ..."): it starts right after the
    source's verb and reads verbless, its source does not (not a page's "Scroll down for
    video" glued to a sentence the check cannot read, nor "Two in five children live in
    poverty" of "... found that two in five children live in poverty", which the check
    reads verbless too)."""
    lost = original[: len(original) - len(copy)]
    return (
        bool(lost)
        and copy == original[len(lost) :]
        and finite(lost[-1], lost[-2] if len(lost) > 1 else None)  # it starts after the verb
        and "verbless" in problems(text.rstrip(" ."))
        and "verbless" not in problems(source.rstrip(" ."))
    )


def restored(text: str, source: str, article_words: set[str]) -> str:
    """``source``, the article's sentence, for a copy of it that changed a word into one the
    article never uses ("the second-hand league" for "the second-half standings",
    "vice-capther", "ofripe"), stopped inside a figure ("MOP1." of "MOP1.26 million",
    "drew ." of "drew .45-caliber") or lost the opening that held its verb: the model's
    edits of a sentence it copies are slips, not summaries; otherwise ``text``."""
    copy = _WORD.findall(text.lower())
    original = _WORD.findall(source.lower())
    if _cut_figure(text, source):
        return source if copy == original[: len(copy)] else text  # the copy stopped early
    if _lost_opening(copy, original, text, source):
        return source
    if not any(w not in article_words for w in copy if not w.isdigit()):
        return text
    return source if SequenceMatcher(None, copy, original).ratio() >= NEAR_COPY else text


def restored_checks(checks: Sequence[Any], doc: Document, fits: Callable[[str], bool]) -> list[Any]:
    """The scorer's sentence checks with each slipped copy restored to its article sentence
    (``restored``), while the paragraph still ``fits`` its budget; a copy that stopped inside
    a figure or lost its verb and cannot be restored is left out ("the two drew ." is no
    sentence)."""
    article_words = set(_WORD.findall(doc.text.lower()))
    out: list[Any] = []
    for k, check in enumerate(checks):
        if check.source is None or not check.source_text:
            out.append(check)
            continue
        text = restored(check.text, check.source_text, article_words)
        back = replace(check, text=text)
        if text != check.text and fits(" ".join(c.text for c in [*out, back, *checks[k + 1 :]])):
            out.append(back)
        elif not _partial(check.text, check.source_text):
            out.append(check)
    return out


def _partial(text: str, source: str) -> bool:
    """Whether ``text`` is no sentence but part of its source's: cut inside a figure, or
    without the opening that held the verb."""
    copy = _WORD.findall(text.lower())
    original = _WORD.findall(source.lower())
    return _cut_figure(text, source) or _lost_opening(copy, original, text, source)


def cut_warning(cut: int) -> str:
    plural = "s" if cut != 1 else ""
    return (
        f"{cut} sentence{plural} of the model's paragraph that copied part of an article "
        "sentence (cut inside a figure, or without its verb) left out"
    )


def dropped_warning(dropped: int) -> str:
    plural = "s" if dropped != 1 else ""
    return (
        f"{dropped} sentence{plural} of the model's paragraph that referred back to an article "
        "sentence it left out dropped"
    )
