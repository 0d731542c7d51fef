"""Photo captions in text copied from a page, known by what a caption carries and an
article's sentence does not: a credit after its last sentence ("... since 1971. ANNA ROSTAD
• Star Tribune", "... in Jeddah. (AN photo)"), a gallery's counter opening it ("[1/2]
Electric bicycles are seen ..."), or its credit and a "hide caption" button under it. A
caption describes one picture, often with facts the article does not state; summaries that
quoted one were judged nonsense (docs/truth.md). The line after a gallery's "Image 1 of 4"
is not taken: a page may have lost the caption, and that line is then the article's.
Nor is the line above a credit on a line of its own, but at the top of a page, over the
article's first paragraph ("Photo by Jane Doe / The Verge" under "The Hub 2 will lose its
features in May."): there no paragraph has begun yet, so the described line is a caption.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .dates import MONTHS, WEEKDAYS
from .furniture import TERMINAL, Removal, byline_or_stamp
from .verb_after_cut import AUXILIARIES
from .verbs import any_finite, finite, has_verb, marked_words, word_set

MAX_CAPTION_WORDS = 80
"""A longer line is an article's paragraph, whatever ends it."""
_MAX_CREDIT_WORDS = 10
_MIN_CAPTION_WORDS = 5
_BUTTONED_WORDS = 50
"""Longer, the line above a credit and its button is the article's (the page lost the
caption): a caption is a sentence or two."""
# a wire's sign-off names its reporters, no picture's: "Reporting by Jane Doe/Editing by ..."
_SIGN_OFF = re.compile(r"\b(?:reporting|editing|writing|compiled)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]?\s+|\s+[|•·]\s+")
_CREDIT_SPLIT = re.compile(r"[\s/]+")
_SEPARATORS = frozenset("|•·–—-:")
# "Name | Outlet", "Name • Outlet", "Name/Outlet", "BRENT MARTEL / WINNIPEG FREE PRESS"; not
# "10/7/19", "and/or" or "AC/DC"
_NAME_MARK = re.compile(r"[|•]|[a-z]\s?/\s?[A-Z]|[A-Z]\s/\s[A-Z]")
_DIGIT = re.compile(r"\d")
_CREDIT_WORDS = frozenset(
    re.findall(
        r"\w+",
        "photo photos photograph picture pic image images getty file supplied handout courtesy"
        " credit shutterstock alamy istock istockphoto contributed",
    )
)
# lower-case words a credit may hold: "Andrei Voicu/AFP via Getty Images", "Download this photo"
_CREDIT_LOWER = _CREDIT_WORDS | frozenset(
    re.findall(
        r"\w+",
        "via for of the and by staff this download contributed de van von da la le del der al bin"
        " author",  # "— Photo by the author"
    )
)
_PICTURE_COPYRIGHT = re.compile(r"\s*\(?©(?!\s*\d)")  # a year after it: the page's copyright
_PHOTO_NUMBER = re.compile(r"\d{8}")
_SENTENCE_WORD_END = re.compile(r"[a-z]{3,}\.\s*$")
# a caption's own label: "Pictured: The orthopaedic waiting list ...", "Pictured (left to
# right): ...", "Photo: Clonbonny captain Declan Galvin lifts the cup ..."
_PICTURED_WORDS = 35
"""A longer labelled line holds a paragraph run into its caption: it stays."""
_PICTURED = re.compile(  # and in square brackets: "[Image: Players during a training session.]"
    r"^(?:\[(?=.*\]$))?(?:Pictured|Photo|Photograph|Picture|Pic|Image|Caption)"
    r"(?:\s(?:above|below|left|right|top))?(?:\s\([^)]{1,40}\))?:\s"
)
# a credit in brackets ending a caption with no full stop: "Mussel farming platforms in the
# Alfacs bay (by ACN)", "The angel's face, uncovered during restoration (photo courtesy of the
# Amici degli Oratori)"; an article's paragraph ends as a sentence ends
_BRACKET_CREDIT = re.compile(
    r"\s\((?:(?i:photo|picture|image|pic)s?(?:\s(?:courtesy of|by|credit:?)|:)|(?i:courtesy of)"
    r"|by(?=\s[A-Z]{2,}[\w-]*(?:\s[A-Z]{2,}[\w-]*)*\)$))\s[^()]{1,60}\)$"
    # "(by ACN)": an agency's letters, not an author's name ("(by Paul Lynch)")
)
_PHOTO_CREDIT_END = re.compile(
    r"\((?i:photo|picture|image|pic)s?(?: by|:| courtesy of)\s[^()]{1,60}\)\.$"
)
_GALLERY_PREFIX = re.compile(r"^\[\d{1,3}/\d{1,3}\]\s")
_CAPTION_BUTTON = re.compile(
    r"^(?:hide|toggle|show) caption$|^enlarge this image$|^buy (?:now|this photo)$", re.I
)  # "Buy Now": a page's button for a print of the picture
# where a person stands in the picture, after their name: "Tendai Chirimuta (right) tussles"
_PLACED = re.compile(
    r"[A-Z][\w'’.-]*,? \((?:(?:far |second |third |fourth )?(?:left|right)(?: to (?:left|right))?"
    r"|(?:second |third |fourth )?from (?:left|right)|cent(?:re|er)|front|back|top|bottom|L|R)\)"
)
# a byline is no credit: "By Lin Shu-hui / STAFF REPORTER", "Jane Doe | Staff Writer"
_BYLINE = re.compile(r"^by\s|\b(?:staff|writer|reporter|correspondent|editor|columnist)\b", re.I)
_SPEAKER = r"\b(?:said|says|told)\b"
_CAPITALS = r"^[A-Z][A-Z .,'-]+"  # a place or a label in capitals opening the line
# a lede credits a speaker or opens with a dateline ("KUWAIT: ...", "BEIRA, Mozambique —")
_REPORTED = re.compile(rf"{_SPEAKER}|{_CAPITALS}(?::|\s[-–—])\s")
_SENTENCE_WORDS = 8
_MIN_DEPICTION_WORDS = 6
_SUBJECT_WORDS = 7
# visible actions a picture shows, in the present: "stands", "tow", "celebrates"
_DEPICTIVE = frozenset(
    form
    for verb in word_set(
        "stand sit walk hold speak pose wave smile celebrate react talk listen arrive leave"
        " gather wait watch inspect arrange check carry lift tow ride play pray mourn rest"
        " shake hug greet address attend enter board march protest queue crowd survey"
        " examine point display sort load unload prepare work clear search help crawl kneel"
        " cheer drive install serve assemble repair paint dance sing pack feed"
    )
    for form in (verb, verb + ("es" if verb.endswith(("s", "sh", "ch", "x")) else "s"))
) | {"carries"}
_NOT_BEFORE_VERB = word_set(AUXILIARIES.replace("|", " ")) | {"said", "says"}
_FUNCTION_WORDS = word_set(
    "to that who which where when whose a an the this these those his her their its our in on"
    " at for with by from as than and or but if"
)
_SUBORDINATORS = word_set(
    "as when while if after before since because although though once until unless"
)
_NOT_DEPICTION = re.compile(rf"[\"“”]|{_SPEAKER}|{_CAPITALS}\s[-–—]\s")
_CAPITALS_LABEL = re.compile(rf"{_CAPITALS}:\s")
# a second clause anywhere after the verb: "..., and the crowd goes wild as ..."
_SECOND_CLAUSE = re.compile(  # not "after Sunday's hailstorm": a phrase
    r"\b(?:as|while|but|when|after(?!\s[A-Z][\w-]*(?:'s|’s)\s))\b|,\s(?:and|with)\s|\sand the\s"
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
_TOP_CAPTION_WORDS = 40
"""A caption over a credit at the top of a page: at most this many words."""
_PARAGRAPH_WORDS = 20
"""The line under that credit opens the article: a paragraph, not a menu or a byline."""


def captions(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """``lines`` without the photo captions among them, and those captions."""
    labelled = [_labelled(line) for line in lines]
    if any(labelled) and not any(
        len(line.split()) >= _MIN_CAPTION_WORDS and TERMINAL.search(line)
        for line, flag in zip(lines, labelled, strict=True)
        if not flag
    ):
        labelled = [False] * len(lines)  # no sentence besides: the labelled line is the story
    caption = [
        _credited(line)
        or bool(_GALLERY_PREFIX.match(line))
        or flag
        or _placed(line)
        or _bracket_credited(line)
        for line, flag in zip(lines, labelled, strict=True)
    ]
    credit = -1  # the last line that is no button: a credit when a button follows it
    for at, line in enumerate(lines):
        if not _CAPTION_BUTTON.match(line):
            credit = at
            continue
        caption[at] = True
        above = credit - 1  # a caption, its credit, its button
        if above >= 0 and len(lines[above].split()) <= _BUTTONED_WORDS and _credit(lines[credit]):
            caption[above] = True
    removed: list[Removal] = []
    kept: list[str] = []
    for line, flagged in zip(lines, caption, strict=True):
        if flagged and len(line.split()) <= MAX_CAPTION_WORDS:
            removed.append(Removal(line, "photo caption"))
        else:
            kept.append(line)
    return (kept, removed) if kept else (lines, [])


def caption_over_credit(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """``lines`` without the caption of the first picture and its credit: a described
    sentence, over a credit on a line of its own, over the article's first paragraph, with
    at most two sentences above it (a standfirst, a stamp). Run once the page around the
    article is gone (the caption and its credit part the page's header from the article).
    A lede whose picture lost its caption reads the same and goes too; one that credits a
    speaker or opens with a dateline stays. Under a byline, the paragraph under the credit
    may be short (a feature's first line): a standfirst sits over the byline."""
    for at in _top(lines, 3):
        line, credit, after = lines[at : at + 3]
        words = len(line.split())
        if (
            _MIN_CAPTION_WORDS <= words <= _TOP_CAPTION_WORDS
            and _described(line)
            and TERMINAL.search(line)
            and not _REPORTED.search(line)
            and _credit_line(credit)
            and not _POINTS_BACK.match(after)
            and not (_PRONOUN_FIRST.match(after) and _AUXILIARY.search(line))
            and (
                len(after.split()) >= max(_PARAGRAPH_WORDS, words)
                or _under_byline(lines, at)
                and _opens_story(after)
            )
        ):
            removed = [Removal(line, "photo caption"), Removal(credit, "photo credit")]
            return lines[:at] + lines[at + 2 :], removed
    return lines, []


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
    or a credit line above it), over the article's first paragraph, before any paragraph.
    A lede in the present ("Junior doctors walk out for five days from Monday.",
    "Commuters wait for hours at Waterloo, as engineers ...") carries none and stays:
    losing a lede costs more than keeping a caption. So is a name posed with someone, no
    verb at all ("Ciara Lennon with her coach Dessie Halpin after her victory at the National
    Stadium on Saturday."). A share button's word may stand between it and the article."""
    for at in _top(lines, 2, until_paragraph=True):
        line = lines[at]
        after = next((n for n in lines[at + 1 : at + 3] if len(n.split()) > 2), "")
        words = len(line.split())
        credited = at > 0 and _photo_credit(lines[at - 1])
        stamped = at > 0 and _photographer_stamped(lines[at - 1])
        sourced = _source_credited(line)
        anchored = bool(_PICTURE_ANCHOR.search(line)) or credited or stamped or sourced
        first = _FIRST_SENTENCE.match(line)  # under a stamp, a caption may say more after
        if (
            anchored
            and len(after.split()) >= max(_PARAGRAPH_WORDS, words)
            and (
                _depicts(line)
                or _posed(line)
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
        and _described(line[: found.start()])
        and len(line.split()) <= _TOP_CAPTION_WORDS
        and not _NOT_DEPICTION.search(line)
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
        _MIN_DEPICTION_WORDS <= len(line.split()) <= _TOP_CAPTION_WORDS
        and bool(_POSED.match(line))
        and not _NOT_DEPICTION.search(line)
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
        head, *relative = _RELATIVE_START.split(_CAPITALS_LABEL.sub("", line, count=1), 1)
        if (
            line == twin
            and _MIN_CAPTION_WORDS <= words <= _DOUBLED_WORDS
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
    for n in range(_MIN_CAPTION_WORDS, min(_DOUBLED_WORDS, len(words) // 2) + 1):
        tail = words[2 * n :]
        if words[:n] != words[n : 2 * n] or len(tail) > _CREDIT_TAIL_WORDS:
            continue
        if not all(w[:1].isupper() or w.lower() in _CREDIT_LOWER for w in tail):
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


def _depicts(line: str, singular: bool = False) -> bool:
    """One clause whose verb, right after its subject, is a visible action in the present
    (after a label or a place in capitals: "FED UP: Residents ... stand behind ..."). With
    ``singular`` (under a photographer's stamp only) its subject may also be one thing after
    "A" ("A male Cape sugarbird feeds"), which a lede writes as often ("A Hamilton school
    choir sings for the King at Windsor Castle on Tuesday.")."""
    line = _CAPITALS_LABEL.sub("", line, count=1)
    words = line.split()
    if not (_MIN_DEPICTION_WORDS <= len(words) <= _TOP_CAPTION_WORDS) or not line.endswith("."):
        return False
    if not line[:1].isupper() or words[0].lower() in _SUBORDINATORS or _NOT_DEPICTION.search(line):
        return False
    for at in range(1, min(len(words), _SUBJECT_WORDS + 1)):
        word = words[at].strip(",.;:").lower()
        if word in _NOT_BEFORE_VERB:
            return False
        if word not in _DEPICTIVE or not words[at][:1].islower():
            continue
        subject = words[:at]
        before = subject[-1].strip(",.;:")
        plural = not word.endswith("s")
        agrees = (
            subject[-1].endswith(",")
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
            and not any(w in _NOT_BEFORE_VERB for w in rest)
            and not _SECOND_CLAUSE.search(" ".join(words[at + 1 :]))
        )
    return False


def _placed(line: str) -> bool:
    """A caption that says where a person stands in the picture ("Vumba Stars midfielder
    Tendai Chirimuta (right) tussles for the ball with ..."): one sentence, no one quoted,
    a verb after the name (an article writes "(left)" only under a picture)."""
    found = _PLACED.search(line)
    return (
        found is not None
        and len(line.split()) <= _PICTURED_WORDS
        and not _INNER_STOP.search(line)
        and not _NOT_DEPICTION.search(line)
        and _acts(line[found.end() :].split()[:1])
    )


def _bracket_credited(line: str) -> bool:
    """A caption, one sentence with no full stop, and its credit in brackets at its end."""
    if line.endswith(").") and _PHOTO_CREDIT_END.search(line):
        line = line[:-1]  # "... Province (photo: Laotian Times)." (not "(courtesy of ...).")
    credit = _BRACKET_CREDIT.search(line) if line.endswith(")") else None
    if credit is None or len(line.split()) > _PICTURED_WORDS:
        return False
    caption = line[: credit.start()]
    return (
        _described(caption)
        and not TERMINAL.search(caption)
        and not _INNER_STOP.search(caption)
        and not _NOT_DEPICTION.search(caption)
    )


def _acts(words: list[str]) -> bool:
    """Whether the word after a placed name is its verb ("tussles", "receives", "being")."""
    word = words[0] if words else ""
    return word.isalpha() and word.islower() and (word.endswith("ing") or finite(word, None))


def _labelled(line: str) -> bool:
    """A caption under its own label ("Pictured: ...", "Photo: Clonbonny captain Declan
    Galvin lifts the cup ..."): a short line that describes a picture in one sentence, no
    one quoted. A credit under a label ("Photo: Yle News") is a credit, and stays for the
    caption above it to be known by; a credit run into a lede ("Image: Reuters. The Bank of
    England raised ...") is the lede."""
    label = _PICTURED.match(line)
    if not label or len(line.split()) > _PICTURED_WORDS:
        return False
    rest = line[label.end() :]
    if line.startswith("Pictured"):
        return True
    return (
        rest[:1].isupper()
        and _described(rest)
        and not _credit(rest)
        and not _credit(" ".join(rest.split()[:2]))  # "Getty Images The Bank of England ..."
        and (not _INNER_STOP.search(rest) or _depiction_first(rest))
        # "Reuters. The Bank of England raised ...": a credit run into a lede
        and not _NOT_DEPICTION.search(rest)  # "..., the captain said": a story's line
    )


_INNER_STOP = re.compile(r"[.!?]\s+\S")
"""A second sentence under a label: a credit run into the lede, not a caption, unless the
first is a picture's description."""


def _depiction_first(rest: str) -> bool:
    """Whether the first of two sentences under a label describes a picture, a participle
    and no finite verb ("Coaches waiting to leave Mien Tay Station on a weekend morning. The
    station now handles ..."): a caption that goes on, not a credit run into a lede."""
    first = rest[: _INNER_STOP.search(rest).start()]
    words = [w.strip(",;:") for w in first.split()]
    return (
        _described(first)
        and any(w.endswith("ing") and w.islower() for w in words[1:_SUBJECT_WORDS])
        and not any(w.lower() in _NOT_BEFORE_VERB for w in words)
    )  # not "Photo: The Beijing skyline at dusk. China's economy grew ..."


def _photo_credit(line: str) -> bool:
    """A credit line with a photo word ("Photo Credit: Santa Cruz Challenger"), not a byline
    ("Jane Doe | The Guardian")."""
    return _credit_line(line) and _photo_word(line)


# a picture agency's web address in a credit: "Credit: Hannah Morley (rspb-images.com)"
_WEB_ADDRESS = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}")


def _credit_line(line: str) -> bool:
    """A picture's credit on a line of its own: a photo word, or a name and an outlet (three
    words or more: "UK | England" is a section's label)."""
    words = [w for w in line.split() if w not in _SEPARATORS]
    if len(words) > _MAX_CREDIT_WORDS or _BYLINE.search(line) or not _credit(line):
        return False
    return len(words) >= 3 or _photo_word(line)


def _photo_word(line: str) -> bool:
    return any(w.strip("()[].,;:").casefold() in _CREDIT_WORDS for w in line.split())


def _credited(line: str) -> bool:
    """A short line whose last words, after a sentence or a bar, are a picture's credit."""
    if len(line.split()) > MAX_CAPTION_WORDS:
        return False
    for end in reversed([m.end() for m in _SENTENCE_END.finditer(line)]):
        tail = line[end:]
        if len(tail.split()) > _MAX_CREDIT_WORDS:
            return False
        if _described(line[:end]) and (_credit(tail) or _photo_number(line[:end], tail)):
            return True
    return False


def _photo_number(text: str, tail: str) -> bool:
    """A picture's file number after the caption's last sentence ("... have yet to arrive.
    09031113"): eight digits alone after a word's full stop, not an abbreviation's ("Patent
    No. 10610157", "Ph. 9443012345")."""
    return bool(_PHOTO_NUMBER.fullmatch(tail.strip())) and bool(_SENTENCE_WORD_END.search(text))


def _described(text: str) -> bool:
    """Words before a credit that describe a picture: a byline ("By Devin Marsh | The
    Oregonian") or a menu ("NFL | MLB | Golf | More") has too few lower-case words."""
    words = text.split()
    return len(words) >= _MIN_CAPTION_WORDS and sum(w[0].islower() for w in words) >= 3


def _credit(tail: str) -> bool:
    """ "ANNA ROSTAD • Star Tribune", "(AN photo)", "PHOTO: ST FILE", "Photo / Supplied",
    "| Andrei Voicu/AFP via Getty Images"; not a wire's name alone ("AFP")."""
    if _SIGN_OFF.search(tail):
        return False
    if _PICTURE_COPYRIGHT.match(tail):
        return True  # "© The Trustees of the Natural History Museum, London"; not "© 2024 ..."
    words = [w.strip("()[].,;:'\"") for w in _CREDIT_SPLIT.split(tail)]
    words = [w for w in words if w and w not in _SEPARATORS]
    if not words or any(
        not (w[0].isupper() or w[0].isdigit() or w in _CREDIT_LOWER or _WEB_ADDRESS.fullmatch(w))
        for w in words
    ):
        return False
    if any(w.casefold() in _CREDIT_WORDS for w in words):
        return True
    capitalized = sum(1 for w in words if w[0].isupper())
    return capitalized >= 2 and bool(_NAME_MARK.search(tail)) and not _DIGIT.search(tail)
