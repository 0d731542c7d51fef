"""An e-mail (a newsletter, a forwarded story, a saved .eml file) read as its message.

Why: read as plain text, its header lines became the title ("From: Newsroom <...>") and
sentences ("Date: Tue, 1 Feb 2005 ..."), and its signature and footer were summarized with
the story. The standard library's ``email`` parser reads the message (MIME parts, quoted-
printable, base64, charsets); the subject is the title, the plain-text body (else the HTML
one) is the text, and the signature under a "-- " line goes.
"""

from __future__ import annotations

import email
import re
from email import policy
from email.message import EmailMessage

from .furniture import Removal

_HEADER = re.compile(
    r"^(from|to|cc|bcc|subject|date|sent|reply-to|message-id|mime-version|content-type"
    r"|content-transfer-encoding|return-path|received|delivered-to|x-[\w-]+):[ \t]",
    re.I,
)
_BLANK_LINE = re.compile(r"\r?\n\r?\n")
_SIGNATURE = re.compile(r"^-- $")
"""The signature separator of RFC 3676 ("-- ", its space kept); a bare "--" is text's."""
MAX_SIGNATURE_LINES = 8
"""More lines than this under a "-- " line are text, not a signature."""


def looks_like_mail(text: str) -> bool:
    """Whether ``text`` opens with a mail header: two or more header lines, "From" or
    "Subject" among them, and nothing else before the first blank line."""
    text = text.lstrip("\ufeff")
    blank = _BLANK_LINE.search(text)  # the head alone is read, not the whole text copied
    head = text[: blank.start()] if blank else text
    names = set()
    for line in head.replace("\r\n", "\n").split("\n"):
        match = _HEADER.match(line)
        if match:
            names.add(match.group(1).lower())
        elif not line[:1].isspace():  # a folded header goes on with a space
            return False
    return len(names) >= 2 and bool(names & {"from", "subject"})


def read_mail(text: str) -> tuple[str, str | None, bool, list[Removal]] | None:
    """The message's body, its subject, whether the body is HTML, and what was left out
    (the header, a signature); None when the message cannot be read (the caller reads the
    input as plain text). A message with no body is its subject."""
    try:
        message = email.message_from_string(text.lstrip("\ufeff"), policy=policy.default)
        subject = _readable(str(message["subject"] or ""))
        part = message.get_body(preferencelist=("plain", "html")) or _first_text(message)
        body = _content(part) if part is not None else ""
        html = part is not None and part.get_content_type() == "text/html"
        header = "; ".join(
            f"{k}: {' '.join(str(v).split())}"
            for k, v in message.raw_items()
            if k.lower() != "subject"
        )
    except Exception:  # noqa: BLE001 - the email package raises many kinds on bad input
        return None
    if not body.strip():
        if not subject:
            return None
        body, subject = subject, None
    removed = [Removal(header, "mail header")] if header else []
    if not html:
        body, signature = _without_signature(body)
        removed += [Removal(signature, "mail signature")] if signature else []
    return body, subject, html, removed


def _first_text(message: EmailMessage) -> EmailMessage | None:
    """The first text part anywhere in the message (a story forwarded as an attachment,
    a text/csv or text/enriched body), or its one part whatever its label, when it has no
    plain or HTML body."""
    for part in message.walk():
        if part.get_content_maintype() == "text" and not part.is_multipart():
            return part  # type: ignore[return-value]  # walk() yields EmailMessage here
    return None if message.is_multipart() else message  # one part, mislabelled: read it


def _content(part: EmailMessage) -> str:
    """A part's text; bytes (an unknown charset, a body labelled as binary) are read as
    UTF-8 with replacements."""
    try:
        content = part.get_content()
    except LookupError:
        content = part.get_payload(decode=True)
    if isinstance(content, bytes):
        return content.decode("utf-8", "replace")
    return content if isinstance(content, str) else ""


def _readable(subject: str) -> str | None:
    """The subject on one line, or None when it did not decode to readable text."""
    subject = " ".join(subject.split())
    if not subject or "\ufffd" in subject or not subject.isprintable():
        return None
    return subject


def _without_signature(body: str) -> tuple[str, str]:
    lines = body.replace("\r\n", "\n").split("\n")
    for at in range(len(lines) - 1, -1, -1):
        if _SIGNATURE.match(lines[at]):
            signature = [line for line in lines[at + 1 :] if line.strip()]
            if len(signature) <= MAX_SIGNATURE_LINES and "\n".join(lines[:at]).strip():
                return "\n".join(lines[:at]), " ".join(signature)
            break
    return body, ""
