"""Photo captions at the top of an article, over its first paragraph, known by where they
stand and how they are written: the line above a credit on a line of its own ("Photo by
Jane Doe / The Verge" under "The Hub 2 will lose its features in May."), where no paragraph
has begun yet, so the described line is a caption; a caption with no credit, one clause of
a visible action in the present with a picture's anchor; a caption written twice (the
picture's alternative text). Losing a lede costs more than keeping a caption: each rule
leaves a line that reads as a lede.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .captions import (
    CAPITALS,
    CAPITALS_LABEL,
    CREDIT_LOWER,
    DATELINE_DASH,
    MIN_CAPTION_WORDS,
    NOT_BEFORE_VERB,
    NOT_DEPICTION,
    PASSIVE_DEPICTION,
    SPEAKER,
    SUBJECT_WORDS,
    TOP_CAPTION_WORDS,
    credit_line,
    described,
    labelled_description,
    photo_credit,
    pictured_where,
)
from .dates import MONTHS, WEEKDAYS
from .furniture import TERMINAL, Removal, byline_or_stamp
from .verbs import any_finite, has_verb, marked_words, word_set

# a lede credits a speaker or opens with a dateline ("KUWAIT: ...", "BEIRA, Mozambique —")
_REPORTED = re.compile(rf"{SPEAKER}|{CAPITALS}(?::|\s[-–—])\s")
_SENTENCE_WORDS = 8
_MIN_DEPICTION_WORDS = 6
# visible actions a picture shows, in the present: "stands", "tow", "celebrates"
_DEPICTIVE = frozenset(
    form
    for verb in word_set(
        "stand sit walk hold speak pose wave smile celebrate react talk listen arrive leave"
        " gather wait watch inspect arrange check carry lift tow ride play pray mourn rest"
        " shake hug greet address attend enter board march protest queue crowd survey"
        " examine point display sort load unload prepare work clear search help crawl kneel"
        " cheer drive install serve assemble repair paint dance sing pack feed download measure"
        " collect stop save tackle score block shoot"  # a game's: "Kerkhof stops Tamm"
    )
    for form in (verb, verb + ("es" if verb.endswith(("s", "sh", "ch", "x")) else "s"))
) | {"carries"}
_FUNCTION_WORDS = word_set(
    "to that who which where when whose a an the this these those his her their its our in on"
    " at for with by from as than and or but if"
)
_SUBORDINATORS = word_set(
    "as when while if after before since because although though once until unless"
)
# a second clause anywhere after the verb: "..., and the crowd goes wild as ..."
_SECOND_CLAUSE = re.compile(  # not "after Sunday's hailstorm", "after the maize harvest.": phrases
    r"\b(?:as|while|but|when|after(?!\s[A-Z][\w-]*(?:'s|’s)\s|\s(?:the|a|an|his|her|its|their)"
    r"\s(?:[\w'’-]+\s){0,2}[\w'’-]+\.$))\b|,\s(?:and|with)\s|\sand the\s"
)
# what a picture's caption says and a lede in the present does not: the past time it was
# taken, at its end ("... during the campaign on Saturday.", "... yesterday."; a lede's
# "gather in Glasgow on Sunday for the summit" is a plan), a position in an aside ("Darnell
# Pryor, center, celebrates", "(left)"), or "pictured"
_PICTURE_ANCHOR = re.compile(
    rf"\b(?:yesterday|last night|on (?:{WEEKDAYS})|(?:{WEEKDAYS}) (?:morning|afternoon|evening"
    rf"|night)|(?:on )?(?:{MONTHS}) \d{{1,2}}(?:, \d{{4}})?)\.$"
    r"|, (?:center|centre|left|right|front|second from (?:left|right)),"
    r"|\((?:center|centre|left|right|front)\)|\bpictured\b"
    rf"|\b(?:after|during) (?:{WEEKDAYS})(?:'s|’s) [\w-]+(?: [\w-]+)?\.$"
)  # "... after Sunday's hailstorm."
_DATELINE_FIRST = re.compile(DATELINE_DASH)
_GAME_PLAY = re.compile(
    r"\b(?:stops|saves|tackles|scores|celebrates|blocks|shoots)\b.*\b(?:shootout|match|game|race"
    r"|round|half|period|quarter|inning|penalty|goal)\b"
)  # "Kerkhof stops Tamm in the decisive shootout": a picture of play, not a standfirst
_MONTH_YEAR_END = re.compile(rf"\bin (?:{MONTHS}) \d{{4}}\.$")
_PLAYER_NUMBER = re.compile(
    r"[A-Z][\w'’-]+ \(\d{1,2}\) (?:hits|scores|shoots|drives|tackles|breaks|dribbles"
    r"|celebrates|battles|spikes|serves|blocks|runs|carries|kicks|passes|throws|pitches|swings"
    r"|dives|leaps|goes|attacks|heads|clears|saves|looks|reaches|fights|puts)\b[^.]*\b"
    r"(?:during|against|in the \w+ (?:quarter|half|period|inning|set|round))\b"
)
"""A player's shirt number after the name, a play in the present and the game or its part:
"Lainey Voecks (12) hits past Pierce's Aubree Schlecht during the Class C-1 district final",
a sports picture's caption (not an Irish paper's age: "Aoife Murphy (17) becomes ...")."""
_PARAGRAPH_WORDS = 20
"""The line under that credit opens the article: a paragraph, not a menu or a byline."""


def caption_over_credit(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """``lines`` without the caption of the first picture and its credit: a described
    sentence, over a credit on a line of its own, over the article's first paragraph, with
    at most two sentences above it (a standfirst, a stamp). Run once the page around the
    article is gone (the caption and its credit part the page's header from the article).
    A lede whose picture lost its caption reads the same and goes too; one that credits a
    speaker or opens with a dateline stays. Under a byline, the paragraph under the credit
    may be short (a feature's first line): a standfirst sits over the byline. A caption
    longer than the paragraph under it must show one person in the present ("Puna farmer
    Rodney Ferreira stands among ...")."""
    for at in _top(lines, 3):
        line, credit = lines[at : at + 2]
        after = lines[at + 2] if at + 2 < len(lines) else ""
        if _button_bar(after) and (_depicts(line) or photo_credit(credit)):
            # a bar of buttons between the credit and the article: the paragraph under it
            after = next((a for a in lines[at + 3 :] if not _button_bar(a)), "")
        words = len(line.split())
        if (
            MIN_CAPTION_WORDS <= words <= TOP_CAPTION_WORDS
            and described(line)
            and TERMINAL.search(line)
            and not _REPORTED.search(line)
            and credit_line(credit)
            and not _POINTS_BACK.match(after)
            and not (_PRONOUN_FIRST.match(after) and _AUXILIARY.search(line))
            and (
                len(after.split()) >= max(_PARAGRAPH_WORDS, words)
                or len(after.split()) >= _PARAGRAPH_WORDS
                and _depicts(line, named=True)
                or (_under_byline(lines, at) or bool(_PLAYER_NUMBER.search(line)))
                and _opens_story(after)  # a shirt number: a sports picture's, with no byline
            )
        ):
            removed = [Removal(line, "photo caption"), Removal(credit, "photo credit")]
            return lines[:at] + lines[at + 2 :], removed
    return lines, []


_BUTTONS = re.compile(r"[^.!?]{1,80}")
_BUTTON_MARKS = (" | ", " • ")


def _button_bar(line: str) -> bool:
    """A short line of buttons between a picture's credit and the article: "E-mail this
    story | Print this story | Comments (3)", a player's "Listen • 3:52"."""
    return (
        bool(_BUTTONS.fullmatch(line))
        and any(mark in line for mark in _BUTTON_MARKS)
        and not line.startswith("By ")  # a byline: "By Jane Doe | Staff Writer"
    )


_POINTS_BACK = re.compile(
    r"(?:This|That|It) (?:was|has been|is) (?:reported|announced|stated|said|confirmed)\b"
)
"""The paragraph under a credit says who reported the line above it ("This was reported by
the press service ...", an agency's way): that line is the article's lede, not a caption."""
_PRONOUN_FIRST = re.compile(r"(?:He|She|They|It|These|This)\s")
"""Or it opens on a pronoun, pointing back to the line above the credit, which tells news
with an auxiliary, as a caption's present does not ("Police have named the woman ..." /
"She was ..."; not "A combine harvester cuts winter wheat near Royston." over "It has been
a difficult season ...")."""
_AUXILIARY = re.compile(r"\b(?:has|have|had|was|were|will|would|could|may|might|must|should)\b")
"""Not "is"/"are": a caption's present passive ("is pictured", "are seen") has them."""
_BYLINE_ABOVE = 3
"""Lines above a caption within which a byline or a stamp shows the story's head is over."""


def _under_byline(lines: list[str], at: int) -> bool:
    """Whether a byline or a time stamp is among the few lines above ``at``: a standfirst
    sits over the byline, a picture and its caption under it."""
    return any(byline_or_stamp(line) for line in lines[max(at - _BYLINE_ABOVE, 0) : at])


def _opens_story(line: str) -> bool:
    """A sentence of eight words or more: a short first paragraph ("Danny Ochoa had missed
    from 32 yards in the first half.")."""
    return len(line.split()) >= _SENTENCE_WORDS and bool(TERMINAL.search(line))


def uncredited_caption(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """``lines`` without a caption that has no credit, known by how it is written: one
    clause in the present tense of a visible action, its subject a name or people, and a
    picture's anchor (a past time in the present tense, "Municipality workers tow an
    abandoned vehicle ... on Saturday.", a position, "Darnell Pryor, center, celebrates",
    or a credit line above it), over the article's first paragraph, before any paragraph
    (under a photo's credit, "Photo: Lise Holm", also under a standfirst's paragraph).
    A lede in the present ("Junior doctors walk out for five days from Monday.",
    "Commuters wait for hours at Waterloo, as engineers ...") carries none and stays:
    losing a lede costs more than keeping a caption. So is a name posed with someone, no
    verb at all ("Ciara Lennon with her coach Dessie Halpin after her victory at the National
    Stadium on Saturday."). A share button's word may stand between it and the article."""
    paragraph = False  # past the first paragraph, only a line under a photo's credit
    for at in _top(lines, 2):
        line = lines[at]
        after = next((n for n in lines[at + 1 : at + 3] if len(n.split()) > 2), "")
        words = len(line.split())
        credited = at > 0 and photo_credit(lines[at - 1])
        if paragraph and not credited:
            continue
        named = paragraph  # past a paragraph, under a credit: one person's name acts
        paragraph = paragraph or words >= _PARAGRAPH_WORDS
        stamped = at > 0 and _photographer_stamped(lines[at - 1])
        sourced = _source_credited(line)
        anchored = bool(_PICTURE_ANCHOR.search(line)) or credited or stamped or sourced
        # a month long past in one person's present ("Graduate student Cole Matheson downloads
        # temperature data ..., in July 2021."; a plan's lede names no one), or over the story's
        # dateline ("Kerkhof stops Tamm ..." over "TALLINN – The ..."); a picture's passive
        over_dateline = bool(_DATELINE_FIRST.match(after) and _GAME_PLAY.search(line))
        shows_itself = (
            bool(_MONTH_YEAR_END.search(line) or over_dateline)
            and _depicts(line, named=True)
            or (words <= TOP_CAPTION_WORDS and bool(PASSIVE_DEPICTION.match(line)))
            or labelled_description(line)
        )
        first = _FIRST_SENTENCE.match(line)  # under a stamp, a caption may say more after
        if (
            (anchored or shows_itself)
            and len(after.split()) >= max(_PARAGRAPH_WORDS, words)
            and (
                _depicts(line, named=True)
                if named
                else _depicts(line)
                or _posed(line)
                or pictured_where(line)
                or shows_itself
                or sourced
                and (_POINTING.search(line) is not None or _depicts(_without_source(line)))
                or stamped
                and words <= _STAMPED_CAPTION_WORDS
                and bool(first)
                and _depicts(first[0], singular=True)
            )
        ):
            return lines[:at] + lines[at + 1 :], [Removal(line, "photo caption")]
    return lines, []


# a broadcaster's credit after a caption's full stop: "... near Guyton. (Source: WTOC)"
_SOURCE_CREDIT = re.compile(r"[a-z]\.\s\(Source: [A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}\)$")


def _without_source(line: str) -> str:
    """The caption without its "(Source: X)" credit: "... near Guyton." """
    found = _SOURCE_CREDIT.search(line)
    return line[: found.start() + 2] if found else line


_POINTING = re.compile(r"\b(?:these|those) [a-z]")
"""A caption points at what its picture shows: "these outboard motors were recovered"."""


def _source_credited(line: str) -> bool:
    """A sentence, then its source in brackets after its full stop: a picture's anchor, as
    a credit is (a data lede writes "(Source: Reuters)" too: it goes only when it points at
    its picture or depicts)."""
    found = _SOURCE_CREDIT.search(line)
    return (
        found is not None
        and described(line[: found.start()])
        and len(line.split()) <= TOP_CAPTION_WORDS
        and not NOT_DEPICTION.search(line)
    )


# a photographer named in a stamp line: "24 October 2019 | Story Lindiwe Mabaso. Photo Karl
# Pieterse. Read time 5 min."
_PHOTOGRAPHER = re.compile(r"\bPhoto(?:graph)?s?(?: by| credit)?:? [A-Z][\w'’-]+ [A-Z]")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_STAMPED_CAPTION_WORDS = 30


def _photographer_stamped(line: str) -> bool:
    """A stamp line that names the photographer ("24 October 2019 | Story Lindiwe Mabaso.
    Photo Karl Pieterse."), not a byline alone ("Story Mandla Khumalo. Photo Ashraf
    Hendricks" sits over a feature's lede as often as over a caption)."""
    return bool(_PHOTOGRAPHER.search(line)) and bool(_YEAR.search(line))


_FIRST_SENTENCE = re.compile(r"^.+?[a-z]\.(?= [A-Z])")
_POSED = re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+ (?:with|alongside) ")


def _posed(line: str) -> bool:
    """A name and who is with them, ending as a picture's anchor, no verb."""
    return (
        _MIN_DEPICTION_WORDS <= len(line.split()) <= TOP_CAPTION_WORDS
        and bool(_POSED.match(line))
        and not NOT_DEPICTION.search(line)
        and not has_verb(line)
    )


_DOUBLED_WORDS = 20
"""A line written twice at the top is a caption up to this length; a lede is longer."""
_RELATIVE_START = re.compile(r",?\s(?:which|where|who|whose|that)\s")


def doubled_caption(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """``lines`` without a caption written twice, as a page gives a picture's caption and
    its alternative text ("Parents and pupils outside Callaly First School, which could
    close next year." twice), over the article's first paragraph. It is short, and it has
    no verb before its relative clause, which runs to its end: a lede or standfirst that a
    page repeats ("Boris Johnson, the former prime minister, has admitted ...", "A man, who
    stabbed his neighbour, has been jailed") has one, and stays."""
    for at in _top(lines, 3, until_paragraph=True):
        line, twin, after = lines[at : at + 3]
        words = len(line.split())
        head, *relative = _RELATIVE_START.split(CAPITALS_LABEL.sub("", line, count=1), 1)
        if (
            line == twin
            and MIN_CAPTION_WORDS <= words <= _DOUBLED_WORDS
            and len(after.split()) >= max(_PARAGRAPH_WORDS, words)
            and not has_verb(head)
            and ", " not in "".join(relative)  # "A man, who stabbed ..., has been jailed"
        ):
            removed = [Removal(line, "photo caption"), Removal(twin, "photo caption")]
            return lines[:at] + lines[at + 2 :], removed
    for at in _top(lines, 2, until_paragraph=True):
        line, after = lines[at : at + 2]
        if _twice_in_a_line(line) and len(after.split()) >= _PARAGRAPH_WORDS:
            return lines[:at] + lines[at + 1 :], [Removal(line, "photo caption")]
    return lines, []


_CREDIT_TAIL_WORDS = 6


def _twice_in_a_line(line: str) -> bool:
    """Whether ``line`` is a caption and its alternative text run together, a credit after
    them ("Waves crash over the breakwater at Porporela Waves crash over the breakwater at
    Porporela The Dubrovnik Times"): no article's sentence repeats itself; a caption that
    ends as a sentence ends, only with no verb before its relative clause (as above)."""
    words = line.split()
    for n in range(MIN_CAPTION_WORDS, min(_DOUBLED_WORDS, len(words) // 2) + 1):
        tail = words[2 * n :]
        if words[:n] != words[n : 2 * n] or len(tail) > _CREDIT_TAIL_WORDS:
            continue
        if not all(w[:1].isupper() or w.lower() in CREDIT_LOWER for w in tail):
            continue
        caption = " ".join(words[:n])
        head = _RELATIVE_START.split(caption, 1)[0]
        return not TERMINAL.search(caption) or not has_verb(head)
    return False


def _top(lines: list[str], span: int, until_paragraph: bool = False) -> Iterator[int]:
    """Where a caption of ``span`` lines may start: the top of the article, until its third
    sentence of eight words or more (a standfirst and a stamp come first), and with
    ``until_paragraph`` its first line of 20 words; past it, a line may be the article's."""
    sentences = 0
    for at in range(len(lines) - span + 1):
        yield at
        words = len(lines[at].split())
        sentences += words >= _SENTENCE_WORDS and bool(TERMINAL.search(lines[at]))
        if sentences > 2 or (until_paragraph and words >= _PARAGRAPH_WORDS):
            return


def _depicts(line: str, singular: bool = False, named: bool = False) -> bool:
    """One clause whose verb, right after its subject, is a visible action in the present
    (after a label or a place in capitals: "FED UP: Residents ... stand behind ..."). With
    ``singular`` (under a photographer's stamp only) its subject may also be one thing after
    "A" ("A male Cape sugarbird feeds"), which a lede writes as often ("A Hamilton school
    choir sings for the King at Windsor Castle on Tuesday."). With ``named``, its subject
    must be one person's name ("Senior researcher Mette Thomsen inspects"), not people a
    lede in the present names as often ("Junior doctors walk out")."""
    line = CAPITALS_LABEL.sub("", line, count=1)
    words = line.split()
    if not (_MIN_DEPICTION_WORDS <= len(words) <= TOP_CAPTION_WORDS) or not line.endswith("."):
        return False
    if not line[:1].isupper() or words[0].lower() in _SUBORDINATORS or NOT_DEPICTION.search(line):
        return False
    for at in range(1, min(len(words), SUBJECT_WORDS + 1)):
        word = words[at].strip(",.;:").lower()
        if word in NOT_BEFORE_VERB:
            return False
        if word not in _DEPICTIVE or not words[at][:1].islower():
            continue
        subject = words[:at]
        before = subject[-1].strip(",.;:")
        plural = not word.endswith("s")
        agrees = (
            before[:1].isupper() and not plural and at >= 2
            if named
            else subject[-1].endswith(",")
            or (  # "Darnell Pryor, center, celebrates"
                (before[:1].isupper() and not plural)  # "Echeverri lifts"
                or (singular and subject[0] in ("A", "An") and not plural)  # "A sugarbird feeds"
                or (plural and before.endswith("s") and (before[:1].islower() or at == 1))
            )
        )  # "Municipality workers tow", "Soldiers stand"
        rest = [w.strip(",.;:").lower() for w in words[at + 1 :]]
        return (
            agrees
            and not any(w.strip(",.;:").lower() in _FUNCTION_WORDS for w in subject[1:])
            and not any_finite(marked_words(" ".join(subject)), None)
            and not any(w in NOT_BEFORE_VERB for w in rest)
            and not _SECOND_CLAUSE.search(" ".join(words[at + 1 :]))
        )
    return False
