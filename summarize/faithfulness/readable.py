"""Tokenized, lower-cased text read as the news it came from, before it is scored.

Research sets write summaries the way their pipelines left them: Penn Treebank tokens
("team 's 0-0 draw , on sunday .") and lower case ("paul merson has restarted his row with
andros townsend"). The small model reads such text as a different language, and the
relation checks find no names in it. Sentences are untokenized with NLTK's Treebank
detokenizer when their text is tokenized, and a summary written without capitals takes
each word's casing from the source. Ordinary text comes back as it was.
"""

from __future__ import annotations

import re
from functools import cache

_TOKENIZED_MARKS = re.compile(r" [,.](?= |$)| '(?:s|re|ve|ll|m|d)\b| n't\b|-[lr]rb-|``", re.I)
"""Commas and full stops standing apart, split contractions, the tokenizer's brackets and
opening quotes (not a space before "?" or "!", which French puts there)."""
_PUNCTUATION = re.compile(r"[,.]")
_ATTACHED = re.compile(r"\w[,.](?:\s|$)")
"""A comma or full stop written against its word: ordinary punctuation."""
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_WORD_OR_END = re.compile(_WORD.pattern + r"|[.!?]")
_APOSTROPHE = re.compile(r"(['’])")
_BRACKETS = {"-lrb-": "(", "-rrb-": ")", "-lsb-": "[", "-rsb-": "]", "-lcb-": "{", "-rcb-": "}"}
_BRACKET = re.compile("|".join(_BRACKETS), re.I)


def looks_tokenized(text: str) -> bool:
    """Whether ``text`` is Treebank-tokenized: at least two of its marks, and most of its
    commas and full stops standing apart."""
    marks = len(_TOKENIZED_MARKS.findall(text))
    return marks >= 2 and marks >= 0.5 * len(_PUNCTUATION.findall(text))


def readable_sentences(
    sentences: list[str], source: str = "", *, tokenized: bool = False
) -> list[str]:
    """``sentences`` (of one text) as ordinary text, one sentence in, one out:

    - untokenized when the text ``looks_tokenized``, or is a summary of a tokenized source
      (``tokenized``) with no comma or full stop written against its word (a short copy);
    - cased like ``source`` when it is lower case: no capital after a sentence's first
      word, while at least two of its words are ones the source always capitalizes there
      (names written in lower case, not an ordinary sentence without names).
    """
    text = " ".join(sentences)
    if looks_tokenized(text) or (tokenized and not _ATTACHED.search(text)):
        sentences = [_untokenized(s) for s in sentences]
    if source and _lower_cased(sentences):
        names = _source_names(source)
        if len({w for s in sentences for w in _WORD.findall(s)[1:] if w in names}) >= 2:
            sentences = [_recased(s, names) for s in sentences]
    return sentences


def _untokenized(text: str) -> str:
    text = _BRACKET.sub(lambda m: _BRACKETS[m[0].lower()], text)
    text = re.sub(r"(?:^|(?<=\s))` ", "'", text)  # CNN/DailyMail's opening single quote
    return _detokenizer().detokenize(text.split())


def _recased(sentence: str, forms: dict[str, str]) -> str:
    """The sentence with the source's capitalized words and a capital first letter."""
    cased = _WORD.sub(lambda m: _form(m[0], forms), sentence)
    first = _WORD.search(cased)
    if not first:
        return cased
    at = first.start()
    return cased[:at] + cased[at].upper() + cased[at + 1 :]


def _form(word: str, forms: dict[str, str]) -> str:
    """The source's form of ``word``; for "townsend's", the source's "Townsend" + "'s"."""
    if word in forms:
        return forms[word]
    stem, *rest = _APOSTROPHE.split(word, maxsplit=1)
    return forms[stem] + "".join(rest) if rest and stem in forms else word


def _lower_cased(sentences: list[str]) -> bool:
    """No capital letter inside a sentence, over at least a few words."""
    words = 0
    for sentence in sentences:
        found = _WORD.findall(sentence)
        if any(w[0].isupper() for w in found[1:]):
            return False
        words += len(found)
    return words >= 4


def _source_names(source: str) -> dict[str, str]:
    """Lower-cased word -> the capitalized form the source always gives it inside a
    sentence (not after a sentence's end or a line break, and not on a title-case line,
    where every word is capitalized)."""
    forms: dict[str, set[str]] = {}
    for line in source.splitlines():
        words = _WORD.findall(line)
        if len(words) >= 3 and sum(w[0].isupper() for w in words) > 0.6 * len(words):
            continue  # a title-case line
        after_end = True
        for match in _WORD_OR_END.finditer(line):
            word = match[0]
            if word in ".!?":
                after_end = True
                continue
            if not after_end:
                forms.setdefault(word.lower(), set()).add(word)
            after_end = False
    return {
        low: form
        for low, written in forms.items()
        if len(written) == 1 and (form := next(iter(written)))[0].isupper()
    }


@cache
def _detokenizer():
    from nltk.tokenize.treebank import TreebankWordDetokenizer

    return TreebankWordDetokenizer()
