"""Compress a sentence into a headline by dropping removable parts, never cutting a phrase.

The claim keeps its credit ("..., says Charles Kennedy", ``credit``) and its time frame.
Steps, each applied only while the text is still over budget (the first always, since
headlines never carry them): parentheticals and a pronoun's "he said", event dates, a
leading subordinate clause, trailing appositive/participle clauses, and finally a cut at a
clause or phrase boundary where ``headline_cuts.may_cut`` says the claim stays whole.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .asides import APPOSITIVE, drop_appositive
from .budget import Budget, count_words, word_spans
from .complement_cuts import (
    cuts_reported_clause,
    leading_phrase_only,
    object_after_aside,
    open_report,
    splits_concession,
)
from .credit import Credited, credit
from .furniture import DATELINE
from .headline_cuts import may_cut
from .headline_dates import DATES, drop_date
from .headline_style import finish, tidy
from .headline_tense import headline_tense
from .leading_clause import (
    BOUND_FIRST,
    CONDITION_FIRST,
    LEADING_CLAUSE,
    drop_leading_clause,
    lead_alone,
    leading_only,
    time_clause,
)
from .object_cuts import aside_cut_open
from .phrase_cuts import splits_comma_list
from .place_cuts import PLACE_BOUNDARY, place_cut
from .qualifier_cuts import between_open, but_limits
from .subject_relative import without_subject_relative
from .verb_after_cut import (
    subject_aside_open,
    that_subject_left,
    verb_after_aside,
)
from .verbs import has_verb

_SAY = r"(?:said|says|told|reported|reports|added|announced|confirmed|claimed|stated|warned)"

# Only a parenthetical standing as its own words: "alert(1)" is one word and stays whole.
_PARENTHETICAL = re.compile(
    r"(?:^|\s+)(?:\([^()]*\)|\[[^\[\]]*\]|<[A-Z][\w.]{0,12}>)(?=[\s,.;:!?]|$)"
)  # and a Reuters ticker: "Harrow Foods Inc <HRWF.N>"
# An aside between two spaced dashes, where the clause goes on after it in lower case
# ("The six tapes - which were owned by the engineer - are valued ...", "his search for
# love - or lust - online"): a cut at its first dash would leave the clause without its
# verb or particle, so it goes as a parenthetical does.
_DASH_ASIDE = re.compile(
    r"(?<!\d)\s([-–—])\s(?!\d)(?:(?!\s[-–—]\s)[^;:!?]){1,100}?\s\1\s(?=[a-z])"
)  # not a range of figures ("rose 10 - 15%", "2004 - 05")
# "..., he said, ..." in the middle: a pronoun speaker, who adds nothing to a headline
_ATTRIBUTION = (re.compile(rf",\s*(?:he|she|they|it|officials?|police) {_SAY},", re.I),)
# A person's age and home town after the name: "Loretta Faye Simmons, 57, of Forrest City
# was found guilty" (a headline names the person, not the age)
# A place's name, with its particles: "Forrest City", "Rue des Landes", "St Peter Port"
_PARTICLES = "de|des|du|la|le|les|van|von|der|del|da|di"  # not "on": "Lee Carter, 40, on Friday"
_PLACE = rf"[A-Z][\w'’.-]*(?:\s(?:(?:{_PARTICLES})\s)*[A-Z][\w'’.-]*){{0,3}}"
_AGE_ASIDE = re.compile(  # the home town is an aside: its closing comma, or none at all
    rf"\b([A-Z][\w'’.-]*),\s\d{{1,3}},"
    rf"(?:\sof\s(?:the\s)?{_PLACE}(?:,\s{_PLACE})?,|\sof\s(?:the\s)?{_PLACE}(?!\s[a-z]{{1,3}}\s[A-Z]))?"
    rf"\s(?=[a-z])(?!(?:who|which|whose|where|and|or|{_PARTICLES})\b)"
)  # not "John Smith, 45, who was arrested, ...": the aside's comma stays for its clause; nor
# a town's name with a small word inside ("of Maes y Dderwen": "y Dderwen" was left)
_APPOSITIVE_NEXT = re.compile(
    r"(?:former|chief|deputy|acting|senior|owner|chairman|director|president|founder|head)\b"
)
"""A description after the age, whose comma stays ("Aivars Briedis, former board chairman of
SIA ..., to one year"), where a verb or a complement follows the name without one."""
_ARTICLE_NEXT = re.compile(r"(?:a|an|the)\s")
"""A description on an article, whose comma stays after a subject only ("Said Combs, 67, a
retired schoolteacher"; not "gave Daniel Price, 32, a 12-month order")."""
_SAID_END = re.compile(r"\b(?:[Ss]aid|[Ss]ays)\s*$")
_FIGURE_ASIDE = re.compile(r",\s\d{1,3},")
_DISCOURSE = re.compile(
    r"^(?:(?:of course|however|meanwhile|indeed|instead|still|also|now|in fact|so far),|but|and|so"
    r"|yet|also)\s+",
    re.I,
)
_TRAILING_CLAUSE = re.compile(
    r"(?:,|\s[-–—])\s+(?:a|an|the|which|who|whose|where|making|including|as|after|before|while"
    r"|with|despite|amid|following|than|but|and|according|saying|adding|bringing|leaving"
    r"|taking|giving|its|his|her|their|notably|up|down|from|to|in|on|at|for)\b.*$",
    re.I,
)
# A page's signpost before the sentence ("Why it matters: ", "The big picture: "), not a
# title of the claim's own ("Lufthansa's 2004 earnings: 400m euros").
_LABEL = re.compile(
    r"^(?:why it matters|the big picture|driving the news|what's next|what’s next|go deeper"
    r"|between the lines|the bottom line|bottom line|zoom in|zoom out|state of play|flashback"
    r"|by the numbers|catch up quick|the latest|what's new|what’s new|editor's note|editor’s note"
    r"|update|updated|breaking|breaking news|exclusive|analysis|watch|live|video|photos)"
    r":\s+(?=[A-Z\d\"“‘'])",
    re.I,
)
_CLAUSE_BOUNDARY = re.compile(
    r",\s|;|(?<!\d):(?!\d)|\s[-–—]\s|\s(?:and|but|as|while|because|after|when)\s"
)  # not a time's colon: "about 4:30 a.m." is no "about 4"
# Weaker boundaries, tried when no clause fits: before a prepositional or relative phrase.
# Not "in" or "on": they most often open a verb's complement ("invest in", "focus on",
# "step in"), and blind readers judged a third of such cuts cut off or misleading.
_PHRASE_BOUNDARY = re.compile(
    r"\s(?:(?=(?:to|for|with|at|over|from|after|before|which|who|whose|amid|despite)\s)"
    r"|(?=in\s(?:the|their|its)\s(?!(?:[\w'’-]+\s)?(?:favou?r|support|shoot-?out|penalt)))"
    r"(?:(?<=[-–]\d\s)|(?<=[-–]\d\d\s)|(?<=[-–]\d\d\d\s)))"
)  # and "in" after a score, before its game: "to beat Services 38-31 | in the men's final"


def compress(sentence: str, budget: Budget) -> str | None:
    """The sentence as a headline within ``budget``, or None when no clean cut fits. A claim
    keeps its credit ("..., says Charles Kennedy"); with no room for it, nothing fits."""
    credited = _credited(sentence)
    room = _room(budget, credited)
    return None if room is None else _compress_claim(credited, room)


def _credited(sentence: str) -> Credited:
    """The sentence without its dateline, a label ("Why it matters: "), asides and a
    person's age, as a claim and its credit."""
    if sentence[:1].isupper() or sentence[:1] == "(":  # the regexes only where they can act
        sentence = _LABEL.sub("", DATELINE.sub("", sentence, count=1), count=1)
    return credit(tidy(_without_parentheticals(_without_age(sentence))))


def _compress_claim(credited: Credited, room: Budget) -> str | None:
    text = headline_tense(_drop_attribution(tidy(credited.claim)))
    for step in (*DATES, LEADING_CLAUSE, APPOSITIVE, _TRAILING_CLAUSE):
        if room.fits(text):
            break
        if step in DATES:
            shorter, found = drop_date(text, step)
        elif step is APPOSITIVE:
            shorter, found = drop_appositive(text)
        elif step is _TRAILING_CLAUSE:
            shorter, found = _drop_trailing_clause(text)
        else:
            shorter, found = drop_leading_clause(text, CONDITION_FIRST)
        if not found:
            continue
        shorter = _drop_attribution(tidy(shorter))
        if len(shorter.split()) >= max(4, room.min_words // 2):
            text = shorter
    if " has been " in text or " have been " in text:
        text = headline_tense(text)  # "X, aside, has been charged": the aside gone, "X charged"
    if not room.fits(text):
        text = _cut_at_clause(text, room)
    if not text or not room.fits(text) or time_clause(text) or lead_alone(text):
        return None  # "Since the strike began": the trailing clause's cut left the lead alone
    return finish(credited.around(finish(text)))


def _drop_trailing_clause(text: str) -> tuple[str, int]:
    """``text`` without its trailing clause, unless that "clause" is an aside with the
    sentence's verb after it (", in far-west New South Wales, announced it will ...")."""
    match = _TRAILING_CLAUSE.search(text)
    if not match:
        return text, 0
    rest = text[match.start() :].lstrip(" ,-–—")
    head = text[: match.start()]
    if (
        verb_after_aside(rest)
        or subject_aside_open(head, rest)
        or splits_concession(head, rest)
        or but_limits(rest)
        or between_open(head)
        or that_subject_left(head)
        or leading_phrase_only(head)
        or splits_comma_list(head, rest)  # "made up of a paramedic, a police officer, ... and ..."
        or object_after_aside(head, rest)  # "to submit to the court, within a week, | a list"
        or aside_cut_open(head, rest)  # "removed |, on average, about 38 per cent more lice"
        or rest.startswith("and ")
        and open_report(head)
        or cuts_reported_clause(head, rest)
    ):
        return text, 0
    return text[: match.start()], 1


def _without_age(sentence: str) -> str:
    """The sentence without a person's age (and home town) after the name; not a figure of a
    list ("Kabul, 12, and Kandahar, 8, had the most cases")."""
    match = _AGE_ASIDE.search(sentence) if ", " in sentence else None
    if match is None or _FIGURE_ASIDE.search(sentence, 0, match.start()):
        return sentence
    before, rest = sentence[: match.start()], sentence[match.end() :]
    subject = not has_verb(before) or bool(_SAID_END.search(before))  # not a verb's object
    described = _APPOSITIVE_NEXT.match(rest) or subject and _ARTICLE_NEXT.match(rest)
    joint = ", " if described else " "  # "Aivars Briedis, 58, former", "Said Combs, 67, a"
    return sentence[: match.start()] + match.group(1) + joint + rest


def _without_parentheticals(sentence: str) -> str:
    if " - " in sentence or " – " in sentence or " — " in sentence:
        sentence = _DASH_ASIDE.sub(" ", sentence)
    if "(" not in sentence and "[" not in sentence and "<" not in sentence:  # only where it acts
        return sentence
    return _PARENTHETICAL.sub("", sentence)


def _room(budget: Budget, credited: Credited) -> Budget | None:
    """What is left of ``budget`` for the claim once its credit is written, or None when
    the credit leaves fewer than four words or twenty characters."""
    extra = credited.before + credited.after
    if not extra:
        return budget
    words = count_words(extra)
    if budget.max_words is not None and budget.max_words - words < 4:
        return None
    if budget.max_chars is not None and budget.max_chars - len(extra) < 20:
        return None
    room = replace(
        budget,
        max_words=None if budget.max_words is None else budget.max_words - words,
        max_chars=None if budget.max_chars is None else budget.max_chars - len(extra),
        min_words=max(0, budget.min_words - words),
    )
    return room


def _drop_attribution(text: str) -> str:
    """Drop a pronoun's mid-sentence "he said," and discourse openers ("However,", "But"),
    which headlines never carry (a named speaker is kept, by ``credit``)."""
    before = None
    while text != before:  # dropping "However," can expose "the company said"
        before = text
        for pattern in (*_ATTRIBUTION, _DISCOURSE):
            shorter, found = pattern.subn("", text)
            if found and len((shorter := tidy(shorter)).split()) >= 4:
                text = shorter
    return text


def cut_at_words(sentence: str, budget: Budget) -> str:
    """Last resort for text with no clause to keep: the first words that fit, marked cut;
    a first word longer than the budget is cut at a character."""
    text = tidy(sentence[: _reach(sentence, budget) * 2 + 8])
    if budget.fits(text) and len(text) >= len(sentence.strip()):
        return finish(text)
    spans = word_spans(text)
    limit = min(len(spans), budget.max_words or len(spans))
    while limit > 1 and not budget.fits(text[: spans[limit - 1][1]] + "…"):
        limit -= 1
    head = finish(text[: spans[max(limit, 1) - 1][1]])
    if not budget.fits(head + "…"):  # one word longer than the budget
        head = head[: max((budget.max_chars or len(head)) - 1, 1)]
    return head + "…"


def _reach(text: str, budget: Budget) -> int:
    """How far into ``text`` a head that fits the budget can reach (tidying only shortens
    text, so nothing past this many characters of tidy text can fit)."""
    if budget.max_words is None:
        return budget.max_chars or len(text)
    if text.isascii():  # words are what whitespace separates: the split finds the start
        rest = text.split(None, budget.max_words)
        reach = len(text) - len(rest[-1]) if len(rest) > budget.max_words else len(text)
        return min(reach, budget.max_chars or reach)
    spans = word_spans(text[: (budget.max_chars or 10**9) * 2 + 2000])
    reach = spans[budget.max_words][0] if len(spans) > budget.max_words else len(text)
    return min(reach, budget.max_chars or reach)


def _cut_at_clause(text: str, budget: Budget) -> str | None:
    return (
        _longest_head(text, budget, _CLAUSE_BOUNDARY)
        or _longest_head(text, budget, _PHRASE_BOUNDARY)
        or _longest_head(text, budget, PLACE_BOUNDARY)
    )


def _longest_head(text: str, budget: Budget, boundary: re.Pattern[str]) -> str | None:
    """The longest head before a boundary that fits; boundaries beyond what could fit are
    never tidied (tidying every one made long input quadratic, issue 14)."""
    best = None
    reach = _reach(text, budget) + 2
    for match in boundary.finditer(text):
        if match.start() > reach:
            break  # not an endpos: the boundary's lookahead reads the next word
        head = tidy(text[: match.start()])
        if (
            budget.fits(head)
            and len(head.split()) >= max(4, budget.min_words // 2)
            and (boundary is not PLACE_BOUNDARY or place_cut(text, match))
            and may_cut(text, match)
            and not leading_only(head)
            and not (match.end() > reach and _cut_off(head))  # a cut at the budget's edge
        ):
            best = head
    return best


def _cut_off(head: str) -> bool:
    """Whether the headline check reads ``head`` as cut off: ``compress`` is the baselines'
    (lead's, sumy's) whole headline, with no chooser to check it, and the boundaries at the
    budget's edge offer cuts ending "... but cinema-goers" or "... after 187 confirmed"."""
    # imported here: the extractive package imports this module
    from .extractive.headline_check import problems  # noqa: PLC0415

    return "cut off" in problems(head)


_LEAST_CLAIM = 3
"""Words a credited headline's claim has at least, with its verb ("Tony Blair lied, say
Tories"; not "Fish prices, say traders and ...", nor "Prices of bread, say shoppers ...")."""


def candidates(sentence: str, budget: Budget) -> list[str]:
    """Every headline the sentence yields within ``budget``: ``compress``'s own, the whole
    sentence tidied (dates dropped, its credit kept) when it fits, and each head before a
    clause or phrase boundary. A chooser picks among them, since the longest clean cut is
    not always the one that reads as a clause (issue 11)."""
    credited = _credited(sentence)
    room = _room(budget, credited)
    if room is None:
        return []
    out = [c] if (c := _compress_claim(credited, room)) else []
    text = _drop_attribution(tidy(credited.claim))
    for step in DATES:
        text = tidy(drop_date(text, step)[0])
    least = min(5, budget.max_words or 5)
    heads = [text] if room.fits(text) else []
    clauses = [text]
    main, found = drop_leading_clause(text, BOUND_FIRST)
    if found:
        clauses.append(_drop_attribution(tidy(main)))  # the main clause's own cuts, too
    if not heads and (short := without_subject_relative(text, room.max_words)):
        clauses.append(short)  # "A man who arranged ... has been jailed": "A man has been jailed"
        heads += [short] if room.fits(short) else []
    for clause in clauses:
        reach = _reach(clause, room) + 2
        for boundary in (_CLAUSE_BOUNDARY, _PHRASE_BOUNDARY, PLACE_BOUNDARY):
            if boundary is PLACE_BOUNDARY and (heads or out):
                break  # a place's cut only where nothing else fits, the whole sentence included
            for match in boundary.finditer(clause):
                if match.start() > reach:
                    break  # not an endpos: the boundary's lookahead reads the next word
                head = tidy(clause[: match.start()])
                if (
                    room.fits(head)
                    and (boundary is not PLACE_BOUNDARY or place_cut(clause, match))
                    and may_cut(clause, match)
                    and not leading_only(head)
                    and not lead_alone(head)
                ):
                    heads.append(head)
    for head in heads:
        claim = finish(head)
        head = finish(credited.around(claim))
        if (
            len(head.split()) >= least
            and (claim == head or len(claim.split()) >= _LEAST_CLAIM and has_verb(claim))
            and budget.fits(head)
            and head not in out
        ):
            out.append(head)
    return out
