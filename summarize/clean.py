"""Turn raw input (text, scraped news, HTML) into clean article text.

Cleaning is conservative: a line goes only when it matches a boilerplate pattern
(a call to donate or subscribe, a gallery label, a repeated title, a share/ad line),
and every removal is reported so a user can see what went. A long paragraph loses only
boilerplate sentences at its start or end (a one-paragraph article that mentions a
subscription is still the article), and cleaning never empties the input: when in doubt, keep.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import furniture, sign_off
from .captions import captions
from .comments import reader_comments
from .furniture import TERMINAL, Removal
from .mail import looks_like_mail, read_mail
from .markdown_text import looks_like_markdown, markdown_to_text
from .opening_captions import caption_over_credit, doubled_caption, uncredited_caption
from .page_text import page_article
from .wrapped import unwrap

_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+|(?<=[.!?…][\"'”’)\]])\s+")
LONG_LINE_WORDS = 60
"""A matching line up to this long is a boilerplate paragraph and goes whole; a longer one
is article text with a sentence of boilerplate at most."""
_HTML = re.compile(r"<\s*(html|body|article|p|div|head|title|br|span|h[1-6])\b[^>]*>", re.I)

# A label glued to the start of the next line by a scraper ("Show all 2Your support ...").
_MEDIA_LABEL = re.compile(
    r"^(show all|view all|view gallery|open gallery|image \d+ of|photo \d+ of)\s*\d*\s*", re.I
)
# a live story's stamp before its update: "UPDATE 8:10 p.m.: Inyo County Sheriff's Office says
# ..." (the update's sentence stays)
_UPDATE_STAMP = re.compile(
    r"^(?i:update[ds]?)(?: at)? \d{1,2}[:.]\d\d\s?(?:[ap]\.?m\.?)?(?: [A-Z]{2,4}T)?"
    r"\s?[:—–-]\s+(?=[A-Z\"“])"
)

# (reason, pattern): a line that matches is not article text.
_BOILERPLATE: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "donation appeal",
        re.compile(
            r"\byour support (helps|allows|makes|means)\b|\bsupport (us(?! all\b)|our journalism"
            r"|independent journalism)\b|\bquality journalism must\b|\bpaywalls?\b|\bhelp us keep\b"
            r"|\bjournalism costs money\b"
            r"|(^|please )make a (donation|contribution)\b|\bdonate (now|today)\b"
            r"|(^|[.!?] )(if you value [^.]{0,80}, )?please consider becoming an? "
            r"(member|supporter|subscriber|patron)\b",
            re.I,
        ),
    ),
    (
        "subscription prompt",
        re.compile(
            r"\bsubscribe (to|now|today)\b|\bsubscription today\b|\bstart your [\w ]{0,40}"
            r"subscription\b|\bbookmark (this|your)\b|\bsign up (for|to) (our|the)\b[\w ]{0,30}"
            r"newsletter|\bnewsletter\b.{0,40}\bsign up\b|\balready a subscriber\b"
            r"|^(don'?t miss a thing\.\s*)?sign up here\b.{0,100}$"
            r"|\bwe use your sign-up to provide content\b|\bunlimited digital access\b"
            r"|^\$\d+(\.\d\d)? for \d+ weeks\.?$"
            # a digital edition's prompt: "Read The Orcadian on your computer, tablet or phone"
            r"|^read (the )?[\w'’ ]{2,40} on your (computer|tablet|phone|mobile|device)\b.{0,120}$"
            r"|^sign up to (receive|get)\b.{0,120}\b(inbox|e-?mail)\.?$"
            # "Follow Mothership on Telegram to get the latest news delivered to your phone"
            r"|^follow [\w'’ ]{2,40} on (telegram|whatsapp|google news|instagram|tiktok|youtube)"
            r"\b.{0,120}$"
            # a newsletter's footer
            r"|^view (this|it) (e-?mail )?in (your|a) (web )?browser\b.{0,40}$"
            r"|^you (are receiving|received|were sent) this (e-?mail|message|newsletter)?\b"
            r"|^(to )?unsubscribe\b.{0,120}$|^(update|manage) (your )?(e-?mail )?(preferences"
            r"|subscription)\b.{0,60}$|^forward (this|to a friend)\b.{0,40}$",
            re.I,
        ),
    ),
    (
        "page furniture",
        re.compile(
            r"^(advertisement|share this (article|story|page)|read more\b.{0,80}|related( articles?"
            r"| stories)?:.{0,80}|follow us on\b.{0,80}|click here\b.{0,80}|all rights reserved"
            r".{0,40}|(©|copyright ©?)\s*\d{4}.{0,200}|sign in|log in|skip to (main )?content"
            r"|listen to this article\b.{0,40}|share (on|this|via)\b.{0,60}"
            r"|you can unsubscribe\b.{0,60}|\d+ min(ute)? read"
            r"|(last )?updated \d+ (minutes?|hours?|days?) ago.{0,40}"
            r"|(photo|image|picture)s?( credit)?:\s.{1,60}"
            # a caption in brackets on its own line: '(Photo: "Market at Lavov Most" (1934), ...)'
            r"|\((photo|image|picture|pictured)s?:\s[^()]{1,200}(\([^()]{1,40}\)[^()]{0,200})?\)"
            r"|(image|photo|picture|slide) \d+ of \d+|share|see also:.{0,100}|join the conversation"
            # a share bar's buttons on one line: "Share: Tweet Email Print Comments (3)"
            r"|(?=.*\b(share|tweet|e-?mail|print|comments?)\b)"  # not "Facebook Twitter": a list
            r"((share:?|tweet|e-?mail|print|facebook|twitter|whatsapp|linkedin|pinterest|reddit"
            r"|telegram|copy link|comments?( \(\d+\))?)(\s|$)){2,10}"
            r"|(full article )?\d+ comments?|comments? \(\d+\)|comments will be moderated\..{0,400}"
            # a comment form: "Leave a Reply", "Your email address will not be published. ..."
            r"|leave a (reply|comment)|add a comment"
            r"|your e-?mail address will not be published\b.{0,200}"
            r"|photos? available for download:.{0,400}"
            r"|(published|posted) in (?-i:[A-Z])[^.]{1,60}(, | on )[^.]{3,60}\.?"
            r"|(edited )?translat(ed|ion) (from|by) (?-i:[A-Z][\w'’-]*(\s[A-Z][\w'’-]*){0,5})\.?"
            r"|powered by [\w .]{2,30}|(only have a minute\? )?listen instead|\d+-minute listen"
            r"|tags?:\s[^.!?]{1,120}|(also )?read( also| next)?:.{1,120}"
            r"|related topics|reprints|print|email"
            # a breadcrumb: "You are here: Home > News and media > Latest news"
            r"|(you are here:?\s*)?home ?[>›»/|] ?[^.!?]{1,200}"
            r"|you are here:[^.!?]{0,200}[>›»][^.!?]{0,200}"
            # a blog's stamp: "Posted on 24 November 2020 by Dorset Council in Highways, ...",
            # "Posted on August 21, 2014 by Kotoko Media Team in Club News"
            r"|(posted|published) on (\d{1,2} \w+|\w+ \d{1,2},?) \d{4} by [^.]{1,60}"
            r"( in [^.]{1,80})?"
            r"|(pdf|print(able)?) version( \(\d+(\.\d+)?\s?[kmg]b\))?"  # "PDF version (158KB)"
            r"|download (the )?pdf( \(\d+(\.\d+)?\s?[kmg]b\))?"
            r"|reading time:? \d+ mins?( read)?|\(?attn:.{1,150}|copy/paste the article video embed"
            r" link below:?|take [\w ]{1,30} everywhere with you!?"
            r"|(?-i:IMAGE|PHOTO|PICTURE):\s.{1,400}"
            # a video's blurb, and its reporter: "WATCH ABOVE: ... Jenna Kowalczyk reports."
            r"|(?-i:WATCH(?: ABOVE| BELOW| HERE)?|VIDEO|LISTEN):\s[^.!?]{1,200}[.!?]?"
            r"(\s[^.!?]{1,40}\sreports\.)?"
            # a figure's caption: "Figure 1: ...", "Figure 2. Subsidence of ..." (not "Figure 3.
            # shows that ...")
            r"|(?-i:(Figure|Fig\.|Table|Chart) \d{1,2}(:\s|\.\s[A-Z(\"“])).{1,300}"
            r"|(posted|filed|published) (in|under):\s.{1,120}"  # "Posted in: Agriculture | ..."
            # a live story's stamps: "Update 9:15 p.m.", "Original story 7:42 p.m."
            r"|(original (story|post|article|report)|update[ds]?)( at| posted)?:? \d{1,2}[:.]\d\d"
            r"\s?([ap]\.?m\.?)?( [a-z]{2,4}t)?"
            # a stamp line ending with its read time: "... | Story X. Photo Y. Read time 5 min."
            r"|[^|]{0,80}\|.{0,120}[|.] read(ing)? time:? \d+ min(ute)?s?( read)?\.?"
            r"|enlarge\s*/\s.{1,400}|hits:\s*\d+"
            r"|(download|get) (the|our) [\w'’&. -]{1,40}\bapp\b.{0,80}"  # an app's prompt
            # a call for readers' tips to the newsroom: "Got a news tip or photos of the storm?
            # Email news@..." (not "Got a problem with your landlord? Call the new hotline")
            r"|(got|have you got|do you have|have|know) (a|any|more)\b[^.!?]{0,60}\?\s"
            r"((e-?mail|call|contact|send|text|message|whatsapp)\b([^.!?]{0,40}(\bus\b|\bour\b"
            r"|\bnews ?desk\b|\bnewsroom\b)|(\s[^\s@]+){0,6}\s[\w.+-]+@|\s\(?\d).{0,80}"
            r"|e-?mail (?-i:[A-Z])\w+( (?-i:[A-Z])\w+){0,2}\.?|get in touch( with us)?.{0,80})"
            r"|(an? )?(booking|mug ?shot|arrest) (photo|photograph|image)s? (is|are) attached\.?"
            # a share box's own lines: "Post to Facebook", "A link has been posted to your
            # Facebook feed.", "Check out this story on guampdn.com: http://..."
            r"|post to facebook|cancel ?send|posted!|a link has been (sent to your friend['’]s"
            r" e-?mail address|posted to your facebook feed)\.?|check out this story on \S+:? https?://\S+)$",
            re.I,
        ),
    ),
    (  # a long caption with no full stop, then its photographer: "Passengers queue outside
        # Liverpool Street station on Tuesday morning (Harriet Cole)"; not a referee's line,
        # "Howard Webb (South Yorkshire)"
        "photo caption",
        re.compile(
            r"^(?:\S+\s){8,40}?\S*[a-z0-9]\s\([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3}\)$"
            # or its credit names the picture: "... offices (Photograph by Nicola Tucker)"
            r"|^(?:\S+\s){4,40}?\S*[a-z0-9’']\s\((?i:photo|photograph|picture|image)s?(?:\sby|:)"
            r"\s[A-Z][^()]{1,60}\)$"
            # or it says the picture is an old one, one sentence: "... over the coming weeks
            # (file photo)"
            r"|^[^.!?]{20,300}[a-z0-9’']\s\((?i:file (?:photo|picture|image|pic))\)$"
        ),
    ),
    (  # a menu or a stamp cut by bars: "Comments (187) | Email | Print", "Oct. 12, 2011 |(27)"
        "page furniture",
        re.compile(r"^(?:[^|.!?]{0,40}(?:\.\s?[^|.!?]{0,40})?\|){1,6}[^|]{0,40}(?<![.!?\"”’])$"),
    ),
    (  # the page's own notes: "NOTE: This summary should be read together with the judgment",
        # "We will keep you updated on the outcome of Monday's meeting", and the outlet's
        # description of itself ("High North News is an independent newspaper published by")
        "page's note",
        re.compile(
            r"^(?i:note:\s+this (?:summary|article|story|release|press release|report|page)\b)"
            r"|^(?i:we(?:'ll|’ll| will) (?:keep you (?:updated|posted|informed)|update (?:this"
            r"|you)|continue to update|bring you more)\b[^,]{0,120})$|^(?i:this (?:story|article"
            r"|report) (?:will be|is being|may be|has been) updated\b.{0,80})$"
            r"|^(?i:this is a developing (?:story|situation)\b.{0,60})$"
            r"|^[A-Z][\w'’.&-]*(?:\s[A-Z][\w'’.&-]*){0,4} is an? (?:(?:independent|leading"
            r"|non-?profit|online|digital|daily|weekly|regional|local|national|free|English-language)"
            r"\s)*(?:newspaper|news ?paper|news (?:site|website|outlet|service|organi[sz]ation"
            r"|agency|publication|platform)|publication|magazine|broadcaster|media (?:company"
            r"|outlet|organi[sz]ation)) (?:published|produced) by\b"  # its footer, not a story
            # about an outlet ("Novaya Gazeta is an independent newspaper whose editor ...")
        ),
    ),
    (  # an epigraph: '"This is the day which the LORD hath made ..." — Psalm 118:24'
        "epigraph",
        re.compile(r"^[\"“][^\"“”]{10,300}[\"”]\s?[—–]\s?[A-Z][\w.:' ]{1,40}$"),
    ),
    (  # a photographer's credit on its own line: "Maren Castellano/NPR", "Owen Pratley/STAT"
        "photo credit",
        re.compile(
            r"^[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,3}\s?/\s?[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){0,3}$"
        ),
    ),
    (
        "archive notice",
        re.compile(
            r"^this archived (news )?(story|article)\b|\binformation in (the|this) (story|article) "
            r"may be outdated\b|^this (story|article) is from our archives?\b"
            r"|\bfor your personal,? non-commercial use\b",
            re.I,
        ),
    ),
    (  # a picture's caption, known by its credit at the end: "... yesterday. Photo: Steve
        # Christo", "... on Wednesday. (Hanul Robotics)", "(AP Photo/Jane Doe)"
        "photo caption",
        re.compile(
            r"^.{10,400}?(?:[.!?]\s+(?:Photo(?:graph)?s?|Pictures?|Images?|Credit|Photo credit)"
            r"\s*:\s*[^.:]{2,60}|[.!?]\s*\((?:[A-Z][\w&'’-]*(?:\s[A-Z][\w&'’-]*){0,3}"
            r"|AP Photo/[^)]{2,40}|(?:Image|Photo|Picture)s?:\s*[^)]{1,40})\)"
            r"|\s*\[(?:PHOTO|IMAGE|PICTURE|Photo|Image|Picture)S?:\s*[^\]]{1,40}\]"
            r"|[.!?]\s*\[[A-Z][\w&'’-]*(?:\s[A-Z][\w&'’-]*){1,3}\]"  # "... June. [InTime News]"
            r"|[.!?]\s+[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,3}\s?/\s?[A-Z][\w&'’.-]*"
            r"|[.!?]\s+(?:Provided by|Courtesy(?: of)?|Supplied by)\s[^.!?]{2,60}"
            r"|[.!?]\s*\((?:Photo|Image|Picture)s? by [^)]{2,60}\)"
            r"|\s\((?:Image|Photo|Picture)s?:\s*[^)]{1,40}\))$"  # "... (Image: Wales News)"
            # or, on a caption's short line, no full stop before it: "... near Velez-Malaga
            # Photo: Guardia Civil" (not "... is titled Picture: A Life In Frames")
            r"|^(?=(?:\S+\s+){4,24}\S+$).{10,300}?[a-z]\s+Photo(?:graph)?:\s+[A-Z][\w&'’.-]*"
            r"(?:\s[A-Z][\w&'’.-]*){0,4}$"
            # or its credit first, a bar between: "Staff photo by Jenna Cobb | Welder Tyler ..."
            r"|^(?:Staff |File |Submitted )?[Pp]hoto(?:graph)? by [A-Z][^|]{2,40}\|\s.{10,300}$"
        ),
    ),
)


@dataclass(frozen=True)
class Cleaned:
    body: str
    title: str | None
    standfirst: str | None
    removed: tuple[Removal, ...]
    from_html: bool


def looks_like_html(text: str) -> bool:
    return len(_HTML.findall(text[:20000])) >= 2


def html_to_text(html: str) -> tuple[str, str | None]:
    """Main text and title of an HTML page, through trafilatura."""
    import trafilatura

    body = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not body:  # too short for trafilatura's article heuristics: keep all visible text
        body = trafilatura.html2txt(html) or ""
    metadata = trafilatura.extract_metadata(html)
    title = metadata.title if metadata is not None and metadata.title else None
    return body, title


def clean(raw: str) -> Cleaned:
    """Clean raw input; recognise the scraped-news layout (title, standfirst, body)."""
    raw, known_title, from_html, removed = _as_text(raw)
    lines = [" ".join(line.split()) for line in raw.split("\n")]
    lines = [line for line in lines if line]
    lines, caption_lines = captions(lines)
    removed += caption_lines
    lines, comment_lines = reader_comments(lines)
    removed += comment_lines
    page = page_article(lines)
    if page is not None:
        lines, known_title = page.lines, known_title or page.title
        removed += page.removed
    lines, top_caption = caption_over_credit(lines)
    removed += top_caption
    lines, bare_caption = uncredited_caption(lines)
    removed += bare_caption
    lines, twice = doubled_caption(lines)
    removed += twice

    lines, header = furniture.header(lines)
    removed += header
    title, standfirst, lines = _split_header(lines, known_title)
    candidates: list[str] = []
    for line in lines:
        label = _MEDIA_LABEL.match(line)
        if label and label.end() < len(line):
            removed.append(Removal(label.group().strip(), "gallery label"))
            line = line[label.end() :]
        if line[:1] in "Uu" and (stamp := _UPDATE_STAMP.match(line)):
            removed.append(Removal(stamp.group().strip(), "live story's stamp"))
            line = line[stamp.end() :]
        if title and line.casefold() == title.casefold():
            removed.append(Removal(line, "repeated title"))
            continue
        candidates.append(line)
    candidates, links = furniture.related_links(candidates)
    removed += links
    candidates, credits = furniture.credit_lines(candidates)
    removed += credits
    candidates, bio = sign_off.author_bio(candidates)
    removed += bio
    candidates, note = sign_off.sign_off(candidates)
    removed += note
    candidates, notes = furniture.release_end(candidates)
    removed += notes
    body: list[str] = []
    boilerplate: list[Removal] = []
    for line in candidates:
        kept, dropped = _strip_boilerplate(line)
        boilerplate += dropped
        if kept:
            body.append(kept)
    if not body:  # all of it looked like boilerplate: keep it rather than lose an article
        body, boilerplate = candidates, []
    body, marks = furniture.dateline_and_codes(body)
    removed += marks
    return Cleaned("\n".join(body), title, standfirst, (*removed, *boilerplate), from_html)


def _as_text(raw: str) -> tuple[str, str | None, bool, list[Removal]]:
    """The text of an e-mail, an HTML page, Markdown or hard-wrapped text, one paragraph a
    line; the title the format gives, if any; whether it was HTML; what was left out."""
    known_title, mail_html, removed = None, False, []
    if looks_like_mail(raw) and (mail := read_mail(raw)) is not None:
        raw, known_title, mail_html, removed = mail
    from_html = mail_html or looks_like_html(raw)
    if from_html:
        raw, page_title = html_to_text(raw)
        known_title = known_title or page_title
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    if from_html:
        return raw, known_title, True, removed
    if looks_like_markdown(raw):
        text, heading = markdown_to_text(raw)
        return text or raw, known_title or heading, False, removed
    return unwrap(raw), known_title, False, removed


def _strip_boilerplate(line: str) -> tuple[str, list[Removal]]:
    """A short boilerplate paragraph (or one of boilerplate sentences only) goes whole; a
    long paragraph loses only boilerplate sentences at its start or end (a mid-paragraph
    mention is quoted article text)."""
    reason = _boilerplate_reason(line)
    sentences = _SENTENCE_BREAK.split(line)
    if not reason:
        # a line of boilerplate sentences: "Take the news with you! Download the X app"
        # (all() stops at the first sentence that is none: an article's line costs one)
        reason = _boilerplate_reason(sentences[0]) if len(sentences) > 1 else None
        if not reason or not all(map(_boilerplate_reason, sentences[1:])):
            return line, []
    if len(line.split()) <= LONG_LINE_WORDS:
        return "", [Removal(line, reason)]
    head: list[Removal] = []
    while sentences and (reason := _boilerplate_reason(sentences[0])):
        head.append(Removal(sentences.pop(0), reason))
    tail: list[Removal] = []
    while sentences and (reason := _boilerplate_reason(sentences[-1])):
        tail.insert(0, Removal(sentences.pop(), reason))
    return " ".join(sentences), head + tail


def _boilerplate_reason(line: str) -> str | None:
    for reason, pattern in _BOILERPLATE:
        if pattern.search(line):
            return reason
    return None


def _split_header(
    lines: list[str], known_title: str | None
) -> tuple[str | None, str | None, list[str]]:
    """Title and standfirst of the scraped layout: a short unpunctuated first line,
    then a standfirst that is unpunctuated or followed by the repeated title."""
    if known_title:
        return known_title, None, lines
    if len(lines) < 3 or TERMINAL.search(lines[0]) or len(lines[0].split()) > 20:
        return None, None, lines
    title, rest = lines[0], lines[1:]
    second = rest[0]
    repeated = len(rest) > 1 and rest[1].casefold() == title.casefold()
    if (not TERMINAL.search(second) and len(second.split()) <= 60) or repeated:
        return title, second, rest[1:]
    return title, None, rest
