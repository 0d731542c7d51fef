"""A headline's claim without the credit it keeps ("..., says Charles Kennedy", "...,
Ofgem announces", "Ozzy Osbourne says ..."): the claim must read as a clause on its own, so
"says" is no verb for it; and a sentence that only attributes ("The committee said.")."""

from __future__ import annotations

import re

from ..credit import CREDIT_VERBS
from ..verbs import PREPOSITIONS, finite, has_verb, marked_words

_CREDIT_AFTER = re.compile(
    rf",\s+(?:(?:says|say)\s[^,]{{1,60}}|according to\s[^,]{{1,120}}|it (?:has been|is|was)\s[^,]+"
    rf"|(?P<speaker>[^,]{{1,60}})\s(?:{'|'.join(sorted(CREDIT_VERBS))}))$"
)
_CREDIT_BEFORE = re.compile(  # "Ministry of Public Works says ...": its name may hold "of"
    r"^[A-Z][\w'’.-]*(?:\s(?:(?:of|for|and|the)\s)?[A-Z][\w'’.-]*){0,4}\s(?:says|say)\s+(?=\S)"
)


def claim_of(headline: str) -> str:
    """The headline without the credit it keeps ("..., says Charles Kennedy", "..., Ofgem
    announces", "Ozzy Osbourne says ...")."""
    credit = _CREDIT_AFTER.search(headline)
    if credit and not (credit["speaker"] and _acts(marked_words(credit["speaker"]))):
        headline = headline[: credit.start()]  # not "..., denied the claims": a verb's object
    return _CREDIT_BEFORE.sub("", headline)


def _acts(words: list[str]) -> bool:
    """Whether a credit's "speaker" holds a verb of its own ("denied the claims"), not a
    participle before its phrase ("a report published by the Welsh Audit Office")."""
    return any(
        finite(w, words[k - 1] if k else ",")
        and not (k + 1 < len(words) and words[k + 1] in PREPOSITIONS)
        for k, w in enumerate(words)
    )


_ATTRIBUTION = re.compile(
    r"(?:,\s*(?:said|says|told|added|explained)\s+[^,.;]{0,60}|"
    r"\s+(?:said|says|added|explained))\s*[.!?]?[\"”’']*\s*$",
    re.I,
)


def attribution_only(sentence: str) -> bool:
    """A sentence that only attributes: the words around "said" state nothing with a verb
    ("The committee said.", "The hard part of learning any language, said Mr Purushotma.").
    Sentences without a "said" are left to the caller (``has_verb`` misses some verbs)."""
    text = sentence.strip()
    claim = _ATTRIBUTION.sub("", text)
    return claim != text and not has_verb(claim)
