"""Cuts that would split a phrase the claim holds together.

Blind readers judged these cut-offs or untrue: before "and", an adjective from the
adjective it pairs with ("a bossy | and controlling government"), a status and a kind from
their noun ("approved new elementary | and middle school attendance boundaries"), "both"
from its second ("both clients | and firms"), a count from the second noun it also counts
("13 counties | and municipal districts", "NT$870 million in cash relief | and low-interest
loans"), a preposition's two bare nouns ("by drone | and satellite"), a list from its last
item ("unpaid wages, notice pay | and leave pay"); and a participle after its noun from
the phrase it takes ("a teenager watching | from the sidewalk", "samples taken | from
horses").
"""

from __future__ import annotations

import re

from .dates import MONTH_ABBREVIATIONS, MONTHS
from .verb_after_cut import AUXILIARIES, TENSE_AUXILIARIES
from .verbs import AUX, PREPOSITIONS, finite, marked_words, word_set

_DETERMINER_WORDS = frozenset(("a", "an", "the", "its", "his", "her", "their", "this", "our"))
_ORDINAL = re.compile(r"(?:last|final|first|next|only|\w+est)$")  # "the ninth | and last seat"
_ORDINAL_WORD = re.compile(r"(?:first|second|third|[a-z]+th|last|final|only)$")
_ADJECTIVE = re.compile(r"(?:ing|ive|ous|al|ful|ent|ant|ic|ble|less)$")
_STATUS_WORDS = frozenset(("new", "old", "former", "existing", "current", "proposed"))
# a count and what it counts, at the head's end: "13 counties", "six counties", "NT$870
# million in cash relief" (not "0.6% in the first quarter and annual growth rose": a verb
# after "and" opens a clause)
_COUNTED_END = re.compile(
    r"(?:\d[\d,.]*%?|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)"
    r"(?:\s(?:million|billion|trillion|m|bn))?\s(?:(?:in|across|for|on)\s(?:[\w'’-]+\s){0,2})?"
    r"[\w'’-]+$"
)

# a list's item at the head's end, after its comma: a few words ("unpaid wages, notice pay")
_LIST_ITEM = re.compile(r",\s((?:[^\s,;:]+\s){0,2}[^\s,;:]+)$")
_LIST_CONJUNCT_WORDS = 3
"""Words of the list's last item after "and", up to a preposition."""

# a modal or an infinitive before the cut: a bare verb may follow "and" ("will pay $61 million
# in cash | and issue shares"), which the rules cannot tell from a noun
_BARE_VERB_MAY_FOLLOW = re.compile(
    r"\b(?:will|would|can|could|may|might|must|should|shall|to)\s(?!(?:the|a|an|his|her|its"
    r"|their|our|this|that|these|those)\s)[a-z]"
)

_CLASS_ADJECTIVE = re.compile(r"(?:ary|ory|al|ic|ive)$")
"""An adjective of a kind ("elementary", "regional"), which names nothing without its noun."""
_UP_TO_PUNCTUATION = re.compile(r"[^,;:]{0,80}")


def _verb_soon(words: list[str]) -> bool:
    """Whether a verb follows among the first words after "and" ("annual growth rose",
    "critical care staff fought"): a second clause. A word in -s is read as a plural noun
    ("municipal districts", "low-interest loans"), the common case after a count."""
    return any(
        w in AUX or not w.endswith("s") and finite(w, words[k - 1] if k else "and")
        for k, w in enumerate(words)
    )


# an "-ing" word after a noun (not after "is", "was", "been"...): a participle that takes the
# phrase after it; "-ing" nouns ("the morning", "new funding") are no participle
_MODIFYING_PARTICIPLE = re.compile(
    rf"\b(?!(?:{AUXILIARIES}|be|been|being|the|a|an|new|its|his|her|their|still|now|also"
    r"|already|currently|not)\s)[a-z][\w'’-]*\s"
    r"(?!(?:\w*thing|morning|evening|building|meeting|funding|spending|housing|training|wedding"
    r"|hearing|ruling|shooting|bombing|opening|ceiling|during|bring|king|spring|string"
    r"|laundering|trading|trafficking|driving|bullying|smuggling|hacking|doping|fishing|mining"
    r"|shipping|banking|lending|parking|marketing|offending|sentencing|polling|timing)\b)"
    r"[a-z]+ing$"
)
# a participle that is never a past tense, after a noun (not after "is", "been", "get"...):
# it modifies the noun and takes the phrase after it ("positive samples taken | from horses")
_MODIFYING_PAST_PARTICIPLE = re.compile(
    rf"\b(?!(?:{AUXILIARIES}|be|been|being|get|gets|got|getting|had|having|not)\s|\w+ly\s)"
    r"[a-z][\w'’-]*\s"
    r"(?:taken|given|shown|seen|written|driven|stolen|grown|thrown|known|drawn|chosen|broken|meant"
    r"|spoken|eaten|fallen|hidden|ridden|shaken|done|gone|beaten|bitten|forbidden|frozen)$"
)
_END = 120
"""Characters of the head a count at its end is looked for in."""


_DATE_END = re.compile(rf"\b(?:{MONTHS}|(?:{MONTH_ABBREVIATIONS})\.) \d{{1,2}}$")
_NAME_OR_NUMBER = re.compile(
    r"^(?:[A-Z0-9£$€]|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|a)$)"
)  # "four years | and three months" is one quantity (the cut read false)
_SIZE_NEXT = re.compile(r"(?:\w+-(?:sized|size|scale|term|level|income|range)|medium|mid)$")
# A noun phrase opened by one word after a preposition and its article, or two words after
# a verb's article: an "and" after it joins that phrase's words ("started an emergency foot |
# and mouth disease vaccination campaign").
_OPEN_NOUN_PHRASE = re.compile(
    r"\b(?:at|in|on|of|for|with|from|by|to|into)\s(?:a|an|the|its|his|her|their)\s[a-z][\w-]*$"
    r"|\b[a-z]+ed\s(?:a|an)\s[a-z][\w-]*\s[a-z][\w-]*$"
)
# Or one word after a preposition with no article, when no verb follows the "and": "a
# moratorium on new | and expanding large feedlots" (not "of livestock | and left thousands")
_BARE_REACH = 12
"""Words after that "and" (to its comma) in which a verb makes it a clause's: "remanded
into custody | and police officers searching his home in Newport found ..."."""
_BARE_NOUN_PHRASE = re.compile(
    r"\b(?:on|of|for|into)\s(?!(?:a|an|the|its|his|her|their|them|it|him|us)\b)[a-z][\w-]*(?<!s)$"
    r"|\b(?:a|an|(?:on|of|for|into|from|in|at|with|by|to)\s[a-z][\w-]*(?:s'|s’|'s|’s))\s[a-z][\w-]*$"
)  # "will build a plywood | and veneer plant", "from residents' water | and sewer bills"
# After that "and", two lower-case words where the second is no function word or verb: the
# phrase goes on ("and productivity seminar"), not a new one ("and clothes the night").
_NOT_COMPOUND = (
    r"(?!(?:the|a|an|his|her|its|their|this|these|those|to|of|in|on|at|for|by|with|from|and|or"
    r"|but|that|which|who|be|will|would"
    r"|is|was|are|were|has|have|had|could|can|may|might|must|should|said|says)\b|\w+ed\b)"
)
_COMPOUND_NEXT = re.compile(rf"{_NOT_COMPOUND}[a-z][\w-]*\s{_NOT_COMPOUND}[a-z][\w-]*\b(?![,.;:])")
# The words after "and" when they end the sentence within five, none an auxiliary or an
# "-ed" verb: the last of two noun phrases ("and the jobs market."), or a short clause whose
# verb these words cannot tell ("and prices fell 5%."): no cut either way.
_LAST_CONJUNCT_WORDS = 5
_NOT_CONJUNCT = re.compile(rf"(?:{AUXILIARIES})$|[\w'’-]+ed$")


def splits_pair(text: str, boundary: re.Match[str], last: list[str], following: str) -> bool:
    """Whether cutting ``text`` before the "and" at ``boundary`` splits a pair: ``last``
    are the two words before the cut, ``following`` the word after "and"."""
    after = following.lower()
    if (
        last[:1] == ["both"]
        and after.endswith("s")
        and not _verb_soon(_words_after(text, boundary))
    ):
        return True  # "the readiness of both clients | and firms", not "both guards | and stole"
    if (
        len(last) == 2
        and last[0].lower() in PREPOSITIONS
        and not _BARE_VERB_MAY_FOLLOW.search(text, 0, boundary.start())
        and last[1].isalpha()
        and last[1].islower()
        and following.isalpha()
        and following.islower()
        and _bare_noun_pair(last[1], _conjunct(text, boundary))
    ):
        return True  # "surveyed by drone | and satellite": a preposition's two bare nouns
    if "one" in (w.lower() for w in last) and _THE_OTHER.match(text, boundary.end()):
        return True  # "a derby that swung one way | and then the other": one and the other
    if last and last[-1].endswith("ing") and after.endswith("ing") and len(after) > 5:
        return True  # "involves widening | and deepening a 1.3km stretch": one verb's pair
    if (
        len(last) == 2
        and last[0].lower() in ("of", "with", "for", "in", "from")  # not "rose as expected"
        and last[1].endswith("ed")
        and after.endswith("ed")
    ):
        return True  # "38 tons of fermented | and dried cocoa beans": one noun's pair
    if _PAIR_HEAD.search(text, max(boundary.start() - _END, 0), boundary.start()):
        return True  # "uses a combination of satellite radio | and handheld computers"
    if _splits_list(text, boundary):
        return True  # "in unpaid wages, notice pay | and leave pay to 312 former employees"
    if (
        len(last) == 2
        and last[0].lower() in _DETERMINER_WORDS
        and (_ADJECTIVE.search(after) or _ORDINAL.match(after))
    ):
        return True  # "was a bossy | and controlling government"
    if last and _ORDINAL_WORD.match(last[-1].lower()) and _ORDINAL_WORD.match(after):
        return True  # "approved on third | and final reading"
    if (
        len(last) == 2
        and last[0].lower() in _STATUS_WORDS
        and _CLASS_ADJECTIVE.search(last[1])
        and not finite(after, None)
    ):
        return True  # "approved new elementary | and middle school attendance boundaries"
    return (
        boundary.group().strip() == "and"
        and bool(_COUNTED_END.search(text[max(boundary.start() - _END, 0) : boundary.start()]))
        and bool(_CLASS_ADJECTIVE.search(following) or "-" in following.strip("-"))
        and not _verb_soon(_words_after(text, boundary))
    )  # "13 counties | and municipal districts": the count covers both


_THE_OTHER = re.compile(r"\s*(?:and\s+)?(?:then\s+)?the\s+other\b", re.I)
# a noun that takes two things, a few words before the cut: "a combination of", "a mix of"
_PAIR_HEAD = re.compile(
    r"\b(?:combination|mix|mixture|blend|hybrid|cross) of (?:[\w'’-]+ ){0,3}[\w'’-]+$", re.I
)


def _splits_list(text: str, boundary: re.Match[str]) -> bool:
    """Whether the cut leaves a list without its last item: after the head's last comma a
    few words with no verb, and after "and" no verb soon (not "cut jobs, closed plants |
    and raised prices", nor "approved the budget, a rise of 5% | and voted to ...")."""
    found = _LIST_ITEM.search(text, max(boundary.start() - _END, 0), boundary.start())
    if not found:
        return False
    item = marked_words(found.group(1))
    plural = len(item) == 1 and item[0].endswith("s") and item[0] not in AUX
    if not plural and any(
        w in AUX or finite(w, item[k - 1] if k else None) for k, w in enumerate(item)
    ):
        return False  # a verb's phrase; a lone word in -s is a plural ("rice, soybeans | and")
    return _noun_conjunct(_conjunct(text, boundary), _LIST_CONJUNCT_WORDS)


# after a comma, the rest of a list of noun phrases, each opened by a determiner: items of a
# few words, then "and" or "or" (an aside may follow it) and the last item ("made up of a
# paramedic |, a police officer, a peer recovery coach and, when one is available, a member
# of the clergy")
_ITEM = (
    r"(?:a|an|the|his|her|its|their|our|(?:approximately |about |some |nearly |more than )?"
    r"\d[\d,.]*)\s(?:[^\s,;:.]+\s){0,4}[^\s,;:.]+"
)
_LIST_REST = re.compile(
    rf"({_ITEM}(?:,\s{_ITEM})*),?\s(?:and|or)(?:,[^,;:.]{{1,40}},)?\s({_ITEM})", re.I
)
_ITEM_END = re.compile(rf"\b{_ITEM}$", re.I)


def splits_comma_list(head: str, rest: str) -> bool:
    """Whether a cut at a comma, ``head`` before it and ``rest`` after, parts a list: the
    head ends on an item, and the rest holds the others and the last, none with a verb
    these rules can see (but the list's own after the last: "... and 3,000 metres of
    tubing | had been taken")."""
    if " and" not in rest and " or" not in rest:
        return False  # the substring first: most cuts have no conjunction ahead
    rest = rest.lstrip(" ,")
    found = _LIST_REST.match(rest)
    if not found or not _ITEM_END.search(head[-60:]):
        return False
    last = re.split(rf"\s(?:{TENSE_AUXILIARIES})\b", found[2], maxsplit=1)[0]  # the list's verb
    return _verbless(f"{found[1]} {last}")  # not the aside: "when one is available"


def _verbless(items: str) -> bool:
    """Whether a list's ``items`` hold no auxiliary and no word these rules read as a verb."""
    words = marked_words(items)
    return not any(w in AUX or finite(w, words[k - 1] if k else None) for k, w in enumerate(words))


_ONE_ITEM = re.compile(_ITEM, re.I)
# after a cut inside a list's item: the item's last words, then "and" or "or" and the last
# item ("a winger | from Porto and a defender from Sporting")
_ITEM_GOES_ON = re.compile(rf"(?:[^\s,;:.]+\s){{0,4}}?(?:and|or)\s({_ITEM})", re.I)


def inside_list(head: str, rest: str, word: str) -> bool:
    """Whether a cut after ``head`` falls inside a list of noun phrases after its first
    item ("worth 40 million euros, a winger | from Porto and a defender from Sporting", or
    "..., a winger | and a defender"): the head's last comma follows an item and opens one."""
    comma = head.rfind(", ")
    if comma < 0 or not _ONE_ITEM.fullmatch(head[comma + 2 :]):
        return False
    if not _ITEM_END.search(head[max(0, comma - 60) : comma]):
        return False
    goes_on = _ONE_ITEM.match(rest) if word in ("and", "or") else _ITEM_GOES_ON.match(rest)
    return bool(goes_on) and _verbless(f"{head[comma + 2 :]} {rest[: goes_on.end()]}")


def _conjunct(text: str, boundary: re.Match[str]) -> list[str] | None:
    """The words after "and" up to a preposition, the next punctuation or the end: the
    second conjunct, if it ends within six words (None when it runs on: a clause, as
    in "... and analysts expect further growth")."""
    words = _words_after(text, boundary)
    for k, w in enumerate(words):
        if w in PREPOSITIONS:
            return words[:k]
    return words if len(words) < 6 else None


def _noun_conjunct(words: list[str] | None, most: int) -> bool:
    """Whether ``words`` read as a noun phrase of at most ``most`` words: no verb these
    rules can see, and a two-word one opens on an adjective ("public transport", not
    "detectives appeal")."""
    if not words or len(words) > most or _verb_soon(words):
        return False
    if most == 2 and len(words) == 2:
        return bool(_ADJECTIVE.search(words[0]) or _CLASS_ADJECTIVE.search(words[0]))
    return True


def _bare_noun_pair(before: str, conjunct: list[str] | None) -> bool:
    """Whether ``conjunct`` pairs with the bare noun ``before`` "and": a noun phrase, or a
    noun and the plural head both share ("by automobile | and electronics manufacturers")."""
    if _noun_conjunct(conjunct, 2):
        return True
    return (
        conjunct is not None
        and len(conjunct) == 2
        and conjunct[1].endswith("s")
        and not finite(conjunct[1], conjunct[0])  # "and production resumes": a clause
        and not before.endswith("s")
        and not _verb_soon(conjunct)
    )


def _words_after(text: str, boundary: re.Match[str]) -> list[str]:
    """The first six words after "and" (the boundary may end before it or after it), up to
    the next punctuation."""
    words = marked_words(_UP_TO_PUNCTUATION.match(text, boundary.end()).group())
    return words[1:7] if words[:1] == ["and"] else words[:6]


def takes_phrase(end: str) -> bool:
    """Whether the head's ``end`` is a noun and its participle, which takes the phrase a
    cut after it would drop."""
    return bool(_MODIFYING_PARTICIPLE.search(end) or _MODIFYING_PAST_PARTICIPLE.search(end))


def splits_conjunction(
    text: str,
    boundary: re.Match[str],
    *,
    head: str,
    last: list[str],
    following: str,
    end: str,
    window: str,
) -> bool:
    """Whether a cut before the "and" at ``boundary`` parts what it joins into one: a pair
    or a list (``splits_pair``), one quantity ("four years | and three months"), two names,
    a size ("small | and medium-sized businesses"), one place two ways ("in | and around the
    towns"), a noun phrase's words ("at a gender | and productivity seminar") or the last
    of two noun phrases ("mobile services | and the jobs market"). The rest is what
    ``headline_cuts.may_cut`` has read around the cut already: the ``head`` before it, its
    ``last`` two words, the word ``following`` the cut, the head's ``end`` and the
    ``window`` of text after the cut."""
    at = boundary.end()
    if last and last[-1].lower() in _PLACE_FIRST and _after_and(text, at):
        return True
    if splits_pair(text, boundary, last, following) or _SIZE_NEXT.match(following):
        return True
    after = text[at:].split()[:1]
    # "it will stop writing ... in Kansas, Nebraska and Oklahoma | and will begin": the
    # same auxiliary again; not "was rated inadequate in 2021 | and has now been rated good"
    verb_next = bool(after) and after[0] in AUX and after[0] in marked_words(head)
    dated = bool(after) and after[0].islower() and bool(_DATE_END.search(head[-16:]))
    if not verb_next and not dated and any(_NAME_OR_NUMBER.match(w) for w in last[-1:] + after):
        return True  # not a date before a second verb: "shut ... starting Nov. 19 | and lay off"
    if _COMPOUND_NEXT.match(text, at) and (
        _OPEN_NOUN_PHRASE.search(end)
        or _BARE_NOUN_PHRASE.search(end)
        and not _verb_in(marked_words(text[at:].split(",", 1)[0])[:_BARE_REACH])
    ):
        return True
    return _last_conjunct(window)


def _verb_in(words: list[str]) -> bool:
    """Whether ``words``, before any clause of their own opens, hold a verb that no plural
    noun spells alike: an auxiliary or a past ("police officers ... found"; not "expanding
    large feedlots", nor "sewer service starting July 1 after the council approved ...")."""
    for i, w in enumerate(words):
        if w in _OPENS_OWN_CLAUSE:
            return False
        if finite(w, words[i - 1] if i else "and") and (w in AUX or not w.endswith("s")):
            return True
    return False


_OPENS_OWN_CLAUSE = word_set(
    "after before when while because since until unless if as which who whom whose that"
)


def _after_and(text: str, at: int) -> bool:
    """Whether the word after the "and" at ``at`` (or just after it) is a place's second
    preposition."""
    words = text[at : at + 40].split()[:2]
    after = words[1:2] if words[:1] == ["and"] else words[:1]
    return bool(after) and after[0].lower() in _PLACE_WORDS


_PLACE_FIRST = word_set("in on to up over at into inside")
_PLACE_WORDS = word_set("around from out down off near outside about beyond across through")
"""The second of a pair of places or ways ("in and around", "to and from", "up and down"); not
a time ("was brought in | and after eight hours of questioning")."""


def _last_conjunct(rest: str) -> bool:
    """Whether ``rest`` (what follows "and", to the sentence's end) is a few words with no
    verb these rules can see."""
    words = rest.split()
    if not 0 < len(words) <= _LAST_CONJUNCT_WORDS:
        return False
    return not any(_NOT_CONJUNCT.match(w.strip(".,;:!?\"”’'").lower()) for w in words)


def open_quote(head: str) -> bool:
    """Whether ``head`` opens a quotation it does not close."""
    if head.count('"') % 2 or head.count("“") > head.count("”"):
        return True
    if "'" not in head and "‘" not in head:
        return False  # no single mark opens
    opened = len(re.findall(r"(?:^|\s)['‘]\w", head))
    closed = len(re.findall(r"\w[’']\s|\w[’']$", head))
    return opened > closed
