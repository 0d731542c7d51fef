"""Who a claim is credited to, kept in the headline made from it.

Why: a headline that drops "..., Lib Dem leader Charles Kennedy has said" states one side's
demand as fact; blind readers judged such headlines misleading (docs/truth.md). The claim
keeps a short credit ("..., says Charles Kennedy", "Ozzy Osbourne says ..."); only a
pronoun or officials stating events ("he said", "police said") are dropped, as the claim
reads the same without them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SAY = (
    r"(?:said|says|told|reported|reports|added|announced|confirmed|claimed|stated|warned|found"
    r"|finds|suggested|suggests|showed|shows|argued|argues|insisted|insists|heard|hears)"
)
SPEAKER = r"(?:(?:he|she|they|it|we|police|officials?)|(?:the |a )?[\w'.’-]+(?: [\w'.’-]+){0,5}?)"

# ", says research" / ", said the coach": the verb before its speaker
_SAY_FIRST = r"says|say|said|added|argues|argued|warns|warned|claims|claimed|suggests|insists"
_CLAUSE_WORD = r"(?:which|who|that|and|but|as|while|when|if|because|where)\b"
# ", the company said." / ", MPs have warned." / ", says research."
_TRAILING = re.compile(
    rf",\s*(?:(?!{_CLAUSE_WORD})(?P<speaker>{SPEAKER}) (?:has |have |had )?(?P<verb>{_SAY})"
    rf"\b[^,]{{0,25}}$|(?P<verb2>{_SAY_FIRST}) (?P<speaker2>[^,]{{1,60}}?)[.!\"”’']*$)",
    re.I,
)
_ACCORDING_TRAILING = re.compile(r",?\s+according to (?P<speaker>[^,]+?)[.!]?$", re.I)
_ACCORDING_LEADING = re.compile(r"^according to (?P<speaker>[^,]+),\s*", re.I)
# "Police said (that) ..." / "Rock star Ozzy Osbourne has said ..." at the start
_LEADING = re.compile(
    rf"^(?P<speaker>{SPEAKER}) (?:has |have |had )?(?P<verb>said|says|announced|confirmed)"
    r"(?: that)?\s+"
)
# ", it has been suggested": no speaker to name, and the hedge must stay
_PASSIVE = re.compile(
    r",\s*(?P<hedge>it (?:has been|had been|is|was) (?:suggested|reported|claimed|said))\.?$",
    re.I,
)
_UNCREDITED = re.compile(
    r"^(?:he|she|they|it|we|police|officials?|the (?:company|firm|group))$", re.I
)
_WHEN = re.compile(
    r"\s+(?:on|last|this|early|late)\s+\w+$|\s+(?:yesterday|today|earlier|recently)$", re.I
)
_DETERMINER = re.compile(r"^(?:its|his|her|their|the|a|an)\s+", re.I)
_NAME_RUN = re.compile(r"(?:\b[A-Z][\w'’.-]*\s*)+$")
_PLURAL = re.compile(r"^(?:[a-z]+[^s]s|[A-Z]+s|[A-Z][a-z]+ies)$")
_BASE = {
    "warned": "warn",
    "warns": "warn",
    "claimed": "claim",
    "claims": "claim",
    "argued": "argue",
    "argues": "argue",
    "suggested": "suggest",
    "suggests": "suggest",
    "announced": "announce",
    "confirmed": "confirm",
    "found": "find",
    "finds": "find",
    "showed": "show",
    "shows": "show",
    "insisted": "insist",
    "insists": "insist",
    "heard": "hear",
    "hears": "hear",
}

CREDIT_VERBS = frozenset({"say", "says", *_BASE.values(), *(v + "s" for v in _BASE.values())})
"""The words a credit may write that its sentence did not ("said" becomes "says")."""


@dataclass(frozen=True)
class Credited:
    """A claim and the words that credit it: ``before + claim + after`` is the headline."""

    claim: str
    before: str = ""
    after: str = ""

    def around(self, claim: str) -> str:
        if self.before and claim[:1].isupper() and self.claim[:1].islower():
            claim = claim[:1].lower() + claim[1:]  # "Osbourne says his family ..."
        return f"{self.before}{claim}{self.after}"


def credit(text: str) -> Credited:
    """Split ``text`` into its claim and a short credit of who made it."""
    if match := _PASSIVE.search(text):
        return Credited(text[: match.start()], after=f", {match['hedge']}")
    match = _TRAILING.search(text) or _ACCORDING_TRAILING.search(text)
    if match and not _plausible(match.groupdict().get("speaker2") or match["speaker"]):
        match = None  # ", questioning their honesty after they reported ..." is no credit
    if match:
        speaker = match.groupdict().get("speaker2") or match["speaker"]
        verb = match.groupdict().get("verb2") or match.groupdict().get("verb")
        name = short_speaker(speaker)
        if name is None:
            return Credited(text[: match.start()])
        if verb is None:
            return Credited(text[: match.start()], after=f", according to {speaker.strip()}")
        return Credited(text[: match.start()], after=_trailing(name, verb))
    match = _LEADING.match(text) or _ACCORDING_LEADING.match(text)
    if match and _plausible(match["speaker"]):
        name = short_speaker(match["speaker"])
        rest = text[match.end() :]
        if name is None:
            return Credited(rest)
        verb = match.groupdict().get("verb")
        if verb is None:
            return Credited(rest, after=f", according to {match['speaker'].strip()}")
        return Credited(rest, before=f"{name} {_says(name, verb)} ")
    return Credited(text)


_NOT_IN_SPEAKER = frozenset(
    re.findall(
        r"\w+",
        "after before when while that which who because if as than and but they he she we it "
        "his her their its not no also",
    )
)


def _plausible(speaker: str) -> bool:
    """A speaker is a pronoun alone, or a name or noun phrase with no clause inside it."""
    words = speaker.lower().split()
    if len(words) == 1:
        return True
    return not words[0].endswith("ing") and not (_NOT_IN_SPEAKER & set(words[1:]))


def short_speaker(speaker: str) -> str | None:
    """The speaker's name ("Lib Dem leader Charles Kennedy" -> "Charles Kennedy"), or the
    phrase without its determiner ("its backers" -> "backers"); None for a pronoun."""
    speaker = _WHEN.sub("", speaker.strip().rstrip("."))
    if _UNCREDITED.match(speaker):
        return None
    run = _NAME_RUN.search(speaker)
    if run and run.start() > 0 and not speaker[: run.start()].rstrip().endswith(" of"):
        return run.group().strip()
    return _DETERMINER.sub("", speaker) or None


def _trailing(name: str, verb: str) -> str:
    """ ", says Charles Kennedy", but ", MPs warn", ", survey finds", ", court hears"."""
    said = _says(name, verb)
    return f", {said} {name}" if said.startswith("say") else f", {name} {said}"


def _says(name: str, verb: str) -> str:
    base = _BASE.get(verb.lower(), "say")
    last = name.split()[-1]
    plural = _PLURAL.match(last) and (len(name.split()) == 1 or last.islower())
    return base if plural else base + "s"
