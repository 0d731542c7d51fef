"""Markdown (a README-style page, a newsletter, a chat tool's copy) read as its text.

Why: read as plain text, Markdown's marks reach the summary ("**Mittal Steel**", a link's
address, "- " before an item) and a byline in asterisks with a share link became the
headline. markdown-it-py (CommonMark) parses it; each block (heading, paragraph, list item,
table row, code line) becomes one line of text, as the scraped-news layout has it, so the
usual cleaning (title, bylines, captions) applies. Images and link addresses are not
article text and go; link and emphasis text stays.
"""

from __future__ import annotations

import re

_SIGNALS = re.compile(
    r"^#{1,6}[ \t]+\S"  # a heading
    r"|!?\[[^\]\n]{1,300}\]\([^)\s]{1,500}\)"  # a link or an image
    r"|(?<!\w)(\*\*|__)(?=\w)[^\n]{1,300}?(?<=\S)\1(?!\w)"  # strong emphasis, not "f**k"
    r"|^(?:```|~~~)",  # a code fence
    re.M,
)
SCAN_CHARS = 20_000
"""How much of a text is searched for marks (the patterns are bounded, so a long line of
brackets costs little)."""
MIN_SIGNALS = 2
"""Marks needed to read a text as Markdown: one "**" or "# " alone is plain text's."""


def looks_like_markdown(text: str) -> bool:
    """Whether ``text`` carries at least ``MIN_SIGNALS`` Markdown marks (headings, links,
    images, strong emphasis, code fences); plain news text has none of them."""
    marks = _SIGNALS.finditer(text, 0, SCAN_CHARS)
    return sum(1 for _, _ in zip(range(MIN_SIGNALS), marks, strict=False)) >= MIN_SIGNALS


def markdown_to_text(text: str) -> tuple[str, str | None]:
    """One line per block of the Markdown ``text`` (its words without marks, link
    addresses or images; a table row's cells joined by " | "), and its title: the heading
    it opens with, if any."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"html": False}).enable("table")
    lines: list[str] = []
    row: list[str] | None = None
    tokens = parser.parse(text)
    title = None
    if len(tokens) > 1 and tokens[0].type == "heading_open":
        title = " ".join(_inline_text(tokens[1].children or []).split()) or None
        tokens = tokens[3:]  # heading_open, inline, heading_close
    for token in tokens:
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            lines.append(" | ".join(cell for cell in row if cell))
            row = None
        elif token.type == "inline":
            words = _inline_text(token.children or [])
            if row is not None:
                row.append(" ".join(words.split()))
            else:
                lines += words.split("\n")
        elif token.type in ("fence", "code_block"):
            lines += token.content.split("\n")
    return "\n".join(line.strip() for line in lines if line.strip()), title


def _inline_text(children: list) -> str:
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts)
