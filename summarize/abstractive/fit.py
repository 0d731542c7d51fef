"""Turn raw model output into a headline or paragraph that honours the Budget.

Small models add chatter ("Here is a headline:"), quotes, markdown and unfinished last
sentences. A headline becomes one clean line (compressed like an extractive headline when
too long); a paragraph keeps whole sentences only, as many as fit.
"""

from __future__ import annotations

import re

from ..budget import Budget
from ..extractive.headline_check import MIN_HEADLINE_WORDS
from ..extractive.headline_claim import attribution_only
from ..fill import Fill, shorten
from ..headline import compress, cut_at_words
from ..sentences import QUOTES, sentence_key, split_sentences

_CHATTER = re.compile(
    r"^\s*(?:(?:sure|certainly|okay|of course)[!,.]\s*"
    r"|here(?:'s| is| are)\b[^:\n]*:\s*"
    r"|(?:(?:suggested|possible|a|the|news|my|one-line|one line|short)\s+)*"
    r"(?:headline|title|summary|answer)s?\b(?:\s+(?:is|would be))?\s*[:\-–—]\s*"
    r"|(?:the|this) (?:news )?(?:article|story|text) (?:is about|discusses|describes|reports)"
    r"(?: that| how)?\s+|(?:the|this) (?:news )?(?:article|story|text) (?:is|says)\W*$)",
    re.I,
)
# A line that stops on a word that needs more after it ("..., Says", "400m euros vs") was cut
# short by the model; headlines drop such tails.
_DANGLING_END = re.compile(
    r"(?:[\s,;:–—-]+(?:says|said|vs\.?|versus|and|or|but|of|the|a|an|to|for|with|from|by|in"
    r"|on|at|as|than|its|their|his|her))+$",
    re.I,
)
_MARKDOWN = re.compile(r"\*\*|__|^#+\s*|^\s*(?:[-*•]|\d+[.)])\s+", re.M)
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")
_CUT_ABBREVIATION = re.compile(r"\b\d{1,2}\s+[ap]\.$")  # "past 1 a." of "1 a.m."


def clean_output(text: str) -> str:
    """Model text without markdown, leading chatter lines or a repeated task cue."""
    text = _MARKDOWN.sub("", text.replace("\r", ""))
    lines = [line.strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        chatty = line
        while (stripped := _CHATTER.sub("", line, count=1).strip()) != line:
            line = stripped
        if line != chatty:  # "The article discusses how the EU ..." -> "The EU ..."
            line = line[:1].upper() + line[1:]
        if line:
            out.append(line)
    return "\n".join(out)


def _unquote(text: str) -> str:
    text = text.strip()
    while len(text) > 1 and text[0] in QUOTES and text[-1] in QUOTES + ".":
        inner = text[1:-1] if text[-1] in QUOTES else text[1:-2] if text[-2:-1] in QUOTES else ""
        if not inner:
            break
        text = inner.strip()
    return text


def fit_headline(raw: str, budget: Budget) -> tuple[str, list[str]]:
    """One line within ``budget``: the first line of output, unquoted and compressed."""
    lines = clean_output(raw).split("\n")
    line = next((ln for ln in lines if len(ln.split()) >= 2), lines[0] if lines else "")
    line = _unquote(line)
    line = _DANGLING_END.sub("", line)
    if len(line.split()) < MIN_HEADLINE_WORDS:
        return "", ["the model wrote no headline"]
    headline = compress(line, budget)
    if headline:
        return headline, []
    return cut_at_words(line, budget), ["the model's headline was too long; cut at a word boundary"]


def is_complete(sentence: str) -> bool:
    """Ends as a sentence does, not on an abbreviation cut short ("... past 1 a.")."""
    text = sentence.strip()
    return (
        bool(_SENTENCE_END.search(text))
        and len(sentence.split()) >= 3
        and not _CUT_ABBREVIATION.search(text)
    )


def _open_quotation(sentences: list[str]) -> int | None:
    """The sentence that opens a quotation the paragraph never closes, or None."""
    opened, depth = None, 0
    for k, sentence in enumerate(sentences):
        for char in sentence:
            if char == "“" or char == '"' and depth == 0:
                depth, opened = 1, (k if depth == 0 else opened)
            elif char in '”"':
                depth = 0
    return opened if depth else None


def fit_paragraph(raw: str, budget: Budget, language: str = "english") -> tuple[str, list[str]]:
    """Whole sentences, in order, while they fit ``budget``; an unfinished one is dropped."""
    text = " ".join(clean_output(raw).split("\n"))
    sentences: list[str] = []
    seen: set[str] = set()
    for sentence in split_sentences(text, language):
        key = sentence_key(sentence)
        if key in seen or attribution_only(sentence):  # repeats; "The committee said."
            continue
        if any(earlier.startswith(key) for earlier in seen):
            continue  # a repeat cut short: "... at a depth of 7." after "... of 7.2 kilometers"
        seen.add(key)
        sentences.append(sentence)
    complete = [s for s in sentences if is_complete(s)]
    # only a prefix of complete sentences: never skip one and take a later one
    prefix: list[str] = []
    for sentence in sentences:
        if not is_complete(sentence):
            break
        prefix.append(sentence)
    fill = Fill(budget)
    picked: list[str] = []
    for sentence in prefix:
        if not fill.add([sentence]):
            break
        picked.append(sentence)
    if (opened := _open_quotation(picked)) is not None and opened > 0:
        picked = picked[:opened]  # '"A corn plant can tolerate a lot of stress in June.': its
        # point, the quotation's next sentence, is gone
    if picked:
        return " ".join(picked), []
    first = (complete or sentences or [""])[0]
    if not first.strip():
        return "", ["the model wrote no usable sentence"]
    text, compressed = shorten(first, budget)
    if compressed:
        return text, ["the model's first sentence was too long; it was shortened"]
    return text, ["the model wrote no complete sentence within the budget; cut at a word boundary"]
