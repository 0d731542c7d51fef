"""Whether a text has a finite verb (``summarize.verbs.has_verb``)."""

import pytest

from summarize.verbs import has_verb


@pytest.mark.parametrize(
    "text",
    [
        "Mozambique's publicly owned ports",  # a participle and its noun, after a possessive
        "The proposed changes",
        "Its wholly owned subsidiary",
        "The listed firms",
        # a plan or a bid after a determiner is a noun (probe-outlets-final62)
        "A €2.6 million plan to remove through-traffic",
        "Its plans to close the school",
    ],
)
def test_a_noun_phrase_with_a_participle_has_no_verb(text):
    assert not has_verb(text)


@pytest.mark.parametrize(
    "text",
    [
        "The proposed changes take effect",  # a bare present the rules cannot see: not judged
        "The newly elected councillors take office",
        "Basic versions of these so-called avatars already exist",
        "Its wholly owned subsidiary sells cars",
        "The tornado destroyed homes",
        "Toyota's profits doubled",
        "The council approves plans",
        # a noun phrase after the verb, not opening the text: a bare present before it
        "Teachers reject the revised proposals.",
        "Unions oppose the proposed changes.",
        "This sparked protests.",  # "this" a pronoun, "sparked" its verb
        "They want a hundred homes.",  # "hundred" is no participle
        "Council plans to close school",  # a headline's verb
        "The workers plan to strike next week",  # after its subject (the review's)
        "The Smith family plan to appeal",
        "United bid to sign Smith",
    ],
)
def test_a_clause_keeps_its_verb(text):
    assert has_verb(text)


@pytest.mark.parametrize(
    "text",
    [  # a participle after its noun, in a phrase that cannot hold the clause's verb
        "The device, a small scanning spectrometer housed in a weatherproof steel box",
        "In a letter addressed to the club's committee and copied to the league's management",
        "At a ceremony attended by 300 people",
        "Jack Smith, a farmer based in Devon",
    ],
)
def test_a_reduced_relative_clause_is_no_verb(text):
    assert not has_verb(text)


@pytest.mark.parametrize(
    "text",
    [
        "In a statement the company announced on Monday a new plan",  # a subject of its own
        "In a surprise move the council voted to close the school",
        "The company, a bakery, closed in March",  # the aside closed: the verb follows
        "Yesterday, the council voted on the plan",  # an opening time, not a subject
        "Last Monday, the council voted on the plan",
        "After a meeting held on Monday, the council approved the plan",
    ],
)
def test_a_verb_after_its_subject_is_still_seen(text):
    assert has_verb(text)


@pytest.mark.parametrize(
    "text",
    [  # the review's: a main verb after a "what" clause, after an opening phrase's subject
        "An inquiry into what caused the fire is under way",
        "A row over what the minister said split the cabinet",
        "Uncertainty over what happens next is hurting investment",
        "In what is believed to be a world first Ireland has banned smoking in cars",
        "At the inquest doctors testified about the death of the teenager",
        "In the afternoon protesters marched to parliament",
        "In his speech he called for unity",
        "For the year revenue increased by 12% to $1.2 billion",
        "The game over, the fans streamed onto the pitch",
        "The mayor, the police chief and residents gathered at the scene",
    ],
)
def test_a_main_verb_around_a_phrase_is_seen(text):
    assert has_verb(text)


def test_a_what_clause_inside_an_opening_phrase_holds_no_main_verb():
    assert not has_verb(
        "Halfway through what had looked in April like one of the better wheat crops in years"
    )


def test_a_plural_after_a_figure_is_its_noun_and_a_past_after_a_number_a_verb():
    """probe-outlets-final67: "the first batch of 12 turbines" read as a clause with a verb."""
    from summarize.verbs import finite

    assert not finite("turbines", "12")
    assert finite("reopened", "80")  # "Interstate 80 reopened"
    assert finite("rises", "price")
