from email.message import EmailMessage

import pytest

from summarize import summarize
from summarize.document import Document
from summarize.mail import looks_like_mail

STORY = [
    "Mittal Steel, one of the world's largest steel producers, could cut up to 45,000 jobs "
    "over the next five years, its chief executive has said.",
    "The Netherlands-based company is due to complete its $4.5bn acquisition of US firm ISG "
    "next month. However, Lakshmi Mittal has told investors the combined company will have "
    "to shed thousands of jobs.",
    "Mr Mittal told US investors that once the acquisition of International Steel Group was "
    "completed, the company would aim to reduce its workforce by 7,000 to 8,000 a year.",
]
SUBJECT = "Mittal Steel to cut up to 45,000 jobs"
PLAIN_MAIL = (
    "From: Newsroom <news@example.com>\n"
    "To: subscribers@example.com\n"
    f"Subject: {SUBJECT}\n"
    "Date: Tue, 1 Feb 2005 09:12:00 +0000\n"
    "\n"
    # wrapped at 72 columns, as mail clients send it
    "Mittal Steel, one of the world's largest steel producers, could cut up to\n"
    "45,000 jobs over the next five years, its chief executive has said.\n"
    "\n"
    "The Netherlands-based company is due to complete its $4.5bn acquisition\n"
    "of US firm ISG next month. However, Lakshmi Mittal has told investors the\n"
    "combined company will have to shed thousands of jobs.\n"
    "\n"
    "Mr Mittal told US investors that once the acquisition of International\n"
    "Steel Group was completed, the company would aim to reduce its workforce\n"
    "by 7,000 to 8,000 a year.\n"
    "\n"
    "-- \n"
    "Newsroom Daily, 1 Example Street, London\n"
    "You are receiving this because you subscribed. Unsubscribe: https://example.com/u\n"
)


def _sentences(doc: Document) -> list[str]:
    return [s.text for s in doc.sentences]


def _story_sentences() -> list[str]:
    return _sentences(Document.from_text("\n".join(STORY)))


def test_plain_mail_reads_as_its_story():
    doc = Document.from_text(PLAIN_MAIL)
    assert doc.title == SUBJECT
    assert _sentences(doc) == _story_sentences()
    reasons = [r.reason for r in doc.removed]
    assert reasons == ["mail header", "mail signature"]
    assert "From: Newsroom" in doc.removed[0].text


def test_saved_mime_message_uses_its_plain_part():
    message = EmailMessage()
    message["From"] = "Newsroom <news@example.com>"
    message["Subject"] = SUBJECT
    message.set_content("\n\n".join(STORY), cte="quoted-printable")
    message.add_alternative("<html><body><p>HTML copy</p></body></html>", subtype="html")
    raw = message.as_bytes()
    assert b"=\n" in raw or b"=\r\n" in raw  # quoted-printable soft breaks to decode
    doc = Document.from_text(raw)
    assert doc.title == SUBJECT
    assert _sentences(doc) == _story_sentences()


def test_html_only_mail_goes_through_the_html_reader():
    message = EmailMessage()
    message["From"] = "news@example.com"
    message["Subject"] = SUBJECT
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    message.set_content(f"<html><body><article>{paragraphs}</article></body></html>", "html")
    doc = Document.from_text(message.as_string())
    assert doc.title == SUBJECT
    assert "<p>" not in doc.text and "Mittal Steel" in doc.text


@pytest.mark.parametrize("length", ["headline", "paragraph"])
def test_summary_of_a_mail_has_no_header_or_footer(length):
    text = summarize(PLAIN_MAIL, method="salience", length=length).text
    assert "Mittal" in text
    for piece in ("From:", "Date:", "news@example.com", "Unsubscribe", "Example Street"):
        assert piece not in text


@pytest.mark.parametrize(
    "text",
    [
        "Subject: the budget.\n\nThe chancellor said on Monday that taxes would rise.",
        "Date: Tuesday\nVenue: Wembley\n\nEngland face France in the final on Tuesday.",
        "From the archives: how the city was built.\nThe first houses went up in 1850.",
    ],
)
def test_article_text_is_not_taken_for_a_mail(text):
    assert not looks_like_mail(text)
    assert Document.from_text(text).removed == ()


def test_long_text_under_a_signature_line_is_kept():
    footer = "\n".join(f"Line {i} of the story goes on here." for i in range(12))
    doc = Document.from_text(PLAIN_MAIL.split("-- \n")[0] + "-- \n" + footer)
    assert "Line 11 of the story goes on here." in doc.text


def test_a_bare_dash_line_is_the_story_s_not_a_signature():
    doc = Document.from_text(
        "From: a@b.com\nSubject: Hi\n\nThe council met.\n--\n"
        "The mayor said the plan would create 200 jobs.\nWork begins in May.\n"
    )
    assert "The mayor said the plan would create 200 jobs." in doc.text
    assert [r.reason for r in doc.removed] == ["mail header"]


BODY = "\n\nThe council met on Monday. Work starts in May.\n"


@pytest.mark.parametrize(
    "header",
    [
        "From: a@b.com\nSubject: Hi\nContent-Type: text/plain; charset=bogus-xx",
        "From: @@@,,,<\nSubject: Hi",
        "From: a@b.com\nSubject: Hi\nMessage-ID: <<<>>>[[",
        "From: a@b.com\nSubject: Hi\nContent-Type: application/octet-stream",
        "From: a@b.com\nSubject: Hi\nContent-Type: text/csv",
    ],
)
def test_malformed_or_mislabelled_mail_keeps_its_text(header):
    doc = Document.from_text(header + BODY)
    assert _sentences(doc) == ["The council met on Monday.", "Work starts in May."]


def test_mail_with_no_body_is_its_subject():
    doc = Document.from_text("From: press@council.gov.uk\nSubject: Council agrees town plan")
    assert _sentences(doc) == ["Council agrees town plan"]


def test_undecodable_subject_is_no_title():
    doc = Document.from_text("From: a@b.com\nSubject: =?utf-8?b?/w==?=" + BODY)
    assert doc.title is None
    assert _sentences(doc) == ["The council met on Monday.", "Work starts in May."]
