import pytest

from summarize import summarize
from summarize.document import Document
from summarize.markdown_text import SCAN_CHARS, looks_like_markdown, markdown_to_text

PAGE = """# Mittal Steel to cut up to 45,000 jobs

*By Jane Smith, Business Reporter* | [Share on Twitter](https://twitter.com/share?u=x)

**Mittal Steel**, one of the world's largest steel producers, could cut up to 45,000 jobs
over the next five years, its [chief executive](https://example.com/ceo) has said.

The Netherlands-based company is due to complete its $4.5bn acquisition of US firm ISG next
month. However, Lakshmi Mittal has told investors the combined company will have to shed
thousands of jobs.

## Where the cuts fall

Mr Mittal told US investors that once the acquisition of International Steel Group was
completed, the company would aim to reduce its workforce by 7,000 to 8,000 a year.

- This could see its workforce trimmed from 155,000 to 110,000 staff by 2010.
- The Indian-born magnate did not say where the job losses would fall.

![A steel plant](https://example.com/plant.jpg)
"""
MARKS = ("**", "](", "http", "![", "# ", "- ")


def test_markdown_page_reads_as_its_text():
    doc = Document.from_text(PAGE)
    assert doc.title == "Mittal Steel to cut up to 45,000 jobs"
    assert [r.reason for r in doc.removed] == ["byline"]
    texts = [s.text for s in doc.sentences]
    assert texts[0] == (
        "Mittal Steel, one of the world's largest steel producers, could cut up to 45,000 "
        "jobs over the next five years, its chief executive has said."
    )
    assert "The Indian-born magnate did not say where the job losses would fall." in texts
    assert not any(mark in text for text in texts for mark in MARKS)
    assert not any("steel plant" in text for text in texts)  # an image is no article text


@pytest.mark.parametrize("length", ["headline", "paragraph"])
def test_summary_of_markdown_carries_no_marks(length):
    summary = summarize(PAGE, method="salience", length=length)
    assert "Mittal" in summary.text
    assert not any(mark in summary.text for mark in MARKS)


def test_table_rows_and_code_keep_their_text():
    text, title = markdown_to_text(
        "Results **so far** are [here](https://example.com):\n\n"
        "| team | points |\n|---|---|\n| Leeds | 12 |\n| Hull | 9 |\n\n"
        "```\nrun_model --fast\n```\n"
    )
    assert title is None  # the page does not open with a heading
    assert text.split("\n") == [
        "Results so far are here:",
        "team | points",
        "Leeds | 12",
        "Hull | 9",
        "run_model --fast",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The #MeToo movement grew.\n#1 in the charts for **five** weeks, the song sold well.",
        "Shares rose 5% [1]. Analysts said 3*4 = 12 was not the point.",
        "# of votes counted so far: 12,000, officials said on Monday night.",
        "Officials said the bridge would reopen on Monday after repairs.",
        # censored words are not emphasis
        "The fans chanted 'f**k off' at the referee.\nHe called the decision s**t, w**ker.",
    ],
)
def test_plain_text_is_not_taken_for_markdown(text):
    assert not looks_like_markdown(text)
    assert Document.from_text(text).text.replace("\n", " ") == " ".join(text.split())


def test_marks_are_looked_for_in_the_opening_only():
    # the scan is bounded (a 1 MB line of brackets took minutes when it was not)
    marks = "# A heading\n\nSome **bold** text and a [link](https://example.com).\n"
    assert looks_like_markdown(marks)
    assert not looks_like_markdown("x" * SCAN_CHARS + "\n" + marks)
    assert not looks_like_markdown("[" * 100_000 + " **a " * 1_000)


def test_markdown_with_only_images_keeps_the_input():
    page = "![one](https://example.com/1.jpg)\n\n![two](https://example.com/2.jpg)"
    assert markdown_to_text(page) == ("", None)
    assert "example.com" in Document.from_text(page).text  # nothing else to summarize
