"""How a headline opens: cold, on a pronoun, a connective or a phrase whose antecedent it
does not carry ("They will seize land ...", "Of those, seven people were admitted", "No
reason was given"), on a page's promise ("Here's what it means"), or in someone's first
person ("I can sit in a café"). ``headline_check`` calls them "cold opening" and "first
person"."""

from __future__ import annotations

import re

from ..dates import CALENDAR
from ..verbs import SAID_THAT, WORD, has_verb, word_set
from .headline_clauses import COLD

_COLD_PHRASE = re.compile(  # a phrase on a pronoun whose antecedent is elsewhere
    r"^(?:Of|Among|Like|Unlike|Besides|Beyond|Despite|After|Before|For|From|With|In|On|At|By"
    r"|Apart from|In addition to)\s(?:those|them|these|this|that|it|him|her|which|whom),"
    r"|^The (?:rest|remainder|others)\s(?:[a-z]+ed|were|was|are|is|will|would|can|could|may|have"
    r"|has|had|went|goes?|face[sd]?|said|say|remains?)\b"  # "The rest stayed in port": of what?
    r"|^(?:So\s)?(?:[Tt]oo|[Nn]or|[Nn]either)\s(?:does|do|did|is|are|was|were|has|have|had)\s"
    r"|^(?:[A-Z][a-z]+ly|Often|Sometimes|Still|Soon|Later|Then|Now)\s(?:he|she|they|it|we)\s"
    r"|^(?:During|After|Before|Since|In|On|At)\s(?:the|a|an|that|those)\s[a-z]+\s(?:he|she|they|we)\s"
    r"|^(?:19|20)\d\d,\s"  # "2011, Agnes Novotny watched ...": a date's year left by a cut
)  # "Too does the seasonal tide of plastic": the comparison's first half cut away
_POINTER_END = re.compile(
    r"^(?:No|None|Nobody|Nothing|Nor)\b.*\b(?:in|by|from|on|under|behind|inside)\s(?:it|them)$"
)  # "No vehicles were caught in it" (not "plans to invest £2m in it", the cinema named)
_PART_OF_THEM = re.compile(
    r"(?:[A-Z][a-z]+|\d+)(?:\s[a-z]+)?\sof\s(?:them\b|(?:those|these)\s(?:are|were|have|had|will)\b)"
)  # not "those treated", "these so-called avatars": who they are follows
# what the sentence before named, said to be missing: "No reason was given", "No names have
# been released by police" (not "No decision was reached at the OPEC meeting": it says which)
_NOTHING_GIVEN = re.compile(
    r"^No (?:[\w-]+ ){0,2}(?:reasons?|explanations?|details?|comments?|dates?|decisions?|motives?"
    r"|causes?|figures?|names?|timelines?|timeframes?) (?:was|were|has been|have been|had been"
    r"|is|are) (?:yet )?(?:given|offered|provided|released|disclosed|announced|set|made|reached"
    r"|available|known)(?: yet)?(?: by (?:police|officials|the \w+))?$"
)
_LEAD_WORDS = 8
"""A leading phrase before a comma this long at most: then the main clause's subject."""
_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "we"))
"""Not "it" ("it was announced"); "this" only before its verb ("this was described by
officials as ...", not "this year's harvest", "those aged 65")."""
_THIS_VERBS = frozenset(("is", "was", "has", "had", "will", "would", "could", "may", "might"))


def _pronoun_after_lead(headline: str) -> bool:
    """Whether the main clause after a short leading phrase opens on a pronoun that no name
    in the phrase gives ("In default of the fine, he will have to serve ..."; not "After
    Smith resigned, he joined ...")."""
    lead, comma, rest = headline.partition(", ")
    words, subject = lead.split(), rest.split()[:2]
    pointer = bool(subject) and (
        subject[0] in _SUBJECT_PRONOUNS
        or subject[0] in ("this", "these", "that")
        and subject[1:] != []
        and subject[1] in _THIS_VERBS
    )
    return (
        bool(comma)
        and len(words) <= _LEAD_WORDS
        and pointer
        and not any(w[:1].isupper() and w.lower().rstrip(".") not in _CALENDAR for w in words[1:])
    )


_CALENDAR = CALENDAR - word_set("april may june august") | word_set(
    "jan feb mar aug sep sept oct nov dec christmas easter day eve new year's year’s"
)
"""Capitals in a leading phrase that name no one a pronoun could point to ("On Saturday, she",
"On Christmas Eve, he"); not months that are also names ("After May lost the vote, she")."""


_TEASER = re.compile(r"(?:here(?:'s|’s| is| are)|this is) (?:what|how|why|where|when|who)\b", re.I)


def cold_opening(headline: str, words: list[str]) -> bool:
    """Whether ``headline`` (its ``verbs.marked_words``) opens on what it does not carry."""
    end = headline.rstrip(" .!?")
    return bool(
        (words[0] in COLD and not headline.lstrip().startswith(("'", '"', "“", "‘")))
        or SAID_THAT.search(headline)  # "said that was a third fewer": what "that" is
        or _TEASER.match(headline)  # "Here's what it means": a page's promise, no claim
        or _COLD_PHRASE.match(headline)  # "Of those, seven people were admitted"
        or _PART_OF_THEM.match(headline)  # "Nineteen of them are women"
        or _POINTER_END.search(end)  # "No vehicles were caught in it": in what?
        or _NOTHING_GIVEN.match(end)
        or _pronoun_after_lead(headline)  # "In default of the fine, he will have to serve ..."
    )


# A headline reports; "I can sit in a café" or "What we want is ..." is someone speaking.
_FIRST_PERSON = word_set("I I'm I've we We we're We're we've We've my My our Our us me")


def first_person(headline: str) -> bool:
    """First person outside quotes; "I" after a capitalized word is a numeral ("Type I")."""
    words = WORD.findall(_QUOTED.sub("", headline))
    return any(
        w in _FIRST_PERSON
        and not (w == "I" and i and words[i - 1][:1].isupper() and words[i - 1] not in _OPENERS)
        for i, w in enumerate(words)
    )


# words that open a clause before its subject: "When I started teaching here in 1981" is the
# speaker's (not "Type I", "World War I")
_OPENERS = frozenset(("When", "If", "As", "Because", "After", "Before", "Since", "While", "Then"))


_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]|(?:^|\s)['‘][^'’]*['’](?=\s|$|[,.;:])")


_PARTICIPLE = (
    r"(?:been|[a-z]+ed|known|taken|given|done|gone|seen|made|won|lost|spent|struck|hit|run"
    r"|begun|fallen|thought|brought|caught|told|sold|held|kept|left|met|paid|sent|set|built"
    r"|found|led|shot|put|cut|broken|beaten|driven|written|chosen|grown|thrown|drawn|torn"
    r"|shown|risen|stolen|spoken|come|become|felt|heard|sat|stood|fought|bought|taught"
    r"|sought|stuck|shut|let|hurt|spread)"
)
# the subject: a name or a noun phrase, no comma, no verb or speaker of its own ("Mr Straw
# says the US had agreed ...", "Tebbe wasn't sure he had hit ..."), no clause before it
# ("After Hazard had scored, ...")
_NOT_SUBJECT = (
    r"(?!(?i:had|has|have|says|said|say|told|tells|admitted|that|who|which|when|after|before"
    r"|as|because|if|while|since|until|once|what|where|how|although|though|he|she|they|it|we"
    r"|i|was|were|is|are|wasn't|weren't|isn't|did|didn't|will|would|could|can|may|might)\b)"
)
_BACKSTORY = re.compile(
    rf"^{_NOT_SUBJECT}[A-Z][\w'’.-]*(?:\s{_NOT_SUBJECT}[\w'’.-]+){{0,5}}\shad\s"
    r"(?:(?:just|already|never|not|long|previously|earlier|once|only|also|twice|still|all"
    rf"|both)\s){{0,2}}{_PARTICIPLE}\b"
)


# the main verb after a subject's clause ("The man police had sought for three weeks was
# arrested on Sunday"), not one inside a clause of its verb's ("... told that the record was")
_LATER_VERB = re.compile(
    r"\b(?:(?:that|which|who|when|because|if|whether)\b|(?P<verb>was|were|is|are|has been"
    r"|have been)\b)"
)


# a lede that sets up a turn: a stretch of the game before it ("For six innings Friday
# night, Louisville's pitchers had ..."), a belief the story overturns ("When Hugh
# Rasmussen sold the last of his sheep in 2012, he thought the Merino was finished"), or
# last time ("A year ago, the Eagle Valley junior was passed on that hill": she won now)
_SET_UP = re.compile(
    r"^For\s(?:(?:the\s)?(?:first\s)?\w+\s)?(?:innings|quarters|periods|halves|half)\b"
    r"(?!.*\b(?:win|won|beat|beats|victory|before|but|until|killing)\b)"
    r"|^(?i:when|back when|for years|for decades|once)\s[^.;]*?,\s(?:he|she|they|we"
    r"|[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s(?:thought|believed|assumed|figured|feared|expected"
    r"|never thought|never imagined|was sure|was convinced)\s(?![^;]*,\s(?:but|and)\s)"
    r"(?:that\s)?(?:the|a|an|his|her|their|its|he|she|it|they|we|[A-Z])"
    r"|^(?i:(?:just\s|only\s)?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)"
    r"\s(?:years?|seasons?|months?|weeks?|decades?)\sago(?:\sthis\s(?:week|month))?|this\stime"
    r"\s(?:a\syear\sago|last\s(?:year|season))|last\s(?:year|season|month|spring|summer|autumn"
    r"|fall|winter)),\s(?![^;]*,\s(?:but|and)\s)(?![^;]*\b(?:said|says|showed|shows|show|reported"
    r"|according)\b)"
)  # not a lede that states its result ("..., and goals from ... gave them a 2-1 win"), nor
# a belief turned in the same sentence ("Daniel Morris feared the worst, but ... was cleared"),
# nor last time's figure reported now ("Last year, a record 2,500 migrants died ..., the UN
# refugee agency said on Tuesday")


def backstory(sentence: str) -> bool:
    """Whether the sentence's main clause is in the past perfect: a feature's scene-setting
    ("Kyle Hollingsworth had missed from 41 yards in the second quarter", "Heidi Kowalczyk
    had been told for two years that ..."), what happened before the news, which blind
    readers judged misleading as a headline about half the time; and a lede that sets up a
    turn (``_SET_UP``). Not a finding reported
    ("The inquiry found the council had failed ...": the subject has a verb of its own)."""
    if _SET_UP.match(sentence):
        return True
    match = _BACKSTORY.match(sentence)
    if not match:
        return False
    subject = sentence[: match.end()].rsplit(" had ", 1)[0]
    later = _LATER_VERB.search(sentence, match.end())
    return not has_verb(subject) and not (later and later.group("verb"))
