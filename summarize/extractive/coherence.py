"""Which sentences lean on the one before them, so a paragraph never starts one cold.

A sentence that opens with a connective ("But", "However") or a pronoun ("He", "They",
"This") points back at the sentence before it. So does one that refers back inside
("... poured cold water on those suggestions", "... has done that"), gives a quotation
to a pronoun ('"...," he said') or to nobody, or continues a quotation an earlier
sentence opened. Picked without that sentence, it dangles: the reader meets "But ..."
with nothing to contrast, "he" with the wrong person in mind, or "those suggestions"
with none made. A dangling connective is dropped (the sentence still says what it says);
any other reference back needs its sentence before, so selection takes both or neither.
A short verbless fragment ("In part, certainly.") or a line that does not end as a sentence
does (a page's label, another story's headline) is never picked, and a quotation the
paragraph leaves open is closed. Blind readers judged such sentences misleading or
nonsense, in extracts and in the model's paragraphs alike (the rules are shared).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..document import Document
from ..furniture import TERMINAL
from ..sentences import SPEECH_VERBS
from ..verbs import DETERMINERS, QUANTIFIERS, SAID_THAT, has_verb, word_set
from .list_lines import LIST_ITEM, LIST_MARK, advice, names_only, team_or_score_line
from .quotations import CLOSING, open_quotation, quotation_open

_CONNECTIVES = """but however also and meanwhile so yet still instead moreover furthermore
nevertheless nonetheless besides thus hence therefore"""
CONNECTIVES = frozenset(_CONNECTIVES.split())
_POINTERS = "he she they it this these those that his her their its him them such"
POINTERS = frozenset(_POINTERS.split())
OPENERS = CONNECTIVES | POINTERS
_SO_DEGREE = frozenset(["far", "much", "many", "few", "little", "long", "often"])
_EDGE = ",;:.!?\"'“”‘’`()-–—"
_TIME_NOUNS = """year years week weeks month months season seasons summer winter spring autumn
morning afternoon evening weekend time century decade quarter term day days country"""
_TIME_NOUN_WORDS = "|".join(_TIME_NOUNS.split())
_DEFINING = r"(?:who|whose|which|that|present|\w+ed)\b"
"""What makes "those" defined where it stands: "those who ...", "those polled"."""
_CLAUSE_OPENING = "|".join(
    sorted(DETERMINERS | QUANTIFIERS | word_set("it he she they we you i there all most both one"))
)
"""What opens a clause after "that" ("for that he will be held"), not the noun it points to."""
_DEMONSTRATIVE = re.compile(
    rf"\b(?:(?:these|those)\s+(?!{_DEFINING}|of\b|in\b|with\b|are\b|were\b)"
    rf"|this\s+(?!(?:{_TIME_NOUN_WORDS})\b)"
    r"|such\s+an?\s+)[a-z][a-z-]+"
)
# "a hearing on that ordinance", "Of that number, 14 ...": after a preposition "that" points
# (not "so that", nor "for that he will be held ...": a clause follows; never "in that": also
# "because")
_THAT_NOUN = re.compile(
    r"\b(?i:on|of|at|for|from|with|by|about|over|under|against|into)\s+that\s+"
    rf"(?!(?:{_TIME_NOUN_WORDS}|{_CLAUSE_OPENING})\b)[a-z][a-z-]+"
    # a purpose's object before its comma: "To address that concern, ..." (not "To prove
    # that rivers can be cleaned up, ...": a clause)
    r"|^\s*To\s+[a-z]+\s+that\s+[a-z][a-z-]+(?=,)"
)
# a subject agreeing with what was said before ("Coun. Paul Crossman agreed, calling ..."):
# no object, no auxiliary ("The sale was agreed.", "Ministers have agreed, in principle,
# to ..."), ending there or going on with a participle
_AGREED = re.compile(
    r"^(?:(?!(?:is|are|was|were|be|been|has|have|had)\b)[\w.'’-]+\s){1,5}"
    r"(?:agreed|agrees|disagreed|disagrees|concurred|concurs)(?:\.\s*$|,\s+[a-z]+ing\b)"
)
_SPEECH = "|".join(SPEECH_VERBS)
_PRONOUN_SPEAKER = re.compile(rf"""[,"”’']\s*(?:he|she|they)\s+(?:{_SPEECH})\b""")
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|‘[^’]*’|„[^“”]*[“”]|"[^"]*$|“[^”]*$|‘[^’]*$')
_SPEAKS = re.compile(rf"\b(?:{_SPEECH}|according)\b")
_PARTITIVE = re.compile(
    r"^\s*(?:(?:one|two|three|some|many|most|all|both|each|none|several|few|half|any|\d+)\s+)?"
    rf"(?:of|among|amongst)\s+(?:them|these|those(?!\s+{_DEFINING}))\b",
    re.I,
)
"""A part of a group named before: "Of those, 10 were Mancunian", "Two of them ..."."""
_GROUP = re.compile(
    r"^\s*(?:both\s+(?!\S+(?:\s+\S+)?\s+and\b)"
    r"|the\s+(?:pair|duo|trio|couple(?!\s+of\b)|two\s+(?:men|women|people|sides|teams|clubs"
    r"|players|companies|firms|countries|leaders|parties|brothers|sisters)\b)(?![\w-])"
    r"|others\b(?!\s+(?:who|whose)\b))",  # "Others were more accepting.": others than whom?
    re.I,
)
"""A group of people named before: "Both men were giving evidence", "The pair met in 2001";
"Both Mr Smith and Mr Brown ..." names its own, "The two biggest banks ..." may too."""
_TIME_BACK = re.compile(
    r"^\s*(?:since|until|till|by|before|after|from)\s+(?:then|that(?:\s+(?:time|point))?)\b"
    r"(?![-‑])",  # not "Since then-chancellor George Osborne announced ..."
    re.I,
)
"""A time the sentence before set: "Since then, four more cases have been confirmed"."""
_PRO_VERB = re.compile(r"\b(?:do|does|did|done|doing)\s+(?:that|this|so)\b", re.I)
# a short sentence that ends on its auxiliary, the verb elided: "Not everyone will."
_ELLIPSIS = re.compile(  # case-sensitive: "Work starts in May." ends on a month
    r"\b(?:will|would|can|could|did|does|have|has|had|should|must|might|may)\s*[.!]?\s*$"
)
_ELLIPSIS_WORDS = 6
# the last verb's object is in the sentence ("what he did", "everything they had") or the
# last word is a noun ("a will", "military might")
_OWN_OBJECT = re.compile(
    r"\b(?:what|whatever|everything|all|who|which|that)\b|\b(?:a|an|the|military)\s+\w+[.!]?\s*$",
    re.I,
)
# a short sentence that says nobody came to harm: in what, the sentence before says ("Nobody
# was hurt.", "No one was injured."); picked alone it ties the harm to the wrong event
_NOBODY = re.compile(
    r"^\s*(?:nobody|no one|no-one|none)\s(?:else\s)?(?:of\s(?:them|those|the\s\w+)\s)?"
    r"(?:was|were|is|are|has\sbeen|had\sbeen)\s(?:\w+ly\s)?"
    r"(?:hurt|injured|killed|harmed|hospitali[sz]ed|affected|arrested|charged)\s*[.!]?\s*$",
    re.I,
)
# a source's credit alone, its verb last: what it said is the sentence before ("... on the
# night of July 18. The Ministry of Emergency Situations of Kyrgyzstan reported.")
_CREDIT_VERBS = (
    ("said", "says", "told", "added", "noted", "explained", "warned", "claimed", "admitted")
    + ("denied", "asked", "stated", "reported", "reports", "announced", "announces")
    + ("confirmed", "informed")
)
_CREDIT_ALONE = re.compile(rf"^[^,\"“”‘’]*\s(?:{'|'.join(_CREDIT_VERBS)})\s*[.!]?\s*$")
_CREDIT_WORDS = 15
_OPENING_QUOTES = "\"“‘'`"
"""Marks that open a quotation when they open a sentence (an apostrophe never does, bar
"'Tis"); single quotes are not tracked across sentences, where ’ is also an apostrophe."""
# A sentence that closes a quotation it did not open, single marks included: its speaker
# is named before it ("Those lads are volunteers. ... I can't thank them enough.'")
_QUOTATION_END = re.compile(r"[.!?,]['’\"”]\s*$")
_QUOTATION_OPENS = re.compile(r"(?:^|[\s(\[:—–-])['‘\"“][^\s'’\"”]")
_ELIDED = re.compile(r"'(?:(?:tis|twas|em|n)\b|\d)", re.I)


def opener(text: str) -> str | None:
    """The back-pointing first word of ``text`` ("but", "he"...), or None."""
    first, *rest = text.split(maxsplit=2) if text.strip() else [""]
    word = first.strip(_EDGE).lower()
    if first[:1] in _OPENING_QUOTES or word not in OPENERS:
        return None  # a quotation's "He ..." is the speaker's, not a pointer back
    if word == "instead" and rest[:1] == ["of"]:
        return None  # "Instead of ploughing the whole field, ...": a preposition, no pointer
    if word == "besides" and not first.endswith(","):
        return None  # "Besides the €4,500 fine, the court ordered ...": a preposition
    if word == "so" and rest[:1] and rest[0].strip(_EDGE).lower() in _SO_DEGREE:
        return None  # "So far, the parents of 870 pupils ...": a degree, no connective
    return word


_BARE_THAT = re.compile(
    r"\b(?:towards?|for|beyond|despite|against|besides|on top of|in spite of|because of|apart"
    r" from|as well as|in addition to) (?:that|this)(?=[.,;!?]|$)",
    re.I,
)
_QUOTED_THAT = re.compile(
    r"\s*[\"“‘'](?:That(?:,|'s|’s|'ll|’ll|\s(?:is|was|would|will|has|had|must|cannot|can't|isn't"
    r"|wasn't|does|doesn't|did|didn't|should|shouldn't|could|couldn't|might|may|makes|made|means"
    r"|meant|won't|wouldn't)\b)|Those\s(?:are|were)\b)"
)


_PLACE_OR_TIME_PRONOUN = re.compile(
    r"(?:Inside|Outside|There|Here|Nearby|Later|Then|Afterwards|Soon after|Once inside),?\s+"
    r"(he|she|they)\b"
)

_IN_CONFIDENCE = re.compile(
    r"(?:All|Any) (?:information|calls|details|tips)(?: received| given)? will be "
    r"(?:treated|kept|handled|dealt with)"
)
"""A promise an appeal for information makes ("All information will be treated in strict
confidence."): alone, it reads as the police keeping a case secret."""


def back_reference(text: str) -> str | None:
    """What in ``text`` needs the sentence before it: an opening pronoun ("he"), a
    demonstrative outside quotation marks ("those suggestions", "such an incident"; not
    "this year"), a quotation given to a pronoun (", he said") or to nobody (its speaker
    was named before), a short "Nobody was hurt." or a credit alone ("The ministry
    reported."); None when nothing does.
    An opening connective is not one (it can be dropped instead)."""
    word, rest = opener(text), text
    if word in CONNECTIVES and len(text.split()) > 1:  # "However, he did say ..."
        rest = text.split(maxsplit=1)[1].lstrip(",; ")
        word = opener(rest)
    if word in POINTERS:
        return word
    if found := _PLACE_OR_TIME_PRONOUN.match(rest):  # "Inside they found ...": who, inside?
        return found[1]
    if found := _IN_CONFIDENCE.match(rest):  # an appeal's promise, the appeal before it
        return found[0]
    if found := _PARTITIVE.match(rest) or _GROUP.match(rest):  # "But two of them ..."
        return found.group(0).strip(_EDGE + " ").lower()
    if found := _TIME_BACK.match(rest):  # "Since then, four more cases ..."
        return found.group(0).strip().lower()
    if found := _PRONOUN_SPEAKER.search(text):
        return found.group(0).lstrip(",\"”’' ")
    if _QUOTED_THAT.match(text):
        return "that"  # "\"That is an insult,\" said Hadjipetrou": what "that" is came before
    unquoted = _QUOTED.sub(" ", text)
    if found := _BARE_THAT.search(unquoted):
        return found.group(0).strip(" ,.;")  # "... from the Heat Network Fund towards that."
    opening = text.lstrip()
    if (
        opening
        and opening[:1] in _OPENING_QUOTES
        and not _ELIDED.match(opening)
        and not _SPEAKS.search(unquoted)
    ):
        return "an unattributed quotation"
    if _QUOTATION_END.search(text) and not _QUOTATION_OPENS.search(text):
        return "a quotation's end"  # "I can't thank them enough.'": its speaker is before it
    if found := _DEMONSTRATIVE.search(unquoted) or _PRO_VERB.search(unquoted):
        return found.group(0)
    if _AGREED.search(unquoted):
        return "agreed"
    # "residents said that was more than the town could bear": "that" is the subject
    if " that " in unquoted and (
        found := _THAT_NOUN.search(unquoted) or SAID_THAT.search(unquoted)
    ):
        return found.group(0)
    n_words = len(text.split())
    if text[:1] in "Nn" and _NOBODY.match(text):
        return "nobody"  # "Nobody was hurt.": in what the sentence before tells
    if (
        n_words <= _CREDIT_WORDS
        and text.rstrip(" .!").endswith(_CREDIT_VERBS)
        and _CREDIT_ALONE.match(text)
        and not has_verb(text[: text.rstrip(" .!").rfind(" ")])
    ):
        return "a credit alone"  # "The Ministry ... reported.": what it reported is before
    if (
        n_words <= _ELLIPSIS_WORDS
        and (found := _ELLIPSIS.search(unquoted))
        and not _OWN_OBJECT.search(unquoted)
    ):
        return found.group(0).strip(" .!")  # "Not everyone will.": its verb is the last one's
    return None


STANDFIRST_WORDS = 8


def line_start(doc: Document, i: int) -> int:
    """Where the line that holds sentence ``i`` begins in ``doc.text``."""
    return doc.text.rfind("\n", 0, doc.sentences[i].start) + 1


def loose_line(doc: Document, i: int) -> bool:
    """Whether sentence ``i`` is a line of its own that does not end as a sentence does: a
    heading, a widget's or a menu's label ("Powered by Trinity Audio", "Comments (187) |
    Email | Print"), another story's headline under the article, a line broken
    mid-sentence, a line that only introduces what follows ("The key measures were:"), or an
    item of advice ("- Keep bales separate from livestock housing") or one that only names
    ("- Pahoia Road, between Esplanade Road and Ruahine Road"), and a team's line-up, on a
    line of its own or not. Alone it states nothing, or another story's claim. Any other
    item of a bulleted list, or a line under one that ends in a colon, is the article's."""
    sentence = doc.sentences[i]
    text = doc.text
    if team_or_score_line(sentence.text):
        return True  # "Saltcoats Victoria: Gibson, Kerr, ...", "Penalties: Coetzer (2)."
    if text[sentence.end : sentence.end + 1] not in ("", "\n"):
        return False
    start = line_start(doc, i)
    line = text[start : sentence.start]
    if line and not LIST_MARK.fullmatch(line):
        return False  # the line's last sentence, not a line of its own
    if sentence.text.endswith(":"):
        return True  # "The key measures were:": an introduction, nothing alone
    if advice(text, start):
        return True  # "- Keep bales separate from livestock housing": advice, not news
    item = LIST_ITEM.match(text, start)
    mark = LIST_ITEM.match(sentence.text)  # the item's mark, when the sentence holds it
    if item and names_only(sentence.text[mark.end() :] if mark else sentence.text):
        return True  # "- Pahoia Road, between Esplanade Road and Ruahine Road": a name alone
    if TERMINAL.search(sentence.text) or item:
        return False  # a sentence, or an item of a list ("- Tax on fuel rises by 2p")
    before = text[: max(start - 1, 0)].rstrip()
    if before.endswith(":") or LIST_ITEM.match(text, before.rfind("\n") + 1):
        return False  # an item under "What we know so far:", or after another item
    # the article's own opening, written as a standfirst without a full stop, is no label
    return not (i == 0 and sentence.n_words >= STANDFIRST_WORDS and has_verb(sentence.text))


class Leaning:
    """Whether sentence ``i`` of ``doc`` needs the sentence before it: ``back_reference``, or
    it continues a quotation opened before it (the first sentence never leans back). Worked
    out for the sentences asked about only, since selection stops when the budget fills."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._states = quotation_open(doc)
        self._inside: list[bool] = []  # quotation_open, as far as a sentence was asked about
        self._known: dict[int, bool] = {}

    def __call__(self, i: int) -> bool:
        if i not in self._known:
            text = self.doc.sentences[i].text
            self._known[i] = i > 0 and (self._inside_at(i) or back_reference(text) is not None)
        return self._known[i]

    def _inside_at(self, i: int) -> bool:
        while len(self._inside) <= i:
            self._inside.append(next(self._states))
        return self._inside[i]


def leaning(doc: Document) -> list[bool]:
    """``Leaning(doc)`` for every sentence."""
    leans = Leaning(doc)
    return [leans(i) for i in range(len(doc.sentences))]


def render(doc: Document, picked: Iterable[int]) -> list[str]:
    """The picked sentences' text in document order, a dangling connective dropped, and a
    quotation that a run of consecutive picked sentences opens and leaves open closed at
    the run's end (the sentence that closed it was left out)."""
    chosen = sorted(set(picked))
    out: list[str] = []
    opened: str | None = None
    for i in chosen:
        text = doc.sentences[i].text
        if i - 1 not in chosen:
            if i > 0:
                text = without_connective(text)
            opened = None
        opened, _ = open_quotation(text, opened)
        if i + 1 not in chosen and opened is not None:
            text, opened = text + CLOSING[opened], None
        out.append(text)
    return out


def without_connective(text: str) -> str:
    """``text`` without its opening connective ("However, the plan failed." -> "The plan
    failed."); unchanged when it has none or would keep under three words."""
    if opener(text) not in CONNECTIVES or len(text.split()) <= 3:
        return text
    rest = text.split(maxsplit=1)[1].lstrip(",; ")
    return rest[:1].upper() + rest[1:]


def dangling(doc: Document, picked: Iterable[int], text: str) -> list[int]:
    """The picked sentences that appear whole in the summary ``text`` and open with a
    connective or lean on their sentence before (``Leaning``) while it was not picked:
    the check for any method."""
    chosen = set(picked)
    leans = leaning(doc)
    return [
        i
        for i in sorted(chosen)
        if i > 0
        and i - 1 not in chosen
        and (opener(doc.sentences[i].text) is not None or leans[i])
        and doc.sentences[i].text in text
    ]
