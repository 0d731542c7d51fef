"""eval.rouge against rouge-score called directly, and the options it adds."""

import numpy as np
import pytest
from rouge_score import rouge_scorer, scoring

from eval.datasets import open_dataset
from eval.rouge import TYPES, Rouge, RougeConfig, sentence_lines, unicode_tokenize
from eval.stats import bootstrap_ci


@pytest.fixture(scope="module")
def summeval():
    return open_dataset("summeval").records


def direct(types=TYPES, stem=True):
    return rouge_scorer.RougeScorer(list(types), use_stemmer=stem)


def test_default_config_equals_rouge_score_called_directly(summeval):
    """Same numbers, bit for bit: single and multiple references (best), stemmer on."""
    scorer, ours = direct(), Rouge()
    checked = 0
    for n, record in enumerate(summeval[:8]):
        refs = list(record.paragraph)
        nl_refs = [sentence_lines(r) for r in refs]
        for outputs in record.published.values():
            prediction = outputs["paragraph"]
            nl_prediction = sentence_lines(prediction)
            assert ours.score(refs[0], prediction) == scorer.score(nl_refs[0], nl_prediction)
            if n < 3:  # all 11 references
                assert ours.score(refs, prediction) == scorer.score_multi(nl_refs, nl_prediction)
            checked += 1
    assert checked == 8 * 16


def test_equal_without_stemming_and_on_raw_bbc_text():
    bbc = open_dataset("bbc-dev").records[:10]
    for stem in (False, True):
        scorer, ours = direct(stem=stem), Rouge(stem=stem)
        for record in bbc:
            lead = " ".join(sentence_lines(record.text).split("\n")[:3])
            for ref in (record.paragraph[0], record.headline[0]):
                assert ours.score(ref, lead) == scorer.score(
                    sentence_lines(ref), sentence_lines(lead)
                )


def test_rougelsum_uses_our_sentences_where_rouge_score_would_equal_rougel():
    ref = "The cat sat on the mat. Then it slept in the sun all day."
    pred = "It slept in the sun. The cat sat on the mat."
    plain = direct().score(ref, pred)
    assert plain["rougeLsum"] == plain["rougeL"]  # rouge-score's flaw without newlines
    ours = Rouge().score(ref, pred)
    assert ours["rougeL"] == plain["rougeL"]
    assert ours["rougeLsum"].fmeasure > ours["rougeL"].fmeasure
    # Sentence order no longer matters to Lsum: every token of the prediction is matched.
    assert ours["rougeLsum"].precision == 1.0


def test_multi_reference_best_and_pooled_average():
    refs = ["police killed the gunman", "the gunman was shot dead by police officers"]
    pred = "police shot the gunman"
    per_ref = [Rouge(stem=False).score(r, pred)["rouge1"] for r in refs]
    best = Rouge(stem=False, multi="best").score(refs, pred)["rouge1"]
    assert best == max(per_ref, key=lambda s: s.fmeasure)
    # ROUGE-1.5.5's average pools hits: (3 + 4) hits / (4 + 8) reference words, / (4 + 4).
    average = Rouge(stem=False, multi="average").score(refs, pred)["rouge1"]
    assert average.recall == pytest.approx(7 / 12)
    assert average.precision == pytest.approx(7 / 8)
    assert average.fmeasure == pytest.approx(scoring.fmeasure(7 / 8, 7 / 12))


def test_empty_prediction_scores_zero():
    scores = Rouge().score("Something happened today.", "")
    assert all(s == (0, 0, 0) for s in scores.values())
    assert set(scores) == set(TYPES)


def test_non_ascii_scores_zero_by_default_and_not_with_the_unicode_tokenizer():
    greek = "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία."
    russian = "Правительство объявило новые меры для экономики."
    for text in (greek, russian):
        assert Rouge().score(text, text)["rouge1"].fmeasure == 0  # every letter dropped
        assert Rouge(tokenizer="unicode").score(text, text)["rouge1"].fmeasure == 1.0
    close = Rouge(tokenizer="unicode", stem=False).score(russian, "Правительство объявило меры.")[
        "rouge1"
    ]
    assert close.precision == 1.0 and close.recall == pytest.approx(3 / 6)


def test_unicode_tokenizer_equals_rouge_score_on_ascii(summeval):
    from nltk.stem import porter
    from rouge_score import tokenize

    stemmer = porter.PorterStemmer()
    for record in summeval[:5]:
        text = record.text + " don't e-mail_me 4.5bn"
        assert unicode_tokenize(text, stemmer) == tokenize.tokenize(text, stemmer)
    assert unicode_tokenize("Café crème") == ["café", "crème"]  # rouge-score: caf, cr, me


def test_unicode_tokenizer_stems_with_the_language_snowball_stemmer():
    rouge = Rouge(tokenizer="unicode", language="russian")
    assert rouge.tokenize("экономики экономика") == ["экономик", "экономик"]


def test_config_is_checked():
    with pytest.raises(ValueError, match="unknown ROUGE type"):
        RougeConfig(types=("rouge0x",))
    with pytest.raises(ValueError, match="multi"):
        RougeConfig(multi="max")
    with pytest.raises(ValueError, match="no reference"):
        Rouge().score([], "text")


# Measured with rouge-score 0.1.2, stemmer on, newline-split Lsum, bootstrap mid F1 x 100,
# SummEval-100 against `reference` (DESIGN.md): R1, R2, RL, RLsum.
ANCHORS = {"M0": (42.02, 19.37, 26.76, 38.12), "M23": (47.53, 24.15, 34.13, 44.35)}
# The exact means of the same per-document scores (ours equal rouge-score's, bit for bit).
MEANS = {"M0": (41.99, 19.36, 26.86, 38.09), "M23": (47.55, 24.16, 34.12, 44.27)}


@pytest.mark.parametrize("system", ANCHORS)
def test_summeval_anchor_figures(summeval, system):
    """The anchors are one unseeded bootstrap each: their mid scatters around the mean by
    about 0.05 (sd), so six of eight lie within 0.05 of the exact mean and two (M0 RL,
    M23 RLsum) a little further; all lie within 3 sd of rouge-score's own bootstrap mid
    (10 seeds). Our splitter gives the same Lsum as splitting at " . "."""
    rouge = Rouge()
    rows = [rouge.score(r.paragraph[0], r.published[system]["paragraph"]) for r in summeval]
    spread = _rouge_score_bootstrap_mids(rows, seeds=10)
    for j, kind in enumerate(TYPES):
        f1 = np.array([row[kind].fmeasure for row in rows]) * 100
        assert f1.mean() == pytest.approx(MEANS[system][j], abs=0.005)
        assert abs(f1.mean() - ANCHORS[system][j]) <= 0.11
        mids = np.array(spread[kind])
        assert abs(mids.mean() - f1.mean()) < 0.05  # the bootstrap mid centres on the mean
        assert abs(ANCHORS[system][j] - mids.mean()) <= 3 * mids.std()
        # Our seeded interval holds the anchor too.
        ci = bootstrap_ci(f1, seed=0)
        assert ci.low < ANCHORS[system][j] < ci.high
    close = [
        abs(np.mean([row[k].fmeasure for row in rows]) * 100 - a) <= 0.05
        for k, a in zip(TYPES, ANCHORS[system], strict=True)
    ]
    assert sum(close) == 3  # M0 RL / M23 RLsum: 0.10 / 0.08 away, within 3 sd above
    dotted = [
        direct(types=("rougeLsum",)).score(
            r.paragraph[0].replace(" . ", " .\n"),
            r.published[system]["paragraph"].replace(" . ", " .\n"),
        )["rougeLsum"]
        for r in summeval
    ]
    assert dotted == [row["rougeLsum"] for row in rows]


def _rouge_score_bootstrap_mids(rows, seeds):
    mids = {kind: [] for kind in TYPES}
    state = np.random.get_state()
    try:
        for seed in range(seeds):
            np.random.seed(seed)
            aggregator = scoring.BootstrapAggregator()
            for row in rows:
                aggregator.add_scores(row)
            for kind, value in aggregator.aggregate().items():
                mids[kind].append(value.mid.fmeasure * 100)
    finally:
        np.random.set_state(state)
    return mids
