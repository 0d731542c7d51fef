"""An aside at a headline's end, what its clause owed cut away
(``summarize.extractive.headline_asides``)."""

import pytest

from summarize.extractive.headline_asides import aside_left_open


@pytest.mark.parametrize(
    "headline",
    [
        "The Competition Tribunal has approved, subject to conditions",  # the object
        "The union rejected, by a large majority",
        "Hanazono Seiki announced that its Board of Directors, at a meeting held on "
        "November 20, 2007",  # the "that" clause's verb
        "shells that were, on average",  # the copula's complement
        "The Competition Tribunal has approved",  # the perfect, its object cut away
        "The board has pre-approved, with conditions",
    ],
)
def test_an_aside_that_ends_the_clause_early(headline):
    assert aside_left_open(headline)


@pytest.mark.parametrize(
    "headline",
    [
        "The merger was approved, subject to conditions",  # a passive is whole
        "The council approved, by nine votes to two, a plan to close the school",
        "The recall, first announced, has been extended to a further 11 products",  # the verb
        "The Incredibles has beaten Shrek 2 at the animation awards, the Annies",  # a noun
        "The firm said that its chief executive, John Smith, will step down",
        "The court upheld the ban, citing safety",
        "The minister resigned, citing health reasons",
        # the review's: a passive's second participle, a "that" clause whose verb is a present
        "Planning permission was sought in 2020 and granted, with conditions",
        "The survey reveals that Britons spend £3bn a year on takeaways, on average",
        "The council said that bins go out on Tuesdays, not Mondays",
        "The plan has been approved",
        "The council has approved the plan",
    ],
)
def test_a_whole_clause_before_its_aside(headline):
    assert not aside_left_open(headline)
