import re

import pytest

from summarize.phrase_cuts import splits_pair, takes_phrase


def _at_and(text: str) -> tuple[re.Match[str], list[str], str]:
    boundary = re.search(r"\sand\s", text)
    return boundary, text[: boundary.start()].split()[-2:], text[boundary.end() :].split()[0]


@pytest.mark.parametrize(
    "text, split",
    [
        ("It was a bossy and controlling government", True),
        ("The board approved new elementary and middle school boundaries", True),
        ("Fields were spread across 13 counties and municipal districts", True),
        ("It will provide NT$870 million in cash relief and low-interest loans to farmers", True),
        ("The survey found concern over the readiness of both clients and firms", True),
        ("A fire destroyed both buildings and left 200 people homeless", False),
        ("Smith and Jones both resigned and the board appointed a new chief", False),
        ("The economy grew 0.6% in the first quarter and annual growth rose to 1.8%", False),
        ("Police arrested 14 people and seized 38 tonnes of fruit", False),
        ("The bench told him to leave within four weeks and restore the land", False),
        # a list's last item: "A, B | and C" leaves the list open
        ("It must pay M1.6 million in unpaid wages, notice pay and leave pay to 312 workers", True),
        ("Police searched homes in Leeds, Bradford and Halifax on Tuesday", True),
        ("The firm cut 500 jobs, closed two plants and raised prices", False),  # verbs: clauses
        ("The council approved the budget, a rise of 5%, and voted to freeze charges", False),
        ("The lake was surveyed by drone and satellite in October", True),  # two bare nouns
        # a noun and the plural head it shares with the next ("automobile manufacturers")
        ("driven by investment by automobile and electronics manufacturers in China", True),
        ("to sell 38 metric tons of fermented and dried cocoa beans to a buyer", True),
        ("The bank held rates as expected and raised its forecast for growth", False),
        ("paid by cheque and banks refused the transfer", False),  # a clause after "and"
        ("The men were arrested in raids and charged with fraud", False),  # a verb follows
        ("NorthSpan will pay $61 million in cash and issue 1.9 million shares", False),  # a modal
        # a noun that takes two things: "a combination of satellite radio | and ..."
        ("It uses a combination of satellite radio and handheld computers called E-slates", True),
        ("They played a mix of old songs and new ones", True),
        # two -ing forms of one verb: "involves widening | and deepening the drain"
        ("The project involves widening and deepening a 1.3km stretch of the drain", True),
        ("Police are searching homes and questioning residents", False),  # an object between
        ("The plan, a combination of ideas, was approved by the council and the mayor", False),
    ],
)
def test_a_pair_is_split_only_where_and_joins_its_words(text, split):
    assert splits_pair(text, *_at_and(text)) is split


@pytest.mark.parametrize(
    "end, takes",
    [
        ("since he was a teenager watching", True),
        ("following positive samples taken", True),
        ("a mural was reportedly stolen", False),  # the verb, after an adverb
        ("five people were taken", False),  # after an auxiliary, the participle is the verb
        ("at the morning", False),  # an -ing noun
    ],
)
def test_a_participle_after_its_noun_takes_the_phrase_after_it(end, takes):
    assert takes_phrase(end) is takes
