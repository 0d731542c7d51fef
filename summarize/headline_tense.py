"""A headline's tense: the past, not the perfect ("has cut" -> "cut", "have been charged" ->
"charged"), and shorter; a word is dropped, never changed, so "has risen" stays ("rose"
would be a word the article did not write)."""

from __future__ import annotations

import re

from .headline_style import tidy

# where the participle reads as a past tense (regular -ed or the same form); "has risen"
# stays, since "rose" would be a word the article did not write.
_SAME_FORM = (
    "hit|cut|put|set|won|lost|made|held|sold|paid|bought|told|led|left|kept|met|found|struck"
    "|said|spent|sent|built|brought|caught|fought|shut|quit|let|bid"
)
_ADJECTIVE_ED = "(?:sophisticated|talented|skilled|detailed|dedicated|mixed|renowned|armed)\\b"
_MODALS_BEFORE = ("may", "might", "could", "would", "should", "must", "will", "can", "to")
# A passive after a pronoun keeps "has been": "she has been fired" is not "she fired", nor
# "the man who has been charged" "the man who charged" (a headline's bare participle reads
# as passive only after a noun: "Five charged").
_PRONOUN_PASSIVE = (
    "".join(
        rf"(?<!\b{p} {aux}\s)"
        for p in ("he", "she", "it", "they", "we", "i", "you", "who", "that", "which")
        for aux in ("has", "have")
    )
    + "(?<!, has )(?<!, have )"
)  # nor after an aside's comma: "The opening, first set for May, has been pushed back" is
# not "..., first set for May, pushed back" (the aside goes on); once the aside has gone,
# the headline's past comes back (``headline.py`` reads the tense again)
# "has"/"have" as a word, not after a modal ("may have risen" keeps its "have"); written from
# the "h" on, so that the regex engine skips to an "h" instead of trying every character.
# A duration up to now: with it, the perfect says the state goes on, the past that it ended.
_ONGOING = re.compile(
    r"\b(?:since|for (?:the (?:past|last) )?(?:(?:more than|over|nearly|almost|about) )?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a|a few)"
    r" (?:years?|decades?|centur(?:y|ies)|generations?|months?|weeks?)"
    r"|for (?:decades|years|generations|centuries|months))\b",
    re.I,
)
_DURATION_WORD = re.compile(r"\b(?:since|for)\b", re.I)  # where ``_ONGOING`` is worth a search
_CLAUSE_EDGE = re.compile(r"[,;]|\b(?:who|which|that|when|after|before|and|but|while)\b")
_RECORD = re.compile(r"\b(?:\w+est|most|least|first|record)\b[^,;]*$", re.I)
_PERFECT = re.compile(
    r"h(?<!\wh)"
    + "".join(f"(?<!{m} h)" for m in _MODALS_BEFORE)
    + rf"(?:as|ave)\s+(?:{_PRONOUN_PASSIVE}been\s+)?"
    + rf"(?!{_ADJECTIVE_ED})(?=(?:\w+ed|{_SAME_FORM})\b)",
    re.I,
)


def headline_tense(text: str) -> str:
    """Headlines use the past, not the perfect (and it is shorter): "has cut" -> "cut"; not
    where the perfect says a state goes on ("For 112 years, the family has made band saws"),
    nor where a described subject was given a name ("The frog has been named ...")."""
    durations = list(_ONGOING.finditer(text)) if _DURATION_WORD.search(text) else []
    named = "been " in text and bool(_NAMED_NEXT.search(text) and _DESCRIBED_SUBJECT.match(text))
    if not durations and not named:
        return tidy(_PERFECT.sub("", text))

    def kept(match: re.Match[str]) -> str:
        perfect = match.group()
        at = perfect.find("been")
        if named and at >= 0 and _NAMED_NEXT.match(text, match.start() + at):
            return perfect
        return perfect if durations and _goes_on(text, match, durations) else ""

    return tidy(_PERFECT.sub(kept, text))


# "The small tree-dwelling frog has been named Hyperolius bakingiliensis": without "has been",
# a noun and the name it was given ("The ... frog named ..."), no claim; a headline's "Russian
# drama The Return named winner" has no article before a common noun
_DESCRIBED_SUBJECT = re.compile(r"(?:The|A|An)\s[a-z]")
_NAMED_NEXT = re.compile(r"been\s(?:named|renamed|called|dubbed|nicknamed|christened)\b")


def _goes_on(text: str, perfect: re.Match[str], durations: list[re.Match[str]]) -> bool:
    """Whether a duration up to now belongs to this active perfect's clause: opening the
    sentence ("For 112 years, the family has made"), or after the perfect with no clause's
    edge between ("has oiled the lanes every morning since 1971"); not a passive's term
    ("has been jailed for five years") nor a record's ("the highest level since 2001")."""
    if "been" in perfect.group():
        return False
    for duration in durations:
        if duration.start() < perfect.start():
            if not text[: duration.start()].strip():
                return True
        elif not _CLAUSE_EDGE.search(text, perfect.end(), duration.start()) and not (
            _RECORD.search(text[max(0, duration.start() - 40) : duration.start()])
        ):
            return True
    return False
