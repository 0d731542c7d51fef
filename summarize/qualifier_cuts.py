"""Cuts that drop what qualifies the claim: the condition it waits on, where it happens, how
much it is of a sum, its second term, or what its verb is for.

Blind readers judged each of these misleading or nonsense: "granted an order to evict 43
families |, but ruled that nobody may be removed until ..."; "would be paid | for within
the next two weeks"; "18 kilometers | to the south-east of Karatobe"; "will have to ... pick
up their passengers | at a new terminal"; "turn it into a new home | for its public works
department"; "looked a long way | from a city championship"; "moved between the river |, the
harbor and the Gulf"; "to pay the bank 913m/- | as the principal and 357m/- as interest";
"would see both closed | and replaced by a single amalgamated school"; a kicker before a
colon ("Tiny tags, big river | : Scientists ... say ..."); a superlative's time span ("hit
their highest level | for more than two years"); an amount taken from something ("stripped
28 per cent | from canola yields"); "everywhere | in Estonia"; a noun's participle ("diesel
from lorries parked | at rest areas"); a part of the game ("the best player on the field |
for three quarters").
"""

from __future__ import annotations

import re

from .verbs import has_verb

# A "but" clause that holds the claim's own action back until a condition is met ("but ruled
# that nobody may be removed until ...", "but only when the weather co-operates"); not a
# clause with a claim of its own ("but power was not restored until Friday", "but Israel said
# it would not free any prisoners until"), a duration, a time ("but only after a nervy first
# half") or a count ("but only once since")
_LIMITING_BUT = re.compile(
    r"(?:^|,\s)but\s(?:has\s|had\s)?(?:(?:ruled|ordered|decided|said|added)\s(?:that\s)?)?"
    r"(?:no one|nobody|none|no\s[a-z]+)\s(?:may|can|could|shall|must|will)\b[^.;:!?]{0,80}?"
    r"\b(?:until|unless)\b|(?:^|,\s)but only (?:if|when)\b",
    re.I,
)


def but_limits(rest: str) -> bool:
    """Whether ``rest``, what a cut drops, holds a "but" clause that makes the claim wait on
    a condition ("but ruled that nobody may be removed until ..."): without it the claim
    reads as done."""
    return "but" in rest and bool(_LIMITING_BUT.search(rest))


# An obligation whose point is where, or what for: "will have to drop off and pick up their
# passengers | at a new terminal", "turn it into a new home | for its public works department"
_OBLIGED = re.compile(  # the obligation's own clause, up to eight words after it
    r"\b(?:ha(?:ve|s|d) to|must|(?:required|forced|obliged|told) to)"
    r"(?:\s(?!(?:but|after|before|when|as|while|because|since|if|that|which|who|where)\b)"
    r"[^\s,;]+){1,8}$",
    re.I,
)
_AT_AMOUNT = re.compile(r"at (?:a (?:cost|price|rate|fee)|least|most|all times|once)\b")
"""An "at" that says how much or how often, not where."""
_VENUE_END = re.compile(
    r"\b(?:new|permanent|temporary) (?:home|base|headquarters|premises|venue)$", re.I
)
_PASSIVE_ANY_END = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s(?:\w+ly\s)?(?:\w+ed|paid|dealt|thought|spoken"
    r"|taken|looked|cared|sent|made|brought)$",
    re.I,
)
# A passive's preposition with no object of its own, the adverbial after it: "would be paid
# | for within the next two weeks" ("be paid" alone says they are paid, not paid for)
_STRANDED_REST = re.compile(
    r"(?:for|with|to|at|from|over)\s+[\"“‘']?(?:(?:within|by|once|when|until|before|after|later"
    r"|soon|now|immediately|yet|already|in (?:the|a|full|cash|advance|time))(?![\w-])|[,.;:!?]|$)",
    re.I,
)
# A distance and the direction it is measured in: "18 kilometers | to the south-east of
# Karatobe" (the figure alone measures nothing; not "two kilometers | to fetch water")
_DIRECTION = re.compile(r"to the (?:north|south|east|west)", re.I)
_DISTANCE_END = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|some)"
    r"(?:\s|-)(?:kilomet(?:re|er)s?|km|miles?|metres?|meters?|yards?|feet|foot|blocks?)$",
    re.I,
)
_AMOUNT_END = re.compile(r"\d[\d,.]*(?:[a-z]{0,3}/-|[kmb]n?|%)?$")
"""A head's last amount: "913m/-", "1.2bn", "40%", "2,000"."""
_SECOND_AMOUNT = re.compile(r"[^,;:]{0,60}?\band\s\S*\d[\d,.]*\S*\s(?:as|in|of|for)\b")
"""A second amount of the same sum after the cut: "913m/- | as the outstanding principal
amount and 357m/- as accrued interest"."""
_BETWEEN_OPEN = re.compile(r"\bbetween\s(?:(?!\band\b)[^,;:])+$", re.I)
"""A "between" whose second term is after the cut: "moved between the river | , the harbor
and the Gulf"."""
_PARTICIPLE_PAIR = re.compile(
    r"\b(?:be|been|being|is|are|was|were|see|saw|sees|seen|get|got)"
    r"\s(?:\w+\s)?[a-z]+ed$"
)
"""A passive's participle, a second one joined to it after the cut: "would see both closed |
and replaced by a single amalgamated school"."""
_SEQUENCE_END = re.compile(  # a first step true alone: "arrested | and charged"
    r"\b(?:arrested|stopped|rescued|injured|detained|questioned|caught|hurt|wounded|treated)$"
)
_TWO_PHRASES = re.compile(r"^[\w'’-]+(?: [\w'’-]+)?, [\w'’-]+(?: [\w'’-]+)?$")
_END = 120
"""Characters before a cut that the patterns anchored at the cut read."""


# A superlative and the time it holds for: "have hit their highest level | for more than two
# years" (alone it reads as the highest ever), "the worst drought | in 50 years", "their first
# league title | for 18 years"
_SUPERLATIVE_END = re.compile(
    r"\b(?:first|last|highest|lowest|biggest|largest|smallest|worst|best|strongest|weakest|fastest"
    r"|slowest|deepest|warmest|coldest|wettest|driest|hottest|busiest|quietest)"
    r"(?:\s[a-z]+){0,2}$",
    re.I,
)
_TIME_SPAN_REST = re.compile(
    r"(?:for|in|since|over)\s(?:(?:more than|almost|nearly|over|at least|about|some)\s)?"
    r"(?:(?:\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|a hundred|several|many)[\s-](?:\w+\s)?(?:years?|months?|weeks?|days?"
    r"|decades?|centuries|century)\b|decades\b|years\b|records began\b|(?:19|20)\d\d\b)",
    re.I,
)


# An amount taken from something, the something after the cut: "stripped an estimated 28 per
# cent | from canola yields" (not "fell 28 per cent | from a record": a level's change)
_TAKEN_AMOUNT_END = re.compile(
    r"\b(?:stripped|wiped|shaved|knocked|slashed|trimmed|lopped|removed)\s"
    r"(?:(?:an estimated|about|around|nearly|almost|more than|up to|some|a further)\s)?"
    r"\S*\d[\d,.]*\S*(?:\s(?:per ?cent|percent|points?|million|billion|bn|m))?$",
    re.I,
)
# "everywhere | in Estonia": the place that bounds "everywhere"
_EVERYWHERE_END = re.compile(r"\b(?:everywhere|anywhere|nationwide|countrywide)$", re.I)
# a noun's participle after the verb's object, its place or source cut away: "stealing diesel
# from lorries parked | at rest areas", "hatched from eggs collected | from the river" (the
# head's own verb comes before it)
_PARTICIPLE_AFTER_NOUN = re.compile(
    r"\b(?:from|in|at|on|with|of|into|near|by)\s(?!(?:which|whom|whose)\s)"
    r"(?:(?:the|a|an|their|its|his|her)\s)?(?:[a-z][\w'’-]*\s)?[a-z][\w'’-]*\s[a-z]{3,}ed$"
)
_ED_NOUNS = ("hatred", "kindred", "red", "bed", "shed", "need", "seed", "speed", "greed", "feed")
_PLACE_REST = re.compile(
    r"(?:at|in|on|near|outside|along|beside|overnight|behind|from|with|for|by|of|under|over)\b"
)


# a part of a game or an evening that the claim held for, not all of it (the game's end
# turned it: "Reyna looked like the best player on the field | for three quarters")
PART_OF_THE_GAME = re.compile(
    r"for (?:(?:the )?(?:first|opening|better|best) (?:part|half|hour|quarter|period|set|innings"
    r"|round|two|three)\b|(?:most|much|large parts|long stretches|all but \w+) of\b"
    r"|(?:two|three|four|five|\d+) (?:quarters|periods|innings|halves|sets|rounds|laps|frames)\b"
    r"|(?:the (?:first|opening|last) )?(?:an|\d+) (?:hour|minutes)\b)",
    re.I,
)
# a degree and the comparison it measures: "only a little | over a third", "just | under"
_DEGREES = ("little", "bit", "slightly", "just", "far", "much")
_DEGREE_END = re.compile(r"\b(?:a little|a bit|slightly|just|far|much)$")
_COMPARISON = re.compile(r"(?:over|under|more|less|above|below|fewer|short of)\b")


_EXTENT_SOON = re.compile(
    r"(?:[a-z]+\s){0,2}(?:to the extent (?:that|of)|in so far as|insofar as)\b"
)
"""What limits the claim right after the cut: the claim alone says more than the article."""


def drops_qualifier(
    text: str, boundary: re.Match[str], *, head: str, end: str, rest: str, word: str
) -> bool:
    """Whether cutting ``text`` at ``boundary`` drops what qualifies the claim; ``head`` is
    the text before the cut, ``end`` its last words, ``rest`` the text after it (its
    punctuation stripped) and ``word`` the cut's word."""
    if but_limits(rest) or head.endswith((", but only", ", but not")):
        return True  # "... an order to evict |, but ruled ...", "..., but only | when ..."
    if _EXTENT_SOON.match(rest) and (
        not boundary.group().startswith(",") or rest.startswith(("insofar", "in so far"))
    ):
        return True  # "declared the lease null | and void to the extent that it covers ..."
    if word == "from" and head.endswith(" long way"):
        return True  # "looked a long way | from a city championship"
    if end.endswith(_DEGREES) and _DEGREE_END.search(end) and _COMPARISON.match(rest):
        return True  # "received only a little | over a third of the money"
    if boundary.group() == ":" and (text.startswith("//", boundary.end()) or _kicker(head)):
        return True  # "Tiny tags, big river | : Scientists ... say", "https | ://"
    if (word == "and" or boundary.group().startswith(",")) and between_open(end):
        return True  # "moved between the river | , the harbor and the Gulf"
    if _AMOUNT_END.search(head) and _SECOND_AMOUNT.match(rest):
        return True  # "913m/- | as the principal and 357m/- as interest"
    if (
        word == "and"
        and _PARTICIPLE_PAIR.search(end)
        and re.match(r"[a-z]+ed\b", rest)
        and not _SEQUENCE_END.search(end)
    ):
        return True  # "would see both closed | and replaced by ..."
    if boundary.group().isspace() and _PASSIVE_ANY_END.search(end) and _STRANDED_REST.match(rest):
        return True  # "would be paid | for within the next two weeks"
    if word in ("from", "off", "of") and _TAKEN_AMOUNT_END.search(end):
        return True  # "stripped an estimated 28 per cent | from canola yields"
    if word == "in" and _EVERYWHERE_END.search(end):
        return True  # "lung cancer screening everywhere | in Estonia"
    if (
        boundary.group().isspace()
        and end.endswith("ed")  # the pattern only where it can match: it runs at most cuts
        and _PLACE_REST.match(rest)
        and (participle := _PARTICIPLE_AFTER_NOUN.search(end))
        and not end.lower().endswith(_ED_NOUNS)
        and " that " not in head  # "showed that sales of electric cars jumped | at ...": its verb
        and has_verb(head[: len(head) - len(end) + participle.start()])
    ):
        return True  # "diesel from lorries parked | at rest areas", "eggs collected | from"
    if word == "for" and PART_OF_THE_GAME.match(rest):
        return True  # "looked like the best player on the field | for three quarters"
    if _SUPERLATIVE_END.search(end) and _TIME_SPAN_REST.match(rest):
        return True  # "hit their highest level | for more than two years"
    if word == "at" and _OBLIGED.search(end) and not _AT_AMOUNT.match(rest):
        return True  # "will have to ... pick up their passengers | at a new terminal"
    return word == "for" and bool(_VENUE_END.search(end))  # "a new home | for its depot"


def distance_left(text: str, at: int, head: str) -> bool:
    """Whether a cut at ``at`` leaves a distance without its direction ("18 kilometers | to
    the south-east of Karatobe"); ``headline_cuts`` asks before its "to" rules."""
    return bool(_DIRECTION.match(text, at) and _DISTANCE_END.search(head))


def _kicker(head: str) -> bool:
    """Whether ``head``, before a colon, is a kicker (a label of five words or fewer with no
    verb, or two short phrases: "Tiny tags, big river"), the claim after the colon."""
    return len(head.split()) <= 5 and (bool(_TWO_PHRASES.match(head)) or not has_verb(head))


def between_open(head: str) -> bool:
    """Whether ``head`` ends inside a "between" that has not reached its "and"."""
    if "between" not in head:
        return False
    found = _BETWEEN_OPEN.search(head[-_END:])
    if not found:
        return False
    term = found.group()[8:]
    # a verb after the term closes it ("Fighting between rival militias has killed ..."),
    # and "them", "the two ..." are both terms at once
    return not (has_verb(term) or re.match(r"(?:them|us|both|the two|two)\b", term))
