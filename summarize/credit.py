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

from .dates import WEEKDAYS
from .verbs import THAT_SUBJECT_VERBS

# A pledge is credited like a statement, but a pronoun's pledge stays whole ("he promised").
_PLEDGES = frozenset(("promised", "promises", "pledged", "pledges", "vowed", "vows"))
_SAY = (
    r"(?:said|says|told|reported|reports|added|announced|confirmed|claimed|stated|warned|found"
    r"|finds|suggested|suggests|showed|shows|argued|argues|insisted|insists|heard|hears"
    rf"|{'|'.join(sorted(_PLEDGES))})"
)
SPEAKER = r"(?:(?:he|she|they|it|we|police|officials?)|(?:the |a )?[\w'.’-]+(?: [\w'.’-]+){0,5}?)"

# ", says research" / ", said the coach": the verb before its speaker (say-verbs only:
# ", warned of rising debt" and ", claimed he was fouled" are no speakers)
_SAY_FIRST = r"says|say|said|added|argues|argued|suggests|insists"
_CLAUSE_WORD = r"(?:which|who|that|and|but|as|while|when|if|because|where)\b"
# ", the company said." / ", MPs have warned." / ", says research." ("say reports": the
# verb first, never a speaker "say" who "reports")
_TRAILING = re.compile(
    rf",\s*(?:(?!{_CLAUSE_WORD}|(?:{_SAY_FIRST})\b)(?P<speaker>{SPEAKER}) (?:has |have |had )?"
    rf"(?P<verb>{_SAY})"
    rf"\b(?!\s+to\b)(?P<tail>[^,]{{0,25}})$"
    rf"|(?P<verb2>{_SAY_FIRST}) (?P<speaker2>[^,]{{1,60}}?)[.!\"”’']*$)",
    re.I,
)
# What may follow a credit's verb and go with it: "said on Monday", "told reporters"; after
# "found" or "showed" the rest is what was found ("the study found no link").
_TAIL_VERBS = frozenset(("said", "says", "told", "added", "stated", "reported"))
_EMPTY_TAIL = re.compile(r"^[\s.!\"”’']*$")
_NO_CLAUSE_COMMA = r"(?:[^,]|(?<=\d),(?=\d))"  # a figure's comma ("5,000") ends no clause
_ACCORDING_TRAILING = re.compile(
    rf",?\s+according to (?P<speaker>{_NO_CLAUSE_COMMA}+?)[.!]?$", re.I
)
_ACCORDING_LEADING = re.compile(rf"^according to (?P<speaker>{_NO_CLAUSE_COMMA}+),\s*", re.I)
# "Police said (that) ..." / "Rock star Ozzy Osbourne has said ..." at the start
_LEADING = re.compile(
    rf"^(?P<speaker>{SPEAKER}) (?:has |have |had )?(?P<verb>said|says|announced|confirmed)"
    rf"(?!\s+to\b)(?:\s+(?:on\s+)?(?:{WEEKDAYS}"
    r"|yesterday|today)(?=\s+(?:(?:that|it|he|she|they|we|the|a|an|two|three|four|five|six"
    r"|seven|eight|nine|ten|dozens|hundreds|thousands)\b|[A-Z\d])))?(?: that)?\s+"
    # "The company said Tuesday it would cut ...", not "said Tuesday night's shooting ..."
)
_VERB_FIRST = re.compile(rf"(?:{THAT_SUBJECT_VERBS})\b")
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
# "a study released Tuesday": a day after a lower-case word (not "Emmanuel Sunday", a name)
_DAY_AFTER_WORD = re.compile(rf"(\s[a-z][\w'’-]*)\s+(?:{WEEKDAYS})$")
# Who wrote a source: "a round-up of gizmos compiled by Stuff Magazine" -> "Stuff Magazine"
_AUTHORED_BY = re.compile(
    r"\s(?:published|released|issued|compiled|produced|conducted|carried out)\sby\s(?P<author>.+)$"
)
# What describes a source after its noun ("a document filed with the SEC", "a study
# released"), not who made it ("a report published by Amnesty" keeps its "by").
_DESCRIBED = re.compile(
    r"(?<=[a-z])\s+(?:filed|published|released|issued|compiled|seen|obtained|presented|conducted"
    r"|commissioned|carried out)"
    r"(?:\s+(?:with|to|in|on|at|for|last|this|earlier)\b.*)?$"
)
_DETERMINER = re.compile(r"^(?:its|his|her|their|the|a|an)\s+", re.I)
_NAME_REACH = 120  # characters at a speaker's end where its name is looked for
# A trailing run of capitalised words, "and" or "&" inside it: "Trade and Industry Secretary"
_NAME_RUN = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w'’.-]*)*\s*$")
_PLURAL = re.compile(r"^(?:[a-z]+[^s]s|[A-Z]+s|[A-Z][a-z]+ies)$")
_SINGULAR_S = re.compile(r"(?:is|us|ss|ics|news)$", re.I)
_ONE_OF = re.compile(r"(?:One|Each|None|Neither|Either|Every one) of\b")
_PLURAL_WORDS = frozenset(
    ("them", "they", "those", "these", "others", "people", "men", "women", "children", "police")
)
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
        """The headline for ``claim`` (the claim as shortened): a claim that opens with a
        word the sentence writes in lower case keeps it so ("Osbourne says his family ...",
        "Tesco says it would cut ..." once "on Wednesday" has gone), while a name stays a
        name."""
        first = claim.split(" ", 1)[0]
        if self.before and first[:1].isupper() and _lower_in(first, self.claim):
            claim = claim[:1].lower() + claim[1:]
        return f"{self.before}{claim}{self.after}"


def _lower_in(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` in lower case only."""
    lower = word[:1].lower() + word[1:]
    return bool(re.search(rf"(?<![\w'’]){re.escape(lower)}(?![\w'’])", text)) and not re.search(
        rf"(?<![\w'’]){re.escape(word)}(?![\w'’])", text
    )  # "May," is the name "May": punctuation is no part of the word


def credit(text: str) -> Credited:
    """Split ``text`` into its claim and a short credit of who made it."""
    if match := _PASSIVE.search(text):
        return Credited(text[: match.start()], after=f", {match['hedge']}")
    match = _TRAILING.search(text) or _ACCORDING_TRAILING.search(text)
    sources = bool(match) and match.re is _ACCORDING_TRAILING  # "according to X and Y": both
    if match and not _plausible(match.groupdict().get("speaker2") or match["speaker"], sources):
        match = None  # ", questioning their honesty after they reported ..." is no credit
    tail = match.groupdict().get("tail") if match else None
    if tail and match and match["verb"].lower() not in _TAIL_VERBS and not _EMPTY_TAIL.match(tail):
        match = None  # ", the study found no link": the rest is the finding, not a credit
    if match:
        speaker = match.groupdict().get("speaker2") or match["speaker"]
        verb = match.groupdict().get("verb2") or match.groupdict().get("verb")
        name = short_speaker(speaker)
        if name is None and verb and verb.lower() in _PLEDGES:
            return Credited(text)  # "..., he promised": a pledge, not a fact; its credit stays
        if name is None:
            return Credited(text[: match.start()])
        if verb is None:
            return Credited(text[: match.start()], after=f", according to {_source(speaker)}")
        return Credited(text[: match.start()], after=_trailing(name, verb))
    match = _LEADING.match(text) or _ACCORDING_LEADING.match(text)
    if match and match.group().endswith(" that ") and _VERB_FIRST.match(text, match.end()):
        return Credited(text)  # "said that was roughly a third fewer": "that" is the subject
    if match and _plausible(match["speaker"]):
        name = short_speaker(match["speaker"])
        rest = text[match.end() :]
        if name is None:
            return Credited(rest)
        verb = match.groupdict().get("verb")
        if verb is None:
            return Credited(rest, after=f", according to {_source(match['speaker'])}")
        return Credited(rest, before=f"{name} {_says(name, verb)} ")
    return Credited(text)


_NOT_IN_SPEAKER = frozenset(
    re.findall(
        r"\w+",
        "after before when while that which who because if as than and but they he she we it "
        "his her their its not no also",
    )
)
_NOT_FIRST = frozenset(re.findall(r"\w+", "he she they it we i of to in on for with at by from"))
_NOT_LAST = frozenset(
    re.findall(
        r"\w+", "is are was were be been being will would could may might must should has have had"
    )
)


# one kind of people: a plural, maybe a word before it that is no preposition or participle
_KIND = (
    r"(?:(?!(?:of|for|to|in|on|at|by|with|from) )[a-z-]+(?<!ing) )?"
    r"[a-z-]+(?:[^s\W]s|men|people|children)"
)
_PEOPLE = re.compile(rf"^{_KIND} and {_KIND}$")
"""Two kinds of people in lower case, each a plural and maybe a word before it ("traders
and fishermen", "residents and business owners"); not one speaker ("the trade and industry
secretary", "a spokesman for nurses and midwives", "ministry of education and sports")."""


def _plausible(speaker: str, joined: bool = False) -> bool:
    """A speaker is a pronoun alone, or a name or noun phrase with no clause inside it (not
    "Arsenal are" of "Arsenal are said to be ...", nor "he was fouled"); ``joined``: two
    may be joined by "and" (after "according to", nothing but the sources follows); so may
    two capitalised words in a title or a body's name ("the Trade and Industry Secretary";
    not "Britain and France", two speakers whose verb would not agree), and two kinds of
    people in lower case ("traders and fishermen")."""
    if not joined and _PEOPLE.match(speaker):
        joined = True  # "traders and fishermen have said": two kinds of people, one verb
    if speaker.lower().startswith("the "):  # a title or a body: "the Trade and Industry ..."
        speaker = re.sub(r"\b([A-Z][\w'’.-]*) and (?=[A-Z])", r"\1 ", speaker)
    words = [w for w in speaker.lower().split() if not (joined and w == "and")]
    if not words:
        return False
    if len(words) == 1:
        return words[0] not in _NOT_LAST
    return (
        not words[0].endswith("ing")
        and words[0] not in _NOT_FIRST
        and words[-1] not in _NOT_LAST
        and not (_NOT_IN_SPEAKER & set(words[1:]))
    )


def _source(speaker: str) -> str:
    """What "according to" names, without a date or the participle that describes it: "a
    registration document filed with the SEC" -> "a registration document"; who wrote it
    when it says so ("a report published by Amnesty" -> "Amnesty")."""
    source = _when(speaker)
    if author := _AUTHORED_BY.search(source):
        return author["author"]
    head = _DESCRIBED.sub("", source)
    return head if len(head.split()) >= 2 else source


def _when(speaker: str) -> str:
    """The speaker without a date: "the ministry on Monday" -> "the ministry"."""
    return _DAY_AFTER_WORD.sub(r"\1", _WHEN.sub("", speaker.strip().rstrip(".")))


def short_speaker(speaker: str) -> str | None:
    """The speaker's name ("Lib Dem leader Charles Kennedy" -> "Charles Kennedy"), or the
    phrase without its determiner ("its backers" -> "backers"); None for a pronoun."""
    speaker = _DESCRIBED.sub("", _when(speaker))  # "a study released Tuesday" -> "a study"
    if _UNCREDITED.match(speaker):
        return None
    run = _NAME_RUN.search(speaker, max(0, len(speaker) - _NAME_REACH))
    if run and run.start() > 0 and not speaker[: run.start()].rstrip().endswith(" of"):
        return run.group().strip()
    return _DETERMINER.sub("", speaker) or None


def _trailing(name: str, verb: str) -> str:
    """ ", says Charles Kennedy", but ", MPs warn", ", survey finds", ", court hears"."""
    said = _says(name, verb)
    return f", {said} {name}" if said.startswith("say") else f", {name} {said}"


def _says(name: str, verb: str) -> str:
    """The verb in agreement: "MPs warn", "Labour MPs warn", "analysis finds", "Reuters says"."""
    base = _BASE.get(verb.lower(), "say")
    if _ONE_OF.match(name):
        return base + "s"  # "One of the women says", "Each of the men says"
    last = name.split()[-1]
    plural = (
        name.islower()
        and " and " in name  # "traders and fishermen"
        or bool(re.match(r"^[A-Z]+s$", last))  # MPs, MSPs
        or last.islower()
        and bool(_PLURAL.match(last))
        and not _SINGULAR_S.search(last)
        or len(name.split()) == 1
        and bool(re.match(r"^[A-Z][a-z]+ies$", last))  # Tories
        or last.lower() in _PLURAL_WORDS  # "Many of them say", "Police say"
    )
    return base if plural else base + "s"
