from summarize import summarize
from summarize.clean import clean
from summarize.document import Document
from summarize.page_text import page_article

ARTICLE = [
    "Workers at the Harbour Road bakery in Arklow were told on Monday that the plant will "
    "close at the end of June, with the loss of 120 jobs.",
    "The company that owns the bakery, Glenmore Foods, said the decision followed the loss of "
    "a supermarket contract that accounted for almost half of the plant's output.",
    '"This is a very difficult day for everyone who works here," said managing director Ann '
    "Keogh, who added that the company would try to find roles for some of the staff at its "
    "other sites in Wexford and Carlow.",
    "Union officials said they would seek talks with the company this week and called on the "
    "local authority to help find a new tenant for the building, which opened in 1974.",
    "The town's mayor said the closure was a blow to a community that had already lost two "
    "large employers in the past five years.",
]
PAGE = [
    "Skip to main content",
    "The Wicklow Courier",
    "Subscribe",
    "Sign in",
    "News",
    "Sport",
    "Business",
    "Opinion",
    "Arklow bakery to close with the loss of 120 jobs",
    "By Maeve Doyle",
    "Mon 3 Mar 2014 - 18:40",
    "Share",
    "Workers leave the Harbour Road bakery after the meeting. Photo / Supplied",
    *ARTICLE,
    "Related stories",
    "Wexford creamery expands night shift",
    "Most read",
    "Terms and conditions",
    "Privacy policy",
    "© 2014 The Wicklow Courier. All rights reserved.",
]


def test_a_copied_page_is_read_to_its_article():
    cleaned = clean("\n".join(PAGE))
    assert cleaned.title == "Arklow bakery to close with the loss of 120 jobs"
    assert cleaned.body.split("\n") == ARTICLE
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons["Subscribe"] == "page header"
    assert reasons["Wexford creamery expands night shift"] == "page footer"
    caption = "Workers leave the Harbour Road bakery after the meeting. Photo / Supplied"
    assert reasons[caption] == "photo caption"


def test_the_headline_of_a_copied_page_comes_from_its_article():
    headline = summarize("\n".join(PAGE), method="salience", length="headline")
    assert "bakery" in headline.text
    sentences = {s.text for s in Document.from_text("\n".join(PAGE)).sentences}
    assert not sentences & {"Subscribe", "Sign in", "Most read", "Privacy policy"}


def test_an_inline_box_inside_the_article_keeps_the_paragraphs_above_it():
    box = ["Advertisement", "Story continues below"]  # three lines or more split it (_RUN_GAP)
    page = page_article([*PAGE[:13], *ARTICLE[:2], *box, *ARTICLE[2:], *PAGE[-6:]])
    assert page is not None
    assert page.lines == [*ARTICLE[:2], *box, *ARTICLE[2:]]


def test_a_lone_surrogate_in_a_page_is_no_error():
    assert clean("\n".join([*PAGE, "\ud800"])).body.startswith("Workers at the Harbour Road")


def test_a_bare_article_is_no_page():
    # a BBC match preview: venue, date and kick-off above the text are the article's
    lines = ["Lansdowne Road, Dublin", "Sunday, 27 February", "1500 GMT", *ARTICLE]
    assert page_article(lines) is None
    assert page_article(ARTICLE) is None


def test_the_article_starts_at_a_run_of_prose_not_at_a_notice_or_a_standfirst():
    notice = (
        "Thank you for visiting our site. You are using a browser version with limited support "
        "for CSS, so the page may not display as intended in this browser."
    )
    standfirst = (
        "The plant's owner blames the loss of a supermarket contract that took almost half of "
        "what the bakery made, and says some staff may move to its other sites."
    )
    lines = [
        "Skip to main content",
        notice,
        "Advertisement",
        "Menu",
        "Search",
        "Business",
        "Arklow bakery to close with the loss of 120 jobs",
        standfirst,
        "By Maeve Doyle",
        "Text size",
        "Share on Facebook",
        "Share on X",
        "Email",
        "Print",
        *ARTICLE,
    ]
    page = page_article(lines)
    assert page is not None
    assert page.lines == ARTICLE
    assert page.title == "Arklow bakery to close with the loss of 120 jobs"
    assert {r.text for r in page.removed} >= {notice, standfirst, "By Maeve Doyle"}


def test_a_short_last_paragraph_stays_with_the_article():
    ending = "The last loaves will leave the ovens on June 27."
    page = page_article([*PAGE[:13], *ARTICLE, ending, *PAGE[-6:]])
    assert page is not None
    assert page.lines == [*ARTICLE, ending]


def test_text_in_another_language_is_left_alone():
    german = [
        "Startseite",
        "Politik",
        "Wirtschaft",
        "Sport",
        "Kultur",
        "Die Bäckerei in der Hafenstraße wird Ende Juni geschlossen, und 120 Beschäftigte "
        "verlieren ihre Arbeit, wie die Geschäftsführung am Montag mitteilte.",
        "Der Betrieb hatte zuletzt einen großen Liefervertrag mit einer Supermarktkette "
        "verloren, der fast die Hälfte der Produktion ausmachte.",
        "Die Gewerkschaft kündigte Gespräche mit dem Unternehmen an und forderte die Stadt "
        "auf, bei der Suche nach einem neuen Mieter zu helfen.",
    ]
    assert page_article(german) is None


def test_a_page_of_one_sentence_paragraphs_is_read_to_its_article():
    # no line reaches jusText's 200 characters for a good paragraph: a sentence's length does
    article = [
        "The Harbour Road bakery in Arklow will close at the end of June with the loss of 120 "
        "jobs.",
        "Glenmore Foods said the decision followed the loss of a large supermarket contract.",
        "Union officials said they would seek talks with the company later this week.",
        "The town's mayor said the closure was a heavy blow to the local community.",
    ]
    page = page_article([*PAGE[:12], *article, *PAGE[-6:]])
    assert page is not None
    assert page.lines == article


def test_a_short_lead_with_a_verb_stays_and_a_label_does_not():
    lead = "The bakery has closed."
    page = page_article([*PAGE[:11], "Voiced by artificial intelligence.", lead, *ARTICLE])
    assert page is not None
    assert page.lines == [lead, *ARTICLE]
