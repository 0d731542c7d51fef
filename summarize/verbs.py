"""Can a word be the finite verb of a clause? The rules ``headline_check`` and the
coherence rules use to tell a clause from a fragment.

Why rules and not a tagger: NLTK's tagger data is a download this project cannot make, and
PyPI carries spaCy's models only as unofficial re-uploads. Candidates for a finite verb are
auxiliaries, common irregular past forms, ``-ed`` words and ``-s`` words not shaped like
plural nouns ("investors", "recordings"), read after the word before them (after a
determiner or a preposition a word is a noun or an adjective).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .dates import CALENDAR


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*|\d[\d,.%]*")
AUX = word_set(
    """is are was were be been am has have had will would can could may might must shall
    should do does did won't can't isn't aren't wasn't weren't hasn't haven't didn't doesn't
    don't"""
)
_IRREGULAR = word_set(
    """won lost made held sold paid bought told led left kept met found struck said spent
    sent built brought caught fought shut quit let bid hit cut put set took gave came went
    became began broke chose drew drove fell felt flew forgot got grew hung heard hid knew
    laid lent lit meant ran rang rose saw sought shook shot sang sank sat slept slid spoke
    stood stole stuck swore swept swam taught thought threw tore understood woke wore wove
    wrote beat bore dealt dug fled fed forbade forgave froze ground overtook overcame
    oversaw rebuilt withdrew upheld undertook sped split spread sprang stank strode strove
    wound ate"""
)
# -s words shaped like plural nouns (agents, abstracts, gerunds), not verbs.
_NOUN_PLURAL = re.compile(
    r"(?:ers|ors|ists|ians|ions|ments|ities|nesses|ships|ings|ics|ants|ents|ees|ages|"
    r"ures|ades|ites|ates|ives|ances|ences|hoods|isms|sses|ess|ss|us|is|'s|’s)$"
    r"|^(?:to|after|back|for|up|down|on)wards$|^(?:always|perhaps|whereas|sometimes|besides)$"
)  # and adverbs in -s: "a strong wind blowing towards the road end"
_NOT_VERB_ED = word_set("red bed shed need seed speed feed deed hundred bred")


DETERMINERS = word_set(
    "the a an this that these those its his her their our my your some any no every each"
)
QUANTIFIERS = word_set("few many several")
"""Before a noun ("a few miles"), or the subject of an auxiliary ("Several were hurt")."""
PREPOSITIONS = word_set(
    """of in on at to for from with by about into onto over under after before since until
    during against among between through without within across behind beyond despite amid
    than as via per like upon towards toward"""
)
_TO_HEADS = word_set("set due likely expected poised about going plans plan bid")


def marked_words(text: str) -> list[str]:
    """Lower-cased words; a capitalized word past the first is a name ("Americans",
    "Newcastle"), marked with a leading "^" so no rule takes it for a verb."""
    return list(_marked_words(text))


@lru_cache(maxsize=4096)
def _marked_words(text: str) -> tuple[str, ...]:
    """The headline rules read the same heads many times over (each cut, each check); the
    cache is bounded and holds a few dozen articles' heads, so a pass over many articles
    does not find the last pass's."""
    out: list[str] = []
    for i, w in enumerate(WORD.findall(text)):
        bare = w.strip(".'’").lower() or w
        if (
            w.rstrip(".").endswith(("s'", "s’"))
            and out
            and out[-1] in _BEFORE_NOUN
            and not _OPENING_SINGLE.search(text)  # "'God games' in which ...": a quote's end
        ):
            bare += "'"  # "from members' accounts": a plural's possessive, then its noun
        out.append(("^" if i and w[:1].isupper() else "") + bare)
    return tuple(out)


_OPENING_SINGLE = re.compile(r"(?:^|\s)['‘]\w")
_BEFORE_NOUN = DETERMINERS | PREPOSITIONS


def finite(word: str, before: str | None, before_to: str | None = None) -> bool:
    """Whether ``word`` can be a finite verb (or a headline's past participle), given the
    word before it: after a determiner or preposition it is a noun or adjective."""
    if before in DETERMINERS or before in PREPOSITIONS and before != "to":
        return False
    if before and before.endswith(("'s", "’s")) and word not in AUX:
        return False  # "WMC's interests" is a noun
    if before and before.endswith("s'"):
        return False  # "from members' accounts" is a noun
    if word in AUX or word in _IRREGULAR:
        return True
    if before in QUANTIFIERS:
        return False  # "a few miles", "over the next few months"
    if word.startswith("^"):
        return False
    if len(word) > 3 and word.endswith("ed") and "-" not in word and word not in _NOT_VERB_ED:
        return True
    if before == "to" and len(word) > 2 and word.isalpha():
        return before_to in AUX | _TO_HEADS  # "is to invest", "set to double"
    return (
        len(word) > 3
        and word.endswith("s")
        and not _NOUN_PLURAL.search(word)
        and not (before and before[-1:].isdigit())  # "the first batch of 12 turbines"
    )


# A plural noun before "that" makes it a relative pronoun ("letters that once lit"), not a
# determiner ("adopting that title") or a complementizer ("said that").
_PLURAL_BEFORE = re.compile(r"(?:[^s]s|us)$")
_NOT_PLURAL = word_set("is was has does this his its as us thus yes")


_BOUNDARY = re.compile(r"[,;:(]|\s[-–—]\s")
RELATIVE = word_set("which who whom whose where")


_NONFINITE_BE = word_set("be been being")
_WHAT = word_set("what whatever")
_NOUN_AFTER = word_set("to of in for at from on")


THAT_SUBJECT_VERBS = "is|was|would|will|could|has|means|meant"
"""What follows "that" when it is a subject ("said that was more than the town could bear");
not "had", "were" or "should", which open a condition ("said that had an ambulance come")."""
SAID_THAT = re.compile(rf"\b(?:said|says|say|added|adds)\s+that\s+(?:{THAT_SUBJECT_VERBS})\b")
_VERBS_IN_S = word_set("says adds warns insists claims admits believes thinks")
"""Verbs in -s a plural-noun rule must not take for a noun ("Cuts needed, says Smith")."""
# Participles that open a modifier: "a national body designed to tackle ..."
_MODIFIER_PARTICIPLES = word_set("designed intended aimed meant used needed based")


@lru_cache(maxsize=4096)  # the headline check asks of the same cuts again (bounded)
def has_verb(text: str) -> bool:
    """True when some word of ``text`` can be the finite verb of its main clause: verbs in
    a relative clause ("... in which players must control ...") or a participle opening a
    modifier (", backed by", "designed to") do not count, nor the nouns of a subject such
    as "Sales of hybrid cars" or "Plans to create ..."."""
    # Whether the text opens with a participle's phrase ("Starting next August, classes at
    # ..."): only then is the next segment's first word in -s its subject. After "After a
    # defeat, hopes of a title fade", "hopes" stays the verb these rules can see.
    opening = False
    segments = _segments(text)
    for index, words in enumerate(segments):
        first = words[0] if words else "^"
        if index == 0:
            opening = first.endswith("ing") and first[0] != "^"
        if index and first.endswith("ing") and not first.endswith("thing") and first[0] != "^":
            continue  # ", touring South East Asian countries": a participle's phrase
        if index == 1 and (first.endswith("ed") or first in _IRREGULAR) and first[0] != "^":
            continue  # "The deal, struck at the European Council": a participle's phrase
        relative = noun_to = in_subject = aux_verb = modifier = False
        inner = 0
        reduced = _noun_phrase_only(words, index, segments)
        skipped = what = False  # a participle after its noun passed over; a "what" clause
        for i, w in enumerate(words):
            before = words[i - 1] if i else None
            after = words[i + 1] if i + 1 < len(words) else None
            if (
                reduced
                and i > 1
                and (
                    w in DETERMINERS
                    and before not in PREPOSITIONS  # "In a statement the company announced on"
                    or w in SUBJECT_PRONOUNS  # "In his speech he called for unity"
                    or w == "and"
                    and not skipped  # "The mayor, a priest and residents gathered at"
                )
            ):
                reduced = False
            if (
                reduced
                and after in PREPOSITIONS
                and (skipped or index or _right_after_its_noun(words, i))
                and _reduced_relative(w, before)
            ):
                skipped = True
                continue  # "a letter addressed to ... and copied to", "a box housed in"
            if modifier and w.endswith("s") and w not in AUX:
                continue  # "the proposed changes", "its publicly owned ports": the noun
            # only where the noun phrase ends the segment: a verb after it may be a bare
            # present these rules cannot see ("The newly elected councillors take office")
            modifier = (
                (after is None or i + 2 == len(words) and after not in AUX)
                and (i == 1 or i == 2 and (before or "").endswith("ly"))
                and w not in _NOT_VERB_ED
                and _noun_modifier(w, before, words[i - 2] if i > 1 else None)
            )
            if modifier:
                continue
            if w in RELATIVE and (i == 0 or before in PREPOSITIONS):
                relative = True  # ", which brings ..." / "in which players must ..."
            if relative or w in _NONFINITE_BE or before in _NONFINITE_BE:
                continue
            if i and (
                w in RELATIVE
                or w in _WHAT
                and before in PREPOSITIONS  # "an inquiry into what caused the fire | is ..."
                or w == "that"
                and (
                    _PLURAL_BEFORE.search(before or "")
                    and before not in _NOT_PLURAL
                    or (before or "").startswith("^")  # "the municipality of Forest that has"
                )
            ):
                inner = 2  # "the letters that once lit ...": a verb in its next two words
                # is the relative clause's ("who use ... can be": only if seen); after a
                # "what" clause, a word in -s is its object's noun ("what had looked like one
                # of the better wheat crops"), the main verb an auxiliary or a past
                what = what or w in _WHAT
                continue
            if aux_verb:
                aux_verb = False
                continue  # the verb after the relative clause's auxiliary
            if (
                inner
                and not (w in AUX and inner == 1)  # "workers who strike | will lose pay"
                and finite(w, before, words[i - 2] if i > 1 else None)
            ):
                inner, aux_verb = 0, w in AUX
                continue
            inner = max(inner - 1, 0)
            if w.endswith("ed") and (
                i == 0
                and index > 0
                and after == "by"
                or w in _MODIFIER_PARTICIPLES
                and after == "to"
            ):
                continue
            if (
                i == 0
                and (index == 0 or index == 1 and opening)
                and after in _NOUN_AFTER
                and w.endswith("s")
                and w not in _VERBS_IN_S
            ):
                # "Plans to create ...", "Sales of cars": nouns; so is a subject after an
                # opening phrase ("Starting next August, classes at the ...")
                noun_to = after == "to"
                in_subject = True
                continue
            if noun_to and before == "to" or in_subject and w.endswith("s"):
                continue
            if (
                w.endswith("s")
                and w not in AUX
                and before
                and (before[:1].isdigit() or before == "year")
            ):
                continue  # "100 firms", "10-11 year olds" are nouns
            if w.endswith("s") and i > 1 and words[i - 2] == "to":
                continue  # "to tackle skills ..." is an object
            if what and w.endswith("s") and w not in AUX:
                continue
            if (
                w.endswith("s")
                and i > 2
                and words[0] in _PLACE_OPENERS  # not "As demand for water grows, ..."
                and words[i - 2] in PREPOSITIONS
                and (before or "").isalpha()
                and before not in AUX
            ):
                continue  # "After months of tussle between street vendors and ...": a noun
            if before == "to" and _noun_before_to(words, i - 2):
                continue  # "A €2.6 million plan to remove ...": the plan is a noun
            if finite(w, before, words[i - 2] if i > 1 else None):
                return True
    return False


def _noun_before_to(words: list[str], at: int) -> bool:
    """Whether ``words[at]``, a plan or a bid before "to", is a noun: right after a
    determiner, a possessive or a sum ("Its plans to ...", "the council's plan to ...", "A
    €2.6 million plan to ..."), or one word after "a" ("A new plan to ..."); not a verb after
    its subject ("Council plans to close school", "The Smith family plan to appeal")."""
    if at < 1 or words[at] not in ("plan", "bid", "plans", "bids"):
        return False
    before = words[at - 1]
    return (
        before in DETERMINERS
        or before.endswith(("'s", "’s"))
        or before in ("million", "billion", "bn", "m")
        or before[:1].isdigit()
        or words[at] in ("plan", "bid")
        and at > 1
        and words[at - 2] in ("a", "an")
    )


_NP_OPENERS = word_set("the a an its his her their our my your")  # not "This sparked protests"


def _opens_noun_phrase(word: str | None) -> bool:
    return word is not None and (word in _NP_OPENERS or word.endswith(("'s", "’s")))


def _noun_modifier(word: str, before: str | None, before_that: str | None) -> bool:
    """Whether ``word`` is a participle modifying a noun: in "-ed" after an article or a
    possessive ("the proposed changes"), or after an adverb that follows one ("Mozambique's
    publicly owned ports")."""
    if not word.endswith("ed") or word.startswith("^") or "-" in word or word in AUX:
        return False
    return _opens_noun_phrase(before) or (
        before is not None and before.endswith("ly") and _opens_noun_phrase(before_that)
    )


SUBJECT_PRONOUNS = word_set("he she they we it i you")
_PLACE_OPENERS = PREPOSITIONS - word_set("as until since than before")
"""Prepositions that open a phrase, not a clause ("As talks stall, ...", "Before school
reopens, ...")."""
_ADJECTIVE_END = ("al", "ic", "ous", "ive", "ful", "ary", "ent", "ant", "ian", "ish", "ed", "ing")


def _right_after_its_noun(words: list[str], i: int) -> bool:
    """Whether word ``i`` follows the opening preposition's noun ("In a letter addressed",
    "In a joint statement issued"), not a second noun that is a subject ("At the inquest
    doctors testified", "In the afternoon protesters marched")."""
    return i == 3 or i == 4 and words[2].endswith(_ADJECTIVE_END)


_PARTICIPLES_IRREGULAR = word_set("held made built found sent brought kept paid sold set led run")


def _noun_phrase_only(words: list[str], index: int, segments: list[list[str]]) -> bool:
    """Whether segment ``index`` is a noun phrase that cannot hold the clause's verb: the
    object of an opening preposition ("In a letter addressed to ...") or an appositive after
    a subject ("The device, a small spectrometer housed in ..."), where a participle before
    a preposition is a reduced relative clause, not the verb."""
    if len(words) < 3:
        return False
    if index == 0:
        return words[0] in PREPOSITIONS and words[1] in _NP_OPENERS
    first = segments[0]
    return (
        index == 1
        and words[0] in ("a", "an")  # not "The mayor, the police chief and residents gathered"
        and bool(first)
        and (first[0] in _NP_OPENERS or len(first) > 1 and all(w[0] == "^" for w in first[1:]))
        and first[0] not in PREPOSITIONS
        and first[-1] not in PREPOSITIONS  # "The game over, the fans streamed ..."
        and not _TIME_WORDS.intersection(w.lstrip("^") for w in first)
    )


_TIME_WORDS = CALENDAR | word_set(
    """day days week weeks month months year years time morning evening night last this next
    yesterday today earlier later"""
)


def _reduced_relative(word: str, before: str | None) -> bool:
    """Whether ``word`` is a participle after its noun ("a letter addressed"), or after "and"
    joining a second one ("... and copied")."""
    if not (word.endswith("ed") and len(word) > 3 or word in _PARTICIPLES_IRREGULAR):
        return False
    if word.startswith("^") or word in _NOT_VERB_ED or before is None:
        return False
    return before == "and" or (
        before[0].isalpha()
        and before not in AUX
        and before not in DETERMINERS
        and before not in PREPOSITIONS
        and not before.endswith("ly")
    )


def _segments(text: str) -> list[list[str]]:
    """The words of ``text`` between commas, dashes and brackets, names marked as in
    ``marked_words`` (a capitalized word past the text's first)."""
    out = []
    for piece in _BOUNDARY.split(text):
        words = marked_words(piece)
        if (
            out
            and words
            and not words[0].startswith("^")
            and piece.lstrip()[:1].isupper()
            and words[0] not in _PLACE_OPENERS  # "Mysuru: After months of ...": a preposition
        ):
            words[0] = "^" + words[0]
        out.append(words)
    return out


def any_finite(words: list[str], before_first: str | None) -> bool:
    """Whether some word of ``words`` can be a finite verb, each read after the word before
    it (the first after ``before_first``)."""
    return any(finite(w, words[i - 1] if i else before_first) for i, w in enumerate(words))
