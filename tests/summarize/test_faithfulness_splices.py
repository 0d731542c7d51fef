"""Copies that join what the article keeps apart (``summarize.faithfulness.splices``)."""

import pytest

from summarize.faithfulness.splices import figures_moved, garbled_copy, splices

MATCH = [
    "Skardu took the lead in the 18th minute when Ali Shigri headed home a corner from the right.",
    "Ghizer, who had looked nervous in the opening minutes, slowly took control of the "
    "midfield and equalized just before the break.",
]
RACE = [
    "Eleven vessels, crewed by fishermen from Shimoni, Wasini Island, Vanga and Kibuyuni, took "
    "part in the 12-kilometre race."
]


def test_a_clause_cut_at_its_relating_word_and_joined_to_another_sentence_is_doubted():
    spliced = (
        "Skardu took the lead in the 18th minute when Ghizer, who had looked nervous in the "
        "opening minutes, slowly took control of the midfield and equalized just before the "
        "break."
    )
    assert splices(spliced, MATCH) == ["joins two article sentences at 'when'"]


def test_whole_sentences_copied_one_after_the_other_are_not():
    both = (
        "Skardu took the lead in the 18th minute when Ali Shigri headed home a corner from the "
        "right, and Ghizer slowly took control of the midfield and equalized just before the "
        "break."
    )
    assert splices(both, MATCH) == []
    assert splices(MATCH[1], MATCH) == []


def test_a_join_that_restates_what_the_first_sentence_went_on_to_say_is_not():
    article = [
        "Police are investigating claims by a former royal footman that palace aides tried to "
        "force him into an orgy.",
        "He said Clarence House aides tried to force him into an orgy in the 1970s.",
    ]
    summary = (
        "Police are investigating claims by a former royal footman that Clarence House aides "
        "tried to force him into an orgy in the 1970s."
    )
    assert splices(summary, article) == []


def test_a_list_copied_without_its_other_items_is_doubted():
    cut = "Eleven vessels, crewed by fishermen from Shimoni, took part in the 12-kilometre race."
    assert splices(cut, RACE) == [
        "a list cut short: 'Shimoni' without 'Wasini Island Vanga and Kibuyuni'"
    ]
    shorter = "Eleven vessels took part in the 12-kilometre race."  # an aside left out whole
    assert splices(shorter, RACE) == []
    # a name's own title is no list: "Jane Smith, Founder and CEO, said"
    titled = ["Jane Smith, Founder and CEO, said sales doubled."]
    assert splices("Jane Smith said sales doubled.", titled) == []


def test_a_list_of_places_after_surrounding_cut_short_is_doubted():
    """probe-outlets-final36: the model kept one of three places and was read misleading."""
    article = [
        "The six stations, located at altitudes between 1,650 and 2,100 meters in the areas "
        "surrounding Ifrane, Azrou and Michlifen, record snow depth every 15 minutes."
    ]
    cut = (
        "The six stations, located at altitudes between 1,650 and 2,100 meters in the areas "
        "surrounding Ifrane, record snow depth every 15 minutes."
    )
    assert splices(cut, article) == ["a list cut short: 'Ifrane' without 'Azrou and Michlifen'"]
    assert splices(article[0], article) == []
    # a name's roles after "by" are no list of people (the code review's)
    opened = ["The gallery was opened by Gormley, Sculptor and Academician, on Friday."]
    assert splices("The gallery was opened by Gormley, on Friday.", opened) == []


def test_a_fact_about_the_same_person_from_another_sentence_is_not_doubted():
    article = [
        "The award went to Jane Smith, who has run the village shop in Ballymore for 30 years.",
        "Smith, 72, still works six days a week and opens at seven every morning.",
    ]
    summary = "The award went to Jane Smith, who still works six days a week and opens at seven."
    assert splices(summary, article) == []
    road = [
        "The road will stay closed until Friday while engineers repair a burst water main.",
        "Engineers repair the main in sections, the council said in a statement on Monday.",
    ]
    assert (
        splices(
            "The road will stay closed until Friday while engineers repair the main in "
            "sections, the council said.",
            road,
        )
        == []
    )


def test_two_sentences_joined_by_a_relating_word_of_a_third_are_doubted():
    """probe-outlets-final42 (read nonsense): the start of one sentence, "when" from another
    and the end of a third."""
    article = [
        "The Bankers were made to work hard for the three points after Karonga United, who "
        "finished ninth last season, took the lead in the 34th minute through Chikondi Banda.",
        "Silver Strikers coach Gilbert Chirwa made two changes at half time, bringing on "
        "Yamikani Phiri and Mphatso Kalua for Steven Mhone and Dalitso Nkhoma, and the changes "
        "paid off.",
        "The Bankers drew level in the 58th minute when captain Blessings Mwale headed home.",
    ]
    spliced = (
        "The Bankers were made to work hard for the three points after Karonga United, who "
        "finished ninth last season, when Mphatso Kalua for Steven Mhone and Dalitso Nkhoma, "
        "and the changes paid off."
    )
    assert splices(spliced, article) == ["joins two article sentences at 'when'"]
    own = spliced.replace(", when Mphatso", ", and Mphatso")  # no relating word: not this rule
    assert splices(own, article) == []


def test_a_whole_clause_joined_by_a_word_of_a_third_sentence_is_not_doubted():
    """Second review: "after" from elsewhere, then a clause copied from its own sentence's
    start, relates the two as the article may (a fused sentence, not a splice)."""
    article = [
        "Shares in Acme fell 12% on Tuesday in heavy trading on the London market.",
        "The company cut its profit forecast for the year on Monday evening.",
        "Analysts said the fall came after a profit warning that few had expected.",
    ]
    fused = (
        "Shares in Acme fell 12% on Tuesday after the company cut its profit forecast for the "
        "year on Monday evening."
    )
    assert splices(fused, article) == []


WIND = [
    "The developer of a 99MW wind farm in the Mekong Delta province of Soc Trang is racing "
    "to get its turbines installed before the deadline.",
    "Mekong Gio Xanh Energy JSC, the investor of the Song Hau Bien 1 wind farm in Vinh Chau "
    "town, told VIR that the first turbines will arrive in January.",
]


def test_a_prepositions_object_swapped_for_another_sentences_subject_is_doubted():
    """probe-outlets-final67, read false: "the province of" a company."""
    spliced = (
        "The developer of a 99MW wind farm in the Mekong Delta province of Mekong Gio Xanh "
        "Energy JSC, the investor of the Song Hau Bien 1 wind farm in Vinh Chau town, told VIR "
        "that the first turbines will arrive in January."
    )
    assert splices(spliced, WIND) == ["joins two article sentences at 'of'"]
    assert splices(WIND[1], WIND) == []


SEFTON = [
    "Sefton Council has set its budget for 2004/05.",
    "The Sefton element of the bill for a Band D property will be £1,046.33, an increase of "
    "£48.88 a year, or 94p a week.",
    "Police and fire charges are set separately.",
    "For a Band A property the total bill will be £825.61, an increase of £39.31 a year, or 76p "
    "a week.",
]


def test_one_sentences_figures_given_to_what_another_measures_are_doubted():
    # probe-outlets-final74: Band A's total bill given as Band A's Sefton element (read false)
    sentence = (
        "The Sefton element of the bill for a Band A property will be £825.61, an increase of "
        "£39.31 a year, or 76p a week."
    )
    assert figures_moved(sentence, SEFTON)


@pytest.mark.parametrize(
    "sentence",
    [
        # each sentence's figures with what they measure
        "For a Band A property the total bill will be £825.61, an increase of £39.31 a year.",
        "The Sefton element of the bill for a Band D property will be £1,046.33.",
        # what a figure measures named in a sentence before it ("It will cost ...")
        "The new bridge over the Mersey will cost £5m, the council said.",
    ],
)
def test_figures_with_what_they_measure_are_not_doubted(sentence):
    article = [*SEFTON, "The new bridge over the Mersey opens next year.", "It will cost £5m."]
    assert not figures_moved(sentence, article)


BRINE = [
    "Calder Brine Resources LLC filed an application with the Arkansas Oil and Gas Commission "
    "to establish the Big Creek Brine Unit, covering about 19,800 acres between Emerson and "
    "Taylor."
]


def test_a_copy_garbled_into_a_word_the_article_never_writes_is_doubted():
    # probe-outlets-final75: "the Arkansas Oil andagas" (read nonsense)
    sentence = (
        "Calder Brine Resources LLC filed an application with the Arkansas Oil andagas, covering "
        "about 19,800 acres between Emerson and Taylor."
    )
    assert garbled_copy(sentence, BRINE)


def test_a_copy_shortened_with_the_articles_words_is_not_doubted():
    sentence = (
        "Calder Brine Resources LLC filed an application with the Arkansas Oil and Gas "
        "Commission, covering about 19,800 acres between Emerson and Taylor."
    )
    assert not garbled_copy(sentence, BRINE)
