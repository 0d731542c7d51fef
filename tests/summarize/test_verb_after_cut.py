import pytest

from summarize.verb_after_cut import (
    finite_first,
    main_verb_after_relative,
    verb_after_aside,
)


@pytest.mark.parametrize(
    "rest, expected",
    [
        ("in far-west New South Wales, announced it will close the mine", True),  # one aside
        ("the Rostock brewery Nordbräu, withdrew its funding, leaving 14 riders", True),
        ("at Broken Hill, in far-west New South Wales, announced it will", True),  # two
        ("which could fetch $600 million, said the people, who asked", False),  # a credit
        ("documents, e-mails and letters", False),  # a list
        ("the town's mayor, fuelled by anger at the plan", False),  # a participle's phrase
    ],
)
def test_verb_after_aside(rest, expected):
    assert verb_after_aside(rest) is expected


def test_finite_first():
    assert finite_first("stopped operating and he stopped answering")
    assert finite_first("has denied the claim")
    assert not finite_first("stopped by police on Friday")  # a participle's "by"
    assert not finite_first("documents and e-mails")


def test_main_verb_after_relative():
    head = "Wellesley residents who have always dropped off their trash"
    assert main_verb_after_relative(head, "for free could soon be paying $75 a year")
    assert not main_verb_after_relative(head, "for free, the town says")
    assert not main_verb_after_relative("Police said that the man", "was arrested on Monday")


def test_a_main_verb_in_the_headline_tense_follows_the_relative_clause():
    head = "A Renwick man who siphoned more than 2000 litres of diesel from vineyard tanks"
    assert main_verb_after_relative(head, "over four months ordered to pay back $4850")
    # a second verb joined to the clause's own is the clause's
    assert not main_verb_after_relative(head, "and ordered to pay back $4850")
    # the head holds no verb of the clause's: the past form may be it
    assert not main_verb_after_relative("A man who", "police ordered to leave")


def test_a_main_verb_follows_a_participles_phrase():
    """probe-outlets-final36: "THE man accused of killing two people" was read nonsense: a
    subject and its reduced relative, the sentence's verb ("has abandoned") cut away."""
    head = "THE man accused of killing two people"
    rest = "wounding three others in a shooting at a tavern last month has abandoned his bid"
    assert main_verb_after_relative(head, rest, "and")
    # the headline's tense took the auxiliary: a past form, not one joined by "and"
    assert main_verb_after_relative(head, "in a shooting last month abandoned his bid")
    assert not main_verb_after_relative(head, "and wounded three others")
    # the head holds the sentence's verb already; a verb after "after" is its clause's own
    team = "A Sudbury curling team skipped by Mike Desrochers is heading"
    assert not main_verb_after_relative(team, "to the national championship has")
    jailed = "A scaffolding company director jailed for eight months"
    assert not main_verb_after_relative(jailed, "a 19-year-old apprentice fell", "after")
    # a verb in the past is as often the sentence's own as a participle: only passives read
    assert not main_verb_after_relative("The US trade deficit widened by", "more than was hoped")
    assert not main_verb_after_relative("The fire killed at least 46 people", "in the city was")
    # an auxiliary after a clause's own opening word is the clause's (the code review's)
    storm = "The man charged with arson at the plant"
    assert not main_verb_after_relative(storm, "it was upgraded to a hurricane", "after")
    jailed = "A 34-year-old salesman jailed for three years"
    assert not main_verb_after_relative(jailed, "for promising jobs at hotels that did not exist")
    # the sentence's verb after a relative clause in the subject (the second review's)
    charged = "The man charged with the murder of a boy in Leeds last month"
    assert main_verb_after_relative(charged, "was stabbed outside a takeaway will appear", "who")
    # an adjective's participle is no verb: "from a partially dismantled scaffold"
    jailed_for = "A scaffolding company director jailed for eight months"
    fell = "a boy fell to his death from a partially dismantled scaffold"
    assert not main_verb_after_relative(jailed_for, fell, "after")
    # a place or a month in -ly is no adverb (the fourth review's)
    assert main_verb_after_relative("The man arrested", "over a murder in Sicily has been jailed")
    arrested = "The man arrested"
    assert main_verb_after_relative(arrested, "over the stabbing that left a boy hurt has been")
