"""Relation checks between a summary sentence and the source sentence it rests on.

Names-and-numbers support cannot see "A buys B" written as "B buys A", or a lost "not".
These checks compare the summary sentence with its best-aligned source sentence: whether
a negation is present in one and not the other, whether two names shared by both
appear in the opposite order (the usual sign of swapped roles), and whether a word was
garbled in copying.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from ..abstractive.support import _bare, _shared_start, _stem
from ..dates import CALENDAR
from ..sentences import stop_words, words
from .antonyms import OPPOSITES

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


_VARIANTS = (
    (re.compile(r"z"), "s"),
    (re.compile(r"our"), "or"),
    (re.compile(r"ll"), "l"),
    (re.compile(r"tre(s|d)?$"), r"ter\1"),
    (re.compile(r"mme"), "m"),
    (re.compile(r"ence"), "ense"),
    (re.compile(r"ogue"), "og"),
    (re.compile(r"-"), ""),
)
"""British and American spellings, and a hyphen dropped ("loose-head", "loosehead")."""
_T_PAST_PAIRS = "leapt:leap dreamt:dream learnt:learn burnt:burn spelt:spell spilt:spill"
_T_PAST = dict(pair.split(":") for pair in _T_PAST_PAIRS.split())


def _spelling(word: str, language: str) -> str:
    """One key for the inflections and the British and American spellings of a word
    ("centre"/"centers", "leapt"/"leaped", "equalised"/"equalizing", "larger"/"large")."""
    word = _T_PAST.get(word, _PAST.get(word, word))
    for pattern, replacement in _VARIANTS:
        word = pattern.sub(replacement, word)
    return re.sub(r"(?:er|est)$", "", _stem(word, language))


def _lemma(word: str) -> str:
    return _stem(_PAST.get(word, word), "english")


def copy_slips(
    sentence: str,
    source: str,
    article_words: set[str],
    language: str = "english",
    names: frozenset[str] = frozenset(),
) -> list[str]:
    """Words garbled where the sentence copies its source: a word put in place of its
    opposite ("turned up by 14 publishers" for "turned down"), a word the article never uses
    put in place of one it spells alike ("Smirnoff vodock" for "Smirnoff vodka"), a word
    doubled that the source does not double ("Ospreys" as "Osprey Osprey"), a grade's stars
    changed ("CCI***" as "CCI*"), or a name changed in form ("in the absence of Osprey" for
    "of Ospreys loose-head ..."). A small model copying a long span slips this way; support
    sees no new name and the sentence reads as a copy, so nothing else catches it.
    ``article_words``: the article's words, lower case; ``names``: those it capitalizes
    inside a sentence (``names_of``), by which a first word is a name."""
    ours, theirs = words(sentence), words(source)
    low_ours, low_theirs = [t.lower() for t in ours], [t.lower() for t in theirs]
    slips = []
    pairs = set(zip(low_theirs, low_theirs[1:], strict=False))
    for a, b in zip(low_ours, low_ours[1:], strict=False):
        if a == b and a.isalpha() and a not in stop_words(language) and (a, a) not in pairs:
            slips.append(f"garbled copy: '{a} {a}' doubled")
    theirs_starred: dict[str, list[str]] = {}
    for m in _STARRED.finditer(source):
        theirs_starred.setdefault(m.group(1), []).append(m.group())
    for m in _STARRED.finditer(sentence):
        forms = theirs_starred.get(m.group(1), [])
        if forms and m.group() not in forms:  # the article's own forms are copies
            slips.append(f"garbled copy: '{m.group()}' where the article has '{forms[0]}'")
    if language != "english":  # the spellings below are English ones
        return list(dict.fromkeys(slips))
    slips += _figures_moved(ours, low_ours, low_theirs, language)
    matcher = SequenceMatcher(None, low_ours, low_theirs, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "insert" and i1 > 0 and _qualifier_dropped(low_theirs, j1, j2):
            figure = " ".join(theirs[j1 : j2 + 1])
            slips.append(f"figure's qualifier dropped: '{figure}' copied as '{theirs[j2]}'")
            continue
        if op == "insert" and 0 < i1 < len(ours) and _unit_dropped(low_theirs, j1, j2, language):
            figure = " ".join(theirs[j1 - 1 : j2 + 1])
            slips.append(f"figure's unit dropped: '{figure}' copied as '{ours[i1 - 1]} {ours[i1]}'")
            continue
        if (
            op == "replace"
            and (i1 > 0 and j1 > 0 or {low_ours[i1], low_theirs[j1]} <= names)
            and _name_swapped(ours[i1:i2], theirs[j1:j2], article_words, language)
        ):  # capitals inside a sentence are names; a first word, when the article says so
            mine, right = " ".join(ours[i1:i2]), " ".join(theirs[j1:j2])
            slips.append(f"name changed: '{mine}' where the article has '{right}'")
            continue
        if op != "replace" or i2 - i1 != 1 or i1 == 0:
            continue  # one word of ours in place of one or more of the source's, inside a copy
        mine, right = low_ours[i1], low_theirs[j1]
        if frozenset((mine, right)) in OPPOSITES and not (
            j2 - j1 > 1 and _lemma(mine) in {_lemma(w) for w in low_theirs[j1 + 1 :]}
        ):  # "turned up | at the meeting" for "turned down | the application ... at its
            # meeting": the words after it dropped too; not "Smith won the match" for "Smith
            # lost the first set before winning the match", whose verb comes later
            slips.append(f"reversed copy: '{ours[i1]}' where the article has '{theirs[j1]}'")
            continue
        if theirs[j1].isupper() and ours[i1] == theirs[j1] + "s":
            continue  # an acronym's plural: "PVRs"
        # a name is copied exactly ("Osprey" is not "Ospreys"); a capital of ours alone is
        # a title's style ("Firm Raises Prices" for "raised")
        name = ours[i1][:1].isupper() and theirs[j1][:1].isupper()
        if (
            mine.isalpha()
            and len(mine) >= 4
            and not {mine, f"{mine}'s", f"{mine}’s"} & article_words  # "Durken's" holds it
            and _shared_start(mine, right) >= 3
            and SequenceMatcher(None, mine, right).ratio() >= 0.7  # not "question" for "query"
            and (name or _spelling(mine, language) != _spelling(right, language))
        ):
            slips.append(f"garbled copy: '{ours[i1]}' where the article has '{theirs[j1]}'")
    return list(dict.fromkeys(slips))


_MIN_COPIED = 5
"""Words of a source a copy holds before what it adds at the end."""


def added_tails(sentence: str, sources: list[str]) -> list[str]:
    """Where ``sentence`` copies one of its ``sources`` (the article sentences it rests on)
    whole and goes on with "and" or "or" and words of its own or another sentence's
    ("Hollis faces three additional counts of theft of property first degree | and receiving
    stolen property first degree", the second charge the article's for all three men): what
    is added joins the source's claim."""
    ours = words(sentence)
    low = [w.lower() for w in ours]
    for source in sources:
        theirs = [w.lower() for w in words(source)]
        *_, (op, i1, i2, j1, _) = SequenceMatcher(None, low, theirs, autojunk=False).get_opcodes()
        if (
            op == "delete"
            and i2 == len(low)
            and j1 == len(theirs)
            and i1 >= _MIN_COPIED
            and low[i1] in ("and", "or")
        ):
            return [f"copy goes on past its source's end: '{' '.join(ours[i1:])}'"]
    return []


def names_of(sentences: list[str]) -> frozenset[str]:
    """The words ``sentences`` write with a capital after their first, lower case."""
    return frozenset(w.lower() for text in sentences for w in words(text)[1:] if w[:1].isupper())


_FIGURE_LINKS = frozenset(("from", "for", "on", "in", "of"))


def _figures_moved(ours: list[str], low: list[str], theirs: list[str], language: str) -> list[str]:
    """A figure the copy gives to another item of its source's list ("$39,000 from
    utilities and $27,000 from food service" for "$39,000 from transportation, $27,000 from
    utilities and $18,000 from food service"): the same figure and word after it, then a
    word of the source's that the source never puts there."""
    stop = stop_words(language)
    moved = []
    for i, word in enumerate(low[:-2]):
        if not (word[:1].isdigit() and len(word) > 1 and low[i + 1] in _FIGURE_LINKS):
            continue
        mine = _next_content(low, i + 2, stop)
        places = [j for j, w in enumerate(theirs[:-2]) if w == word and theirs[j + 1] == low[i + 1]]
        if (
            mine is not None
            and places
            and low[mine] in theirs
            and all(_content_at(theirs, j + 2, stop) != low[mine] for j in places)
        ):
            right = _next_content(theirs, places[0] + 2, stop)
            theirs_words = " ".join(theirs[places[0] : (right or places[0] + 1) + 1])
            moved.append(
                f"figure moved: '{' '.join(ours[i : mine + 1])}' where the article has "
                f"'{theirs_words}'"
            )
    return moved


def _next_content(tokens: list[str], start: int, stop: frozenset[str]) -> int | None:
    """The first word from ``start`` on, within three, that is no stop word."""
    for k in range(start, min(start + 3, len(tokens))):
        if tokens[k] not in stop:
            return k
    return None


def _content_at(tokens: list[str], start: int, stop: frozenset[str]) -> str | None:
    found = _next_content(tokens, start, stop)
    return None if found is None else tokens[found]


def _unit_dropped(theirs: list[str], start: int, end: int, language: str) -> bool:
    """Whether the source words ``theirs[start:end]``, left out of a copy right after a
    figure, held what the figure counts and another figure ("by six | wickets with almost 23 |
    overs to spare" copied as "by six overs to spare"): the figure then counts the wrong thing."""
    dropped = theirs[start:end]
    return (
        start > 0
        and _is_figure(theirs[start - 1])
        and dropped[0].isalpha()
        and dropped[0] not in stop_words(language)
        and any(_is_figure(w) for w in dropped[1:])
    )


def _is_figure(word: str) -> bool:
    return word[:1].isdigit() or word in _NUMBER_WORDS


_DEMONYM = re.compile(r"(?:ish|ese|ian)$")


def _name_swapped(
    mine: list[str], right: list[str], article_words: set[str], language: str
) -> bool:
    """Whether a copy puts one name of the article where its source has another ("Stal
    needed a win" for "Włókniarz needed a win"): capitalized words on both sides, ours one
    the article uses, sharing no word or spelling with the source's (a plural, a possessive
    or a garbled form is another slip, or none), and not a nationality's adjective ("British"
    for "UK")."""
    if not 1 <= len(mine) <= 2 or not 1 <= len(right) <= 3:
        return False
    stop = stop_words(language)
    return (
        all(w[:1].isupper() and w.lower() not in stop for w in mine + right)
        and all(w.lower() in article_words for w in mine)
        and not any(_DEMONYM.search(w.lower()) for w in mine)
        and not any(_shared_start(a.lower(), b.lower()) >= 3 for a in mine for b in right)
    )


# a grade in stars ("CCI***", "a 5* hotel"): words drop the stars, a copy must keep them
_STARRED = re.compile(r"(?<![\w*])([\w-]*\w)\*+")


_QUALIFIERS = frozenset(
    ("under", "over", "more", "less", "fewer", "than", "nearly", "almost", "below", "above")
    + ("least", "at", "up", "to")
)
_NUMBER_WORDS = frozenset(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven")
    + ("twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand")
    + ("million", "billion", "dozen", "half", "quarter")
)


def _qualifier_dropped(theirs: list[str], start: int, end: int) -> bool:
    """Whether the source words ``theirs[start:end]``, left out of a copy, are what a figure
    right after them is bounded by ("just under eight hectares" copied as "just eight
    hectares", "more than 300" as "300"): the figure then claims more than the article."""
    dropped = theirs[start:end]
    after = theirs[end] if end < len(theirs) else ""
    return (
        bool(dropped)
        and all(w in _QUALIFIERS for w in dropped)
        and bool(after)
        and (after[:1].isdigit() or after[:1] in "£$€¥" or after in _NUMBER_WORDS)
    )


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
