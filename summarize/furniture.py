"""What a news page wraps around an article: bylines and time stamps above it, a wire
dateline at its start, related-link lists, instrument codes. Each rule stops where
article text could start (docs/robustness.md); ``clean`` reports what they remove, each
a ``Removal``."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Removal:
    """One piece of the input that cleaning dropped, and why."""

    text: str
    reason: str


TERMINAL = re.compile(r"[.!?…:;\"'”’)\]]\s*$")
"""A line that ends as a sentence does."""
_RELATED_HEADING = re.compile(
    r"^(?:related(?: stories| articles?| coverage| content| links| news| posts| reading)?"
    r"|more (?:stories|on this story)"
    r"|see also|you (?:may|might) also like|recommended(?: for you)?|read more(?: from [^:]{1,40})?"
    r"|most read)\s*:?$",
    re.I,
)
_HEADER_LINES = 8
_DATELINE_LINES = 3
_TEXT_WORDS = 25
"""The header is the lines before a sentence or a line this long after a title and a
standfirst: the text has begun, and a date line in it ("Sunday, 27 February" under a
match's venue) is the article's."""
_BYLINE = re.compile(
    r"^(?:[Bb]y|BY|Author:?|(?:Reporter|Writer|Correspondent):|(?:Text|Words|Written|Reporting) by)"
    r"\s+(?!(?:The|A|An|This|That)\b)[A-Z]"
    r"|^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s+\|\s"
)
"""A byline's start: "By Jane Doe ...", "Author Jane Doe", "Reporter: Niamh Costigan", "Jane
Doe | Staff Writer"."""
# A byline with its author's blurb: "By Jane Doe, a senior reviewer covering ..." (not "By
# Monday, the river ...": a name of two words or more, then the blurb's article)
_BYLINE_BLURB = re.compile(
    r"^(?:By|BY)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3},\s+(?:a|an|the|our)\s"
    r"(?:[\w'’-]+\s){0,4}(?:reporter|writer|editor|correspondent|reviewer|columnist|critic"
    r"|contributor|journalist|producer|photographer|analyst|intern|fellow)s?\b[^.!?]{0,150}"
    r"[.!?]?$"
)  # not "By Christmas Eve, the shelter had run out of beds": a role names the writer
# A wire story's dateline: the place in capitals, a state or a date, the agency, a dash
# ("WASHINGTON (AP) —", "NEW YORK, March 3 (Reuters) -", "SPRINGFIELD, Ill. —", a press
# release's "AUSTIN, Texas, June 4, 2019 /PRNewswire/ --"), or the agency alone ("(CNN) --").
# Where the story was filed is no part of its claim; left in, it opened headlines, and
# "Mass. --" was read as a sentence's end. ``DATELINE`` needs an agency, a date, a state or a
# dash of the wire's ("--", a spaced em dash); ``_BARE_DATELINE`` (a place and a colon or a
# spaced hyphen, or an en dash after capitals: "NEW DELHI: ", "Durban - ", "SINGAPORE – ") is
# read only at the article's start, and not
# before a quotation ("Johnson: "We will ...") or an aside ("Iran - Opec's second-biggest
# producer - has ..."): a sentence that opens with a name has those shapes too.
_AGENCY = r"(?:\([A-Z][\w&.' -]{0,30}\)|/[A-Z][\w&.' -]{0,30}/)"  # (AP), /PRNewswire/
_WIRE_DASH = r"(?:\s+[-–—]\s+|\s*--\s*)"  # spaced, or a double hyphen: "U.S.–China" is none
_NEXT_WORD = r"(?=[A-Z\d\"“‘'])"
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
_WEEKDAY_NAME = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?"
_MONTH = rf"{_MONTH_NAME}\.?"
_WIRES = r"(?:CNN|AP|AFP|Reuters|UPI|Bloomberg|Xinhua|dpa|PTI|IANS|AAP|Kyodo|Yonhap|ANSA|EFE)"
_CAPS_PLACE = r"[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+)*"
_STATE = (  # "Ill.", "B.C.", a postal code: "EFFINGHAM COUNTY, GA (WTOC) -"
    r"(?:,\s+(?:[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+\.?)?|(?:[A-Z]\.){1,3}|[A-Z]{2}\b))"
)
_DATE = rf"(?:,\s+{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?)"
# a press release's full date, either order: "Lausanne (SUI), 9 October 2014 –"
_FULL_DATE = rf"(?:,\s+(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}},?)\s+\d{{4}})"
# AP's abbreviations of US states and Canada's of its provinces: "Jefferson City, Mo. —" is a
# dateline, "Alphabet, Inc. —" a company
_STATE_ABBREVIATION = (
    r"(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo"
    r"|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Vt|Va|Wash|Wis|Wyo|Ont|Que|Alta|Man|Sask|Nfld"
    r"|N\.[HJMYCD]|R\.I|S\.[CD]|W\.Va|B\.C|N\.[SB]|P\.E\.I)\."
)
DATELINE = re.compile(
    rf"^(?:{_CAPS_PLACE}{_STATE}??{_DATE}?(?:\s*(?:--)?\s*{_AGENCY}|\s+[A-Z]{{2,5}}){_WIRE_DASH}"
    rf"|{_CAPS_PLACE}{_STATE}??{_DATE}{_WIRE_DASH}|{_CAPS_PLACE}{_STATE}(?:\s+[-–—]\s+|\s*--\s*)"
    rf"|{_CAPS_PLACE}\s*--\s*|{_CAPS_PLACE}\s+—\s+|[A-Z][A-Z'’-]{{3,}}(?:\s+[A-Z][A-Z'’-]+)*—"
    rf"|(?:{_CAPS_PLACE}|[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}})(?:\s\([A-Z]{{2,3}}\))?{_FULL_DATE}"
    rf"{_WIRE_DASH}"
    # a place, a date and a news agency: "Taipei, June 19 (CNA) The ...", "Buchanan, Feb 12,
    # 2013 (LINA) - The ..."
    rf"|(?!(?:{_WEEKDAY_NAME}|On)\b)[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}}{_DATE}\s+\((?:{_WIRES}"
    r"|CNA|APP|ANI|UNB|BSS|KUNA|WAM|SPA|QNA|BNA|MENA|NAN|GNA|LINA|Bernama|Antara|PNA|VNA|Xinhua)\)"
    rf"(?:{_WIRE_DASH}|\s+)"
    rf"|[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}}{_STATE}?\s*\({_WIRES}\)\s*{_WIRE_DASH}"
    rf"|[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}},\s+{_STATE_ABBREVIATION}{_WIRE_DASH}"
    rf"|{_AGENCY}\s*(?:{_WIRE_DASH})?"
    # a place and its outlet between bars: "Mpigi, Uganda | THE INDEPENDENT | The ...", and a
    # date after them: "London, England | BBC SPORT | 14 March 2024 | ..."
    r"|[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}(?:,\s[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,2})?"
    r"\s\|\s[A-Z][\w&.'’ -]{1,40}?\s\|\s"
    r"(?:(?:\d{1,2}\s[A-Z][a-z]+|[A-Z][a-z]+\.?\s\d{1,2},?)\s\d{4}\s\|\s)?"
    # a Spanish press release's place, date and ".-": "Palma de Mallorca, 2 August 2006.- Two"
    rf"|[A-Z][a-z]+(?:\s(?:(?:de|del|la|los|las|di|da|do)\s)?[A-Z][a-z]+){{0,3}}{_FULL_DATE}\.-\s*"
    rf"){_NEXT_WORD}"
)
# Labels that open a line as a place would ("UPDATE —", "Exclusive - ", "Monday - "): none is
# a dateline.
_NOT_PLACE = (
    rf"(?i:update|updated|breaking|exclusive|correction|clarification|analysis|opinion|watch"
    rf"|live|video|photos|editor'?s note|note|review|comment|today|tonight|{_WEEKDAY_NAME}"
    rf"|{_MONTH_NAME})\b"
)
_PLACE_FIRST = re.compile(rf"^(?!{_NOT_PLACE})[A-Z][A-Za-z.'’-]*[A-Z.'’-](?=[\s,])")
"""A dateline that opens with a place's name in capitals ("LEHI —", "MANHATTAN, Kan. —")."""
_ABOVE_WORDS = 60
_BARE_DATELINE = re.compile(
    # "NEW DELHI: ", "PESHAWAR, Oct 14: ", "KARACHI, Aug 22 (PPI): ", "ISLAMABAD (August 18): ",
    # "Durban - "
    rf"^(?:[A-Z]{{3,}}(?:\s[A-Z]{{2,}})?(?:{_DATE}(?:\s{_AGENCY})?|\s\({_MONTH}\s\d{{1,2}}\))?:\s+"
    # "Bhopal: The", "Alappuzha: Nearly a month after ...": a place before an article or a
    # leading phrase, not a speaker's own clause ("Prosecutors: Defendant planned ...")
    r"|[A-Z][a-z]+:\s+(?=(?:The|A|An|Nearly|Almost|About|After|Before|Following|Despite|Amid"
    r"|During|Since|More than|Less than|Just)\s)"
    rf"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?{_DATE}:\s+"  # "Port Blair, June 8: Barely a week after"
    r"|(?:[A-Z][a-z]+|[A-Z]{3,})(?:\s(?:[A-Z][a-z]+|[A-Z]{2,}))?\s+-\s+"
    r"|[A-Z]{3,}(?:\s[A-Z]{2,})?\s+–\s+)(?=[A-Z\d])"
)
_HYPHEN_PLACE = re.compile(rf"^(?!{_NOT_PLACE})[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?\s+-\s")
# a place in capitals and a spaced hyphen, under a byline's short lines ("Times Staff Writer",
# "SUNDAY, MARCH 3, 1996", then "SYRACUSE - Trailing by 12 points ..."); a place may pair
# two names ("SOMBA K'E/YELLOWKNIFE - ")
_CAPS_HYPHEN_PLACE = re.compile(
    rf"^(?!{_NOT_PLACE})[A-Z]{{3,}}[A-Z'’.]*(?:[\s/][A-Z][A-Z'’.]*){{0,3}}\s+-\s+(?=[A-Z\d])"
)
_BYLINE_LINE_WORDS = 6
"""Words of a byline's line above a dateline in capitals: a name, an outlet, a date."""
_SPACED_DASH = re.compile(r"\s[-–—]\s")
_SENTENCE_STOP = re.compile(r"[.!?]")
# Reuters instrument codes after a company's name: "Harrow Foods Inc <HRWF.N>", "<7203.T>"
_TICKER = re.compile(r" <[A-Z0-9]{1,8}\.[A-Z]{1,3}>")
# Capitalised words a stamp is made of: months, days, zones, "Updated", "Published"
_DATE_WORD = re.compile(
    rf"(?:{_MONTH_NAME}|{_WEEKDAY_NAME}"
    r"|[A-Z]{2,4}|AM|PM|Updated?|Published|Posted|Last|First|Date|Latest)[,.:]*$"
)
_WEEKDAY = rf"{_WEEKDAY_NAME},?"
# A publication's time stamp has a year or a clock time ("Thursday, May 7, 2009", "9:58
# p.m."); a fixture's date under its venue ("Sunday, 27 February") is the article's.
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?|[AP]M)?\b|\b\d{1,2}:\d\d\b")
_STAMP_DATE = re.compile(
    rf"\b(?:{_MONTH}|{_WEEKDAY})\s+\d.*\b(?:19|20)\d\d\b|\b\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d\d\b"
    r"|\d{1,2}/\d{1,2}/\d{2,4}|\b\d{1,2}:\d\d\b|\b\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\b"
    r"|\b(?:19|20)\d\d-\d\d-\d\d\b"
)
_EMAIL_ADDRESS = r"\(?[\w.+-]+@[\w-]+\.[\w.-]+\)?"
# The words of a byline or a time stamp: capitalised words (names, months, time zones),
# numbers and times, separators and a few lower-case words.
_STAMP_WORD = re.compile(
    r"[A-Z][\w.'’,:+@-]*|\(?@\w+\)?|[\d:/.,-]+(?:[ap]m|[AP]M|a\.m\.|p\.m\.)?,?|[|•/·—–:-]"
    r"|(?:at|on|by|and|of|for|the|a\.m\.|p\.m\.|am|pm|updated?:?|published:?|posted:?|last|first),?"
    r"|\([A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d\d)?)?\)"  # a time zone: "(GMT+7)", "(EST)"
    rf"|{_EMAIL_ADDRESS}"  # the writer's e-mail address
)
_EMAIL = re.compile(_EMAIL_ADDRESS)


_LINK_BULLETS = ("•", "·", "▪", "►", "› ", "> ")


def related_links(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """A "Related Stories" heading and the link titles under it (short lines that end
    without a full stop): other stories' headlines, read as this article's claims."""
    kept: list[str] = []
    removed: list[Removal] = []
    heading = False
    for line in lines:
        if _RELATED_HEADING.match(line):
            heading = True
            removed.append(Removal(line, "related links"))
        elif (
            heading
            and len(line.split()) <= 15
            and ("," not in line or line.startswith(_LINK_BULLETS))  # "• Box score: A 58, B 55"
            and not TERMINAL.search(line)
        ):
            removed.append(Removal(line, "related links"))
        else:
            heading = False
            kept.append(line)
    return (kept, removed) if kept else (lines, [])


# A picture's credit on a line of its own: "(Photo by Claire Duplantier, The
# Times-Picayune)", "Provided by Carla Medrano", "Courtesy of the family"
_CREDIT_LINE = re.compile(
    r"^(?:\((?:photo|image|picture|video)s? by|(?:photo |image )?(?:provided|supplied) by"
    r"|courtesy(?: of)?|credit:)\s[^.!?]{2,70}\)?$",
    re.I,
)
"""Not "Photo: Jane Doe": that form also follows a paragraph of the article (its picture's
caption is elsewhere), so the page-furniture rules take it alone."""


def credit_lines(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """A photographer's credit on a line of its own ("(Photo by ...)", "Provided by ...").
    The line above it stays: a page may have lost the caption, and the line above is then
    the article's."""
    kept: list[str] = []
    removed: list[Removal] = []
    for line in lines:
        if _CREDIT_LINE.match(line):
            removed.append(Removal(line, "photo credit"))
        else:
            kept.append(line)
    return (kept, removed) if kept else (lines, [])


# A press release's notes to editors (background, media contacts, "About the RNLI"),
# written for journalists, not the story; and its end mark, "Ends" or "###", when such
# matter follows it (a feature's "###" is a break between its sections).
_NOTES_HEADING = re.compile(
    r"^notes? (?:to|for) (?:news )?editors\s*:?$", re.I
)  # not "Editor's note:"
_END_MARK = re.compile(r"^(?:[-–—]\s*)?(?:ends?|###)(?:\s*[-–—])?$", re.I)  # "ENDS", "– END –"
_END_MATTER = re.compile(
    r"^(?:about (?:the )?[A-Z]|media (?:contacts?|enquiries|inquiries)|press contacts?"
    r"|for (?:more|further) information|for (?:media|press) (?:enquiries|inquiries)|contact:)",
    re.I,
)
_ABOUT_HEADING = re.compile(r"^(?i:about) (?:the )?([A-Z][\w&.,'’-]*(?: [A-Z][\w&.,'’-]*){0,4}):?$")
"""A release's boilerplate under its own heading, the next line naming the same."""
_ABOUT_LINES = 8
"""Lines from such a heading to the page's end at most: higher up, an explainer's section."""
_STORY_BEFORE_END = 100
"""Words of story above such a line: higher up, it may be an article's own subheading."""
_MATTER_LINES = 3
"""Lines under an end mark among which the end matter begins."""


def release_end(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """``lines`` up to a press release's notes to editors, or its end mark with the
    release's end matter under it (or nothing at all), and what follows: never more words
    than the story above."""
    words, total = 0, sum(len(line.split()) for line in lines)
    for at, line in enumerate(lines):
        if (
            words >= max(_STORY_BEFORE_END, total - words)
            and (
                _NOTES_HEADING.match(line)
                or (about := _ABOUT_HEADING.match(line))
                and len(lines) - at <= _ABOUT_LINES
                and at + 1 < len(lines)
                and about[1].lower() in lines[at + 1][:80].lower()  # "About PPC" / "PPC is ..."
                or _END_MARK.match(line)
                and (
                    at == len(lines) - 1
                    or any(
                        _END_MATTER.match(x) or _NOTES_HEADING.match(x)
                        for x in lines[at + 1 : at + 1 + _MATTER_LINES]
                    )
                )
            )
        ):
            return lines[:at], [Removal(x, "press release notes") for x in lines[at:]]
        words += len(line.split())
    return lines, []


# a quotation alone on its line under the title, no full stop inside its closing mark: a pull
# quote (the story quotes it in full further down); read as the story's first sentence, it
# opened the headline and ran into the lede ("“The money belonged to the people of a small
# community” A former senior finance officer ...")
_PULL_QUOTE = re.compile(
    r"^(?:“[^“”\n.!?]{3,250}[^\s.!?,;:…]”|\"[^\"\n.!?]{3,250}[^\s.!?,;:…'\"]\")$"
)


def header(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Bylines, time stamps and pull quotes among the lines before the text begins ("By
    Jane Doe", "Updated: 06/14/2022 09:05 PM EDT", "March 11, 2018 at 6:00 a.m. EDT", "“The
    money belonged to ...”"): read as a title or a sentence, they became headlines."""
    removed: list[Removal] = []
    kept: list[str] = []
    begun = False
    for at, line in enumerate(lines):
        if at >= _HEADER_LINES:
            return kept + lines[at:], removed
        long = len(line.split()) >= _TEXT_WORDS
        reason = byline_or_stamp(line) or ("pull quote" if _PULL_QUOTE.match(line) else None)
        # the text has begun after a title and a standfirst, at a line that is no stamp
        begun = begun or (at >= 2 and not reason and (long or _sentence_like(line)))
        if reason and (not begun or reason == "byline"):  # a kicker can push a byline down
            removed.append(Removal(line, reason))
        else:
            kept.append(line)
    return (kept, removed) if kept else (lines, [])


def _sentence_like(line: str) -> bool:
    return len(line.split()) >= 8 and bool(TERMINAL.search(line))


def byline_or_stamp(line: str) -> str | None:
    """A byline or a time stamp: names, dates and times, with no other lower-case word
    ("By Monday, the river had risen" is text)."""
    if _BYLINE_BLURB.match(line):
        return "byline"  # "By Priya Lind, a senior reviewer covering smart home ..."
    words = line.split()
    if not words or len(words) > 20 or any(not _STAMP_WORD.fullmatch(w) for w in words[1:]):
        return None
    if _BYLINE.match(line) or (
        # the address is the last word: searching the line for it was quadratic in its length
        _EMAIL.fullmatch(words[-1]) and all(w[:1].isupper() for w in words[:-1])
    ):
        return "byline"  # "By Jane Doe", "The Local (news@thelocal.se)"
    names = [w for w in words if w[:1].isupper() and not _DATE_WORD.match(w)]
    stamped = _CLOCK.search(line) or _DATE_WORD.match(words[0]) or words[0][:1].isdigit()
    if _STAMP_DATE.search(line) and stamped and len(names) <= 3:
        return "time stamp"  # a title in title case is no stamp: "Apollo 11 Landed On ..."
    return None


def _bare_dateline(line: str) -> re.Match[str] | None:
    """A place and a colon or a spaced hyphen opening the line, unless the dash opens an
    aside that a dash in the sentence closes ("Iran - Opec's second-biggest producer - has
    ..."): after a dateline the sentence's own asides come in pairs ("Waukesha - A jury
    convicted ... 11 clients - most of them widows - out of ...")."""
    found = _BARE_DATELINE.match(line)
    if not found or not found.group().rstrip().endswith(("-", "–")):
        return found
    return _unless_aside(line, found)


def _byline_like(line: str) -> bool:
    """A short line of capitalized words and figures: a name, an outlet, a date ("Kirsten
    Larocque", "Times Staff Writer", "SUNDAY, MARCH 3, 1996"); not a heading in sentence
    case ("Labour gains") nor a sentence ("Five people died.")."""
    words = line.split()
    return (
        len(words) <= _BYLINE_LINE_WORDS
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
        and not line.endswith(".")
    )


def _capital_dateline(line: str) -> re.Match[str] | None:
    """A place in capitals and a spaced hyphen, its sentence's own dashes paired."""
    found = _CAPS_HYPHEN_PLACE.match(line)
    return _unless_aside(line, found) if found else None


def _unless_aside(line: str, found: re.Match[str]) -> re.Match[str] | None:
    """``found``, a place and its dash, unless the sentence after it holds an odd number of
    spaced dashes: then the dash opens an aside that one of them closes."""
    sentence = _SENTENCE_STOP.split(line[found.end() :], 1)[0]
    return None if len(_SPACED_DASH.findall(f" {sentence} ")) % 2 else found


def dateline_and_codes(body: list[str]) -> tuple[list[str], list[Removal]]:
    """The body without the dateline opening one of its first lines (and the lines above
    it: the story opens there), and without Reuters instrument codes anywhere."""
    removed: list[Removal] = []
    for at, line in enumerate(body[:_DATELINE_LINES]):
        # a wire's dateline may sit under a byline or a credit ("Kyodo"); a bare one
        # ("NEW DELHI: ") opens the first line, or the second under a caption when it is a
        # place and a spaced hyphen ("Waukesha - A jury ...")
        second = at == 1 and _HYPHEN_PLACE.match(line)
        bare = _bare_dateline(line) if at == 0 or second else None
        if not bare and all(_byline_like(a) for a in body[:at]):
            bare = _capital_dateline(line)
        dateline = DATELINE.match(line) or bare
        if dateline and dateline.end() < len(line):
            removed.append(Removal(dateline.group().strip(), "dateline"))
            above = body[:at]
            if (_PLACE_FIRST.match(line) or bare) and all(
                len(a.split()) <= _ABOVE_WORDS for a in above
            ):
                # the story opens at a place's dateline: a line above is a caption or a
                # standfirst ("UPDATE —" or "(Updated)" is no place, a long paragraph no caption)
                removed[-1:-1] = [Removal(a, "above the dateline") for a in above]
                above = []
            body = [*above, line[dateline.end() :], *body[at + 1 :]]
            break
    tickers = [code for line in body if "<" in line for code in _TICKER.findall(line)]
    if tickers:
        body = [_TICKER.sub("", line) for line in body]
        removed.append(Removal(" ".join(t.strip() for t in tickers), "ticker codes"))
    return body, removed
