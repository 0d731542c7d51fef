import pytest

from summarize.clean import clean, decode, looks_like_html
from summarize.errors import InputError


def test_seed_layout_and_boilerplate(seed_text):
    cleaned = clean(seed_text)
    assert cleaned.title == "Kazakh leader meets Putin in first post-election trip abroad"
    assert cleaned.standfirst.startswith("Kazakhstan’s leader has met with Russian President")
    reasons = [r.reason for r in cleaned.removed]
    assert reasons.count("repeated title") == 1
    assert "gallery label" in reasons
    assert reasons.count("donation appeal") == 4
    assert reasons.count("subscription prompt") == 2
    body = cleaned.body
    for phrase in ("Your support", "paywalls", "Subscribe", "bookmark", "Show all", "dead heat"):
        assert phrase not in body
    # every real paragraph survives
    assert body.startswith(
        "Kazakhstan's leader met with Russian President Vladimir Putin on Monday"
    )
    assert body.endswith("develop in the future.”")
    assert body.count("\n") == 4


def test_real_sentences_mentioning_subscriptions_survive():
    text = (
        "Netflix said its subscription numbers rose by 5 million in the quarter.\n"
        "The company's support for new shows helped, analysts said.\n"
        "Shares rose 4% in after-hours trading."
    )
    cleaned = clean(text)
    assert cleaned.removed == ()
    assert cleaned.body == text
    assert cleaned.title is None


def test_plain_text_without_title_layout_is_untouched():
    text = "First sentence here. Second one.\nA new paragraph ends here."
    cleaned = clean(text)
    assert cleaned.title is None and cleaned.standfirst is None
    assert cleaned.body == text


def test_html_goes_through_trafilatura():
    paragraphs = "".join(
        f"<p>The council approved plan number {i} for the new bridge over the river, "
        f"officials said after a long meeting.</p>"
        for i in range(8)
    )
    html = (
        "<html><head><title>Bridge plans approved</title></head><body>"
        "<nav>Home | News | Sport</nav><article><h1>Bridge plans approved</h1>"
        f"{paragraphs}</article><footer>Copyright 2024</footer></body></html>"
    )
    assert looks_like_html(html)
    cleaned = clean(html)
    assert cleaned.from_html
    assert cleaned.title == "Bridge plans approved"
    assert "plan number 3" in cleaned.body
    assert "<p>" not in cleaned.body and "Home | News" not in cleaned.body


def test_decode_utf8_latin1_and_binary():
    assert decode("café".encode()) == ("café", [])
    text, warnings = decode("café".encode("latin-1"))
    assert text == "café" and "not valid UTF-8" in warnings[0]
    with pytest.raises(InputError, match="binary"):
        decode(bytes(range(256)) * 4)
