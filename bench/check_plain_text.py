"""Plain text in other clothes: hard-wrapped, Markdown and whole-page copies of articles
read as the same sentences as the stored article, and no stored article is taken for any
of them, or for an e-mail.

Every stored text (seeds, eval/data) must be left as it is by ``unwrap`` and not be taken
for Markdown or an e-mail; no BBC, SummEval or seed text may be taken for a page copy or
lose a line as a photo caption (the other outlets' sets are page copies: counted); every
BBC dev article wrapped by ``textwrap``, written as Markdown (its title a heading, its
opening words in bold, a link in each paragraph) and set in a copied page (a menu, its
title, a byline, a credited photo caption, then related links and legal notices; its
paragraphs as stored, or one sentence a line as a wire story's) must read as the sentences
it has as stored.

    .venv/bin/python bench/check_plain_text.py
"""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarize.captions import captions  # noqa: E402
from summarize.document import Document  # noqa: E402
from summarize.mail import looks_like_mail  # noqa: E402
from summarize.markdown_text import looks_like_markdown  # noqa: E402
from summarize.page_text import page_article  # noqa: E402
from summarize.wrapped import unwrap  # noqa: E402

WIDTHS = (40, 60, 72, 80, 100)
PAGE_TOP = ["Skip to main content", "The Daily Courier", "Subscribe", "Sign in", "News", "Sport"]
PAGE_BOTTOM = ["Related stories", "Council tax rise approved", "Most read", "Privacy policy"]
BETWEEN = {"blank line": "\n\n", "line break": "\n"}


def as_markdown(title: str, text: str) -> str:
    """The article as a Markdown page: a heading, its first three words in bold, and the
    last word of each paragraph a link."""
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    first = paragraphs[0].split(" ")
    paragraphs[0] = "**" + " ".join(first[:3]) + "** " + " ".join(first[3:])
    linked = []
    for paragraph in paragraphs:
        head, _, last = paragraph.rpartition(" ")
        linked.append(f"{head} [{last}](https://example.com/{len(linked)})" if head else paragraph)
    return f"# {title}\n\n" + "\n\n".join(linked)


def as_page(title: str, text: str) -> str:
    """The article as a whole page copied as text: a menu, its title, a byline and a
    credited photo caption above it; related links and a copyright line below."""
    caption = "People gather outside the building on the day of the announcement. Photo / PA"
    top = [*PAGE_TOP, title, "By Staff Reporter", "3 March 2005", "Share", caption]
    bottom = [*PAGE_BOTTOM, "© 2005 The Daily Courier. All rights reserved."]
    return "\n".join([*top, *(p for p in text.split("\n") if p.strip()), *bottom])


def page_counts(texts: list[str]) -> tuple[int, int]:
    """How many texts are taken for a page copy; how many lines go as photo captions."""
    pages = lines_gone = 0
    for text in texts:
        lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
        pages += page_article(lines) is not None
        lines_gone += len(captions(lines)[1])
    return pages, lines_gone


def main() -> int:
    stored = [ROOT / "seeds" / p.name for p in (ROOT / "seeds").iterdir()]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in stored]
    articles_of = {"seeds": list(texts)}
    for path in sorted((ROOT / "eval" / "data").glob("*.jsonl")):
        articles_of[path.stem] = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
        texts += articles_of[path.stem]
    for name, some in articles_of.items():
        pages, caption_lines = page_counts(some)
        print(
            f"{name}: {pages} of {len(some)} taken for a page copy; "
            f"{caption_lines} line(s) taken for photo captions"
        )
    changed = sum(unwrap(t) != t for t in texts)
    print(f"stored texts (seeds, eval/data): {changed} of {len(texts)} changed by unwrap")
    markdown = sum(looks_like_markdown(t) for t in texts)
    print(f"stored texts (seeds, eval/data): {markdown} of {len(texts)} taken for Markdown")
    mail = sum(looks_like_mail(t) for t in texts)
    print(f"stored texts (seeds, eval/data): {mail} of {len(texts)} taken for an e-mail")
    records = [json.loads(line) for line in (ROOT / "eval/data/bbc-dev.jsonl").open()]
    articles = [r["text"] for r in records]
    same = titled = 0
    for record in records:
        stored = Document.from_text(record["text"]).sentences
        plain = [s.text.removeprefix("- ") for s in stored]  # a Markdown list item's mark
        doc = Document.from_text(as_markdown(record["title"], record["text"]))
        same += [s.text for s in doc.sentences] == plain
        titled += doc.title == record["title"]
    print(
        f"BBC dev as Markdown: {same} of {len(records)} read as the same sentences; "
        f"{titled} with their heading as the title"
    )
    for layout in ("as stored", "one sentence a line"):
        same = titled = 0
        for record in records:
            plain = [s.text for s in Document.from_text(record["text"]).sentences]
            text = record["text"] if layout == "as stored" else "\n".join(plain)
            doc = Document.from_text(as_page(record["title"], text))
            same += [s.text for s in doc.sentences] == plain
            titled += doc.title == record["title"]
        print(
            f"BBC dev in a copied page, paragraphs {layout}: {same} of {len(records)} read as "
            f"the same sentences; {titled} with their headline as the title"
        )
    titled_plain = sum(Document.from_text(t).title is not None for t in articles)
    print(f"BBC dev as stored: {titled_plain} of {len(articles)} read with a title")
    for name, between in BETWEEN.items():
        for width in WIDTHS:
            same = titled = 0
            for text in articles:
                plain = [s.text for s in Document.from_text(text).sentences]
                paragraphs = [p for p in text.split("\n") if p.strip()]
                doc = Document.from_text(between.join(textwrap.fill(p, width) for p in paragraphs))
                same += [s.text for s in doc.sentences] == plain
                titled += doc.title is not None
            print(
                f"BBC dev wrapped at {width:3d}, paragraphs by {name}: {same} of "
                f"{len(articles)} read as the same sentences; {titled} given a title"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
