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
_SIGNATURE = re.compile(r"^-- ?$")
MAX_SIGNATURE_LINES = 8
"""More lines than this under a "-- " line are text, not a signature."""


def looks_like_mail(text: str) -> bool:
    """Whether ``text`` opens with a mail header: two or more header lines, "From" or
    "Subject" among them, and nothing else before the first blank line."""
    head = text.lstrip("\ufeff").replace("\r\n", "\n").split("\n\n", 1)[0].split("\n")
    names = set()
    for line in head:
        match = _HEADER.match(line)
        if match:
            names.add(match.group(1).lower())
        elif not line[:1].isspace():  # a folded header goes on with a space
            return False
    return len(names) >= 2 and bool(names & {"from", "subject"})


def read_mail(text: str) -> tuple[str, str | None, bool, list[Removal]]:
    """The message's body, its subject, whether the body is HTML, and what was left out
    (the header, a signature)."""
    message = email.message_from_string(text.lstrip("\ufeff"), policy=policy.default)
    assert isinstance(message, EmailMessage)  # what policy.default builds
    subject = " ".join(str(message["subject"] or "").split()) or None
    part = message.get_body(preferencelist=("plain", "html"))
    body = part.get_content() if part is not None else ""
    html = part is not None and part.get_content_type() == "text/html"
    header = "; ".join(f"{k}: {v}" for k, v in message.items() if k.lower() != "subject")
    removed = [Removal(header, "mail header")] if header else []
    if not html:
        body, signature = _without_signature(body)
        removed += [Removal(signature, "mail signature")] if signature else []
    return body, subject, html, removed


def _without_signature(body: str) -> tuple[str, str]:
    lines = body.replace("\r\n", "\n").split("\n")
    for at in range(len(lines) - 1, -1, -1):
        if _SIGNATURE.match(lines[at]):
            signature = [line for line in lines[at + 1 :] if line.strip()]
            if len(signature) <= MAX_SIGNATURE_LINES and "\n".join(lines[:at]).strip():
                return "\n".join(lines[:at]), " ".join(signature)
            break
    return body, ""
