"""Photo captions in text copied from a page, known by what a caption carries and an
article's sentence does not: a credit after its last sentence ("... since 1971. ANNA ROSTAD
• Star Tribune", "... in Jeddah. (AN photo)"), a gallery's counter opening it ("[1/2]
Electric bicycles are seen ..."), a label ("Pictured: ..."), or its credit and a "hide
caption" button under it. A caption describes one picture, often with facts the article
does not state; summaries that quoted one were judged nonsense (docs/truth.md). The line
after a gallery's "Image 1 of 4" is not taken: a page may have lost the caption, and that
line is then the article's. Captions at the top of an article, known by where they stand,
are `opening_captions`'.
"""

from __future__ import annotations

import re

from .furniture import TERMINAL, Removal
from .verb_after_cut import AUXILIARIES
from .verbs import finite, has_verb, word_set

MAX_CAPTION_WORDS = 80
"""A longer line is an article's paragraph, whatever ends it."""
_MAX_CREDIT_WORDS = 10
MIN_CAPTION_WORDS = 5
TOP_CAPTION_WORDS = 40
"""A caption at the top of a page, over a credit or over the article: at most this many words."""
_BUTTONED_WORDS = 50
"""Longer, the line above a credit and its button is the article's (the page lost the
caption): a caption is a sentence or two."""
# a wire's sign-off names its reporters, no picture's: "Reporting by Jane Doe/Editing by ..."
_SIGN_OFF = re.compile(r"\b(?:reporting|editing|writing|compiled)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]?\s+|\s+[|•·]\s+")
_CREDIT_SPLIT = re.compile(r"[\s/]+")
_SEPARATORS = frozenset("|•·–—-:")
# "Name | Outlet", "Name • Outlet", "Name/Outlet", "BRENT MARTEL / WINNIPEG FREE PRESS",
# "KRISTEN AKANA/Tribune-Herald"; not
# "10/7/19", "and/or" or "AC/DC"
_NAME_MARK = re.compile(r"[|•]|[a-z]\s?/\s?[A-Z]|[A-Z]\s/\s[A-Z]|[A-Z]{2}/[A-Z][a-z]")
_DIGIT = re.compile(r"\d")
_CREDIT_WORDS = frozenset(
    re.findall(
        r"\w+",
        "photo photos photograph picture pic image images getty file supplied handout courtesy"
        " credit shutterstock alamy istock istockphoto contributed",
    )
)
# lower-case words a credit may hold: "Andrei Voicu/AFP via Getty Images", "Download this photo"
CREDIT_LOWER = _CREDIT_WORDS | frozenset(
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
# a picture's label: "[Photo] Outboard motors recovered from a property near Elberta ...";
# a caption where the page has more than one, or where it states nothing (a name)
_PHOTO_LABEL = re.compile(r"^\[(?:Photo|Image|Picture)s?\]\s", re.I)
# a caption that names itself, one sentence: "A file photo of a flooded community in Kogi
# State.", "File picture of ..." (not "A photo of the suspect was released by police.")
_FILE_PHOTO = re.compile(
    r"^(?:An?\s|The\s)?(?:file|undated|handout|stock)\s(?:photo|picture|image|photograph)\s"
    r"(?:of|shows)\s[^.!?]{3,150}\.?$",
    re.I,
)
_CAPTION_BUTTON = re.compile(
    r"^(?:hide|toggle|show) caption$|^enlarge this image$|^buy (?:now|this photo)$", re.I
)  # "Buy Now": a page's button for a print of the picture
# where a person stands in the picture, after their name: "Tendai Chirimuta (right) tussles"
_PLACED = re.compile(
    r"[A-Z][\w'’.-]*,? \((?:(?:far |second |third |fourth )?(?:left|right)(?: to (?:left|right))?"
    r"|(?:second |third |fourth )?from (?:left|right)|cent(?:re|er)|front|back|top|bottom|L|R)\)"
)
# a byline is no credit: "By Lin Shu-hui / STAFF REPORTER", "Jane Doe | Staff Writer"
_BYLINE = re.compile(
    r"^by\s|\b(?:staff(?!\sphoto\b)|writer|reporter|correspondent|editor|columnist)\b", re.I
)  # a staff photo is a credit ("Record staff photo", "Staff photo by Jane Doe"); a staff
# photographer's name is a byline
SPEAKER = r"\b(?:said|says|told)\b"
CAPITALS = r"^[A-Z][A-Z .,'-]+"  # a place or a label in capitals opening the line
SUBJECT_WORDS = 7
NOT_BEFORE_VERB = word_set(AUXILIARIES.replace("|", " ")) | {"said", "says"}
DATELINE_DASH = rf"{CAPITALS}\s[-–—]\s"
"""A dateline in capitals and its dash opening the line: "TALLINN – ", "BEIRA — "."""
NOT_DEPICTION = re.compile(rf"[\"“”]|{SPEAKER}|{DATELINE_DASH}")
PASSIVE_DEPICTION = re.compile(
    r"(?:A|An|The)\s(?:[\w'’-]+\s){1,5}(?:is|are)\s(?:checked|examined|inspected|measured|weighed"
    r"|tagged|fed|treated|carried|lifted|released|comforted|rescued)\sby\s(?:a|an|the)\s(?:[a-z]+\s)?"
    r"(?:member|ranger|vet|volunteer|researcher|keeper|nurse|doctor|scientist|technician|worker"
    r"|firefighter|biologist|midwife|paramedic|veterinarian)s?\b"
)
"""A picture's present passive, the person who does it after "by": "A rescued golden mantella
frog is checked by a member of the Ambatovy environment team ..." (not "The fleet is inspected
by a single fisheries officer, a report has found": a lede's)."""


def captions(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """``lines`` without the photo captions among them, and those captions."""
    labelled = [_labelled(line) for line in lines]
    if any(labelled) and not any(
        len(line.split()) >= MIN_CAPTION_WORDS and TERMINAL.search(line)
        for line, flag in zip(lines, labelled, strict=True)
        if not flag
    ):
        labelled = [False] * len(lines)  # no sentence besides: the labelled line is the story
    photo_labels = [bool(_PHOTO_LABEL.match(line)) for line in lines]
    gallery = sum(photo_labels) > 1
    caption = [
        _credited(line)
        or bool(_GALLERY_PREFIX.match(line))
        or photo_label
        and (gallery or not has_verb(line[line.index("]") + 1 :]))
        or bool(_FILE_PHOTO.match(line))
        and not has_verb(line)
        or flag
        or _placed(line)
        or _bracket_credited(line)
        for line, flag, photo_label in zip(lines, labelled, photo_labels, strict=True)
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


def _placed(line: str) -> bool:
    """A caption that says where a person stands in the picture ("Vumba Stars midfielder
    Tendai Chirimuta (right) tussles for the ball with ..."): one sentence, no one quoted,
    a verb after the name (an article writes "(left)" only under a picture)."""
    found = _PLACED.search(line)
    return (
        found is not None
        and len(line.split()) <= _PICTURED_WORDS
        and not _INNER_STOP.search(line)
        and not NOT_DEPICTION.search(line)
        and (
            _acts(line[found.end() :].split()[:1])
            or _and_someone_acts(line[found.end() :])  # "Fiona Calder (left) and PhD
            # candidate Tomás Reyes examine a basalt outcrop": two people in the picture
        )
    )


_AND_SOMEONE = re.compile(r" and (?:[\w'’.-]+ ){0,3}[A-Z][\w'’.-]+ ([a-z]+)\b")


def _and_someone_acts(rest: str) -> bool:
    """Whether a second person's name follows "and", then a verb in the present, as a
    caption writes it ("and Tomás Reyes examine"; not "and Jones met on Monday")."""
    found = _AND_SOMEONE.match(rest)
    return found is not None and not finite(found[1], None) and found[1] not in _NO_VERB


_NO_VERB = word_set("of the a an in at on for to from with and or who which whose during after")


def _bracket_credited(line: str) -> bool:
    """A caption, one sentence with no full stop, and its credit in brackets at its end."""
    if line.endswith(").") and _PHOTO_CREDIT_END.search(line):
        line = line[:-1]  # "... Province (photo: Laotian Times)." (not "(courtesy of ...).")
    credit = _BRACKET_CREDIT.search(line) if line.endswith(")") else None
    if credit is None or len(line.split()) > _PICTURED_WORDS:
        return False
    caption = line[: credit.start()]
    return (
        (described(caption) or _named_photo(credit[0]) and _SHORT_CAPTION.match(caption))
        and not TERMINAL.search(caption)
        and not _INNER_STOP.search(caption)
        and not NOT_DEPICTION.search(caption)
    )


_SHORT_CAPTION = re.compile(r"^[A-Z][\w'’-]*(?:\s[\w'’-]+){1,3}$")
"""What a picture shows, in two to four words ("Aedes aegypti mosquito")."""


def _named_photo(credit: str) -> bool:
    """Whether a bracketed credit names a picture ("(Photo courtesy of MRCU)"), so a few
    words before it are its caption, not a byline or a menu."""
    return credit.lstrip(" (")[:3].lower() in ("pho", "pic", "ima")


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
        and described(rest)
        and not _credit(rest)
        and not _credit(" ".join(rest.split()[:2]))  # "Getty Images The Bank of England ..."
        and (not _INNER_STOP.search(rest) or _depiction_first(rest))
        # "Reuters. The Bank of England raised ...": a credit run into a lede
        and not NOT_DEPICTION.search(rest)  # "..., the captain said": a story's line
    )


_INNER_STOP = re.compile(r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)(?<!\bProf)[.!?]\s+\S")
"""A second sentence under a label: a credit run into the lede, not a caption, unless the
first is a picture's description."""


def _depiction_first(rest: str) -> bool:
    """Whether the first of two sentences under a label describes a picture, a participle
    and no finite verb ("Coaches waiting to leave Mien Tay Station on a weekend morning. The
    station now handles ..."): a caption that goes on, not a credit run into a lede."""
    first = rest[: _INNER_STOP.search(rest).start()]
    words = [w.strip(",;:") for w in first.split()]
    return (
        described(first)
        and any(w.endswith("ing") and w.islower() for w in words[1:SUBJECT_WORDS])
        and not any(w.lower() in NOT_BEFORE_VERB for w in words)
    )  # not "Photo: The Beijing skyline at dusk. China's economy grew ..."


def photo_credit(line: str) -> bool:
    """A credit line with a photo word ("Photo Credit: Santa Cruz Challenger"), not a byline
    ("Jane Doe | The Guardian")."""
    return credit_line(line) and _photo_word(line)


# a picture agency's web address in a credit: "Credit: Hannah Morley (rspb-images.com)"
_WEB_ADDRESS = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}")


def credit_line(line: str) -> bool:
    """A picture's credit on a line of its own: a photo word, or a name and an outlet (three
    words or more: "UK | England" is a section's label)."""
    words = [w for w in _CREDIT_SPLIT.split(line) if w and w not in _SEPARATORS]
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
        if described(line[:end]) and (_credit(tail) or _photo_number(line[:end], tail)):
            return True
    return False


def _photo_number(text: str, tail: str) -> bool:
    """A picture's file number after the caption's last sentence ("... have yet to arrive.
    09031113"): eight digits alone after a word's full stop, not an abbreviation's ("Patent
    No. 10610157", "Ph. 9443012345")."""
    return bool(_PHOTO_NUMBER.fullmatch(tail.strip())) and bool(_SENTENCE_WORD_END.search(text))


def described(text: str) -> bool:
    """Words before a credit that describe a picture: a byline ("By Devin Marsh | The
    Oregonian") or a menu ("NFL | MLB | Golf | More") has too few lower-case words."""
    words = text.split()
    return len(words) >= MIN_CAPTION_WORDS and sum(w[0].islower() for w in words) >= 3


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
        not (w[0].isupper() or w[0].isdigit() or w in CREDIT_LOWER or _WEB_ADDRESS.fullmatch(w))
        for w in words
    ):
        return False
    if any(w.casefold() in _CREDIT_WORDS for w in words):
        return True
    capitalized = sum(1 for w in words if w[0].isupper())
    return capitalized >= 2 and bool(_NAME_MARK.search(tail)) and not _DIGIT.search(tail)


_PICTURED_AT = re.compile(r"\s(?:(?:is|are)\s)?pictured\s")


def pictured_where(line: str) -> bool:
    """Who is pictured where, with no verb but that: "CRAFTSMAN: Idris Lewis pictured at the
    Cilgerran Coracle Regatta in 2005." (not "Idris Lewis, pictured at the regatta in 2005,
    has died", nor "Police released an image of a man pictured at the scene")."""
    found = _PICTURED_AT.search(line)
    return (
        found is not None
        and MIN_CAPTION_WORDS <= len(line.split()) <= TOP_CAPTION_WORDS
        and not NOT_DEPICTION.search(line)
        and not has_verb(f"{line[: found.start()]} {line[found.end() :]}")
    )


CAPITALS_LABEL = re.compile(rf"{CAPITALS}:\s")  # "FED UP: ", "NOT THIS YEAR: "
_POSED_OR_PAST = re.compile(r"\b(?:with|ago|yesterday(?:'s|’s)?|last (?:week|month|year|summer))\b")


def labelled_description(line: str) -> bool:
    """A label in capitals over words with no verb and a picture's "with" or past time: "NOT
    THIS YEAR: Coopers Beach diver Rewi Maxwell with a catch from the bay two summers ago." (a
    lede under a label has its verb, and the rules miss a bare present: "Residents flee")."""
    label = CAPITALS_LABEL.match(line)
    described = line[label.end() :] if label and " " in label.group().strip() else ""
    return (  # a label of two words or more: "DHAKA: The nation celebrates ..." is a dateline
        len(described.split()) > MIN_CAPTION_WORDS
        and bool(_POSED_OR_PAST.search(described))
        and not has_verb(described)
    )
