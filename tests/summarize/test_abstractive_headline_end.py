"""The model's reading of where a headline's cut stops (``abstractive.headline_end``), with a
stand-in for the model's scores, and ``Backend.ending_logprobs`` on a tiny model."""

from __future__ import annotations

import pytest

from summarize import Document
from summarize.abstractive import headline_end
from summarize.abstractive.headline_end import PROMPT, THRESHOLD, ends_sentence, finished_cut
from summarize.budget import PRESETS
from summarize.extractive.headline_choice import choose, cuts_in_order

HEADLINE = PRESETS["headline"]
MATCH = """Six Chris Paterson penalties gave Scotland victory in a dour but clinical encounter \
against Italy at Murrayfield in the Six Nations on Saturday.

Scotland had lost their previous three matches in the Six Nations and coach Matt Williams was \
under pressure.

Paterson kicked his six penalties from six attempts, and Italy managed only a try and a \
conversion.

Williams said the victory against Italy would give his side confidence for the rest of the \
Six Nations."""


class Reading:
    """Stands in for the model: a full stop is unlikely after the texts in ``unfinished``."""

    def __init__(self, *unfinished: str) -> None:
        self.unfinished = unfinished
        self.read: list[str] = []

    def ending_logprobs(self, prompt: str, texts: list[str]) -> list[float]:
        assert prompt == PROMPT
        self.read += texts
        return [THRESHOLD - 3 if t in self.unfinished else THRESHOLD + 3 for t in texts]


@pytest.fixture
def cuts(monkeypatch):
    """Stands in for the chooser: the sentence's cuts are the ones given, in that order."""

    def given(*texts: str) -> None:
        monkeypatch.setattr(headline_end, "cuts_in_order", lambda *_: list(texts))

    return given


@pytest.fixture(scope="module")
def match() -> tuple[Document, list[str]]:
    doc = Document.from_text(MATCH)
    return doc, cuts_in_order(doc, 0, HEADLINE)


def test_the_cuts_come_in_the_choosers_order(match) -> None:
    doc, cuts = match
    assert cuts == [  # not "... victory in a dour": two adjectives of one noun stay together
        "Six Chris Paterson penalties gave Scotland victory in a dour but clinical encounter "
        "against Italy",
    ]
    assert choose(doc, list(range(len(doc.sentences))), HEADLINE) == (cuts[0], 0)


def test_a_cut_read_as_finished_stays_after_one_reading(match) -> None:
    doc, cuts = match
    model = Reading()
    assert finished_cut(model, doc, 0, cuts[0], HEADLINE) == cuts[0]
    assert model.read == [cuts[0]]


def test_a_cut_read_as_unfinished_gives_way_to_the_next_cut_of_its_sentence(match) -> None:
    """ "... encounter against Italy" ends on a name: it is not cut shorter; a claim ending
    on a common word is ("... in a dour" -> the next cut)."""
    doc, cuts = match
    model = Reading(cuts[0])
    assert finished_cut(model, doc, 0, cuts[0], HEADLINE) == cuts[0]
    assert model.read == [cuts[0]]


def test_an_unfinished_cut_gives_way_to_a_shorter_one_of_its_sentence(match, cuts):
    doc, _ = match
    flagged = "Six Chris Paterson penalties gave Scotland victory in a dour"
    shorter = "Six Chris Paterson penalties gave Scotland victory"
    cuts(flagged, shorter)
    model = Reading(flagged)
    assert finished_cut(model, doc, 0, flagged, HEADLINE) == shorter
    assert model.read == [flagged, shorter]


def test_with_no_finished_cut_the_headline_stays(match) -> None:
    doc, cuts = match
    assert finished_cut(Reading(*cuts), doc, 0, cuts[0], HEADLINE) == cuts[0]


def test_a_headline_that_is_no_cut_of_the_sentence_is_left_alone(match) -> None:
    doc, _ = match
    model = Reading()
    assert finished_cut(model, doc, 0, "Scotland beat Italy", HEADLINE) == "Scotland beat Italy"
    assert model.read == []


def test_a_cut_that_stops_where_its_sentence_stops_is_finished() -> None:
    doc = Document.from_text(
        "Scotland beat Italy 18-10 at Murrayfield on Saturday.\n\nPaterson kicked six penalties."
    )
    cuts = cuts_in_order(doc, 0, HEADLINE)
    assert cuts[0] == "Scotland beat Italy 18-10 at Murrayfield on Saturday"
    model = Reading(cuts[0])
    assert finished_cut(model, doc, 0, cuts[0], HEADLINE) == cuts[0]
    assert model.read == []
    sentence = "Scotland beat Italy 18-10, on Saturday, at Murrayfield."
    assert ends_sentence("Scotland beat Italy 18-10 at Murrayfield", sentence)
    assert not ends_sentence("Scotland beat Italy 18-10", sentence)


@pytest.mark.usefixtures("one_thread")
def test_ending_logprobs_are_a_full_stop_read_after_the_text(tiny_causal) -> None:
    """One plain forward pass over prompt, text and full stop gives the same number, each
    text tokenized apart from the stop."""
    torch = pytest.importorskip("torch")
    from summarize.abstractive.backend import Backend
    from summarize.abstractive.sources import ModelSource

    backend = Backend(ModelSource(tiny_causal, "tiny", "local"))
    texts = ["Putin met Tokayev", "Kazakhstan is a significant Russian ally", "Moscow"]
    got = backend.ending_logprobs(PROMPT, texts)
    tok = backend.tokenizer
    prompt_ids = tok(PROMPT, add_special_tokens=False)["input_ids"]
    stop = tok(".", add_special_tokens=False)["input_ids"]
    assert len(stop) == 1
    for text, score in zip(texts, got, strict=True):
        ids = prompt_ids + tok(text, add_special_tokens=False)["input_ids"]
        with torch.inference_mode():
            logits = backend.model(input_ids=torch.tensor([ids])).logits.float()
        want = torch.log_softmax(logits[0, -1], dim=-1)[stop[0]].item()
        assert score == pytest.approx(want, abs=1e-4)
    assert backend.ending_logprobs(PROMPT, []) == []


def test_the_threshold_holds_only_for_the_model_it_was_fitted_on() -> None:
    from summarize import adapters
    from summarize.abstractive.headline_end import fitted_for
    from summarize.abstractive.offline import MODEL_ID

    assert fitted_for(MODEL_ID, str(adapters.NEWS))
    assert not fitted_for(MODEL_ID, None)  # the base model alone reads on another scale
    assert not fitted_for("gpt2", str(adapters.NEWS))
    assert not fitted_for(MODEL_ID, "/elsewhere/my-adapter")


def test_a_cut_that_completes_the_unfinished_one_comes_before_a_shorter_one(match, cuts):
    """The phrase a cut stopped inside is completed where a later cut does that, before any
    shorter cut is taken ("... for hip" -> "... for hip and knee operations")."""
    doc, _ = match
    flagged = "Patients in West Wales are waiting more than 18 months for hip"
    shorter = "Patients in West Wales are waiting more than 18 months"
    longer = "Patients in West Wales are waiting more than 18 months for hip and knee operations"
    cuts(flagged, shorter, longer)
    assert finished_cut(Reading(flagged), doc, 0, flagged, HEADLINE) == longer
    assert finished_cut(Reading(flagged, longer), doc, 0, flagged, HEADLINE) == shorter


def test_the_model_reads_a_cuts_claim_without_its_credit(match, cuts):
    """A credit moved after a cut ends where the sentence ends; the claim does not, and it
    is what the model reads ("... won by a Kenyan runner in just")."""
    doc, _ = match
    claim = "Holecek finished 19th in a race won by a Kenyan runner in just"
    cut = f"{claim}, according to the race organisers"
    whole = f"{claim} over two hours, according to the race organisers"
    cuts(cut, whole)
    doc = Document.from_text(f"{claim} over two hours, the race organisers said.\n\nHe was 19th.")
    model = Reading(claim)
    assert finished_cut(model, doc, 0, cut, HEADLINE) == whole
    assert model.read == [claim]  # the whole claim ends where the sentence's does: not read


def test_a_claim_ending_on_a_name_or_figure_is_completed_never_cut_shorter(match, cuts):
    """After "from April" or "800m" a stop is unlikely because the model could not foresee
    the word, not because a phrase is open: such a claim gives way only to one going on."""
    doc, _ = match
    for flagged, shorter in (
        ("Cuts to evening bus services will go ahead from April", "Cuts to bus services go ahead"),
        ("McIlroy won in less than a week, claiming the men's 800m", "McIlroy won in a week"),
    ):
        cuts(flagged, shorter)
        assert finished_cut(Reading(flagged), doc, 0, flagged, HEADLINE) == flagged
        longer = f"{flagged} in Douglas"
        cuts(flagged, shorter, longer)
        assert finished_cut(Reading(flagged), doc, 0, flagged, HEADLINE) == longer


def test_a_completion_may_change_a_verbs_form_and_a_figure_or_credit_is_seen(match, cuts):
    """ "has struck a deal to supply Peugeot" goes on as "struck a deal to supply Peugeot
    with 30,000 vehicles" (a review's case); "$999" is a figure; ", Ofgem announces" is a
    credit, its claim ending on "April": neither is cut shorter."""
    doc, _ = match
    flagged = "Mitsubishi Motors has struck a deal to supply Peugeot"
    longer = "Mitsubishi Motors struck a deal to supply Peugeot with 30,000 vehicles"
    shorter = "Mitsubishi Motors has struck a deal"
    cuts(flagged, shorter, longer)
    assert finished_cut(Reading(flagged), doc, 0, flagged, HEADLINE) == longer
    for flagged, shorter in (
        ("Apple will sell its new phone for $999", "Apple will sell its new phone"),
        (
            "Energy bills will rise by £150 from April, Ofgem announces",
            "Energy bills will rise by £150, Ofgem announces",
        ),
    ):
        claim = flagged.split(",")[0]
        cuts(flagged, shorter)
        assert finished_cut(Reading(claim), doc, 0, flagged, HEADLINE) == flagged
