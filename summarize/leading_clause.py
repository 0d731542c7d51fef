"""A sentence's leading clause or phrase, which a headline drops ("After a two-hour debate, the
council voted ..." -> "the council voted ..."), unless it is the claim's condition ("If the
takeover collapses, ..."), a past habit's duration ("For 22 years, the lights ... went off")
or what is left would open mid-phrase.
"""

from __future__ import annotations

import re

from .dates import DAY_OF_MONTH, WEEKDAYS
from .qualifier_cuts import PART_OF_THE_GAME
from .verbs import has_verb

# A leading clause that is the claim's condition: without it, "If the takeover collapses,
# 2,000 workers will lose their jobs" states a condition as a fact.
CONDITION_FIRST = re.compile(r"(?:if|unless|once|until)\b", re.I)  # "Until now, staff relied"
# One that bounds it in time as well: the main clause's own cuts are not offered after it
BOUND_FIRST = re.compile(r"(?:if|unless|once|until|before|when|while|as|since)\b", re.I)
_AS_AMOUNT = r"(?:(?:many|few|little|high|low) as\b|much as (?=[\d$£€]))"
"""An amount or a time after "as": "As many as 40 people died" opens no leading clause."""
LEADING_CLAUSE = re.compile(
    r"^(?!for (?:many|some|most|others)\b|in (?:some|many|most) cases\b)"  # hedges stay
    r"(?:(?:(?:less|more) than |nearly |almost |about |some |barely )?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)"
    r" (?:minute|hour|day|week|month|year|decade)s? |(?:just|only|shortly|soon|long) )?"
    rf"(?:after|although|though|while|when|since|because|as(?! {_AS_AMOUNT})|if|despite"
    r"|following|amid|with"
    r"|speaking|giving|addressing|explaining|responding|commenting|reacting|in|on|at|for|by"
    r"|under|once|until|before)\b[^,]{2,120},\s+",
    re.I,
)
# A duration that may make the claim a habit of the past: "For 22 years, the lights ... went
# off at 1am" (they no longer do), so the leading phrase stays (``_lead_bounds_claim``)
_DURATION_FIRST = re.compile(
    r"for (?:(?:more than|over|almost|nearly|about|the past|the last) )?(?:\d+|two|three|four"
    r"|five|six|seven|eight|nine|ten|\w+teen|twenty|thirty|forty|fifty|many|several|a few)? ?"
    r"(?:years|decades|generations|centuries|months)\b",
    re.I,
)


def drop_leading_clause(text: str, kept: re.Pattern[str]) -> tuple[str, int]:
    """``text`` without its leading clause, unless the clause opens with ``kept``'s word (a
    condition) or what is left opens mid-phrase."""
    if kept.match(text):
        return text, 0
    shorter, found = LEADING_CLAUSE.subn("", text, count=1)
    if not found or _opens_mid_phrase(shorter) or _lead_bounds_claim(text, shorter):
        return text, 0
    if _ITEM_END.search(text, 0, len(text) - len(shorter)) and (
        listed := _LOWER_LIST.match(shorter)
    ):
        shorter = shorter[listed.end() :]  # "After eight months of framing, wiring, roofing
        # and finishing, | students ...": the list's comma was not the clause's end
    if _PLACE_END.search(text, 0, len(text) - len(shorter)) and _REGION_NEXT.match(shorter):
        return text, 0  # "after the quake flattened her house in Pundong, | Bantul regency, ..."
    if _DAY_END.search(text, 0, len(text) - len(shorter)) and (
        date := _DATE_GOES_ON.match(shorter)
    ):
        shorter = shorter[date.end() :]  # "On the evening of Monday, | 10 June 2024, | the ..."
    if aside := _AS_ASIDE.match(shorter):  # the clause's own aside goes with it
        rest = shorter[aside.end() :]
        if _opens_mid_phrase(rest) or _NAMES_GO_ON.match(rest):
            return text, 0  # "as it promised regulators in Brussels, | Lisbon and Madrid, ..."
        return rest, 1
    return shorter, 1


_ITEM_END = re.compile(r"\b(?:of|in|for|with|on) [a-z][\w'’-]*,\s+$")
_LOWER_LIST = re.compile(r"[a-z][\w'’-]*(?:, [a-z][\w'’-]*)+,? (?:and|or) [a-z][\w'’-]*,\s+")
"""A list's other items after its first one's comma: the comma was the list's, not the
clause's end."""
_DAY_END = re.compile(rf"\b(?:{WEEKDAYS}),\s+$")
_DATE_GOES_ON = re.compile(rf"{DAY_OF_MONTH},\s+")
"""A weekday's date after its comma: the leading clause's, which goes with it."""


# "When the electricity goes off in Jdeideh, | as it does for at least six hours every day, |
# the hum of a diesel engine starts up": the aside belongs to the clause before it
_AS_ASIDE = re.compile(
    r"as (?:it|they|he|she|we|you|this|that|one|usual|always|expected|often|ever|before"
    r"|planned|promised|agreed|required|is|was|happens|happened)\b[^,;]{0,80},\s+",
    re.I,
)
_NAMES_GO_ON = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*(?:,| and | or )")
"""A list or a place's region after the aside's comma: the comma was inside the aside."""


# a place at the clause's end and its region after the comma: the comma was the place's
_PLACE_END = re.compile(r"\b(?:in|at|near|of|from|outside) [A-Z][\w'’.-]*,\s+$")
_REGION_NEXT = re.compile(
    r"[A-Z][\w'’.-]*(?: [\w'’.-]+){0,2} (?i:regency|province|county|district|state|region"
    r"|governorate|prefecture|oblast|department|parish|municipality|division|territory),\s"
)  # not a list ("in Paris, France, Germany and Poland agreed") nor a name ("Kyiv, Zelensky,")


_PERFECT = re.compile(r"\b(?:has|have)\b")


def _lead_bounds_claim(text: str, rest: str) -> bool:
    """Whether ``text``'s leading phrase bounds its claim, so it stays: a duration whose
    clause is in the past ("For 22 years, the lights ... went off at 1am": they no longer
    do; in the perfect, "For 41 years, the Blue Lantern has been ...", the clause says as
    much without it), or the part of a game the claim held for ("For three quarters Friday
    night, Reyna looked like the best player on the field": his team lost)."""
    if PART_OF_THE_GAME.match(text):
        return True
    return bool(_DURATION_FIRST.match(text)) and not _PERFECT.search(rest, 0, 80)


def lead_alone(head: str) -> bool:
    """Whether ``head`` is a subordinate clause and nothing else ("Since the strike began");
    not a phrase that opens a clause ("At least 37 restaurants ... closed their doors")."""
    return bool(_SUBORDINATOR.match(head)) and "," not in head  # of any length: "When
    # temperatures across southern Alberta soared past 40 degrees Celsius during the ..."


_SUBORDINATOR = re.compile(
    rf"(?:after|although|though|while|when|since|because|as(?! {_AS_AMOUNT})|if|once|until"
    r"|before|unless)\s",
    re.I,
)


def leading_only(head: str) -> bool:
    """Whether a cut's ``head`` opens on a leading clause, which ``drop_leading_clause``
    drops instead; one it keeps (``_lead_bounds_claim``) is refused only as the whole head
    ("For 22 years")."""
    match = LEADING_CLAUSE.match(head + ", ")
    if not match or match.end() == len(head) + 2:
        return bool(match)
    return not _lead_bounds_claim(head, head[match.end() :])


def _opens_mid_phrase(rest: str) -> bool:
    """Whether what is left after a leading clause still opens with a verbless phrase of
    five words or more before a comma: the clause's comma was one inside it ("When the
    lights came up at the end of Last Stop, Naledi in a church hall in Grahamstown, nobody
    moved"). A subject's short aside ("Smith, 45, was ...") is no such phrase, nor a list of
    names inside the subject ("the service linking Tuvalu, Kiribati and Fiji is ..."). Nor may it
    open on a list's last items ("In late January a group of 46 growers from the Belsk Duży,
    | Błędów and Mogielnica communes, ..."): that comma was the list's."""
    if rest.startswith(("with ", "without ")):
        return True  # "In a normal year the first potatoes are lifted in May, | with the bulk
        # of the harvest sold ...": the main clause was before the comma, a phrase is left
    if _LIST_END.match(rest) or rest.startswith(("or ", "Or ")):
        return True  # ", or Republic Act 8550, municipal waters ...": the clause's other name
    head = rest.split(", ", 1)
    if len(head) == 2 and (names := _LIST_TAIL.match(head[1])):
        clause = f"{head[0]}, {names[0]}{head[1][names.end() :].split(', ', 1)[0]}"
        return not has_verb(clause)  # "the service linking Tuvalu, Kiribati and Fiji is ..."
    return len(head) == 2 and len(head[0].split()) >= 5 and not has_verb(head[0])


_LIST_TAIL = re.compile(r"(?:[A-Z][\w'’-]*, )*[A-Z][\w'’-]* (?:and|or) [A-Z][\w'’-]*")
"""A list's other names after its first one's comma: "Kiribati and Fiji"."""
_LIST_END = re.compile(  # the list's last names and its noun, then the aside's comma
    r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* (?:and|or) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* [a-z]+,"
)


# A time clause opening the sentence, its main clause after the cut ("The moment of truth"
# and "First time buyers" are subjects, not clauses)
_TIME_CLAUSE = re.compile(
    r"^(?:(?:[Tt]he |THE )?(?:[Ff]irst|[Ll]ast|[Nn]ext) time|[Ee]very time|[Ee]ach time"
    r"|[Bb]y the time"
    r"|[Tt]he moment)\s+(?:he|she|they|it|we|I|you|[A-Z][a-z]+|(?:the|a|an|his|her|their|its|our)"
    r"\s[\w'’-]+)\s+(\w+)(?:(?!,).)*$"
)  # a subject after "time": "First time buyers face ...", "Every time zone ..." are subjects


def time_clause(text: str) -> bool:
    """Whether ``text`` is only a time clause ("The first time Jordan tried to book ..."),
    the main clause it opens cut away; not one its main clause follows without a comma
    ("The last time the two clubs met in a cup final the match ended in a draw")."""
    found = _TIME_CLAUSE.match(text)
    if not found:
        return False
    verb = _FIRST_VERB.search(text, found.start(1))  # the time clause's own
    return not (verb and _SECOND_CLAUSE.search(text, verb.end()))


_FIRST_VERB = re.compile(
    r"\b(?:[a-z]+ed|was|were|is|are|had|has|met|won|lost|came|went|ran|left|took|made|got|saw)\b"
)
_SECOND_CLAUSE = re.compile(
    r"\s(?:the|a|an|his|her|their|its|[A-Z][a-z]+)\s(?:[\w'’-]+\s){0,2}(?:[a-z]+ed|was|were|is"
    r"|are|had|has|have|will|would|burst|fell|won|lost|began|came|went|ran|left|took|made|got"
    r"|found)\b"
)
