import numpy as np

from summarize import PRESETS
from summarize.document import Document
from summarize.extractive.base import select
from summarize.extractive.coherence import dangling, leans_back, opener, render

ARTICLE = (
    "The council approved a new bridge over the river on Tuesday. "
    "Building will start in March and take two years. "
    "But residents say the bridge is too expensive for the town. "
    "Traffic on the old crossing has doubled since 2010. "
    "He said the plan had been rushed through without a vote. "
    "The bridge will cost 40 million pounds."
)


def test_openers_are_connectives_and_pronouns_outside_quotes():
    assert opener("But residents say so.") == "but"
    assert opener("However, the plan failed.") == "however"
    assert opener("He said so.") == "he"
    assert opener('"He is wrong," she said.') is None
    assert opener("Hebrides ferry cancelled.") is None


def test_selection_never_leaves_a_pronoun_without_its_sentence_before():
    doc = Document.from_clean_text(ARTICLE)
    assert leans_back(doc, 4) and not leans_back(doc, 2)  # "But" is dropped, not paired
    scores = np.array([0.0, 0.0, 0.0, 1.0, 5.0, 0.5])  # "He said ..." scored highest
    text, picked, _ = select(doc, scores, PRESETS["paragraph"].__class__("paragraph", 20))
    assert picked == [3, 4]  # taken with the sentence before it
    assert dangling(doc, picked, text) == []


def test_a_dangling_connective_is_dropped_and_the_rest_kept():
    doc = Document.from_clean_text(ARTICLE)
    assert render(doc, [0, 2]) == [
        doc.sentences[0].text,
        "Residents say the bridge is too expensive for the town.",
    ]
    assert render(doc, [1, 2])[1] == doc.sentences[2].text  # its sentence before is there


def test_the_check_counts_whole_dangling_sentences_only():
    doc = Document.from_clean_text(ARTICLE)
    assert dangling(doc, [0, 2], " ".join(render(doc, [0, 2]))) == []
    assert dangling(doc, [0, 2], doc.sentences[0].text + " " + doc.sentences[2].text) == [2]
