"""A faithfulness benchmark: true sentences paired with minimally corrupted copies.

Each corruption keeps every word but one relation of the sentence, so names-and-numbers
checks cannot see it: the actors swapped around the verb, another name of the same article
put in a role, a verb turned into its antonym, a negation added or removed, a number or a
day changed. The pairs are built from reference titles and summary sentences, which the
article supports by construction.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass

from summarize.faithfulness.antonyms import ANTONYMS
from summarize.sentences import stop_words

KINDS = ("swap", "other_name", "antonym", "negation", "number")

_AUXILIARIES = re.compile(
    r"\b(is|are|was|were|will|would|can|could|has|have|had|should|may|must|did|does|do)\b"
    r"(?!\s+not\b|n't)",
    re.I,
)
_NEGATED = re.compile(r"\b(?:not|never|no longer)\b\s*|n't\b\s*", re.I)
_TO_VERB = re.compile(r"\bto (?=[a-z]+\b)")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = "January February March April May June July August September October November December"
_CALENDAR = frozenset(_DAYS) | frozenset(_MONTHS.split())
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*(?![\w])")
_NAME_WORD = r"[A-Z][\w'’.-]*"
_NAME = re.compile(rf"\b{_NAME_WORD}(?:(?<![a-z]{{2}}\.)\s+(?:{_NAME_WORD}|of|de|van|von|al-))*\b")


@dataclass(frozen=True)
class Pair:
    id: str
    kind: str
    source: str
    """Where the true sentence comes from: ``title`` or ``summary``."""
    article: str
    correct: str
    corrupted: str


def names(text: str, article: str | None = None) -> list[tuple[int, int, str]]:
    """Runs of capitalised words that are not a sentence-opening function word.

    A run opening the text counts only when the article also capitalises its first word
    mid-sentence ("Label withdraws..." is not a name; "Mittal says..." is).
    """
    stop = stop_words("english")
    found = []
    for match in _NAME.finditer(text):
        start, value = match.start(), match.group().rstrip(".")
        if start == 0 and article is not None:
            first = re.escape(value.split()[0])
            if not re.search(rf"[\w,;]\s+{first}\b", article):
                parts = value.split(maxsplit=1)
                if len(parts) < 2:
                    continue
                start, value = len(value) - len(parts[1]), parts[1]
        first = value.split()[0].lower()
        if first in stop or first in ("mr", "mrs", "ms", "dr"):
            parts = value.split(maxsplit=1)
            if len(parts) < 2:
                continue
            start += len(value) - len(parts[1])
            value = parts[1]
        value = re.sub(r"['’]s$", "", value)
        if len(value) > 1 and value.lower() not in stop and value not in _CALENDAR:
            found.append((start, start + len(value), value))
    return found


def swap(sentence: str, article: str, rng: random.Random) -> str | None:
    """The first two different names trade places ("A buys B" -> "B buys A")."""
    spans = names(sentence, article)
    for i, (s1, e1, a) in enumerate(spans):
        for s2, e2, b in spans[i + 1 :]:
            if a.lower() != b.lower() and a not in b and b not in a:
                return sentence[:s1] + b + sentence[e1:s2] + a + sentence[e2:]
    return None


def other_name(sentence: str, article: str, rng: random.Random) -> str | None:
    """One name replaced by another name of the same article that the sentence lacks."""
    spans = names(sentence, article)
    present = {v.lower() for _, _, v in spans}
    pool = sorted(
        {v for _, _, v in names(article) if v.lower() not in present and v not in sentence}
    )
    if not spans or not pool:
        return None
    start, end, value = rng.choice(spans)
    same_size = [p for p in pool if len(p.split()) == len(value.split())] or pool
    return sentence[:start] + rng.choice(same_size) + sentence[end:]


def antonym(sentence: str, rng: random.Random) -> str | None:
    tokens = list(re.finditer(r"[A-Za-z]+", sentence))
    hits = [m for m in tokens if m.group().lower() in ANTONYMS]
    if not hits:
        return None
    m = rng.choice(hits)
    word = ANTONYMS[m.group().lower()]
    if m.group()[0].isupper():
        word = word[0].upper() + word[1:]
    return sentence[: m.start()] + word + sentence[m.end() :]


def negation(sentence: str, rng: random.Random) -> str | None:
    """Remove a negation, or add one after an auxiliary or before "to VERB"."""
    if match := _NEGATED.search(sentence):
        return sentence[: match.start()] + sentence[match.end() :]
    if match := _AUXILIARIES.search(sentence):
        return sentence[: match.end()] + " not" + sentence[match.end() :]
    if match := _TO_VERB.search(sentence):
        return sentence[: match.start()] + "not " + sentence[match.start() :]
    return None


def number(sentence: str, rng: random.Random) -> str | None:
    """A number changed (not a year into a non-year), or a day of the week changed."""
    numbers = list(_NUMBER.finditer(sentence))
    if numbers:
        m = rng.choice(numbers)
        raw = m.group().replace(",", "")
        value = float(raw)
        if 1900 <= value <= 2100 and "." not in raw:
            new = str(int(value) + rng.choice((-2, -1, 1, 2)))
        elif "." in raw:
            new = f"{value * rng.choice((0.5, 2, 1.5)):.{len(raw.split('.')[1])}f}"
        else:
            new = str(int(value) * rng.choice((2, 3)) if value > 1 else int(value) + 2)
        return sentence[: m.start()] + new + sentence[m.end() :]
    days = [d for d in _DAYS if re.search(rf"\b{d}\b", sentence)]
    if days:
        day = days[0]
        return re.sub(rf"\b{day}\b", rng.choice([d for d in _DAYS if d != day]), sentence, count=1)
    return None


def corrupt(kind: str, sentence: str, article: str, rng: random.Random) -> str | None:
    if kind in ("swap", "other_name"):
        out = (swap if kind == "swap" else other_name)(sentence, article, rng)
    else:
        out = {"antonym": antonym, "negation": negation, "number": number}[kind](sentence, rng)
    return out if out and out.strip() != sentence.strip() else None


def pairs(records: Iterable[dict], *, seed: int = 0, per_kind: int = 1) -> Iterator[Pair]:
    """Up to ``per_kind`` pairs of each kind per article, titles tried before summary lines."""
    rng = random.Random(seed)
    for record in records:
        article = record["text"]
        sentences = [("title", record["title"])] if record.get("title") else []
        summary = record.get("summary") or ""
        sentences += [("summary", s.strip()) for s in summary.split("\n") if s.strip()]
        for kind in KINDS:
            made = 0
            for source, sentence in sentences:
                if made >= per_kind:
                    break
                if (bad := corrupt(kind, sentence, article, rng)) is not None:
                    made += 1
                    yield Pair(
                        f"{record['id']}:{kind}:{made}", kind, source, article, sentence, bad
                    )


def to_json(pair: Pair) -> dict:
    return asdict(pair)
