"""Whether a headline ends in an aside whose clause went on after it: the aside's comma
opened inside the clause, so what the clause still owed (the copula's complement, the
verb's object, the subject's verb) was cut away with the rest ("shells that were, on
average", "The Competition Tribunal has approved, subject to conditions", "announced that
its Board of Directors, at a meeting held on November 20, 2007")."""

from __future__ import annotations

import re

from ..verbs import any_finite, has_verb, marked_words

# "shells that were, on average": a copula whose complement was after the aside's comma
_COPULA_THEN_ASIDE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s*,\s+[^,]{1,30}$", re.I)
# "has approved, subject to conditions": an active verb that takes an object, then an aside
# to the end; not a passive ("was approved, subject to conditions" is whole)
_OBJECT_AFTER_ASIDE = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )"
    r"\b(?:approved|signed|confirmed|announced|accepted|rejected|launched|awarded|granted"
    r"|acquired|completed|adopted|endorsed|cleared|blocked|authori[sz]ed|ratified|secured"
    r"|unveiled|introduced|released|issued|imposed|extended|upheld|overturned|approve|approves"
    r"|announces|confirms|rejects|unveils)"  # not "awards", "grants", "signs": nouns as often
    r"\s*,\s(?P<aside>(?:[^,]|,\s(?=\d{4}\b)){1,60})$",
    re.I,
)
# "announced that its Board of Directors, at a meeting held on ...": the "that" clause's
# subject and an aside, the clause's verb cut away
_THAT_SUBJECT_ASIDE = re.compile(
    r"\b(?:announced|announces|said|says|confirmed|confirms|reported|reports|stated|states"
    r"|revealed|reveals|disclosed|discloses)\sthat\s(?P<subject>[^,;:]{1,60}),\s"
    r"(?:[^,;:]|,\s(?=\d{4}\b)){1,90}$"
)


def aside_left_open(headline: str) -> bool:
    """Whether ``headline`` ends in an aside its clause's complement, object or verb was to
    follow."""
    if "," not in headline:
        return False
    if _COPULA_THEN_ASIDE.search(headline):
        return True
    verb = _OBJECT_AFTER_ASIDE.search(headline)
    if verb and not has_verb(verb["aside"]):  # not "first announced, has been extended"
        return True
    that = _THAT_SUBJECT_ASIDE.search(headline)
    return bool(that) and not any_finite(marked_words(that["subject"]), "that")
