"""Loading a seq2seq or causal model and generating candidates from prompts, fast on a CPU.

Loading is separate from generating, and loaded models are shared within a process.
Candidates come from one ``generate`` call: per prompt, one greedy row and several sampled
rows (a logits processor makes the greedy rows deterministic inside a sampling run). For
causal models the prompt is run once and its KV cache copied to every candidate row, so
several candidates cost little more than one.
"""

from __future__ import annotations

import contextlib
import copy
import inspect
import re
import warnings
from dataclasses import dataclass
from typing import Any

import torch
from transformers import StoppingCriteria, StoppingCriteriaList

from ..errors import ModelUnavailableError
from ..sentences import split_sentences
from .loading import LoadOptions, load
from .prompts import Family, detect_family
from .sources import ModelSource

_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s")
SCORE_BATCH = 4
"""Texts scored against one cached prefix at a time (their logits are vocabulary-wide)."""
DRAFT_TOKENS = 10
"""Tokens drafted from the prompt per verifying pass of greedy decoding (prompt lookup)."""


@dataclass(frozen=True)
class Candidate:
    text: str
    tokens: int
    greedy: bool


@dataclass(frozen=True)
class Stop:
    """When a row has written all that can be used: words, sentences or a line for headlines."""

    max_words: int | None = None
    max_chars: int | None = None
    max_sentences: int | None = None
    one_line: bool = False


class Backend:
    """A loaded model with its tokenizer, prompt family and context size."""

    def __init__(self, source: ModelSource, options: LoadOptions | None = None) -> None:
        options = options or LoadOptions()
        self.source = source
        self.options = options
        self.model, self.tokenizer = load(source, options)
        self.device = options.device
        self.config = self.model.config
        self.family: Family = detect_family(self.config, self.tokenizer, source.model_id)
        self.is_seq2seq = bool(getattr(self.config, "is_encoder_decoder", False))
        if not self.is_seq2seq:
            self.tokenizer.padding_side = "left"
        if self.tokenizer.pad_token_id is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token or self.tokenizer.unk_token
        forward = inspect.signature(self.model.forward).parameters
        self._cache_kw = "cache" if "cache" in forward else "past_key_values"
        self._keeps_logits = "logits_to_keep" in forward

    @property
    def context_tokens(self) -> int:
        """How many tokens the model reads at most (prompt plus, for causal models, output)."""
        for name in ("max_position_embeddings", "n_positions", "max_seq_len"):
            if value := getattr(self.config, name, None):
                return int(value)
        if self.family in ("t5", "flan-t5"):
            return 512  # relative positions; trained on 512
        limit = getattr(self.tokenizer, "model_max_length", 0) or 0
        return int(limit) if 0 < limit < 1_000_000 else 1024

    def count_tokens(self, texts: list[str]) -> list[int]:
        if not texts:
            return []
        encoded = self.tokenizer(texts, add_special_tokens=False)["input_ids"]
        return [len(ids) for ids in encoded]

    def truncate(self, text: str, max_tokens: int) -> str:
        ids = self.tokenizer(text, add_special_tokens=False)["input_ids"][:max_tokens]
        return self.tokenizer.decode(ids, skip_special_tokens=True)

    def generate(
        self,
        prompts: list[str],
        *,
        n: int = 1,
        sample: bool = False,
        max_new_tokens: int = 64,
        stop: Stop = Stop(),
        temperature: float = 0.7,
        top_p: float = 0.9,
        repetition_penalty: float = 1.0,
        seed: int = 0,
        draft_tokens: int = DRAFT_TOKENS,
    ) -> list[list[Candidate]]:
        """Per prompt, one greedy candidate, or ``n`` sampled ones (``sample=True``).

        Greedy decoding of a causal model drafts ``draft_tokens`` tokens at a time from the
        prompt itself (prompt lookup) and verifies them in one forward pass: the model copies
        long spans of the article, so several tokens are accepted per pass. The text is plain
        greedy decoding's, except where verifying several tokens at once rounds differently
        and flips a near-tie (more often in bfloat16; measured in bench/bench_abstractive.py).
        """
        if not sample and n != 1:
            raise ValueError("greedy decoding gives one candidate per prompt")
        if not sample and draft_tokens and not self.is_seq2seq:
            return [
                self._greedy_drafted(p, max_new_tokens, stop, repetition_penalty, draft_tokens)
                for p in prompts
            ]
        ids, mask = self._encode(prompts)
        settings = self._settings(ids.shape[1], max_new_tokens, stop, repetition_penalty)
        if sample:
            settings |= {"do_sample": True, "temperature": temperature, "top_p": top_p, "top_k": 0}
        else:
            settings |= {"do_sample": False, "num_beams": 1}
        with torch.inference_mode(), _seeded(seed), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if self.is_seq2seq:
                out = self.model.generate(
                    input_ids=ids, attention_mask=mask, num_return_sequences=n, **settings
                )
                new = out[:, 1:]  # drop the decoder start token
            else:
                if n > 1 and ids.shape[1] > 1:
                    settings[self._cache_kw] = self._prefill(ids, mask, n)
                big_ids, big_mask = ids.repeat_interleave(n, 0), mask.repeat_interleave(n, 0)
                out = self.model.generate(input_ids=big_ids, attention_mask=big_mask, **settings)
                new = out[:, ids.shape[1] :]
        candidates = self._decode(new, greedy=not sample)
        return [candidates[i * n : (i + 1) * n] for i in range(len(prompts))]

    def _greedy_drafted(
        self, prompt: str, max_new_tokens: int, stop: Stop, repetition_penalty: float, draft: int
    ) -> list[Candidate]:
        """One prompt, greedy, with drafts looked up in the prompt (batch size 1 only)."""
        ids, mask = self._encode([prompt])
        settings = self._settings(ids.shape[1], max_new_tokens, stop, repetition_penalty)
        settings |= {"do_sample": False, "num_beams": 1, "prompt_lookup_num_tokens": draft}
        with torch.inference_mode(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out = self.model.generate(input_ids=ids, attention_mask=mask, **settings)
        return self._decode(out[:, ids.shape[1] :], greedy=True)

    def _encode(self, prompts: list[str]) -> tuple[Any, Any]:
        """Token ids and attention mask of the prompts, padded (on the left for causal
        models), on the model's device."""
        add_special = self.is_seq2seq or self.family == "causal"
        enc = self.tokenizer(
            prompts, return_tensors="pt", padding=True, add_special_tokens=add_special
        )
        return enc["input_ids"].to(self.device), enc["attention_mask"].to(self.device)

    def _settings(
        self, prompt_len: int, max_new_tokens: int, stop: Stop, repetition_penalty: float
    ) -> dict[str, Any]:
        return {
            "max_new_tokens": max_new_tokens,
            "pad_token_id": self.tokenizer.pad_token_id,
            "eos_token_id": self.eos_ids(),
            "repetition_penalty": repetition_penalty,
            "use_cache": True,
            "stopping_criteria": StoppingCriteriaList(
                [_BudgetStop(self.tokenizer, 0 if self.is_seq2seq else prompt_len, stop)]
            ),
        }

    def _decode(self, new: Any, *, greedy: bool) -> list[Candidate]:
        texts = self.tokenizer.batch_decode(new, skip_special_tokens=True)
        pad = self.tokenizer.pad_token_id
        lengths = [int((row != pad).sum()) for row in new]
        return [Candidate(t.strip(), k, greedy) for t, k in zip(texts, lengths, strict=True)]

    def continuation_logprobs(self, prefix: str, targets: list[str]) -> list[list[float]]:
        """Log-probability of each token of each target written right after ``prefix``.

        The prefix (an article) is run once and its KV cache shared by every target, so
        scoring many short texts against one long article costs little more than reading it.
        """
        if self.is_seq2seq:
            raise ModelUnavailableError("scoring text needs a causal (decoder-only) model")
        if not targets:
            return []
        tok = self.tokenizer
        target_ids = [
            t or [tok.eos_token_id] for t in tok(targets, add_special_tokens=False)["input_ids"]
        ]
        return self._score_ids(prefix, target_ids)

    def ending_logprobs(self, prefix: str, texts: list[str], ending: str = ".") -> list[float]:
        """Log-probability that each text ends where it stops: ``ending`` (tokenized apart
        from the text) right after ``prefix`` and the text."""
        if self.is_seq2seq:
            raise ModelUnavailableError("scoring text needs a causal (decoder-only) model")
        if not texts:
            return []
        tok = self.tokenizer
        end = tok(ending, add_special_tokens=False)["input_ids"]
        targets = [ids + end for ids in tok(texts, add_special_tokens=False)["input_ids"]]
        return [sum(row[-len(end) :]) for row in self._score_ids(prefix, targets)]

    def _score_ids(self, prefix: str, target_ids: list[list[int]]) -> list[list[float]]:
        prefix_ids = self.tokenizer([prefix], add_special_tokens=False, return_tensors="pt")
        prefix_ids = prefix_ids["input_ids"].to(self.device)
        extra = {"logits_to_keep": 1} if self._keeps_logits else {}
        scores: list[list[float]] = []
        with torch.inference_mode():
            first = self.model(input_ids=prefix_ids, use_cache=True, **extra)
            cache = _cache_of(first)
            for at in range(0, len(target_ids), SCORE_BATCH):
                chunk = target_ids[at : at + SCORE_BATCH]
                scores += self._continue(first.logits[:, -1:], cache, prefix_ids.shape[1], chunk)
        return scores

    def _continue(self, last: Any, cache: Any, start: int, targets: list[list[int]]) -> Any:
        n, width = len(targets), max(len(t) for t in targets)
        pad = self.tokenizer.pad_token_id
        rows = torch.tensor([t + [pad] * (width - len(t)) for t in targets], device=self.device)
        mask = torch.tensor(
            [[1] * len(t) + [0] * (width - len(t)) for t in targets], device=self.device
        )
        shared = copy.deepcopy(cache)
        shared.batch_repeat_interleave(n)
        out = self.model(
            input_ids=rows,
            attention_mask=torch.cat([mask.new_ones(n, start), mask], dim=1),
            position_ids=torch.arange(start, start + width, device=self.device).expand(n, width),
            use_cache=True,
            **{self._cache_kw: shared},
        )
        logits = torch.cat([last.expand(n, 1, -1), out.logits[:, :-1]], 1)
        picked = torch.log_softmax(logits.float(), dim=-1).gather(-1, rows.unsqueeze(-1))
        return [picked[i, : len(t), 0].tolist() for i, t in enumerate(targets)]

    def _prefill(self, ids: Any, mask: Any, n: int) -> Any:
        """Run the prompts (all but the last token) once; copy the KV cache to ``n`` rows each."""
        positions = (mask.long().cumsum(-1) - 1).masked_fill(mask == 0, 0)
        extra = {"logits_to_keep": 1} if self._keeps_logits else {}  # no 49k-wide rows per token
        out = self.model(
            input_ids=ids[:, :-1],
            attention_mask=mask[:, :-1],
            position_ids=positions[:, :-1],
            use_cache=True,
            **extra,
        )
        cache = _cache_of(out)
        cache.batch_repeat_interleave(n)
        return cache

    def eos_ids(self) -> list[int]:
        """Every token that ends a reply: the tokenizer's, the config's, chat end-of-turn."""
        ids = {self.tokenizer.eos_token_id, getattr(self.config, "eos_token_id", None)}
        for token in ("<|im_end|>", "<|endoftext|>", "<|eot_id|>", "</s>"):
            token_id = self.tokenizer.convert_tokens_to_ids(token)
            if isinstance(token_id, int) and token_id != self.tokenizer.unk_token_id:
                ids.add(token_id)
        flat: set[int] = set()
        for value in ids:
            if isinstance(value, list):
                flat.update(value)
            elif value is not None:
                flat.add(int(value))
        return sorted(flat)


def _cache_of(output: Any) -> Any:
    """The KV cache of a forward pass (``cache`` in newer transformers, else the old name)."""
    return getattr(output, "cache", None) or output.past_key_values


class _BudgetStop(StoppingCriteria):
    """Per-row stop once the text can no longer grow into a usable summary."""

    def __init__(self, tokenizer: Any, prompt_len: int, stop: Stop) -> None:
        self.tokenizer = tokenizer
        self.prompt_len = prompt_len
        self.stop = stop

    def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
        texts = self.tokenizer.batch_decode(
            input_ids[:, self.prompt_len :], skip_special_tokens=True
        )
        return torch.tensor([self._done(t) for t in texts], device=input_ids.device)

    def _done(self, text: str) -> bool:
        stop = self.stop
        text = text.lstrip()
        n_words = len(text.split())
        if stop.one_line:
            return ("\n" in text.strip() and n_words >= 2) or (
                stop.max_words is not None and n_words > 2 * stop.max_words + 4
            )
        if stop.max_words is not None and n_words > stop.max_words + 2:
            return True
        if stop.max_chars is not None and len(text) > stop.max_chars + 20:
            return True
        if stop.max_sentences is not None:
            return _finished_sentences(text, stop.max_sentences + 1) >= stop.max_sentences + 1
        return False


def _finished_sentences(text: str, enough: int) -> int:
    """Sentences of ``text`` that a next one has begun after, as the splitter that fits the
    paragraph reads them: "6 a.m. on Monday" ends none, and neither does a stop that the next
    token may make a figure ("drew ." before ".45-caliber"). The splitter runs only once a
    stop followed by a space has been seen ``enough`` times."""
    if len(_SENTENCE_END.findall(text)) < enough:
        return 0
    return len(split_sentences(text)) - 1


@contextlib.contextmanager
def _seeded(seed: int) -> Any:
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        yield
