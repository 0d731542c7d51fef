from summarize import PRESETS, Document
from summarize.extractive.headline_choice import choose


def test_a_dotted_capital_word_counts_as_one_word():
    """'İstanbul' lower-cases to 'i' + a combining dot: counted word by word it stays one
    word, so a headline naming what the article keeps repeating is still preferred."""
    doc = Document.from_text(
        "Markets rallied after the vote as İmamoğlu won in İstanbul. "
        + "Shares and markets rose after the vote. " * 3
        + "İmamoğlu thanked İstanbul."
    )
    order = list(range(len(doc.sentences)))
    text, index = choose(doc, order, PRESETS["headline"])
    assert (text, index) == ("Markets rallied after the vote as İmamoğlu won in İstanbul", 0)
