"""The faithfulness scorer (summarize.faithfulness): relation checks, alignment, and the
scorer's machinery on a tiny random model (plus one check with the real offline model).

A headline is published only when it compresses one article sentence; if
``compressed_from`` accepted a reordering, "Russia's leader meets with Kazakhstan" would be
published as true. The scorer's numbers rest on ``continuation_logprobs``: its shared KV
cache must give the same log-probabilities as one plain forward pass.
"""

from __future__ import annotations

import json

import pytest

from summarize.faithfulness.align import SourceSentences
from summarize.faithfulness.relations import (
    compressed_from,
    content_sequence,
    negation_differs,
    reversed_names,
    unwritten_names,
)

SEED_SENTENCE = (
    "Kazakhstan's leader met with Russian President Vladimir Putin on Monday, a week after "
    "winning a new seven-year term by a landslide in a snap election."
)
NOT_A_COMPRESSION = "not a compression of one article sentence (words added or moved)"


def test_a_compression_keeps_content_words_in_order() -> None:
    """Words may be dropped and "met" may become "meets"; nothing may move or be added."""
    assert compressed_from("Kazakhstan leader meets with Putin", [SEED_SENTENCE]) == 0
    assert compressed_from("Russia's leader meets with Kazakhstan", [SEED_SENTENCE]) is None
    assert compressed_from("Putin meets Kazakhstan leader", [SEED_SENTENCE]) is None
    assert compressed_from("Kazakhstan leader meets Putin in Paris", [SEED_SENTENCE]) is None


def test_compressed_from_returns_the_first_matching_sentence() -> None:
    sources = ["The weather was cold.", "Putin met the Kazakhstan leader.", SEED_SENTENCE]
    assert compressed_from("Putin meets Kazakhstan leader", sources) == 1
    assert compressed_from("Kazakhstan leader meets Putin", sources) == 2
    assert compressed_from("the of and", sources) is None  # no content word: nothing shown


def test_content_sequence_maps_irregular_pasts_to_the_verb() -> None:
    assert content_sequence("Putin met Tokayev") == content_sequence("Putin meets Tokayev")
    assert content_sequence("The leader met with Putin") == ["leader", "meet", "putin"]


def test_negation_differs_only_when_one_side_negates() -> None:
    assert negation_differs("The firm did not cut jobs.", "The firm cut jobs.")
    assert negation_differs("The firm cut jobs.", "The firm failed to cut jobs.")
    assert not negation_differs("The firm cut jobs.", "The firm cut 100 jobs.")
    assert not negation_differs("The firm didn't cut jobs.", "The firm never cut jobs.")


def test_reversed_names_sees_swapped_roles() -> None:
    """India/Indian count as one name; their order against UK decides."""
    assert reversed_names(
        "India brewer to buy UK brewer", "UK brewer to buy stake in Indian brewer"
    ) == ("india", "uk")
    assert (
        reversed_names("UK brewer to buy Indian brewer", "UK brewer to buy stake in Indian brewer")
        is None
    )
    assert reversed_names("Putin met Tokayev", "Tokayev met reporters") is None  # one shared


# spells it that way too ("Durken's photo", later)


def test_alignment_picks_the_sentence_sharing_most_content_words() -> None:
    article = SourceSentences(
        "The weather was cold. Tokayev met Putin in Moscow on Monday. Putin said relations "
        "were good."
    )
    alignment = article.align("Tokayev and Putin met in Moscow")
    assert alignment.sources == (1, 2)  # best first; the weather shares nothing
    assert alignment.overlap == pytest.approx(1.0)
    assert article.context(alignment) == (
        "Tokayev met Putin in Moscow on Monday. Putin said relations were good."
    )
    relations = article.align("Relations were good, Putin said")
    assert relations.sources[0] == 2
    nothing = article.align("the of and")
    assert nothing.sources == () and nothing.overlap == 0.0


torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

import numpy as np  # noqa: E402

from summarize.abstractive.backend import Backend  # noqa: E402
from summarize.abstractive.sources import ModelSource  # noqa: E402
from summarize.abstractive.support import SourceIndex  # noqa: E402
from summarize.faithfulness import Faithfulness, FaithfulnessScorer, SentenceCheck  # noqa: E402
from summarize.faithfulness.scorer import CONTEXT_TOKENS, WEIGHTS, load_weights  # noqa: E402
from summarize.faithfulness.summary_score import bigram_share, copy_density  # noqa: E402
from summarize.faithfulness.summary_score import features as summary_features  # noqa: E402
from summarize.faithfulness.summary_score import probability as summary_probability  # noqa: E402


@pytest.fixture(scope="module")
def tiny_backend(tiny_causal) -> Backend:
    return Backend(ModelSource(tiny_causal, "tiny", "local"))


@pytest.mark.usefixtures("one_thread")
def test_continuation_logprobs_equal_one_plain_forward_pass(tiny_backend) -> None:
    """The cached, batched, padded scoring gives each target's log-probs as if the prefix and
    that target were read in one pass (5 targets of different lengths: two batches)."""
    backend = tiny_backend
    prefix = "Putin met Tokayev on Monday .\n"
    targets = [
        "Kazakhstan is a significant Russian ally .",
        "Putin said",
        "Tokayev",
        "Nazarbayev resigned in 2019 , but had retained significant clout .",
        "Moscow",
    ]
    got = backend.continuation_logprobs(prefix, targets)
    assert len(got) == len(targets)
    tok = backend.tokenizer
    prefix_ids = tok(prefix, add_special_tokens=False)["input_ids"]
    for target, scores in zip(targets, got, strict=True):
        target_ids = tok(target, add_special_tokens=False)["input_ids"]
        assert len(scores) == len(target_ids)
        ids = torch.tensor([prefix_ids + target_ids], device=backend.device)
        with torch.inference_mode():
            logits = backend.model(input_ids=ids).logits.float()
        logprobs = torch.log_softmax(logits[0, len(prefix_ids) - 1 : -1], dim=-1)
        want = logprobs.gather(-1, torch.tensor(target_ids).unsqueeze(-1))[:, 0].tolist()
        assert scores == pytest.approx(want, abs=1e-4)
    assert backend.continuation_logprobs(prefix, []) == []


@pytest.mark.usefixtures("one_thread")
def test_scorer_checks_each_summary_sentence(tiny_backend, seed_text) -> None:
    """One check per sentence, resting on an article sentence; the weakest sentence decides."""
    scorer = FaithfulnessScorer(tiny_backend)
    summary = (
        "Kazakhstan's leader met with Russian President Vladimir Putin on Monday. "
        "Tokayev said his first visit abroad had deep political significance."
    )
    result = scorer.check(seed_text, summary)
    assert isinstance(result, Faithfulness)
    assert len(result.sentences) == 2
    article = SourceSentences(seed_text)
    for check, words in zip(
        result.sentences, (("Putin", "met"), ("Tokayev", "visit")), strict=True
    ):
        assert isinstance(check, SentenceCheck)
        assert 0.0 <= check.score <= 1.0
        assert check.supported == (check.score >= scorer.threshold)
        assert check.source is not None and 0 <= check.source < len(article.sentences)
        assert check.source_text == article.sentences[check.source]
        assert all(w in check.source_text for w in words)
    assert result.sentences[0].text.startswith("Kazakhstan's leader met")
    weakest = min(c.score for c in result.sentences)
    assert all(c.logprob < 0 for c in result.sentences)  # the model read every sentence
    blend = scorer.weights["summary"]
    values = summary_features(seed_text, summary, result.sentences, SourceIndex(seed_text))
    assert values["weakest"] == weakest
    assert values["mean_logprob"] == pytest.approx(np.mean([c.logprob for c in result.sentences]))
    assert values["min_logprob"] == min(c.logprob for c in result.sentences)
    row = np.array([[values[name] for name in blend["features"]]])
    assert result.score == pytest.approx(float(summary_probability(row, blend)[0]))
    assert result.accepted == all(c.supported for c in result.sentences)
    unblended = {k: v for k, v in scorer.weights.items() if k != "summary"}
    assert FaithfulnessScorer(tiny_backend, unblended).check(seed_text, summary).score == weakest
    data = json.loads(json.dumps(result.to_dict()))
    assert data["score"] == round(result.score, 4)
    assert data["accepted"] == result.accepted
    assert [s["source"] for s in data["sentences"]] == [c.source for c in result.sentences]
    assert [s["doubts"] for s in data["sentences"]] == [list(c.doubts) for c in result.sentences]
    assert [s["logprob"] for s in data["sentences"]] == [
        round(c.logprob, 4) for c in result.sentences
    ]


def test_a_garbled_copy_is_not_supported_whatever_its_score(tiny_backend, seed_text) -> None:
    scorer = FaithfulnessScorer(tiny_backend, {**load_weights(), "threshold": 0.0})
    clean = "Kazakhstan's leader met with Russian President Vladimir Putin on Monday."
    garbled = clean.replace("Vladimir", "Vladimar")
    assert scorer.check(seed_text, clean).accepted
    result = scorer.check(seed_text, garbled)
    assert not result.accepted and not result.sentences[0].supported
    assert "garbled copy: 'Vladimar' where the article has 'Vladimir'" in result.sentences[0].doubts


@pytest.mark.parametrize(
    "summary, share",
    [
        ("Putin met Tokayev in Moscow.", 1.0),  # every pair is the article's
        ("Tokayev met Putin in Moscow.", 0.25),  # only "in moscow" is the article's
        ("Moscow.", 1.0),
        ("Paris.", 0.0),
        ("", 0.0),
    ],
)
def test_bigram_share_counts_the_summarys_word_pairs_the_source_has(summary, share) -> None:
    assert bigram_share("Putin met Tokayev in Moscow on Monday.", summary) == share


def test_copy_density_is_high_for_long_copied_spans_and_halves_with_one_change() -> None:
    source = "Putin met Tokayev in Moscow on Monday."
    assert copy_density(source, "Putin met Tokayev in Moscow.") == pytest.approx(np.log1p(25 / 5))
    swapped = copy_density(source, "Tokayev met Putin in Moscow.")  # spans 1, 1, 1, 2
    assert swapped == pytest.approx(np.log1p(7 / 5))
    assert copy_density(source, "Paris is far.") == 0.0 and copy_density(source, "") == 0.0


def test_the_summary_blend_rises_with_each_feature() -> None:
    """Fitted weights: a stronger weakest sentence, a likelier least likely sentence, more
    support or longer copied spans never lower the summary's score."""
    blend = json.loads(WEIGHTS.read_text(encoding="utf-8"))["summary"]
    assert blend["features"] == ["weakest", "min_logprob", "support", "density"]
    base = np.array([0.5, -2.0, 0.9, 2.0])
    for i in range(4):
        higher = base.copy()
        higher[i] += 0.1
        assert (
            summary_probability(higher[None], blend)[0] >= summary_probability(base[None], blend)[0]
        )


@pytest.mark.usefixtures("one_thread")
def test_many_summaries_are_each_read_as_if_alone(tiny_backend, seed_text) -> None:
    """Twenty summaries of a long article: together they copy more of it than the model
    reads at once, yet each scores as it does checked alone."""
    words = seed_text.replace(".", "").split()
    article = " ".join(" ".join(words[k : k + 24]).capitalize() + "." for k in range(0, 160, 4))
    scorer = FaithfulnessScorer(tiny_backend)
    sentences = SourceSentences(article).sentences
    texts = [sentences[k] for k in range(0, 40, 2)]
    assert sum(tiny_backend.count_tokens(texts)) > CONTEXT_TOKENS
    many = scorer.check_many(article, texts)
    for text, result in zip(texts, many, strict=True):
        alone = scorer.check(article, text)
        assert [c.score for c in result.sentences] == pytest.approx(
            [c.score for c in alone.sentences], abs=1e-4
        )
        assert result.score == pytest.approx(alone.score, abs=1e-4)


@pytest.mark.usefixtures("one_thread")
def test_scorer_check_many_equals_check_and_keeps_order(tiny_backend, seed_text) -> None:
    scorer = FaithfulnessScorer(tiny_backend)
    texts = ["Putin met Tokayev.", "Kazakhstan is a significant Russian ally.", ""]
    many = scorer.check_many(seed_text, texts)
    assert len(many) == 3
    for text, result in zip(texts[:2], many, strict=False):
        single = scorer.check(seed_text, text)
        assert result.score == pytest.approx(single.score, abs=1e-4)
        assert [c.text for c in result.sentences] == [text]
    assert many[2].sentences == () and many[2].score == 0.0


@pytest.mark.usefixtures("one_thread")
def test_headline_must_be_a_compression(tiny_backend, seed_text) -> None:
    """A reordered headline is rejected whatever the model says, with the reason."""
    scorer = FaithfulnessScorer(tiny_backend)
    swapped = scorer.check(seed_text, "Russia's leader meets with Kazakhstan", headline=True)
    assert not swapped.accepted
    assert NOT_A_COMPRESSION in swapped.sentences[0].doubts
    plain = scorer.check(seed_text, "Russia's leader meets with Kazakhstan")
    assert swapped.score == pytest.approx(plain.score)  # the score is the model's, unchanged
    kept = scorer.check(seed_text, "Kazakhstan leader meets with Putin", headline=True)
    check = kept.sentences[0]
    assert NOT_A_COMPRESSION not in check.doubts
    assert check.source_text.startswith("Kazakhstan")
    assert "Putin" in check.source_text and "met with" in check.source_text
    negated = scorer.check(seed_text, "Kazakhstan leader does not meet Putin", headline=True)
    assert not negated.accepted


@pytest.mark.slow
def test_real_model_rejects_a_reordered_headline(seed_text) -> None:
    """With the shipped model: the swapped-role headline of the seed article is not accepted."""
    from summarize.faithfulness import faithfulness

    result = faithfulness(seed_text, "Russia's leader meets with Kazakhstan", headline=True)
    assert not result.accepted
    assert 0.0 <= result.score <= 1.0
    assert result.sentences[0].source is not None


def test_a_blend_fitted_on_fewer_features_reads_them_by_name() -> None:
    """A weights file from before the density feature still scores (its own columns)."""
    weights = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    weights["summary"] = {
        "features": ["weakest", "bigrams", "support"],
        "mean": [0.25, 0.89, 0.98],
        "scale": [0.17, 0.16, 0.06],
        "coef": [0.2, 0.6, 0.1],
        "intercept": 1.5,
    }
    scorer = FaithfulnessScorer(None, weights)
    source = "Putin met Tokayev in Moscow on Monday."
    checks = [SentenceCheck("", 0.9, True, 0, source, (), -1.0)]
    high = scorer.summary_score(source, "Putin met Tokayev in Moscow.", checks)
    low = scorer.summary_score(source, "Tokayev met Putin in Paris.", checks)
    assert 0.0 < low < high < 1.0


def test_the_scorer_does_not_accept_a_reversed_copy() -> None:
    from summarize.faithfulness.align import SourceSentences
    from summarize.faithfulness.scorer import sentence_slips

    article = (
        "Profits at the bank rose 12% in the first quarter. The chief executive said demand "
        "for loans was strong."
    )
    sentences = SourceSentences(article, "english")
    alignment = sentences.align("Profits at the bank fell 12% in the first quarter.")
    assert sentence_slips(article, sentences, [alignment]) == [
        ["reversed copy: 'fell' where the article has 'rose'"]
    ]


@pytest.mark.parametrize(
    "sentence, names",
    [  # model paragraphs on probe-outlets-final5, and a page's text run into a sentence
        (
            "The NWFP Private Educational Schools (Regulation) Bill was passed.",
            ["NWFP Private Educational Schools"],
        ),
        ("EDT The Strydon Band 2 launched eight months ago.", ["EDT The Strydon Band"]),
        ("But Smith said the bill was passed.", []),
        ('"The NWFP Assembly passed it," Smith said.', []),
        ("When one of Mr Kyle's famous tests showed it, she left.", []),
    ],
)
def test_a_name_the_article_never_writes_so_is_a_slip(sentence, names) -> None:
    article = (
        "PESHAWAR: The NWFP Assembly passed the NWFP Private Educational Institutions "
        "(Regulation) Bill, 2009. Smith said the bill was passed. The Strydon Band 2 launched "
        "eight months ago. One of Mr Kyle 's famous tests showed it."
    )
    found = unwritten_names(sentence, article)
    assert found == [f"name not written so in the article: '{n}'" for n in names]


@pytest.mark.parametrize(
    "sentence",
    [  # the review's faithful sentences
        "President Putin met Xi.",
        "Vladimir Putin and Xi Jinping met.",
        "Britain and Germany agreed.",
        "One of Mr Kyle's tests showed it.",
        "On Monday Smith said the US Senate would vote.",
        "Manchester United's Bruno Fernandes scored.",
        "The goal was scored by Bruno Fernandes.",  # a name before the full stop
    ],
)
def test_names_the_article_writes_another_way_are_no_slip(sentence) -> None:
    article = (
        "Russian President Vladimir Putin met Xi Jinping. One of Mr Kyle’s tests showed it. "
        "Bruno Fernandes of Manchester United scored. On Monday, Smith said the U.S. Senate "
        "would vote. Britain, France and Germany agreed."
    )
    assert unwritten_names(sentence, article) == []


def test_a_long_run_of_capitals_is_read_once() -> None:
    assert unwritten_names("A" * 50000 + " Bcd said so.", "Bcd said so.") == [
        f"name not written so in the article: '{'A' * 50000} Bcd'"
    ]


def test_a_tokenized_lower_cased_summary_is_read_as_news(tiny_backend) -> None:
    """SummEval's shape (Treebank tokens, lower case) is scored as the ordinary text it
    stands for; each check keeps the sentence as it was given."""
    scorer = FaithfulnessScorer(tiny_backend)
    source = "Paul Merson has restarted his row with Andros Townsend . He did n't stop there ."
    plain = "Paul Merson has restarted his row with Andros Townsend. He didn't stop there."
    given = "paul merson has restarted his row with andros townsend . he did n't stop there ."
    got = scorer.check(source, given)
    want = scorer.check(
        plain, "Paul Merson has restarted his row with Andros Townsend. He didn't stop there."
    )
    assert [c.text for c in got.sentences] == [
        "paul merson has restarted his row with andros townsend .",
        "he did n't stop there .",
    ]
    assert [c.score for c in got.sentences] == pytest.approx([c.score for c in want.sentences])
    assert [c.source_text for c in got.sentences] == [  # the article's own sentences
        "Paul Merson has restarted his row with Andros Townsend .",
        "He did n't stop there .",
    ]
    short = scorer.check(source, "He did n't stop there .")  # one mark: read as its source is
    assert short.sentences[0].score == pytest.approx(want.sentences[1].score)


def test_names_written_in_lower_case_are_read_as_the_article_writes_them(
    tiny_backend, seed_text
) -> None:
    scorer = FaithfulnessScorer(tiny_backend)
    cased = "Kazakhstan's leader met with Russian President Vladimir Putin on Monday."
    got = scorer.check(seed_text, cased.lower().capitalize())
    want = scorer.check(seed_text, cased).sentences[0].score
    assert got.sentences[0].score == pytest.approx(want, abs=1e-6)
    assert got.sentences[0].text == cased.lower().capitalize()
