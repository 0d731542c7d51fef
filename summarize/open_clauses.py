"""Cuts that leave something open at the head's end: a clause of where or why whose verb
has not come, a quotation's speaker before the speaker's verb, a hedge or a frequency
without what it qualifies, "all" without its "but", a label's "as" ("treated | as
second-class passengers"), a subject and the list it includes before its verb, a halt
without its span. Each was a cut blind readers judged nonsense or misleading
(docs/extractive.md, twenty-fourth pass).
"""

from __future__ import annotations

import re

from .phrase_cuts import inside_list, splits_comma_list
from .verb_after_cut import SAID, finite_first
from .verbs import AUX, any_finite, finite, marked_words, word_set

_END = 120
"""Characters of the head a pattern anchored at its end is looked for in."""
# verbs whose "as" says what the object is taken for, when no clause follows "as": "treated
# | as second-class passengers", not "treated 300 patients | as the winter crisis deepened"
_AS_LABEL_VERBS = re.compile(
    r"\b(?:treated|classed|classified|ranked|billed|portrayed|depicted|characteri[sz]ed"
    r"|dismissed)\b[^,]*$"
)
# A subject and the list it includes, its verb after the list's closing comma
_INCLUDING_ASIDE = re.compile(
    r"([^,]{3,100}),\s(?:including|such as|excluding|among them)\s[^;:]*$"
)
# the sentence's verb and its object or figure: "reached 3.1 million tonnes"; not a participle's
# phrase on the list ("suspected of", "found hiding", "thought to be")
_VERB_AND_OBJECT = re.compile(
    r"[a-z]+\s(?:\d|[£$€]|(?:a|an|the|its|their|his|her|more|less|up|down|by|record)\b)"
)
NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten|few|half|\\d+"
"""A count's words as a regex alternation: a span's ("for at least eight weeks", "for the
first 45 minutes")."""

# A clause of where or why just opened, its verb not yet come: "runs through terrain where
# tunnels | and bridges account for 86 percent"
_SUBORDINATOR_WORDS = "where when while because although though whereas unless"
_SUBORDINATORS = word_set(_SUBORDINATOR_WORDS)
_OPEN_SUBORDINATE = re.compile(
    rf"\b(?:{'|'.join(_SUBORDINATOR_WORDS.split())})\s((?:[\w'’-]+\s){{0,3}}[\w'’-]+)$", re.I
)
# A hedge or frequency left at the head's end, what it qualifies cut away: "is readmitted
# within a month, often | because of fluid build-up"
_ADVERB_LEFT = re.compile(
    r",\s(?:often|usually|sometimes|mostly|mainly|largely|partly|chiefly|especially"
    r"|particularly|primarily|notably|probably|possibly|perhaps|apparently|reportedly|allegedly)$",
    re.I,
)
# A quotation and its speaker, the speaker's verb not yet come: '"Everything is going
# digital," Kirsten Pfeifer | from the Consumer Electronics Association, told ...'
_QUOTE_SPEAKER = re.compile(r"[\"“]([^\"“”]{1,300}?)[,.!?][\"”’']\s+([^\"“”]{1,80})$")
_TITLE_WORDS = 6
"""A quoted title is this short, its words capitalised: '"The Salt Road," a drama from ...'
(a title and what it is) is no quotation whose speaker lost a verb."""
# How long a halt lasts: "will shut down its hot mill | for at least eight weeks" read as for
# good without it
_HALT_END = re.compile(
    r"\b(?:shut|shuts|shutting|close[sd]?|closing|halt(?:s|ed|ing)?"
    r"|idle[sd]?|idling|ban(?:s|ned)?|barred|grounded|stop(?:s|ped)?|postpone[sd]?|delay(?:s|ed)?"
    r"|lay off|laid off|cut off)\b(?:\s\S+){0,6}$"
)
_HALT_SPAN = re.compile(
    r"for (?:at least |up to |about |around |nearly |almost |more than |another |a further )?"
    rf"(?:{NUMBER_WORDS}|a|one|eleven|twelve|several|a few) (?:hours?|days?|weeks?|months?)\b"
)


_ADJECTIVE_NOUN = re.compile(
    r"[a-z]+(?:ing|ive|ous|al|ful|ent|ant|ic|ble|less)\s[a-z]+\b(?!\s(?:is|are|was|were))"
)


_OF_MODIFIER_END = re.compile(r"\bof\s(?:[a-z]+\s)?[a-z]+ing$")
_LOWER_PAIR = re.compile(r"(?:and\s)?[a-z]+\s[a-z]+\b")


def leaves_open(head: str, *, end: str, rest: str, word: str, last: list[str]) -> bool:
    """Whether a cut after ``head`` (``end`` its last words, ``last`` its last two) before
    ``word`` and the ``rest`` leaves a clause, a speaker, a hedge, a halt or a conjunction
    open."""
    # each pattern only where it can match (this runs at most cuts of every sentence)
    if (
        _SUBORDINATORS.intersection(w.lstrip("(\"'“‘").lower() for w in end.split()[-5:])
        and (clause := _OPEN_SUBORDINATE.search(head[-_END:]))
        and not _has_verb_after_subject(marked_words(clause.group(1)))
    ):
        return True  # "terrain where tunnels | and bridges account for": the clause's verb
    quoting = head[-_END * 3 :]
    if (
        ('"' in quoting or "“" in quoting)
        and (quoted := _QUOTE_SPEAKER.search(quoting))
        and not (
            _title(quoted.group(1))
            and quoted.group(2).startswith(("a ", "an "))
            or any_finite(marked_words(quoted.group(2)), None)
        )
    ):
        return True  # '"It is going digital," Kirsten Pfeifer | , told ...': the speaker's verb
    if " " not in head.rpartition(", ")[2] and _ADVERB_LEFT.search(head):
        return True  # "readmitted within a month, often | because of ...": what it qualifies
    if word == "as" and _AS_LABEL_VERBS.search(end) and not _clause_next(rest):
        return True  # "have been treated | as second-class passengers": what they were taken for
    if word == "but" and last[-1:] == ["all"]:
        return True  # "have all | but vanished": "all but" is "almost", not a clause's edge
    if (
        word == "but"
        and last[:1] in (["a"], ["an"], ["the"])
        and _ADJECTIVE_NOUN.match(rest)
        and not any_finite(marked_words(re.split(r"[,;:.]", rest, maxsplit=1)[0]), "but")
    ):
        return True  # "in a dour | but clinical encounter": two adjectives of one noun
    if word == "and" and _OF_MODIFIER_END.search(end) and _LOWER_PAIR.match(rest):
        return True  # "certified seeds of high yielding | and hybrid paddy varieties"
    if last[-1:] in (["and"], ["or"], ["but"]):
        return True  # "a peer recovery coach and |, when one is available, a member of ..."
    if word not in ("and", "or") and splits_comma_list(head, rest) or inside_list(head, rest, word):
        return True  # "made up of a paramedic |, a police officer, ... and a member of ..."
    if (
        (listed := _INCLUDING_ASIDE.match(head))
        and finite_first(rest)
        and _VERB_AND_OBJECT.match(rest)  # not "four people, including two doctors, suspected of"
        and rest.split(" ", 1)[0] not in SAID
        and not any(w in AUX or finite(w, None) and not w.endswith("ed") for w in listed[1].split())
    ):
        return True  # "Total cargo handled at Kuryk, including bulk grain, ... | reached": its verb
    return bool(_HALT_SPAN.match(rest) and _HALT_END.search(end))  # "will shut down its hot
    # mill | for at least eight weeks": read as for good without it


def _title(quoted: str) -> bool:
    """Whether a quoted text is a title: a few words, each a capital's or a small word."""
    words = quoted.split()
    return len(words) <= _TITLE_WORDS and all(
        w[:1].isupper() or w.lower() in _TITLE_SMALL for w in words
    )


_TITLE_SMALL = word_set("a an the of and in on at to for with from by or")


def _clause_next(rest: str) -> bool:
    """Whether ``rest`` opens a clause: an auxiliary or a verb in the past within five words
    ("the inquiry began its hearings"); a plural in -s is read as a noun ("criminals")."""
    words = marked_words(" ".join(rest.split()[:5]))
    return any(
        w in AUX or finite(w, words[k - 1] if k else None) and not w.endswith("s")
        for k, w in enumerate(words)
    )


def _has_verb_after_subject(words: list[str]) -> bool:
    """Whether a clause's ``words`` hold a verb; the first word, unless an auxiliary or a
    participle ("when asked"), is the subject: "where tunnels" has none."""
    if words and words[0] not in AUX and not words[0].endswith("ed"):
        return any_finite(words[1:], words[0])
    return bool(words)
