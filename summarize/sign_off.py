"""The writer's note under a story, which is the page's, not the story's: a name and a line
that says whom they write for ("Kelsey Marchetti / Kelsey Marchetti is a staff writer at
FreightWaves ..."), a one-line bio ("Halima Ng'itu is The Chanzo's correspondent in
Kigoma.") or how to reach them ("Bryce Hollister can be reached at bh@currentargus.com.").
Each is looked for only among the page's last lines: higher up, a sentence about a
journalist is the story's."""

from __future__ import annotations

import re

from .furniture import Removal

_ROLES = r"(?:writer|reporter|correspondent|editor|journalist|columnist|contributor)"
"""What a writer's note calls its writer."""
_NOTE_LINES = 12
"""The writer's note sits under the story, among the page's last lines (related links, tags);
higher up, a name and "X is a reporter for ..." is a story's profile of a journalist."""
_WRITER_ROLE = re.compile(rf" is an? (?:[\w-]+ ){{0,3}}{_ROLES}\b.{{0,60}}\b(?:at|for|with)\b")


def author_bio(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """The writer's note under a story: a name alone on its line (its role may follow on a
    line of its own), then a line that says who that person writes for ("Kelsey Marchetti /
    Kelsey Marchetti is a staff writer at FreightWaves covering ..."). A sentence of the
    story about a reporter has no such line above it."""
    for at in range(max(1, len(lines) - _NOTE_LINES), len(lines)):
        above = 2 if at >= 2 and _ROLE_LINE.match(lines[at - 1]) else 1  # "Journalist"
        name = lines[at - above]
        if (
            2 <= len(name.split()) <= 4
            and lines[at].startswith(f"{name} ")
            and all(w[:1].isupper() for w in name.split())
            and _WRITER_ROLE.match(lines[at], len(name))
        ):
            removed = [Removal(x, "author's note") for x in lines[at - above : at + 1]]
            return lines[: at - above] + lines[at + 1 :], removed
    return lines, []


# the writer's role on a line of its own between the name and the note: "Journalist",
# "Senior Reporter", "Court reporter"
_ROLE_LINE = re.compile(
    rf"^(?:[A-Z][\w-]* )?(?:[A-Za-z][\w-]* )?{_ROLES}$",
    re.I,
)


_NAME = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}"
_CONTACT = re.compile(
    rf"^(?:{_NAME} (?:can|may) be (?:reached|contacted|emailed) (?:at|on|by|via)"
    rf"|(?:Contact|Reach|Email|E-mail) {_NAME} (?:at|on|via))\b.{{0,80}}(?:@|\d{{3}}[-. ]\d{{4}})"
)
_OUTLET = r"(?:an? |the |[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*['’]s )"
_ONE_LINE_BIO = re.compile(
    rf"^({_NAME}) is {_OUTLET}(?:[\w-]+ ){{0,3}}(?:{_ROLES}|photographer)\b"
    r"(?: (?:in|at|for|with|based in|covering)\b"
    r"(?:(?!\b(?:who|which|that|when|after)\b)[^.!?,]){0,60})?\.?$"
)  # and no more: "Evan Hale is a reporter for the Courier who was detained ..." is news


def sign_off(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """``lines`` without the writer's contact line or one-line bio among the last ones; a
    bio of someone the page names elsewhere is the story's ("Evan Gershkovich is a reporter
    for The Wall Street Journal." under the story of his detention)."""
    first = max(1, len(lines) - _NOTE_LINES)
    kept = lines[:first]
    removed = []
    for at in range(first, len(lines)):
        line = lines[at]
        bio = _ONE_LINE_BIO.match(line)
        if _CONTACT.match(line) or bio and not _named_elsewhere(lines, at, bio.group(1)):
            removed.append(Removal(line, "author's note"))
        else:
            kept.append(line)
    return kept, removed


def _named_elsewhere(lines: list[str], at: int, name: str) -> bool:
    """Whether a sentence of the page names the person (a byline, the name alone or after
    "By", is the writer's)."""
    surname = re.compile(rf"\b{re.escape(name.split()[-1])}\b")
    return any(
        surname.search(line) and not _BYLINE.match(line)
        for i, line in enumerate(lines)
        if i != at and line.strip() != name
    )


_BYLINE = re.compile(r"(?i:by)\s")
