"""Is a compressed headline a readable clause, or a cut-off / verbless fragment?

Rules, not a tagger (``verbs`` says why): a headline is short and news English is regular,
so a few rules catch the failures a reader calls nonsense (issue 11):

- **cut off**: it ends on a word that cannot end a clause ("... is not", "... in an
  attempt", "... are likely", "... was known", "... admitted", "... told the trial"), on a
  verb that needs a place ("... put tax cuts"), or on a conjunction's subject with no verb
  ("... but cinema-goers");
- **verbless**: no finite verb (``verbs.has_verb``: "The UK's biggest brewer, S&N");
- **cold opening**: it starts with a pronoun or connective whose antecedent the headline
  does not carry ("They will seize land ...", "Then went on ...").

Measured on a labelled set kept in tests (tests/summarize/data/headline_labels.jsonl):
``bench/bench_extractive.py --check-labels`` prints its confusion table.
"""

from __future__ import annotations

import re

from ..credit import CREDIT_VERBS
from ..dates import WEEKDAY_WORDS
from ..verbs import (
    AUX,
    DETERMINERS,
    PREPOSITIONS,
    any_finite,
    has_verb,
    marked_words,
    word_set,
)
from .headline_asides import aside_left_open
from .headline_claim import claim_of
from .headline_clauses import COLD, PRONOUNS, subject_left_open, that_clause_left
from .headline_opening import cold_opening, first_person
from .headline_verbless import verbless, verbless_before_dash

_CONJUNCTIONS = word_set(
    "and or but nor yet so because while whereas although though if unless whether that "
    "which who whom whose where when"
)
# Words after which a clause cannot stop: they need what follows them.
_NEEDS_MORE = (
    DETERMINERS
    | PREPOSITIONS
    | _CONJUNCTIONS
    | AUX
    | word_set(
        """not also very more most less such being likely unlikely able unable due expected
        set poised about going trying keen ready known regarded considered described
        seen thought believed worth admitted said says told claimed insisted revealed
        announced confirmed denied suggested argued warned reported stated added urged
        goes went step steps stepped probably possibly perhaps certainly definitely
        almost nearly quite rather really reacted responded
        called named including whose putting making poses pose reveal reveals include
        includes bring brings aimed mainly largely partly chiefly especially particularly
        primarily notably mostly compared"""
    )
)
# Nouns that need a complement when they end the headline ("in an attempt [to ...]").
_NEEDS_COMPLEMENT = re.compile(
    r"\b(?:in an? (?:attempt|bid|effort|move|order)|its decision|'s decision|’s decision"
    r"|the decision|the ability|the way|the fact|in order|with news|the place"
    r"|one of the (?:main|leading|most common|biggest|key|chief) (?:reasons|causes)"  # "[for ...]"
    r"|(?<!never)(?<!finally)(?<!eventually)(?<!soon)(?<!then) (?:came|comes)"  # "came [from ...]"
    r"|it (?:easier|harder|possible|impossible|difficult|clear)"  # "made it easier [for ...]"
    r"|as (?:far|much|many|long|soon|good|bad|big|high|low|close)(?: \w+(?:ed|ing))?"  # as..as
    r"|(?:seconds|minutes|hours|days|weeks|months|years|moments) away"  # "was weeks away [from]"
    r"|(?:renewed|growing) calls"  # "have prompted renewed calls [for ...]"
    r"|\d[\d.,]*-(?:million|billion|year|month|week|day|hour|foot|metre|meter|mile|acre|storey"
    r"|seat|bed|point|page)"  # "opened a $4.2-million [theatre]": the adjective's noun cut away
    r"|\s(?:--|—|–)|^The [a-z]+ (?:were|was) made)$",  # "more voters --", "The finds were made"
    re.I,
)
# "a chase that ended" (not "that followed"); "a seminar titled '...' held": a participle
# after a title, where and when cut away ("Blood donation camp organised" is a headline).
_LEFT_AFTER_THAT = ("ended", "resulted", "led", "included", "involved", "caused")
_LEFT_AFTER_TITLE = ("held", "hosted", "staged", "organised", "organized")
_CLAUSE_LEFT = re.compile(
    rf"(?:\b(?:that|which) (?:{'|'.join(_LEFT_AFTER_THAT)})"
    rf"|[\"”’] (?:{'|'.join(_LEFT_AFTER_TITLE)}))$",  # after a title's closing quote only
    re.I,
)
_CLAUSE_LEFT_ENDS = _LEFT_AFTER_THAT + _LEFT_AFTER_TITLE
_TOLD = word_set("told tells tell telling claimed insisted believes suggests argued")
_TOLD_CONTENT = word_set("story stories tale tales truth lies joke jokes")
"""What is told when it is the object: no listener whose words are missing."""
_GATHERINGS = word_set("""gathering meeting group crowd audience conference session panel
    delegation assembly rally congregation committee board number team delegates members""")
"""Nouns whose "of" says who is in them, not what they were told."""
_SUBJECT_AND_VERB = word_set(
    "he's she's it's they're we're i'm he’s she’s it’s they’re we’re i’m he'd she'd they'd we'd"
)
"""A told clause's subject and verb in one word ("told Labour supporters he's back")."""
# Plurals that are never verbs, before a final particle ("four incidents in").
_PLAIN_PLURAL = re.compile(r"(?:ents|ions|ers|ors|ities|ances|ences|ships|ists)$")
_BE = word_set("is are was were be been")
_SAYING = word_set("said says say believe believed thinks think thought warned warns")
# "Hart labelled Buffon": the label verb's second object ("a legend") cut away
_LABEL_VERBS = ("labelled", "labeled", "branded", "dubbed")
_LABELLED_NAME = re.compile(
    r"(?<!\bbeen )(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbe )"  # passive: complete
    rf"\b(?:{'|'.join(_LABEL_VERBS)})(?: [A-Z][\w'’-]{{0,30}}){{1,3}}$"
)
# "agreed to a four-year": a number's compound left without the noun it qualified
_COMPOUND_LEFT = re.compile(
    r"\b(?:a|an|the)\s+(?:\$?\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|twenty|thirty|forty|fifty|hundred)(?:-[a-z]+)*-(?:year|month|week|day|hour"
    r"|minute|mile|kilometre|metre|meter|point|game|match|seat|round|run|shot|time|inch|foot"
    r"|storey|bedroom|man|member|nation|team|page|part|hole|lap|stage|goal|vote)$",
    re.I,
)
# "... forced Smith": a verb that needs more than its object ("to resign", "out of ...")
_OBJECT_LEFT = re.compile(
    r"\b(?:prevents?|prevented|forces?|forced|persuades?|persuaded|directed|urged"
    r"|requested|compelled|authori[sz]ed|permitted)"
    r"(?: (?:[A-Z][\w'’-]+|him|her|them|us)){1,2}$"
    # "directed the state government [not to issue ...]": an office told to do what was cut
    r"|\b(?:directed|urged|requested|compelled|authori[sz]ed|permitted|ordered|asked)"
    r" the(?: [\w'’-]+){0,2} (?:government|council|ministry|department|authorities|police"
    r"|board|commission|agency|company|firm|bank|officials|director|minister|state)$"
)
# "The Las Vegas 51s spent most of Friday night": where or doing what was cut away
_SPENT_LEFT = re.compile(
    r"\bspen(?:t|d|ds|ding) (?:most|much|part|all) of(?: (?:the|a|an|last|[A-Z][a-z]+day))*"
    r" (?:night|day|week|month|year|season|summer|winter|morning|afternoon|evening|weekend)$"
)
# "... could allow attackers": what the modal's verb lets its object do was cut away
_MODAL_ALLOW_LEFT = re.compile(
    r"\b(?:could|would|may|might|will|can)\s+(?:allow|let|enable)\s+\S+$", re.I
)
# "arrested two men in connection": a complex preposition (English grammar's closed class)
# without the "with", "to" or "of" that takes its object; not one that can end a phrase
# ("24% in favour", "walked out in protest", "nothing in return")
_PREPOSITION_LEFT = re.compile(
    r"\b(?:in (?:connection|response|relation|addition|reference|respect|spite|breach|lieu"
    r"|accordance)|as (?:part|a result)|on behalf|by (?:way|means)|with (?:regard|respect)"
    r"|because|according|owing|(?:make|makes|made|making|pave|paves|paved|paving)(?: the)? way"
    r"|(?:said|says|say|believed|believes) (?:was|were|is|are) responsible)$",
    # "leave their homes to make way", "a gang it said was responsible" (not "the driver was
    # not responsible": a reduced relative clause whose complement was cut away)
    re.I,
)
# an aside opened after an auxiliary and never closed: the verb it holds back was cut away
# ("Wasa had, through a notification dated January 14")
_AUXILIARY_ASIDE_LEFT = re.compile(
    r"\b[A-Z][\w'’-]*\s(?:has|have|had),\s(?:through|after|in|on|at|by|for|with|under|despite"
    r"|however|since|over|within|following|during)\s(?:[^,]|,\s(?=\d{4}\b))+$"
)  # a name's "has", not a pronoun's ("everything she had, including her home")
# a list's last items before the clause it ended ("Kidney function, ejection fraction and
# other factors, the intervention was ..."): a leading phrase cut inside its list
_LIST_BEFORE_CLAUSE = re.compile(r"^[^,]{1,40},\s[^,]{1,40}\sand\s[^,]{1,40},\s(?:the|a|an)\s")
_LEFT_OPEN = (
    (_COMPOUND_LEFT, ("-",)),
    (
        _OBJECT_LEFT,
        word_set("prevent force persuade directed urged requested compelled")
        | word_set("authorised authorized permitted ordered asked"),
    ),
    (_SPENT_LEFT, ("spen",)),
    (_MODAL_ALLOW_LEFT, ("allow", "let", "enable")),
    (
        _PREPOSITION_LEFT,
        word_set(
            """connection response relation addition reference respect spite breach lieu
            accordance part result behalf way means regard because according owing responsible"""
        ),
    ),
    (_AUXILIARY_ASIDE_LEFT, ("has,", "have,", "had,")),
)
"""Ends whose complement was cut away, each with the words one of its matches must hold
(lower case): the pattern is tried only where one is (a search tried at every character
was a tenth of the time a headline's check takes)."""
# "forcing thousands of commuters, school vans": a list cut before its last item; not an
# attribution (", officials said") or a phrase that ends a clause (", beating forecasts")
_LIST_LEFT = re.compile(
    r"\b[a-z][\w'’-]*s, (?:[a-z][\w'’-]*(?<!s)(?<!ing)(?<!ed)\s(?:[a-z][\w'’-]*\s)?)?"
    r"[a-z][\w'’-]*s$"
)  # not a verb or participle after the comma: "posts record profits, raises dividends"
# "If you are a geek or gadget fan": a condition or a reason alone, its claim cut away
_SUBORDINATE_ONLY = re.compile(
    r"^(?:If|Unless|Once|Although|Though|Because|Whether|Until"
    # a time clause after its measure, its subject a pronoun: "Two years after it was launched
    # to great fanfare" (not "Days after the floods receded residents returned": no comma)
    r"|(?:(?:Just|Only|Some|About|Nearly|Almost|More than|Less than)\s)?(?:(?:A|An|One|Two"
    r"|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+|A few|Several|Many)\s)?(?:minutes?|hours?"
    r"|days?|weeks?|months?|years?|decades?)\s(?:after|before|since)\s(?=(?:it|he|she|they|we)\s)"
    r"|(?:Shortly|Soon|Moments|Hours|Days|Weeks|Months|Years)\s(?:after|before)\s"
    r"(?=(?:it|he|she|they|we)\s))[^,;:]*$"
)
# "two new domain names, aimed" (not "A factory in Angoche, on the coast, reopened")
_PARTICIPLE_LEFT = re.compile(
    r"^(?!.*,[^,]+,\s(?:died|reopened|opened|closed|resigned|retired|collapsed)$)"
    r".*,\s+[a-z]+(?:ed|ing)$"
)
# "it doesn't merely live up to its promise": the claim is in the "but" cut away
_NOT_ONLY = re.compile(
    r"(?:\bnot|n't|\bnever)\s(?:only|merely)\s(?!(?:a|an|the|about|for|in|on|at|to)\b)", re.I
)
_BUT = re.compile(r"\b(?:but|also)\b", re.I)
# Verbs whose "that" opens a clause ("ruled that former FBI man Jeffrey Royer" is cut off).
_THAT_VERBS = _SAYING | word_set(  # not "claims", "fears", "rules": nouns as often
    "ruled found argued argues claimed insisted insists admitted admits denied denies "
    "confirmed confirms revealed reveals announced announces suggested suggests showed "
    "agreed decided concluded feared hoped"
)
# A final particle ends a phrasal verb ("step in", "are over"), unless it hangs off "worth".
_PARTICLES = word_set("in on up down out off over back")
_PLACE_VERBS = word_set("put puts putting placed")  # "put X" needs where
MIN_HEADLINE_WORDS = 3
"""Fewer words ("The", "Breaking", a venue: "Sixways") is a label, not a headline."""


def problems(headline: str) -> list[str]:
    """Why ``headline`` is not a readable clause: "too short", "cut off", "verbless", "cold
    opening", "question", "first person"; empty when it reads as a headline."""
    if len(headline.split()) < MIN_HEADLINE_WORDS:
        return ["too short"]
    claim = claim_of(headline)
    if len(claim.split()) < 2:
        return ["verbless"]  # "Adults, according to a University of Alabama study ..."
    found = _problems(claim)
    if claim != headline and claim[:1].islower() and marked_words(headline)[0] not in COLD:
        found = [p for p in found if p != "cold opening"]  # "Osbourne says his family ..."
    return found


def _problems(headline: str) -> list[str]:
    words = marked_words(headline)
    if not words:
        return ["verbless"]
    found = []
    question = headline.rstrip().endswith("?")
    end = headline.rstrip(" .!?")
    if cold_opening(headline, words):
        found.append("cold opening")
    if _LIST_BEFORE_CLAUSE.match(headline) and not COLD.intersection(words[:1]):
        found.append("cut off")  # not "He ate, slept and worked, the ...": a pronoun's verbs
    if words[0] in AUX and not question and not has_verb(" ".join(headline.split()[1:])):
        found.append("cut off")  # "Is a long way off" (not "Will Smith wins ..."): no subject
    if question:
        found.append("question")
    if first_person(headline):
        found.append("first person")
    last = words[-1]
    particle = (
        last in _PARTICLES
        and len(words) > 1
        and words[-2] != "worth"
        and not _PLAIN_PLURAL.search(words[-2])  # "four incidents in": a preposition
        and not (len(words) > 2 and (words[-3][:1].isdigit() or words[-3] in DETERMINERS))
    )  # "from 36 sites in", "the talks in": a noun's preposition, its object cut away
    if (
        last in _NEEDS_MORE
        and not particle
        or _NEEDS_COMPLEMENT.search(end)
        or end.lower().endswith(_CLAUSE_LEFT_ENDS)
        and bool(_CLAUSE_LEFT.search(end))
        or _told_without_clause(words)
        or (_PLACE_VERBS & set(words) and _place_left(headline))
        or _conjunct_without_verb(words)
        or verbless_before_dash(headline)
        or _clause_without_verb(words)
        or _owes_but(headline)
        or bool(_PARTICIPLE_LEFT.search(headline))
        or bool(_SUBORDINATE_ONLY.match(headline))
        or _list_left(end, last)
        or that_clause_left(headline)
        or aside_left_open(headline)
        or _left_open(end)
        or _labelled_name(headline)
    ):
        found.append("cut off")
    if verbless(headline) or subject_left_open(headline):
        found.append("verbless")
    return found


_PLACE_VERB = re.compile(rf"\b(?:{'|'.join(sorted(_PLACE_VERBS))})\b", re.I)


def _place_left(headline: str) -> bool:
    """Whether "put X" has no where: no preposition in its object's words, nor opening a
    phrase after its commas ("put the Spanish TP52 Aurea XXI, helmed by Javier Echarri of
    Bilbao": the aside's "by" is not where; "put him, reluctantly, in charge" has one)."""
    verb = _PLACE_VERB.search(headline)
    if not verb:
        return False
    first, *others = headline[verb.end() :].split(",")
    if PREPOSITIONS.intersection(w.lower() for w in first.split()):
        return False
    return not any(part.split()[:1] and part.split()[0].lower() in PREPOSITIONS for part in others)


def _left_open(end: str) -> bool:
    lower = end.lower()
    return any(
        any(word in lower for word in words) and pattern.search(end)
        for pattern, words in _LEFT_OPEN
    )


def _labelled_name(headline: str) -> bool:
    return any(w in headline for w in _LABEL_VERBS) and bool(_LABELLED_NAME.search(headline))


def _list_left(end: str, last: str) -> bool:
    """A list cut before its last item, not an attribution's verb ("..., operator says")."""
    return bool(_LIST_LEFT.search(end)) and last not in CREDIT_VERBS


def readable(headline: str) -> bool:
    """True when the headline has none of ``problems``."""
    return not problems(headline)


def _after(words: list[str], anchors: frozenset[str]) -> list[str]:
    for i, w in enumerate(words):
        if w in anchors:
            return words[i + 1 :]
    return []


def _told_without_clause(words: list[str]) -> bool:
    """ "X told the trial" / "X told investors": telling with no content said."""
    rest = _after(words, _TOLD)
    if not rest:
        return False  # "..., research suggests" is attribution; a final "told" is _NEEDS_MORE
    listener = 1 if rest[0] in DETERMINERS else 0  # "the court", "a packed meeting": its noun
    return (
        not any(w in ("that", "to", "about") or w in AUX for w in rest)
        and not _told_of(rest)  # "told (the court) of her terror"
        and rest[listener] not in _TOLD_CONTENT  # "told the story of his escape"
        and not _SUBJECT_AND_VERB.intersection(rest)  # "told supporters he's back"
        and not any_finite(rest[1:], rest[0])
    )


def _told_of(rest: list[str]) -> bool:
    """Whether "of" says what was told: right after "told" or its listener, not after a
    gathering's noun ("told the gathering of principals", "told a meeting of residents")."""
    return any(
        w == "of" and (i == 0 or rest[i - 1] not in _GATHERINGS) for i, w in enumerate(rest[:4])
    )


def _owes_but(headline: str) -> bool:
    """ "it doesn't merely live up to its promise": the "but ..." that completes it was cut."""
    lower = headline.lower()
    if "only" not in lower and "merely" not in lower:
        return False  # what _NOT_ONLY needs, looked for first: a search is slower
    match = _NOT_ONLY.search(headline)
    return bool(match) and not _BUT.search(headline, match.end())


def _clause_without_verb(words: list[str]) -> bool:
    """ "The theory is that talking to the public": a "that" clause after "to be" or a
    verb of saying or finding whose own verb was cut away."""
    for i, w in enumerate(words[1:], 1):
        verb = _that_verb(words, i) if w == "that" else None
        if verb:
            rest = words[i + 1 :]  # a subject pronoun's verb follows it: "that they plan to"
            if not rest or rest[0] in PRONOUNS or any_finite(rest, None):
                return False
            # after "found", "ruled" ...: only a name left, since a plain verb ("that most
            # teenagers prefer texting") is one the finite-verb test cannot see
            short = len(rest) <= 3 and rest[0] in DETERMINERS  # "confirmed that the rock"
            return verb in _BE | _TOLD | _SAYING or rest[-1].startswith("^") or short
    return False


def _that_verb(words: list[str], at: int) -> str | None:
    """The verb whose "that" is at ``at``: right before it, or before a place or time
    between them ("ruled in the Durban Commercial Crimes Court that ...")."""
    if words[at - 1] in _BE | _TOLD | _THAT_VERBS:
        return words[at - 1]
    for j in range(at - 2, max(at - 8, 0), -1):
        if words[j] in _TOLD | _THAT_VERBS:
            between = words[j + 1 : at]
            timed = between[0] in _TIME_OPENERS or between[0].lstrip("^") in WEEKDAY_WORDS
            if (between[0] in PREPOSITIONS or timed) and not any_finite(between, words[j]):
                return words[j]
            return None
    return None


_TIME_OPENERS = word_set("last this next yesterday today earlier")


def _conjunct_without_verb(words: list[str]) -> bool:
    """ "... but cinema-goers": a clause joined by but/while/because/although whose
    verb was cut away."""
    for i, w in enumerate(words):
        if w in ("but", "while", "because", "although", "whereas", "though") and i:
            rest = words[i + 1 :]
            if 0 < len(rest) <= 3 and not any_finite(rest, w):
                return True
    return False
