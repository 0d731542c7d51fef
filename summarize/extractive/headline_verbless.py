"""Headlines with no verb of their own, though a word may read as one: a noun and its
participle ("The boycott called by ..."), a participle's phrase whose clause was cut away,
a count and its plural ("... four minutes"), a subject before a dash whose verb is the
aside's. ``headline_check`` calls them verbless, or cut off."""

from __future__ import annotations

import re

from ..verbs import AUX, finite, has_verb, marked_words, word_set

# "The boycott called by the Sanjha Adhyapak Morcha": a noun and its participle, no verb
_PARTICIPLE_ONLY = re.compile(
    r"^(?:The|A|An)\s+[\w'’-]+(?:\s[\w'’-]+)?\s+[a-z]+ed\s+by(?:\s(?:the|[A-Z][\w'’&.-]*))+$"
)
# "Trained a few miles from the course at Slaley by permit-holder Alison Tweddle": a
# participle's phrase, the clause it describes cut away (not "Jailed man freed": a noun next)
_PARTICIPLE_OPENING = re.compile(
    r"^([A-Z][a-z]+ed)\s(?=(?:a|an|the|by|in|at|on|from|to|for|with|after|as|into|near)\s)"
)
_NAMES_IN_ED = word_set("ahmed mohammed mohamed hamed javed saeed fareed reed ted ned fred jared")
"""First names that end like a participle ("Ahmed at the double as Egypt reach final")."""


def _participle_phrase(headline: str) -> bool:
    opening = _PARTICIPLE_OPENING.match(headline)
    return (
        bool(opening)
        and opening[1].lower() not in _NAMES_IN_ED
        and not has_verb(headline[opening.end() :])
    )


# a possessive's noun, a count and its plural ending the headline: a noun phrase, not the
# verb its plural may read as ("DONALD Kennedy's hail four minutes", cut before "from time
# settled a derby"); not "... cost the town three thousand jobs", whose verb the rules miss
_COUNT = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    "|hundred|thousand|dozen"
)
_COUNTED_END = re.compile(
    r"(?:['’]s\s[a-z]+|\s(?:from|by|of)\s(?:[a-z]+\s)?(?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+)*)"
    rf"\s(?:{_COUNT})\s[a-z]+s\W*$",
    re.I,
)  # or after a name after "from": "A towering header from skipper Josh Sanders two minutes"


_PLURAL_END = re.compile(r"[sS]\W*$")


# "Five public toilets in the Borders": a count, its noun and its place, no verb (its plural is
# no verb in -s)
_COUNTED_PHRASE = re.compile(
    r"^(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Tt]welve"
    r"|(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)(?:-[a-z]+)?|\d[\d,]*)"
    r"\s(?:[a-z][\w'’-]*\s){0,2}[a-z][\w'’-]*s(?:\s(?:in|at|on|of|from|near|across)"
    r"\s(?:the\s)?(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*|(?:[a-z][\w'’-]*\s){0,3}[a-z][\w'’-]*s))?$"
)


# "Down to their last two outs and trailing by three runs": a leading phrase alone, its
# count's plurals nouns (only there: a subject's "Two days of talks ... begin" has a verb
# these rules cannot see)
_COUNTED_PLURAL = re.compile(
    rf"\b(?:{_COUNT})\s[a-z]{{2,}}s(?=\s(?:and|or|in|on|at|by|with|of|for|from|to|into|after"
    r"|before)\b|\W*$)",
    re.I,
)
_PHRASE_OPENING = re.compile(r"^(?:Down|Up|Trailing|Leading|With|After|Before|In|On|At|By)\s")
# "one of Hanoi's most polluted craft villages": an adjective in -ed after a possessive's or
# an article's "most" (not "Most voted to strike")
_DEGREE_ADJECTIVE = re.compile(
    r"((?:['’]s|\b[Tt]he|\bits|\btheir|\bhis|\bher)\s(?:most|least))\s[a-z]+ed\b"
)
# "Retired headmaster and veteran cricket umpire Cecil Ovid Hinds": an adjective in -ed
# before its noun and a name, the verb cut away (not "Uniformed staff still bow ...")
_ADJECTIVE_OPENING = re.compile(
    r"^[A-Z][a-z]+ed\s(?=(?:(?!(?:in|at|of|on|to|for|from|the|a|an|into|with|by)\s)[a-z]+\s){1,6}"
    r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){1,3}$)"
)  # not "Masked men rob jewellers in Hatton Garden", "United face Arsenal at the Emirates"


# "Of the 118 licensed kilka vessels, says provincial fisheries director": a part of a whole
# alone, or with its credit (no auxiliary: "Of the 30 candidates only three were women")
_PARTITIVE = re.compile(r"^Of (?:the|those|these)\s(?P<phrase>[^,]+)(?:,\s(?:says?|said)\s[^,]+)?$")


def verbless(headline: str) -> bool:
    """Whether no word of ``headline`` is the verb of its clause."""
    plural_end = _PLURAL_END.search(headline) is not None  # the pattern's cheap half
    counted = _COUNTED_END.search(headline) if plural_end else None
    adjective = _ADJECTIVE_OPENING.match(headline)
    return (
        not has_verb(
            _DEGREE_ADJECTIVE.sub(r"\1", headline)
            if "most " in headline or "least " in headline
            else headline
        )
        or adjective is not None
        and not has_verb(headline[adjective.end() :])
        or "," not in headline
        and _PHRASE_OPENING.match(headline) is not None
        and _COUNTED_PLURAL.search(headline) is not None
        and not has_verb(_COUNTED_PLURAL.sub("", headline))
        or counted is not None
        and not has_verb(headline[: counted.start()])
        or bool(_PARTICIPLE_ONLY.match(headline))
        or _participle_phrase(headline)
        or _subject_and_asides(headline)
        or bool(_COUNTED_PHRASE.match(headline))
        or headline.startswith("Of ")
        and (partitive := _PARTITIVE.match(headline)) is not None
        and not AUX & set(marked_words(partitive["phrase"]))
        or _free_relative(headline)
        or _relative_subject_only(headline)
    )


# "A slide that came down across both lanes of U.S. Highway 101": a subject and its relative
# clause, the sentence's verb cut away
_RELATIVE_SUBJECT = re.compile(
    r"(?P<subject>(?:A|An|The)\s(?:[\w'’-]+\s){0,4}?)(?:that|which|who)\s(?P<clause>.+)$"
)


_VERB_BEFORE_THAT = re.compile(
    r"(?:[a-z](?:s|ed)|\b(?:show|suggest|reveal|believe|find|say|claim|think|mean|indicate"
    r"|confirm|know|warn|argue|hope|fear|expect|agree|insist|feel|predict|note|state|report"
    r"|estimate|allege|admit|deny|doubt|assume|conclude))\s$"
)  # "The results show that ...": a verb of reporting before "that"


def _relative_subject_only(headline: str) -> bool:
    """Whether ``headline`` is a subject and its relative clause with one verb, the clause's
    (not "A court ruled that ...": a verb before "that" makes it a complementizer)."""
    if "," in headline or not (
        " that " in headline or " which " in headline or " who " in headline
    ):
        return False  # the pattern only where it can match
    found = _RELATIVE_SUBJECT.match(headline)
    if not found or has_verb(found["subject"]):
        return False
    if _VERB_BEFORE_THAT.search(found["subject"]):
        return False  # "The audit report indicates that ...": the report's verb
    return _finite_count(marked_words(found["clause"]), not_after="both") <= 1  # "both lanes"


# "What they found, says biologist Dr. Anika Brenner": a subject clause, its credit after it
_WHAT_CLAUSE = re.compile(r"What\s([^,]+?)(?:,\s(?:says|said|say)\s[^,]+)?$")


def _free_relative(headline: str) -> bool:
    """Whether ``headline`` is a "what" clause alone, the verb it is the subject of cut away:
    one verb, its own ("What they found"; not "What happened next shocked the town")."""
    found = _WHAT_CLAUSE.match(headline) if headline.startswith("What ") else None
    if not found:
        return False
    return _finite_count(marked_words(found[1])) <= 1


def _finite_count(words: list[str], not_after: str = "") -> int:
    """How many of ``words`` can be a finite verb, each read after the word before it (none
    right after ``not_after``)."""
    befores = [None, *words[:-1]]
    return sum(b != not_after and finite(w, b) for w, b in zip(words, befores, strict=True))


# "The study, coordinated by Elena Tognon, associate professor ..., and carried out": a
# subject and its asides, a participle's among them, the sentence's verb cut away
_BY_PARTICIPLE = re.compile(
    r"(?:[a-z]+ed|led|run|built|made|held|written|known|chosen)\s(?:out\s)?(?:by|between|during"
    r"|over|in|at|from|across)\s"
)  # "coordinated by", "carried out between January 2005 and December 2006"
_AND_PARTICIPLE = re.compile(r"and\s(?:[a-z]+ed|led|run|built|made|held|written)\b")


def _subject_and_asides(headline: str) -> bool:
    if ", " not in headline or not headline.startswith(("The ", "A ", "An ")):
        return False
    subject, first, *more = headline.split(", ")
    return (
        _BY_PARTICIPLE.match(first) is not None
        and not has_verb(subject)
        and all(
            _AND_PARTICIPLE.match(part) or not has_verb(part) and not _opens_on_verb(part)
            for part in more
        )
    )


def _opens_on_verb(part: str) -> bool:
    """ "calls for more strikes", "reopens to visitors": a predicate in the present, which
    ``has_verb`` may read as a plural with no subject before it."""
    first = part.split(" ", 1)[0]
    return first.isalpha() and first.islower() and finite(first, None)


def verbless_before_dash(headline: str) -> bool:
    """ "The fate of Yuganskneftegas - the oil firm sold": an aside opened by a dash was
    cut, so the verb after it belongs to the aside, and the subject before it has none; a
    clause after a semicolon cut before its verb ("...; incumbent Shimon Biton")."""
    parts = re.split(r"\s[-–—]\s", headline)
    if len(parts) == 2 and not has_verb(parts[0]):
        return True
    last = headline.rsplit(";", 1)  # "...; incumbent Shimon Biton": a clause without its verb
    return len(last) == 2 and len(last[1].split()) <= 5 and not has_verb(last[1])
