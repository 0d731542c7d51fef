"""The seq2seq and causal code paths on tiny randomly initialised models made here (no network).

Random models write nonsense, so these tests check the machinery: budgets hold, headlines
are one line, support fields are filled, long inputs are cut with a warning, greedy text
with prompt lookup equals plain ``generate``, a candidate that fails the faithfulness
check (a stub scorer here) brings sampled ones and then the extractive summary, batches
equal single calls, adapters apply.
"""

from __future__ import annotations

from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from summarize import Document, Summarizer  # noqa: E402
from summarize.abstractive.backend import Backend  # noqa: E402
from summarize.abstractive.loading import LoadOptions  # noqa: E402
from summarize.abstractive.method import AbstractiveMethod  # noqa: E402
from summarize.abstractive.sources import ModelSource  # noqa: E402
from summarize.budget import PRESETS, Budget  # noqa: E402

pytestmark = pytest.mark.usefixtures("one_thread")


def _method(path: Path, **options) -> AbstractiveMethod:
    return AbstractiveMethod(str(path), **options)


def _check(summary, budget: Budget) -> None:
    assert summary.method == "abstractive"
    assert budget.fits(summary.text) or summary.text.endswith("…")
    assert len(summary.text.split()) <= (budget.max_words or 10**6)
    if budget.kind == "headline":
        assert "\n" not in summary.text
    details = summary.details
    assert 0.0 <= details["support"] <= 1.0
    assert isinstance(details["unsupported"], list)
    assert details["model_source"] == "local"
    assert details["candidates"]


class StubScorer:
    """Accepts a sentence unless it contains one of ``doubtful``; scores 0.9 or 0.1."""

    def __init__(self, *doubtful: str) -> None:
        self.doubtful = doubtful
        self.calls = 0

    def summary_score(self, source, summary, checks, index=None):
        return min(c.score for c in checks)

    def check_many(self, source, summaries, language="english", *, headline=False):
        from summarize.faithfulness.align import SourceSentences
        from summarize.faithfulness.scorer import Faithfulness, SentenceCheck, _sentences

        self.calls += 1
        article = SourceSentences(source)
        out = []
        for summary in summaries:
            checks = []
            for sentence in _sentences(summary, language):
                bad = any(word in sentence for word in self.doubtful)
                aligned = article.align(sentence)
                source_index = aligned.sources[0] if aligned.sources else None
                checks.append(
                    SentenceCheck(sentence, 0.1 if bad else 0.9, not bad, source_index, "", ())
                )
            out.append(Faithfulness(min(c.score for c in checks), 0.5, tuple(checks)))
        return out


def _checked(path: Path, scorer: StubScorer, **options) -> AbstractiveMethod:
    method = _method(path, **options)
    method._scorer = scorer
    return method


@pytest.mark.parametrize("fixture", ["tiny_causal", "tiny_t5"])
@pytest.mark.parametrize("length", ["headline", "paragraph"])
def test_both_paths_honour_the_budget(request, fixture, length, seed_text) -> None:
    path = request.getfixturevalue(fixture)
    summarizer = Summarizer("abstractive", model=str(path), check=False)
    summary = summarizer.summarize(seed_text, length)
    _check(summary, PRESETS[length])
    assert summary.details["family"] == ("chat" if fixture == "tiny_causal" else "t5")
    assert [c["greedy"] for c in summary.details["candidates"]] == [True]  # greedy only
    assert all(s.end > s.start for s in summary.sources)


def _headline_from(method, seed_text, written):
    from summarize.abstractive.backend import Candidate

    prepared = method.preprocess(Document.from_text(seed_text), PRESETS["headline"])
    candidate = Candidate(written, 12, True)
    return method.postprocess(prepared, [candidate], PRESETS["headline"], 0)


def test_a_greedy_headline_that_restates_a_compression_is_published(tiny_causal, seed_text):
    scorer = StubScorer()
    method = _checked(tiny_causal, scorer, candidates=4)
    written = "Kazakhstan's leader meets with Russian President Vladimir Putin"
    summary = _headline_from(method, seed_text, written)
    assert summary.text == written
    assert len(summary.details["candidates"]) == 1 and summary.details["chosen"] == 0
    assert summary.details["fallback"] is None
    assert summary.faithfulness is not None and summary.faithfulness.accepted


def test_a_headline_that_drops_words_inside_a_phrase_is_not_published(tiny_causal, seed_text):
    """ "Kazakhstan leader meets Putin" is no clean compression: the scorer is not even asked,
    the extractive headline is published, and the reason is said."""
    from summarize import summarize

    scorer = StubScorer()
    method = _checked(tiny_causal, scorer, candidates=1)
    summary = _headline_from(method, seed_text, "Kazakhstan leader meets Putin")
    assert summary.text == summarize(seed_text, "salience", "headline").text
    assert summary.details["fallback"] == "salience" and summary.details["chosen"] is None
    assert any("did not restate a clean compression" in w for w in summary.warnings)
    assert scorer.calls == 0


def test_a_rejected_greedy_candidate_brings_samples_then_the_extractive_headline(
    tiny_causal, seed_text
) -> None:
    from summarize import summarize

    everything = StubScorer("")  # "" is in every sentence: nothing passes
    method = _checked(tiny_causal, everything, candidates=3)
    doc = Document.from_text(seed_text)
    summary = method.summarize(doc, PRESETS["headline"])
    candidates = summary.details["candidates"]
    assert [c["greedy"] for c in candidates] == [True, False, False]
    assert not any(c["accepted"] for c in candidates)
    assert summary.details["fallback"] == "salience" and summary.details["chosen"] is None
    assert summary.text == summarize(seed_text, "salience", "headline").text


@pytest.mark.parametrize(
    ("second", "fallback", "warning"),
    [
        # a sentence the scorer doubts (the stub doubts "Zalayev")
        (
            "Zalayev said he will meet Putin again.",
            "doubtful sentences dropped",
            "1 sentence the article does not clearly support",
        ),
        # a supported sentence that refers back to an article sentence the model left out
        (
            "Of course, there is definitely a certain symbolism in this visit.",
            "leaning sentences dropped",
            "referred back to an article sentence it left out",
        ),
    ],
)
def test_a_paragraph_drops_a_sentence_it_cannot_publish(
    tiny_causal, seed_text, second, fallback, warning
) -> None:
    from summarize.abstractive.backend import Candidate

    method = _checked(tiny_causal, StubScorer("Zalayev"), candidates=1)
    prepared = method.preprocess(Document.from_text(seed_text), PRESETS["paragraph"])
    good = "Kazakhstan's leader met with Russian President Vladimir Putin on Monday."
    text = f"{good} {second}"
    summary = method.postprocess(prepared, [Candidate(text, 30, True)], PRESETS["paragraph"], 0)
    assert summary.text == good
    assert summary.details["fallback"] == fallback
    assert [s.text for s in summary.faithfulness.sentences] == [good]
    assert any(warning in w for w in summary.warnings)


def test_greedy_with_prompt_lookup_equals_plain_generate(tiny_causal) -> None:
    """Drafting from the prompt changes the speed, never the text."""
    backend = Backend(ModelSource(tiny_causal, "tiny", "local"))
    prompts = [
        "Putin met Tokayev on Monday . Putin met Tokayev on Monday . Putin met",
        "Kazakhstan is a significant Russian ally , sharing",
    ]
    drafted = backend.generate(prompts, max_new_tokens=12)
    undrafted = backend.generate(prompts, max_new_tokens=12, draft_tokens=0)
    tok = backend.tokenizer
    for i, prompt in enumerate(prompts):
        enc = tok([prompt], return_tensors="pt", add_special_tokens=False)
        with torch.inference_mode():
            plain = backend.model.generate(
                **enc,
                max_new_tokens=12,
                do_sample=False,
                pad_token_id=tok.pad_token_id,
                eos_token_id=backend.eos_ids(),
            )
        expected = tok.decode(plain[0, enc["input_ids"].shape[1] :], skip_special_tokens=True)
        assert drafted[i][0].text == expected.strip() == undrafted[i][0].text
        assert drafted[i][0].greedy


def test_sampled_candidates_share_the_prompt_and_differ(tiny_causal) -> None:
    backend = Backend(ModelSource(tiny_causal, "tiny", "local"))
    many = backend.generate(["Putin met Tokayev on Monday ."], n=4, sample=True, seed=1)[0]
    assert len(many) == 4 and not any(c.greedy for c in many)
    assert len({c.text for c in many}) > 1
    with pytest.raises(ValueError, match="greedy"):
        backend.generate(["x"], n=2)


def test_batch_equals_single_calls(tiny_causal, seed_text) -> None:
    method = _method(tiny_causal, check=False)
    docs = [Document.from_text(seed_text), Document.from_text(seed_text.split("\n", 8)[-1])]
    budget = PRESETS["headline"]
    batched = method.summarize_batch(docs, budget)
    single = [method.summarize(d, budget) for d in docs]
    assert [s.text for s in batched] == [s.text for s in single]


def test_long_input_is_extracted_with_a_warning(tiny_causal, seed_text) -> None:
    method = _method(tiny_causal, check=False, max_input_tokens=120)
    doc = Document.from_text(seed_text * 3)
    prepared = method.preprocess(doc, PRESETS["paragraph"])
    assert prepared.input_tokens <= 120 + 8  # the chat template's own tokens may add a few
    assert 0 < len(prepared.indices) < len(doc.sentences)
    assert prepared.indices == sorted(prepared.indices)
    summary = method.summarize(doc, PRESETS["paragraph"])
    warning = next(w for w in summary.warnings if "input budget" in w)
    left_out = len(doc.sentences) - len(prepared.indices)
    assert left_out > 1 and f"{left_out} sentences were left out" in warning
    assert summary.details["input_sentences"] == prepared.indices


def test_short_input_is_read_whole(tiny_causal, seed_text) -> None:
    method = _method(tiny_causal, candidates=1)
    doc = Document.from_text(seed_text)
    prepared = method.preprocess(doc, PRESETS["headline"])
    assert prepared.indices == list(range(len(doc.sentences)))
    assert prepared.warnings == []
    assert doc.sentences[0].text in prepared.prompt


def test_nonsense_output_falls_back_to_extractive(tiny_causal, seed_text, monkeypatch) -> None:
    method = _method(tiny_causal, candidates=1)
    monkeypatch.setattr(method, "forward", lambda batch, budget: [[]] * len(batch))
    summary = method.summarize(Document.from_text(seed_text), PRESETS["paragraph"])
    assert summary.details["fallback"] == "salience"
    assert any("nothing usable" in w for w in summary.warnings)
    assert summary.text


def test_custom_budget_limits(tiny_causal, seed_text) -> None:
    summarizer = Summarizer("abstractive", model=str(tiny_causal), check=False)
    summary = summarizer.summarize(seed_text, "paragraph", max_words=20)
    assert len(summary.text.split()) <= 20


def test_adapter_is_applied_and_merged(tiny_causal, tmp_path) -> None:
    peft = pytest.importorskip("peft")
    base = transformers.AutoModelForCausalLM.from_pretrained(tiny_causal)
    config = peft.LoraConfig(
        r=2, lora_alpha=4, target_modules=["q_proj", "v_proj"], init_lora_weights=False
    )
    adapted = peft.get_peft_model(base, config)
    adapted.save_pretrained(tmp_path / "adapter")
    plain = Backend(ModelSource(tiny_causal, "tiny", "local"))
    tuned = Backend(
        ModelSource(tiny_causal, "tiny", "local"), LoadOptions(adapter=str(tmp_path / "adapter"))
    )
    assert type(tuned.model).__name__ == "LlamaForCausalLM"  # merged, no PEFT wrapper left
    q_plain = plain.model.model.layers[0].self_attn.q_proj.weight
    q_tuned = tuned.model.model.layers[0].self_attn.q_proj.weight
    assert not torch.equal(q_plain, q_tuned)


def test_missing_adapter_is_a_clear_error(tiny_causal, tmp_path) -> None:
    from summarize import ModelUnavailableError

    with pytest.raises(ModelUnavailableError, match="no PEFT adapter"):
        Backend(ModelSource(tiny_causal, "tiny", "local"), LoadOptions(adapter=str(tmp_path)))


def test_an_invented_name_loses_to_a_shorter_faithful_candidate(tiny_causal, seed_text) -> None:
    from summarize.abstractive.backend import Candidate

    method = _checked(tiny_causal, StubScorer(), candidates=2)
    doc = Document.from_text(seed_text)
    prepared = method.preprocess(doc, PRESETS["paragraph"])
    faithful = (
        "President Kassym-Jomart Tokayev has kept his distance from Moscow amid the conflict "
        "in Ukraine, declining to recognize the separatist regions as sovereign states."
    )
    invented = "Zalayev said he plans to meet with Putin again in the near future. " + faithful
    candidates = [Candidate(faithful, 30, True), Candidate(invented, 45, False)]
    summary = method.postprocess(prepared, candidates, PRESETS["paragraph"], 0.0)
    assert summary.text == faithful and summary.details["chosen"] == 0
    assert summary.details["candidates"][1]["unsupported"] == ["Zalayev"]
