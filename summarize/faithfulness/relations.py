"""Relation checks between a summary sentence and the source sentence it rests on.

Names-and-numbers support cannot see "A buys B" written as "B buys A", or a lost "not".
These checks compare the summary sentence with its best-aligned source sentence: whether
a negation is present in one and not the other, whether two names shared by both
appear in the opposite order (the usual sign of swapped roles). A copy's slips are read in
``copy_slips``.
"""

from __future__ import annotations

import re

from ..abstractive.support import _bare, _shared_start, _stem
from ..dates import CALENDAR
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
PAST_FORMS = dict(pair.split(":") for pair in _PAST_PAIRS.split())
"""Headlines put past events in the present ("met" -> "meets"): both map to one verb."""


def content_sequence(text: str, language: str = "english") -> list[str]:
    """Stems of the content words of ``text``, in order (irregular past forms as the verb)."""
    stop = stop_words(language)
    return [
        _stem(PAST_FORMS.get(_bare(t), _bare(t)), language)
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


# A run of capitalized words, with the small words a name holds ("Bank of England"); it
# starts at a word's start, and its words match possessively, so a long run of capitals
# is read once.
_NAME_RUN = re.compile(
    r"(?<![\w'&.-])[A-Z][\w'&.-]*+(?:\s+(?:(?:of|for|the|de|du|von|van)\s+)?[A-Z][\w'&.-]*+)+"
)
_POSSESSIVE_SPACE = re.compile(r"\s+(?='s\b)")  # tokenized text: "Mr Kyle 's"


def _normal(text: str) -> str:
    """One form for quotes and abbreviations: "Mr Kyle’s" is "Mr Kyle's", "U.S." is "US"."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return _POSSESSIVE_SPACE.sub("", re.sub(r"(?<=[A-Za-z])\.(?=[A-Za-z]|\s)", "", text))


def _name_runs(text: str) -> list[list[str]]:
    """Each run of capitalized words, cut after a possessive and around a day or a month
    ("Manchester United's | Bruno Fernandes", "Monday | Smith")."""
    runs = []
    for match in _NAME_RUN.finditer(text):
        run: list[str] = []
        for word in match.group().rstrip(".").split():
            if word.lower() in CALENDAR:  # a date beside a name is no part of it
                runs += [run, [word]] if run else [[word]]
                run = []
                continue
            run.append(word.removesuffix("'s"))
            if word.endswith("'s"):
                runs.append(run)
                run = []
        if run:
            runs.append(run)
    return runs


def _within(words: list[str], run: list[str]) -> bool:
    """Whether ``words`` appear in ``run`` in order, case aside ("President Putin" in
    "Russian President Vladimir Putin")."""
    it = iter(w.lower() for w in run)
    return all(w.lower() in it for w in words)


def unwritten_names(sentence: str, article: str, language: str = "english") -> list[str]:
    """Runs of capitalized words that no name of the article holds in that order: a word
    of a name changed ("NWFP Private Educational Schools" for "... Institutions"), or a
    page's text run into a sentence ("EDT The Strydon Band", "NPR Maren Castellano").
    Support finds each word in the article; the run shows they were never one name. A
    title the article writes before the name may stay ("President Putin")."""
    theirs = _name_runs(_normal(article))
    sentence = _normal(sentence)
    opening = len(sentence) - len(sentence.lstrip(" \"'("))
    stop = stop_words(language)
    out = []
    for k, run in enumerate(_name_runs(sentence)):
        if k == 0 and sentence[opening:].startswith(run[0]) and run[0].lower() in stop:
            run = run[1:]  # "But Smith said": a sentence's first word, not the name's
        if len(run) > 1 and not any(_within(run, name) for name in theirs):
            out.append(f"name not written so in the article: '{' '.join(run)}'")
    return out
