"""Whether a headline's subject was left without the claim's verb: an aside or a relative
clause opened after the subject, and the verb that should follow it cut away ("Stan Lee,
the man responsible for ...", "A Parma contractor who collected deposits from 31
homeowners"). The aside's own verb is not the claim's, so a plain verb test passes these;
``headline_check`` calls them verbless. Likewise a "that" clause that opens on a time or a
place and stops there ("figures showing that between July and September"), which it calls
cut off."""

from __future__ import annotations

import re

from ..open_clauses import NUMBER_WORDS
from ..verb_after_cut import REPORTED_PLURAL_END, past_or_auxiliary
from ..verbs import (
    AUX,
    PREPOSITIONS,
    RELATIVE,
    any_finite,
    finite,
    has_verb,
    marked_words,
    word_set,
)

# Words that open a headline cold, their antecedent elsewhere (``headline_check``'s "cold
# opening"); no aside's subject starts with one.
PRONOUNS = word_set("he she they it this these those his her their its him them we")
COLD = PRONOUNS | word_set(
    "then but and however also meanwhile so yet still instead thus hence which who now"
)
# A subject, then an aside about it that no comma closes: "Stan Lee, the man responsible ..."
_NAME_INNER = frozenset(("of", "in", "and", "&", "for", "the", "de"))  # "Shares in Solidere"
_OPENING_WORDS = word_set(
    "near outside inside unlike beside yesterday today tomorrow overall earlier later "
    "nevertheless separately elsewhere"
)
_ASIDE_OPEN = re.compile(  # or a phrase: "The Negros Cane Growers Alliance, in a resolution passed"
    r"^(?P<subject>[^,]+),\s+(?:the|a|an|one of|who|which|whose|in a|in its|at a|at its|through a"
    r"|under a|after a)\s[^,]+$"
)
_RELATIVE_ASIDE = re.compile(r"^(?P<subject>[^,]+),\s+(?:who|which|whose)\s(?P<rest>.+)$")
_COMPANY_SUFFIX = re.compile(r",\s+(Inc\.?|Ltd\.?|LLC|plc|Co\.|Corp\.?)(?=,)")
# "A Parma contractor who collected deposits ...": a subject and its relative clause, the
# claim's verb after them cut away
_PLURAL_WORDS = word_set("those these people men women children police staff")
_RESTRICTIVE = re.compile(r"^(?P<subject>[^,]+?)\s(?:who|which|that)\s(?P<rest>.+)$")


_COMMA = re.compile(r",(?!\d)")
_PARTICIPLE_END = re.compile(r"\b[a-z]+ [a-z]+ed$")  # "a resolution passed": its noun's


def subject_left_open(headline: str) -> bool:
    """Whether the headline is a subject and its aside or relative clause, no claim after."""
    return (
        _subject_and_aside(headline)
        or _relative_left_open(headline)
        or _relative_without_claim(headline)
    )


def _subject_and_aside(headline: str) -> bool:
    """ "Stan Lee, the man responsible for ...": a name (capitalised words), then an aside
    about it that no comma closes, the verb after the aside's comma cut away
    (the aside's own verb, inside a relative clause, is not the claim's). Not an opening
    phrase ("Near Baghdad, a bomb killed ...", "Overall, the economy grew ...")."""
    match = _ASIDE_OPEN.match(_COMPANY_SUFFIX.sub(r" \1", headline))  # "Acme, Inc., a ..."
    if not match:
        return False
    subject = match["subject"].split()
    first = subject[0].lower()
    if (
        not all(w[:1].isupper() or i and w in _NAME_INNER for i, w in enumerate(subject))
        or first in PREPOSITIONS | _OPENING_WORDS | COLD
        or first.endswith(("ly", "ing"))
    ):
        return False
    text = headline[match.end("subject") :].lstrip(" ,")
    aside = marked_words(text)
    if aside[:1] and aside[0] in PREPOSITIONS:  # "..., in a resolution passed": no verb at all
        return not has_verb(text) or bool(_PARTICIPLE_END.search(text))
    cut = next((i for i, w in enumerate(aside) if w in RELATIVE or w == "that"), len(aside))
    return not AUX & set(aside[:cut])  # "Tesco Stores, the UK's biggest grocer was fined"


def _relative_left_open(headline: str) -> bool:
    """ "The Omaha-based startup, which sells software that helps ... manage inventory,
    contracts and payments": a subject, then a relative clause whose end, and the claim's
    verb after it, were cut away (no comma is followed by a verb: "..., owes", "..., never
    made", "..., dies"; a word beside "and" in a list is a noun)."""
    match = _RELATIVE_ASIDE.match(_COMPANY_SUFFIX.sub(r" \1", headline))
    if not match or any_finite(marked_words(match["subject"]), None):
        return False
    for part in _COMMA.split(match["rest"])[1:]:  # not a figure's comma: "2,614 adults"
        words = marked_words(part)[:4]  # the verb after the clause, or an adverb and it
        for k, w in enumerate(words):
            pair = k + 1 < len(words) and words[k + 1] in ("and", "or") and k + 3 == len(words)
            listed = pair or (k == len(words) - 1 and k > 0 and words[k - 1] in ("and", "or"))
            # "..., contracts and payments" ending the text: a list's nouns; "..., buys and
            # sells bonds" goes on, and a last "dies" is the verb
            if (
                w in AUX
                or finite(w, words[k - 1] if k else None)
                and not (w.endswith("s") and listed)
            ):
                return False
    return True


def _relative_without_claim(headline: str) -> bool:
    """ "A Parma contractor who collected deposits from 31 homeowners": a singular subject,
    its relative clause, and no verb of the claim after the clause's own (its object is
    not one: "collected deposits"). A plural subject's verb has no mark ("Fans who bought
    tickets face ..."), so only a singular one is read."""
    match = _RESTRICTIVE.match(headline)
    if not match:
        return False
    subject = marked_words(match["subject"])
    if len(subject) < 2 or any_finite(subject, None) or any(_plural(w) for w in subject):
        return False
    rest = marked_words(match["rest"])
    own = next((k for k, w in enumerate(rest) if finite(w, rest[k - 1] if k else None)), None)
    if own is None:
        return False
    while (
        own + 1 < len(rest)
        and (rest[own] in AUX or rest[own] in _NOT)
        and (rest[own + 1] in AUX or rest[own + 1] in _NOT or finite(rest[own + 1], rest[own]))
    ):
        own += 1  # the clause's verb is its whole group: "that would have shifted"
    after = rest[own + 2 :]
    return not any(
        w in AUX
        or finite(w, after[k - 1] if k else rest[own + 1])
        and not (k and after[k - 1] in ("and", "or") and k == len(after) - 1)  # a list's last
        for k, w in enumerate(after)
    )


_NOT = frozenset(("not", "never", "been", "be", "being"))


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("'s", "’s", "ss")) or word in _PLURAL_WORDS


_THAT_TAIL = re.compile(
    r"\b(?:show|shows|showed|showing|found|finds|said|says|saying|suggests?|reveals?|revealed"
    r"|declared|ruled|announced|confirmed)"
    r"\sthat\s(?P<tail>(?:(?:between|in|on|at|after|before|during|since|by|from|for|over"
    r"|under|until|when|while|if)\s[^,;:\"“”]{1,60}"
    r"|[a-z]{3,}ing\s(?:a|an|the|its|their|his|her|this|these|those)\s[^,;:\"“”]{1,80}"
    r"|(?:\d[\d,]*|the|a|an)(?:\s[A-Z][\w'’-]*)*(?:\s[a-z][\w'’-]*){1,2}\s(?:from|of|in|at|near)"
    r"(?:\s[A-Z][\w'’-]*)+))$"
)  # or on a count or a noun, ending on a name: "declared that 14 Iban villagers from Rumah Jenang"
# "wishes to advise the public that, with effect": an aside opened after "that", cut inside
# (not "Despite all that, Leicester stayed up": a clause)
_THAT_ASIDE_OPEN = re.compile(r"\b[Tt]hat,\s(?P<aside>(?:[\w'’-]+\s){0,6}[\w'’-]+)$")


def _that_aside_open(headline: str) -> bool:
    aside = _THAT_ASIDE_OPEN.search(headline)
    return aside is not None and not any(map(past_or_auxiliary, marked_words(aside["aside"])))


def that_clause_left(headline: str) -> bool:
    """A "that" clause that opens on a time or a place, or on a gerund and its object (a
    gerund alone may be an adjective: "that smoking rates fall"), and has no
    verb ("... figures showing that between July and September", "Field trials show that
    sowing a mixture of radish and rye into maize"): its claim was cut away. So is a list a
    colon announces ("The arrested persons are: a male suspect")."""
    tail = _THAT_TAIL.search(headline)
    if tail and not any_finite(marked_words(tail["tail"]), None):
        return True
    return (
        ("that" in headline or "That" in headline)
        and bool(REPORTED_PLURAL_END.search(headline) or _that_aside_open(headline))
        or " said " in headline
        and _said_clause_left(headline)
        or ":" in headline
        and bool(_LIST_AFTER_COLON.search(headline))
    )


# a list a colon announces, cut inside: "The arrested persons are: a male suspect"
_LIST_AFTER_COLON = re.compile(r"\b(?:are|were|include|included|includes):\s")
# a report whose clause has no verb: "..., Mr Issahaku Mahama Dassana, said a hundred tubers"
_COUNT = re.compile(rf"{NUMBER_WORDS}|hundred|thousand|dozen")
_SAID_TAIL = re.compile(
    r"\ssaid\s(?P<tail>(?:a|an|the|\d[\d,]*)\s(?:[a-z][\w'’-]*\s){0,3}[a-z][\w'’-]*s)$"
)  # a plural at the end: not a credit after its claim ("..., said a spokesman")


# what was said, long, with no verb, right after a name ("... Mindanao Energy Solutions said a
# three-kilowatt rooftop system good"; not '"...," said the chief executive of Foxtons', nor
# "Police said the two men remain in custody": a plural's bare present)
_SAID_LONG_TAIL = re.compile(r"[a-z]\ssaid\s(?P<tail>(?:a|an)\s(?:[\w'’-]+\s){2,8}[a-z][\w'’-]*)$")


def _said_clause_left(headline: str) -> bool:
    """Whether ``headline`` ends on what was said with no verb of its own (a count's plural,
    "a hundred tubers", is no verb)."""
    long_tail = _SAID_LONG_TAIL.search(headline)
    if long_tail:
        words = marked_words(long_tail["tail"])
        return not any(w.endswith("s") or past_or_auxiliary(w) for w in words)
    tail = _SAID_TAIL.search(headline)
    if not tail:
        return False
    words = marked_words(tail["tail"])
    befores = [None, *words[:-1]]
    return not any(
        not _COUNT.fullmatch(b or "") and any_finite([w], b)
        for w, b in zip(words, befores, strict=True)
    )
