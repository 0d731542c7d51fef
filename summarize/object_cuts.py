"""What a headline cut must not part from the words before it: "make for" from its "for", a
verb in the past from the object an aside holds back or shares with a second verb, a relative
clause from its verb after its aside, a count from the other items of its list, the first of
a pair from the noun or verb after the second: blind readers judged such cuts nonsense or
false (eval/judgments/headlines-*).
"""

from __future__ import annotations

import re

from .verb_after_cut import past_or_auxiliary
from .verbs import DETERMINERS, SUBJECT_PRONOUNS, finite, has_verb, marked_words, word_set

HEAD_END = 120
"""Characters of the head that the cut patterns anchored at its end read."""


_MAKES = word_set("make makes made")
_BE_OR_ADVERB = word_set(
    "is are was were be been being finally never quietly only already also now just ever"
)


def makes_for(end: str) -> bool:
    """ "make for" (result in) cut before its "for": the verb says nothing alone; not a
    passive ("was finally made | for ...") nor a maker's word ("hand-made")."""
    words = end.split()
    return (
        len(words) > 1
        and words[-1].lower() in _MAKES
        and words[-2].lower() not in _BE_OR_ADVERB
        and words[-2].lower() not in SUBJECT_PRONOUNS
    )


def aside_cut_open(head: str, rest: str) -> bool:
    """Whether a cut at a comma leaves a past verb before the aside that holds its object
    back, or a relative clause whose verb comes after its aside."""
    end = head[-HEAD_END:]
    return (
        (end.endswith("ed") or "ed, " in end[-30:])
        and _object_after_short_aside(end, rest)
        or ", wh" in end
        and _relative_open(end)
    )


# "... in the hatchery removed |, on average, about 38 per cent more lice": a verb in the past
# whose object comes after a short aside (probe-outlets-final69, read nonsense)
_SHORT_ASIDE = re.compile(r"[a-z][^,;.]{0,25},\s(?!(?:and|but|or|who|which|said|says|police)\b)")
_BE_BEFORE = word_set("is are was were be been being has have had")


def _object_after_short_aside(end: str, rest: str) -> bool:
    """The cut before the aside, or after it ("removed, on average |, about 38 per cent")."""
    if aside := _ASIDE_END.search(end):
        end, rest = end[: aside.start()], f"{aside[1]}, {rest}"
    words = end.split()
    return (
        len(words) > 1
        and words[-1].endswith("ed")
        and words[-2].lower() not in _BE_BEFORE
        and _SHORT_ASIDE.match(rest) is not None
    )


_ASIDE_END = re.compile(r"(?<=ed),\s([a-z][^,;.]{0,25})$")


_FIGURE = re.compile(r"\d")


def shared_noun(end: str, rest: str) -> bool:
    """ "1,412 dug wells | and tube wells": a count's two kinds of one noun; cut after the
    first, the count is the first's alone (read false)."""
    words, after = end.split(), rest.removeprefix("and ").split()[:3]
    return (
        bool(words)
        and words[-1].isalpha()
        and words[-1].lower() in (w.lower().strip(",.;") for w in after)
        and _FIGURE.search(" ".join(words[-5:])) is not None
    )


_SECOND_VERB_OBJECT = re.compile(
    r"(?:and )?[a-z]{3,}ed\s(?:more than |at least |about |nearly |over |up to )?"
    r"(?:the|a|an|his|her|their|its|some|all|several|dozens|hundreds|thousands|two|three|four|five|six|seven"
    r"|eight|nine|ten|\d)\b"
)


def shared_object(end: str, rest: str) -> bool:
    """ "officers uprooted | and destroyed more than 6,000 marijuana plants": two verbs of one
    object; cut after the first, it has none (read nonsense). Not a passive's second verb
    ("was arrested | and charged the next day")."""
    words = end.split()[-2:]
    return (
        len(words) == 2
        and words[-1].endswith("ed")
        and words[-1].isalpha()
        and words[0].lower() not in _BE_BEFORE
        and words[-1].lower() not in _INTRANSITIVE
        and _SECOND_VERB_OBJECT.match(rest) is not None
    )


_INTRANSITIVE = word_set(
    "collapsed crashed died exploded sank erupted arrived escaped retired surrendered resigned"
    " failed fainted stumbled skidded overturned capsized derailed landed"
)
"""A first verb that needs no object: "A pedestrian bridge ... collapsed | and crushed eight
vehicles" says what happened."""


_LIST_GOES_ON = re.compile(r"[a-z][\w'’-]*(?:\s[a-z][\w'’-]*){0,3}(?:,\s|\sand\s)")


def counted_list_cut(end: str, rest: str, word: str, comma: bool) -> bool:
    """ "presented to some 350 producers, extension agents, seed companies | and
    representatives of farmer organizations": a count's list cut before its last item (or
    any other), the count given to fewer kinds of people than it counts."""
    tail = end[-60:]
    if not _FIGURE.search(tail):
        return False
    if word == "and":
        return _COUNTED_LIST_END.search(tail) is not None or (
            _COUNTED_ITEM_END.search(tail) is not None and _noun_next(rest)
        )  # "a catalogue of 1,214 active galaxies | and quasar candidates"
    return comma and bool(_LIST_GOES_ON.match(rest)) and _COUNTED_ITEM_END.search(tail) is not None


def list_subject_cut(head: str, rest: str) -> bool:
    """ "The wooden runner of a sledge, three arrow shafts | and fragments of a leather quiver
    have been found": a subject's list cut before its last item, the verb after it (a plural
    item in -s read as the head's verb)."""
    last = head.rsplit(",", 1)[1] if "," in head else ""
    if not last or len(last.split()) > 4 or _S_VERB_OBJECT.search(last):
        return False  # a list's short item: not "..., Doris Amsel backs her Buick", "hosts the"
    if any(past_or_auxiliary(w) for w in marked_words(head)):
        return False
    following = marked_words(rest.split(",", 1)[0])[:9]
    clause = following[: next((i for i, w in enumerate(following) if w in _CLAUSE_OPENS), 9)]
    return any(past_or_auxiliary(w) for w in clause[1:])


_S_VERB_OBJECT = re.compile(r"[a-z]s\s(?:a|an|the|its|his|her|their)\b")
_CLAUSE_OPENS = word_set("that who which whose where when if because")
_ITEM = r"[a-z][\w'’-]*(?:\s[a-z][\w'’-]*){0,3}"
_COUNTED_ITEM_END = re.compile(rf"(?<![\w,.])\d[\d,.]*\s{_ITEM}(?:,\s{_ITEM})*$")
_COUNTED_LIST_END = re.compile(rf"\b\d[\d,.]*\s{_ITEM}(?:,\s{_ITEM})+$")


_RELATIVE_OPENS = re.compile(r", (?:where|who|which|whose|when)\s([^,;]*(?:,[^,;]*)?)$")


def _relative_open(end: str) -> bool:
    """ "..., where several hundred people, many of them former students |, prayed": a
    relative clause whose verb is still to come."""
    found = _RELATIVE_OPENS.search(end)
    return found is not None and "," in found[1] and not has_verb(found[1])


def _noun_next(rest: str) -> bool:
    """Whether ``rest`` opens on a second item of a count's noun phrase, no verb of its own:
    "quasar candidates" (not "left thousands", "said its path")."""
    words = rest.removeprefix("and ").split()[:7]
    if any(w.strip(",.") in _CLAUSE_VERBS for w in words[2:]):
        return False  # "killed 18 people | and medical workers at the hospital said ..."
    words = words[:2]
    return (
        len(words) == 2
        and all(w.isalpha() and w.islower() for w in words)
        and words[1].endswith("s")
        and words[1] not in _NOT_PLURAL
        and not finite(words[0], None)
        and words[0] not in DETERMINERS
    )


_NOT_PLURAL = word_set("its his hers this was is has does us thus")
_CLAUSE_VERBS = word_set("said say says told is are was were has have had will would")
"""A verb soon after the second noun phrase: it opened a clause of its own."""


def pair_left_open(end: str, rest: str) -> bool:
    """Whether a cut before "and" leaves the first of a pair whose noun, or whose verb, comes
    after the second: "in eastern | and central Kentucky", "will bring preventive | and
    restorative dental care", "opened ..., with producers | and the authorities forecasting"."""
    last = end.rsplit(" ", 1)[-1].lower()
    return (
        last in _REGION_ADJECTIVES
        or last.endswith("ive")
        and last not in _NOUNS_IN_IVE
        and _ADJECTIVE_NEXT.match(rest) is not None  # "preventive | and restorative"
        or " with " in end[-50:]
        and _WITH_END.search(end) is not None
        and _ING_SOON.match(rest) is not None  # not "with stab wounds | and staff fought"
    )


_REGION_ADJECTIVES = word_set("eastern western northern southern central coastal")
_NOUNS_IN_IVE = word_set(
    "detective executive representative relative native alternative objective initiative"
    " incentive perspective archive directive operative captive motive olive hive five"
)
_ADJECTIVE_NEXT = re.compile(r"(?:and\s)?[a-z]+(?:ive|al|ary|ic)\s[a-z]")
_ING_SOON = re.compile(r"(?:and\s)?(?:[a-z]+\s){0,3}[a-z]{3,}ing\b")
_WITH_END = re.compile(r"\bwith\s(?:[a-z][\w'’-]*\s){0,2}[a-z][\w'’-]*s$")


def names_cut(end: str, rest: str) -> bool:
    """Whether a cut at a comma parts a list of names after its first or second ("in the
    municipalities of Pljevlja, Žabljak |, Šavnik, Plužine, ... and Rožaje": read misleading,
    the support named for two of thirteen)."""
    if not end[-1:].isalpha() or not end.rsplit(" ", 1)[-1][:1].isupper():
        return False  # the pattern only where it can match: a name at the end
    head = _NAMES_END.search(end)
    if head is None or not all(w[:1].isupper() for w in head[1].replace(",", "").split()):
        return False
    items = [item.split(" and ", 1)[0] for item in rest.split(", ", 2)[:2]]
    names = [bool(item) and all(w[:1].isupper() for w in item.split()) for item in items]
    # two names at the end and a third after them, or one and two more (a place's region
    # after its comma is no list: "in Ota |, Ogun State")
    return len(names) == 2 and names[0] and ("," in head[1] or names[1])


_NAMES_END = re.compile(r"\b(?:of|in|at|from|for|to)\s([^\W\d_][\w'’-]+(?:,\s[^\W\d_][\w'’-]+)?)$")


# A verb of giving with its recipient: what is given follows "with".
_GIVEN_TO = re.compile(r"\b(?:provid|suppl|present|equipp?|furnish)\w*\s[A-Z][\w'’-]*$")
# a participle after its noun whose "with" is what fills it: "a unit equipped | with 32
# machines" (the cut read as nonsense)
_FILLED_WITH = re.compile(
    r"\b(?:equipped|fitted|filled|packed|loaded|lined|stocked|armed|furnished|crammed|stuffed"
    r"|kitted|dotted|littered|studded)$"
)
# "to combine X | with a survey", "linking North Queensland | with Singapore", "together | with"
_PAIRED_WITH = re.compile(
    r"\b(?:(?:combin|compar|pair|merg|replac|associat)(?:e|es|ed|ing)"
    r"|(?:link|connect)(?:s|ed|ing)?)\s(?:\S+\s){0,8}\S+$"
    r"|\b(?:together|along|coupled"
    r"|in (?:conjunction|partnership|line|consultation|collaboration|cooperation|association"
    r"|coordination|liaison|tandem))$",
    re.I,
)


def needs_with(end: str) -> bool:
    """Whether the words before a cut at "with" wait for it: what a verb of giving gives, what
    fills a participle, a pairing verb's second object, "together | with"."""
    return bool(_GIVEN_TO.search(end) or _PAIRED_WITH.search(end) or _FILLED_WITH.search(end))
