"""Every extractive method through the one registry, on the seed article."""

import json

import numpy as np
import pytest

from summarize import PRESETS, Document, list_methods
from summarize.extractive import select
from summarize.extractive.coherence import dangling, render
from summarize.extractive.names import with_full_names
from summarize.extractive.sumy_methods import ALGORITHMS
from summarize.registry import create

EXTRACTIVE = [m.name for m in list_methods() if m.kind == "extractive"]


@pytest.fixture(scope="module")
def seed_doc(seed_text) -> Document:
    return Document.from_text(seed_text)


def test_registry_lists_lead_sumy_and_default():
    assert {"salience", "lead", *ALGORITHMS} <= set(EXTRACTIVE)


@pytest.mark.parametrize("name", EXTRACTIVE)
def test_paragraph_is_whole_source_sentences_within_budget(name, seed_doc):
    """Whole sentences, but for a dangling opening connective ("But", issue 11)."""
    summary = create(name).summarize(seed_doc, PRESETS["paragraph"])
    assert summary.method == name
    assert 2 <= len(summary.sources) <= 4
    assert summary.n_words <= 90
    picked = [s.index for s in summary.sources]
    rendered = render(seed_doc, picked)
    full = with_full_names(rendered, seed_doc.text, seed_doc.language, PRESETS["paragraph"])
    assert summary.text == " ".join(full)
    assert dangling(seed_doc, picked, summary.text) == []
    for source in summary.sources:
        assert seed_doc.text[source.start : source.end] == seed_doc.sentences[source.index].text
    assert [s.index for s in summary.sources] == sorted(s.index for s in summary.sources)


@pytest.mark.parametrize("name", EXTRACTIVE)
def test_headline_is_one_short_line(name, seed_doc):
    summary = create(name).summarize(seed_doc, PRESETS["headline"])
    assert "\n" not in summary.text and not summary.text.endswith(".")
    assert 4 <= summary.n_words <= 14
    assert len(summary.sources) == 1
    assert summary.warnings == ()


def test_lead_takes_the_first_sentences(seed_doc):
    summary = create("lead").summarize(seed_doc, PRESETS["paragraph"])
    assert [s.index for s in summary.sources] == [0, 1, 2, 3]
    headline = create("lead").summarize(seed_doc, PRESETS["headline"])
    assert headline.text == "Kazakhstan's leader met with Russian President Vladimir Putin"


def test_sumy_rates_every_sentence(seed_doc):
    for name in ALGORITHMS:
        scores = create(name).score(seed_doc, PRESETS["paragraph"])
        assert scores.shape == (len(seed_doc.sentences),)
        assert np.isfinite(scores).all()


def test_select_skips_sentences_that_do_not_fit():
    doc = Document.from_clean_text(
        "The opening sentence is short. "
        + "This one goes on "
        + "and on " * 60
        + ". Closing words come now."
    )
    text, picked, warnings = select(doc, np.array([3.0, 2.0, 1.0]), PRESETS["paragraph"])
    assert picked == [0, 2] and warnings == []
    assert text == "The opening sentence is short. Closing words come now."


def test_select_never_repeats_a_sentence_of_a_text_pasted_twice():
    story = (
        "The council approved the new bridge on Monday. Work starts in May. "
        "The bridge will cost 12 million pounds. Residents had asked for it for years."
    )
    doc = Document.from_clean_text(story + "\n\n" + story.replace("Monday.", "Monday !"))
    scores = np.array([8.0, 1.0, 2.0, 3.0, 7.0, 6.0, 5.0, 4.0])
    text, picked, _ = select(doc, scores, PRESETS["paragraph"])
    assert picked == [0, 5, 6, 7]  # the copy of 0 (score 7) is passed over for the next best
    assert text.count("The council approved") == 1 and "Work starts in May." in text


def test_select_never_picks_a_sentence_held_whole_in_another():
    """A share box's line holds the title and the first sentence: picked first, it keeps the
    first sentence out (and would be kept out by it); a short one held inside is no repeat."""
    first = "Parts of Route 4 were under water for several hours on Tuesday."
    doc = Document.from_clean_text(
        f"{first}\n\nHeavy rain floods roads {first}\n\n"
        "The weather service issued a flood advisory for the south. Rain fell. "
        "Rain fell for six hours in Inarajan, the gauge showed."
    )
    assert len(doc.sentences) == 5
    text, picked, _ = select(doc, np.array([3.0, 5.0, 2.0, 1.0, 4.0]), PRESETS["paragraph"])
    assert picked == [1, 2, 3, 4]
    assert text.count("Parts of Route 4") == 1 and "Rain fell. Rain fell for six" in text


@pytest.mark.parametrize(
    "short, long",
    [
        (  # a short sentence's words inside another's: other news
            "Price was jailed for 18 months.",
            "The court heard Price had a record of violence and in 2019 Price was jailed for 18 "
            "months for attacking a taxi driver.",
        ),
        (  # a longer sentence that goes on from a shorter one adds news
            "The factory in Rochdale will close in March with the loss of 240 jobs.",
            "The factory in Rochdale will close in March with the loss of 240 jobs, and its work "
            "will move to Poland.",
        ),
    ],
)
def test_select_keeps_sentences_that_share_words_but_not_the_news(short, long):
    doc = Document.from_clean_text(f"{short}\n\n{long}\n\nThe union said it was shocked.")
    _, picked, _ = select(doc, np.array([2.0, 3.0, 1.0]), PRESETS["paragraph"])
    assert picked == [0, 1, 2]


@pytest.mark.parametrize("name", EXTRACTIVE)
def test_no_method_repeats_a_sentence(name):
    doc = Document.from_text("The parliament passed a new law on Monday. " * 6, language="english")
    summary = create(name).summarize(doc, PRESETS["paragraph"])
    assert summary.text == "The parliament passed a new law on Monday."


def test_single_sentence_shorter_than_budget_is_returned_whole():
    doc = Document.from_text("The council approved the new bridge.")
    summary = create("salience").summarize(doc, PRESETS["paragraph"])
    assert summary.text == "The council approved the new bridge."
    headline = create("salience").summarize(doc, PRESETS["headline"])
    assert headline.text == "The council approved the new bridge"


def test_lsa_vocabulary_does_not_follow_string_hashing(seed_doc):
    """sumy's own LSA orders its terms by a frozenset (PYTHONHASHSEED); ours sorts them."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    from summarize.extractive.sumy_methods import RepeatableLsaSummarizer, _tokenizer

    tokenizer = _tokenizer("english")
    model = ObjectDocumentModel(
        [Paragraph([SumySentence(s.text, tokenizer) for s in seed_doc.sentences])]
    )
    rows = RepeatableLsaSummarizer()._create_dictionary(model)
    assert list(rows) == sorted(rows) and list(rows.values()) == list(range(len(rows)))


@pytest.mark.parametrize("name", sorted(ALGORITHMS))
def test_sumy_rates_at_most_its_cap_and_ranks_the_rest_below(monkeypatch, name):
    """Issue 14: sumy's graph methods are quadratic in sentences; a long input is capped."""
    from summarize.extractive import sumy_methods

    monkeypatch.setitem(sumy_methods.MAX_SENTENCES, name, 5)
    seen = []
    real = sumy_methods.rate_sentences

    def recording(summarizer, document):
        seen.append(len(document.sentences))
        return real(summarizer, document)

    monkeypatch.setattr(sumy_methods, "rate_sentences", recording)
    doc = Document.from_clean_text(" ".join(f"Event {i} hit town {i % 3}." for i in range(12)))
    method = create(name)
    scores = method.score(doc, PRESETS["paragraph"])
    assert seen == [5] and len(scores) == 12
    assert scores[5:].max() < scores[:5].min()
    assert (
        "rated the first 5 of 12 sentences"
        in method.summarize(doc, PRESETS["headline"]).warnings[0]
    )


@pytest.fixture(scope="module")
def bbc_doc() -> Document:
    """A fixed BBC article (the demo's first example) with enough sentences to rank."""
    from importlib import resources

    from summarize.jsonl import lines

    text = (resources.files("summarize") / "seeds" / "bbc-examples.jsonl").read_text("utf-8")
    return Document.from_clean_text(json.loads(lines(text)[0])["text"])


@pytest.mark.parametrize("name", sorted(ALGORITHMS))
def test_sumy_picks_follow_sumys_own_ratings(bbc_doc, name):
    """For every count, our top sentences are the ones sumy itself returns, and for some count
    they are not the first ones (ratings lost would make every method the lead)."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    from summarize.extractive.sumy_methods import _tokenizer

    method = create(name)
    tokenizer = _tokenizer("english")
    sentences = [SumySentence(s.text, tokenizer) for s in bbc_doc.sentences]
    model = ObjectDocumentModel([Paragraph(sentences)])
    scores = method.score(bbc_doc, PRESETS["paragraph"])
    order = [int(i) for i in np.argsort(-scores, kind="stable")]
    leads = []
    for count in range(1, len(sentences)):
        own = method._summarizer("english")(model, count)
        assert sorted(order[:count]) == sorted(sentences.index(s) for s in own), count
        leads.append(sorted(order[:count]) == list(range(count)))
    assert not all(leads)


def test_a_surname_that_is_also_the_firms_name_is_not_expanded():
    from summarize.extractive.names import with_full_names

    article = (
        "Belgian biscuit and waffle maker Vandermeulen is to close its oldest factory. "
        "Pieter Vandermeulen, the fourth generation of the family to run the business, said "
        "the board had resisted the decision for years. Mr Vandermeulen said the plant was no "
        "longer viable."
    )
    sentences = ["Belgian biscuit and waffle maker Vandermeulen is to close its oldest factory."]
    assert with_full_names(sentences, article, "english", PRESETS["paragraph"]) == sentences
    person = article.replace("waffle maker Vandermeulen", "waffle maker Delvaux")
    said = ["Vandermeulen said the board had resisted the decision for years."]
    assert with_full_names(said, person, "english", PRESETS["paragraph"]) == [
        "Pieter Vandermeulen said the board had resisted the decision for years."
    ]


def test_an_initial_in_brackets_is_the_names_own():
    from summarize.extractive.names import with_full_names

    article = (
        "Rovers captain Hemi Walker said the win was the best of his career. "
        "Ahuriri Rovers 24 (H Walker, K Tuhiwai tries) Tukituki 22."
    )
    results = ["Ahuriri Rovers 24 (H Walker, K Tuhiwai tries) Tukituki 22."]
    assert with_full_names(results, article, "english", PRESETS["paragraph"]) == results
    # a one-word quotation before a surname is no part of the name (the review)
    quoted = '"Never," Kemi Badenoch said when asked. Badenoch later added more.'
    said = ['"Never," Badenoch said.']
    assert with_full_names(said, quoted, "english", PRESETS["paragraph"]) == [
        '"Never," Kemi Badenoch said.'
    ]


@pytest.mark.parametrize(
    "text, surname, firm",
    [
        ("his old rival Federer said he would play", "Federer", False),
        ("The company Jobs co-founded in 1976", "Jobs", False),
        ("Dutch brewer Heineken said sales fell", "Heineken", True),
    ],
)
def test_what_names_a_firm(text, surname, firm):
    from summarize.extractive.names import _names_a_firm

    assert _names_a_firm(text, surname) is firm


def test_a_surname_two_people_share_is_not_expanded():
    """probe-outlets-final42: "Chaudhary was discharged" became "Sushila Chaudhary", his
    wife, where the patient was Ram Bahadur Chaudhary (read false)."""
    article = (
        'Ram Bahadur Chaudhary, 34, was bitten by a krait while sleeping. "He could not open '
        'his eyes or speak when we reached," said his wife, Sushila Chaudhary. Chaudhary was '
        "discharged after 11 days. Dr Chaudhary said the unit had saved many lives."
    )
    discharged = ["Chaudhary was discharged after 11 days."]
    assert with_full_names(discharged, article, "english", PRESETS["paragraph"]) == discharged
    same = article.replace(
        '"He could not open his eyes or speak when we reached," said his wife, Sushila Chaudhary.',
        "Ram Chaudhary said he could not open his eyes.",
    )  # "Ram Bahadur Chaudhary" and "Ram Chaudhary" are one person (second review)
    assert with_full_names(discharged, same, "english", PRESETS["paragraph"]) == [
        "Ram Chaudhary was discharged after 11 days."
    ]
    one = article.replace("Ram Bahadur Chaudhary", "Ram Chaudhary").replace(
        "his wife, Sushila Chaudhary", "his wife"
    )  # one person of the name, and a title before it: the full name goes in
    assert with_full_names(discharged, one, "english", PRESETS["paragraph"]) == [
        "Ram Chaudhary was discharged after 11 days."
    ]
