"""Relation checks between a summary sentence and the source sentence it rests on.

Names-and-numbers support cannot see "A buys B" written as "B buys A", or a lost "not".
These checks compare the summary sentence with its best-aligned source sentence: whether
a negation is present in one and not the other, and whether two names shared by both
appear in the opposite order (the usual sign of swapped roles).
"""

from __future__ import annotations

import re

from ..abstractive.support import _bare, _shared_start, _stem
from ..sentences import stop_words, words

_NEGATION = re.compile(
    r"\b(?:not|no|never|n't|cannot|nor|neither|without|fail(?:s|ed)?\s+to|den(?:y|ies|ied))\b|n't\b",
    re.I,
)


def negations(text: str) -> int:
    return len(_NEGATION.findall(text))


def negation_differs(sentence: str, source: str) -> bool:
    """One side negates and the other does not."""
    return (negations(sentence) > 0) != (negations(source) > 0)


def _names(text: str, language: str) -> list[str]:
    stop = stop_words(language)
    out = []
    for i, token in enumerate(words(text)):
        if token[:1].isupper() and token.lower() not in stop and (i > 0 or len(token) > 1):
            out.append(_bare(token))
    return out


def _same(a: str, b: str) -> bool:
    """Same name, allowing "India"/"Indian", "Kazakh"/"Kazakhstan"."""
    return a == b or _shared_start(a, b) >= max(4, int(0.8 * min(len(a), len(b))))


def reversed_names(sentence: str, source: str, language: str = "english") -> tuple[str, str] | None:
    """Two names the sentence and its source share, in opposite orders (first such pair)."""
    ours = _names(sentence, language)
    theirs = _names(source, language)

    def where(name: str) -> int | None:
        return next((i for i, t in enumerate(theirs) if _same(name, t)), None)

    placed = [(n, where(n)) for n in dict.fromkeys(ours)]
    placed = [(n, p) for n, p in placed if p is not None]
    for i, (a, pa) in enumerate(placed):
        for b, pb in placed[i + 1 :]:
            if not _same(a, b) and pa is not None and pb is not None and pa > pb:
                return a, b
    return None


_PAST_PAIRS = """met:meet said:say won:win lost:lose made:make held:hold sold:sell paid:pay
    bought:buy told:tell led:lead left:leave kept:keep found:find struck:strike spent:spend
    sent:send built:build brought:bring took:take taken:take gave:give given:give came:come
    went:go gone:go became:become began:begin begun:begin fell:fall fallen:fall rose:rise
    risen:rise grew:grow grown:grow saw:see seen:see ran:run thought:think sought:seek
    knew:know known:know broke:break broken:break chose:choose chosen:choose wrote:write
    written:write got:get felt:feel heard:hear drew:draw drawn:draw fought:fight caught:catch
    shot:shoot stood:stand spoke:speak spoken:speak threw:throw thrown:throw wore:wear
    hid:hide hidden:hide flew:fly flown:fly"""
_PAST = dict(pair.split(":") for pair in _PAST_PAIRS.split())
"""Headlines put past events in the present ("met" -> "meets"): both map to one verb."""


def content_sequence(text: str, language: str = "english") -> list[str]:
    """Stems of the content words of ``text``, in order (irregular past forms as the verb)."""
    stop = stop_words(language)
    return [
        _stem(_PAST.get(_bare(t), _bare(t)), language)
        for t in words(text)
        if t.lower() not in stop and any(c.isalnum() for c in t)
    ]


def compressed_from(sentence: str, sources: list[str], language: str = "english") -> int | None:
    """The first source sentence that holds every content word of ``sentence`` in the same
    order (the sentence is then a compression of it: words dropped, none added or moved,
    so no role can have been swapped), or None."""
    wanted = content_sequence(sentence, language)
    if not wanted:
        return None
    for i, source in enumerate(sources):
        remaining = iter(content_sequence(source, language))
        if all(any(w == s for s in remaining) for w in wanted):
            return i
    return None
