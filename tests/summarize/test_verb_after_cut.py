import pytest

from summarize.verb_after_cut import finite_first, main_verb_after_relative, verb_after_aside


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
