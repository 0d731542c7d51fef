import pytest

from summarize.headline_style import finish, tidy


@pytest.mark.parametrize(
    ("text", "tidied"),
    [
        ("markets  fell .", "Markets fell."),  # one space, no space before a mark
        (", shares rose ;", "Shares rose"),  # no comma or semicolon at an edge
        ("", ""),
        # a list's bullet or a dateline's dash at the start (probe-outlets-final75)
        (
            "- Charles Sturt researchers tracked grazing",
            "Charles Sturt researchers tracked grazing",
        ),
        ("– The court sentenced him", "The court sentenced him"),
        ("-5 degrees was the low", "-5 degrees was the low"),
    ],
)
def test_tidy(text, tidied):
    assert tidy(text) == tidied


@pytest.mark.parametrize(
    ("text", "finished"),
    [
        ("markets fell .", "Markets fell"),  # no final full stop
        ('He called it "a disaster.', "He called it a disaster"),  # an unbalanced quote goes
        ("“We won", "We won"),
        ('Acme"Corp wins', 'Acme"Corp wins'),  # a mark inside a word is part of the word
        ("Jones' record", "Jones' record"),  # a possessive keeps its mark
        ("... at the Juventus Stadium . ' ", "... at the Juventus Stadium"),  # next quote's opening
        ("'We won.'", "'We won.'"),  # a quotation opened before its closing mark
    ],
)
def test_finish(text, finished):
    assert finish(text) == finished
