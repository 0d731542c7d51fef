"""The abstractive method: preprocess (fit the article), forward (generate), postprocess (rerank).

Each step is a method that can be called and tested alone, as in the Hugging Face
pipelines: ``preprocess`` chooses what the model reads (extract-then-abstract when the
article is longer than the input budget), ``forward`` writes candidates, ``postprocess``
fits them to the Budget and keeps the one best supported by the source.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

import numpy as np
import torch

from .. import adapters, registry
from ..budget import Budget
from ..document import Document
from ..summary import Summary
from ..verdict import DROPPED, LEANING
from . import sources
from .backend import Backend, Candidate, Stop
from .context import cut_warning, dropped_warning, restored_checks, standalone_checks
from .details import Choice, ModelDetails, candidate_info
from .extract import extract, salience, story
from .fit import fit_headline, fit_paragraph
from .headline_end import finished_cut, fitted_for
from .headline_pick import compressions, restates
from .loading import DType, LoadOptions, Quantize, resolve_device, resolve_dtype
from .prompts import overhead_text, prompt_text
from .support import SourceIndex, align

GREEDY_BONUS = 0.05
"""A sampled candidate replaces the greedy one only when clearly better supported."""
UNSUPPORTED_PENALTY = 0.1
"""Per name or number not in the article: an invented name outweighs many copied words."""
DEFAULT_INPUT_TOKENS = 768
"""Article tokens read at most; prefill time grows with it on a CPU (see the bench)."""
HEADLINE_NEW_TOKENS = 40


@dataclass
class Prepared:
    """What the model reads for one document, and what was left out."""

    doc: Document
    indices: list[int]
    article: str
    prompt: str
    input_tokens: int
    warnings: list[str] = field(default_factory=list)


class AbstractiveMethod:
    """Greedy first, checked for faithfulness; sampled alternatives only when it fails; the
    extractive summary when nothing the model wrote passes."""

    name = "abstractive"

    def __init__(
        self,
        model: str | None = None,
        *,
        fallback: bool = False,
        adapter: str | None = None,
        use_adapter: bool = True,
        quantize: Quantize = "none",
        dtype: DType = "auto",
        device: str = "auto",
        threads: int | None = None,
        candidates: int = 1,
        check: bool = True,
        rerank: bool = True,
        max_input_tokens: int | None = None,
        temperature: float = 0.7,
        top_p: float = 0.9,
        repetition_penalty: float = 1.0,
        seed: int = 0,
        extractor: str = "salience",
        hub_timeout_s: float = sources.HUB_TIMEOUT_S,
    ) -> None:
        if candidates < 1:
            raise ValueError("candidates must be at least 1")
        if threads:
            torch.set_num_threads(threads)
        self.source = sources.resolve(model, fallback=fallback, hub_timeout_s=hub_timeout_s)
        # adapter: a folder or a shipped name ("news"); None: the shipped default, if one is
        # switched on (summarize.adapters); use_adapter=False: the base model alone
        if not use_adapter:
            adapter = None
        elif adapter is None:
            adapter = adapters.default_for(self.source.origin)
        else:
            adapter = adapters.resolve(adapter)
        device = resolve_device(device)
        options = LoadOptions(resolve_dtype(dtype, device), quantize, adapter, device)
        self.backend = Backend(self.source, options)
        # candidates: the greedy one, then up to candidates - 1 sampled headlines when it fails
        # (off by default: sampled headlines rarely restate a compression, and cost time)
        self.candidates = candidates if rerank else 1
        self.check = check
        self.sampling = {"temperature": temperature, "top_p": top_p, "seed": seed}
        self.repetition_penalty = repetition_penalty
        self.extractor = registry.create(extractor)
        self._scorer: Any = None
        context = self.backend.context_tokens
        if not self.backend.is_seq2seq:
            context -= self.max_new_tokens(Budget("paragraph", max_words=90))
        trained = adapters.input_tokens(adapter)  # read at inference what training read
        self.max_input_tokens = min(max_input_tokens or trained or DEFAULT_INPUT_TOKENS, context)

    @property
    def scorer(self) -> Any:
        """The faithfulness scorer, on this method's own model when it is a causal one."""
        if self._scorer is None:
            from ..faithfulness import FaithfulnessScorer, default_scorer

            causal = not self.backend.is_seq2seq
            self._scorer = FaithfulnessScorer(self.backend) if causal else default_scorer()
        return self._scorer

    # -- the public calls ------------------------------------------------------------------

    def summarize(self, doc: Document, budget: Budget) -> Summary:
        return self.summarize_batch([doc], budget)[0]

    def summarize_batch(self, docs: Sequence[Document], budget: Budget) -> list[Summary]:
        """Summaries of many documents, one at a time: greedy decoding with prompt lookup
        verifies several tokens per pass, which padding a batch together would lose."""
        out = []
        for doc in docs:
            prepared = self.preprocess(doc, budget)
            started = time.perf_counter()
            greedy = self.forward([prepared], budget)[0]
            out.append(self.postprocess(prepared, greedy, budget, time.perf_counter() - started))
        return out

    # -- the three steps -------------------------------------------------------------------

    def preprocess(self, doc: Document, budget: Budget) -> Prepared:
        """The prompt for ``doc``: the whole article, or its most salient sentences in order."""
        family, tokenizer = self.backend.family, self.backend.tokenizer
        overhead = self.backend.count_tokens([overhead_text(family, budget.kind, tokenizer)])[0]
        room = max(16, self.max_input_tokens - overhead)
        counts = self.backend.count_tokens([s.text for s in doc.sentences])
        indices, article = story(doc)
        total = sum(counts[i] for i in indices) + len(indices)
        warnings: list[str] = []
        if total > room:
            indices, article, warnings = self._extract(doc, counts, room, total, set(indices))
        prompt = prompt_text(family, article, budget.kind, tokenizer)
        used = self.backend.count_tokens([prompt])[0]
        return Prepared(doc, indices, article, prompt, used, warnings)

    def forward(self, batch: Sequence[Prepared], budget: Budget) -> list[list[Candidate]]:
        """The greedy candidate of each prompt."""
        return self.backend.generate(
            [p.prompt for p in batch],
            max_new_tokens=self.max_new_tokens(budget),
            stop=self._stop(budget),
            repetition_penalty=self.repetition_penalty,
        )

    def sample(self, prepared: Prepared, budget: Budget, n: int) -> list[Candidate]:
        """``n`` sampled candidates, written together from one shared prompt cache."""
        return self.backend.generate(
            [prepared.prompt],
            n=n,
            sample=True,
            max_new_tokens=self.max_new_tokens(budget),
            stop=self._stop(budget),
            repetition_penalty=self.repetition_penalty,
            **self.sampling,
        )[0]

    def postprocess(
        self, prepared: Prepared, candidates: list[Candidate], budget: Budget, elapsed: float
    ) -> Summary:
        """Fit and check the greedy candidate; if it fails, a headline samples alternatives
        (cheap: a few tokens each) and a paragraph keeps its supported sentences (sampled
        paragraphs copy the same spans and cost a hundred tokens each); else fall back."""
        started = time.perf_counter()
        doc = prepared.doc
        index = SourceIndex(doc.text, doc.language)  # the whole article, not just what was read
        pool = []
        if budget.kind == "headline" and self.check:
            order = [int(i) for i in np.argsort(-self._salience(doc), kind="stable")]
            pool = compressions(doc, order, budget)
        choices = self._choices(prepared, candidates, budget, index, pool)
        if (
            not any(c.accepted for c in choices)
            and self.candidates > 1
            and budget.kind == "headline"
        ):
            sampled = self.sample(prepared, budget, self.candidates - 1)
            candidates = [*candidates, *sampled]
            choices += self._choices(prepared, sampled, budget, index, pool)
        accepted = [c for c in choices if c.accepted]
        warnings: list[str] = []
        fallback: str | None = None
        faithfulness = None
        chosen: int | None = None
        if accepted:
            best = max(accepted, key=lambda c: c.rank)
            chosen = choices.index(best)
            text, warnings = best.text, list(best.warnings)
            support, unsupported, faithfulness = best.support, best.unsupported, best.faithfulness
        else:
            text, fallback, faithfulness, warnings = self._fallback(prepared, budget, choices)
            check = index.check(text)
            support, unsupported = check.score, check.unsupported
        if budget.kind != "headline" and faithfulness is not None:
            chosen_text = text
            text, fallback, faithfulness, warnings = self._standalone(
                prepared, budget, (text, fallback, faithfulness, warnings)
            )
            if text != chosen_text:
                check = index.check(text)
                support, unsupported = check.score, check.unsupported
            if faithfulness is None:  # every sentence leaned back: the extractive summary
                chosen = None
        details = ModelDetails(
            model=self.source.model_id,
            model_source=self.source.origin,
            model_path=str(self.source.path),
            family=self.backend.family,
            device=self.backend.options.device,
            dtype=self.backend.options.dtype,
            quantize=self.backend.options.quantize,
            adapter=self.backend.options.adapter,
            support=support,
            unsupported=tuple(unsupported),
            candidates=tuple(candidate_info(c) for c in choices),
            chosen=chosen,
            fallback=fallback,
            input_sentences=tuple(prepared.indices),
            input_tokens=prepared.input_tokens,
            generated_tokens=sum(c.tokens for c in candidates),
            model_tried=tuple(self.source.tried),
        )
        return Summary(
            text,
            self.name,
            budget,
            align(text, doc, prepared.indices if fallback is None else range(len(doc.sentences))),
            elapsed + time.perf_counter() - started,
            tuple(doc.warnings) + tuple(prepared.warnings) + tuple(warnings),
            details,
            faithfulness,
        )

    def _choices(
        self,
        prepared: Prepared,
        candidates: list[Candidate],
        budget: Budget,
        index: SourceIndex,
        pool: list[tuple[str, int]],
    ) -> list[Choice]:
        language = prepared.doc.language
        choices = [self._choice(c, budget, language, index) for c in candidates]
        if not self.check:
            return choices
        if budget.kind == "headline":
            choices = [
                replace(c, restated=restates(c.text, pool, language) is not None) for c in choices
            ]
        # a headline that restates no compression is turned down whatever its score: the
        # model reads only the others
        written = [i for i, c in enumerate(choices) if c.text and c.restated]
        if not written:
            return choices
        verdicts = self.scorer.check_many(
            prepared.article,
            [choices[i].text for i in written],
            prepared.doc.language,
            headline=budget.kind == "headline",
        )
        for i, verdict in zip(written, verdicts, strict=True):
            choices[i] = replace(
                choices[i], faithfulness=verdict, rank=choices[i].rank + verdict.score
            )
        return choices

    def _fallback(
        self, prepared: Prepared, budget: Budget, choices: list[Choice]
    ) -> tuple[str, str, Any, list[str]]:
        """No candidate passed: a paragraph keeps the greedy one's supported sentences when
        some are; otherwise the extractive summary is published, and the reason is said."""
        greedy = next((c for c in choices if c.candidate.greedy and c.faithfulness), None)
        if budget.kind != "headline" and greedy is not None:
            checks = greedy.faithfulness.sentences
            if kept := [s for s in checks if s.supported]:
                text, verdict = self._kept(prepared, greedy.faithfulness, kept)
                dropped = len(checks) - len(kept)
                note = f"{dropped} sentence{'s' if dropped != 1 else ''} the article does not "
                return (
                    text,
                    DROPPED,
                    verdict,
                    [note + "clearly support left out of the model's paragraph"],
                )
        reason = "no model candidate passed the faithfulness check"
        if not any(c.text for c in choices):
            reason = "the model wrote nothing usable"
        elif not any(c.restated for c in choices if c.text):
            reason = (
                "the model's headline did not restate a clean compression of an article sentence"
            )
        return self._extractive(prepared, budget, reason)

    def _standalone(
        self, prepared: Prepared, budget: Budget, chosen: tuple[str, str | None, Any, list[str]]
    ) -> tuple[str, str | None, Any, list[str]]:
        """The model's paragraph without sentences that refer back to an article sentence
        it left out (``context.standalone_checks``), its slipped copies restored; the
        extractive summary if none is left."""
        _, fallback, verdict, warnings = chosen
        fits = partial(budget.fits, n_sentences=len(verdict.sentences))
        checks = restored_checks(verdict.sentences, prepared.doc, fits)
        kept = standalone_checks(checks, prepared.doc)
        if kept == list(verdict.sentences):
            return chosen
        if not kept:
            reason = "every sentence of the model's paragraph refers back to one it left out"
            return self._extractive(prepared, budget, reason)
        if cut := len(verdict.sentences) - len(checks):
            fallback = fallback or LEANING
            warnings = [*warnings, cut_warning(cut)]
        if dropped := len(checks) - len(kept):
            fallback = fallback or LEANING
            warnings = [*warnings, dropped_warning(dropped)]
        text, verdict = self._kept(prepared, verdict, kept)
        return text, fallback, verdict, warnings

    def _kept(self, prepared: Prepared, verdict: Any, kept: list[Any]) -> tuple[str, Any]:
        """The text of the kept sentence checks, and the verdict rescored on them."""
        text = " ".join(c.text for c in kept)
        score = self.scorer.summary_score(prepared.article, text, kept)
        return text, replace(verdict, sentences=tuple(kept), score=score)

    def _extractive(
        self, prepared: Prepared, budget: Budget, reason: str
    ) -> tuple[str, str, None, list[str]]:
        summary = self.extractor.summarize(prepared.doc, budget)
        name = getattr(self.extractor, "name", "extractive")
        text = summary.text
        fitted = fitted_for(self.source.model_id, self.backend.options.adapter)
        if budget.kind == "headline" and self.check and fitted and summary.sources:
            index = summary.sources[0].index
            text = finished_cut(self.backend, prepared.doc, index, text, budget)
        note = "" if text == summary.text else ", cut where the model reads it as finished"
        return text, name, None, [f"{reason}; this is the {name} summary{note}"]

    def _stop(self, budget: Budget) -> Stop:
        return Stop(
            max_words=budget.max_words,
            max_chars=budget.max_chars,
            max_sentences=budget.max_sentences,
            one_line=budget.kind == "headline",
        )

    # -- helpers ---------------------------------------------------------------------------

    def _extract(
        self, doc: Document, counts: list[int], room: int, total: int, readable: set[int]
    ) -> tuple[list[int], str, list[str]]:
        scores = self._salience(doc)
        return extract(doc, scores, counts, room, total, self.backend.truncate, readable)

    def _salience(self, doc: Document) -> np.ndarray:
        return salience(self.extractor, doc)

    def max_new_tokens(self, budget: Budget) -> int:
        if budget.kind == "headline":
            return HEADLINE_NEW_TOKENS
        words = budget.max_words or (budget.max_chars or 600) // 6
        return int(math.ceil(words * 1.6)) + 16

    def _choice(
        self, candidate: Candidate, budget: Budget, language: str, index: SourceIndex
    ) -> Choice:
        if budget.kind == "headline":
            text, warnings = fit_headline(candidate.text, budget)
        else:
            text, warnings = fit_paragraph(candidate.text, budget, language)
        check = index.check(text)
        rank = check.score + (GREEDY_BONUS if candidate.greedy else 0.0)
        rank -= UNSUPPORTED_PENALTY * len(check.unsupported)
        if len(text.split()) < budget.min_words:
            rank -= 0.15
        if warnings:
            rank -= 0.25
        return Choice(text, check.score, check.unsupported, tuple(warnings), candidate, rank)
