"""Loading a seq2seq or causal model and generating candidates from prompts, fast on a CPU.

Loading is separate from generating, and loaded models are shared within a process.
Candidates come from one ``generate`` call: per prompt, one greedy row and several sampled
rows (a logits processor makes the greedy rows deterministic inside a sampling run). For
causal models the prompt is run once and its KV cache copied to every candidate row, so
several candidates cost little more than one.
"""

from __future__ import annotations

import contextlib
import inspect
import re
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import torch
from transformers import (
    LogitsProcessor,
    LogitsProcessorList,
    StoppingCriteria,
    StoppingCriteriaList,
)

from ..errors import ModelUnavailableError
from . import offline
from .prompts import Family, detect_family
from .sources import ModelSource

Quantize = Literal["none", "int8"]
DType = Literal["float32", "bfloat16"]
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?:\s|$)")


@dataclass(frozen=True)
class LoadOptions:
    dtype: DType = "float32"
    quantize: Quantize = "none"
    adapter: str | None = None
    """A PEFT (LoRA) adapter directory applied on top of the base model and merged."""


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

    def __init__(self, source: ModelSource, options: LoadOptions = LoadOptions()) -> None:
        self.source = source
        self.options = options
        self.model, self.tokenizer = _load(source, options)
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
        max_new_tokens: int = 64,
        stop: Stop = Stop(),
        temperature: float = 0.7,
        top_p: float = 0.9,
        repetition_penalty: float = 1.0,
        seed: int = 0,
    ) -> list[list[Candidate]]:
        """``n`` candidates per prompt (the first one greedy), decoded without special tokens."""
        add_special = self.is_seq2seq or self.family == "causal"
        enc = self.tokenizer(
            prompts, return_tensors="pt", padding=True, add_special_tokens=add_special
        )
        ids, mask = enc["input_ids"], enc["attention_mask"]
        rows = len(prompts) * n
        greedy_rows = torch.tensor([i % n == 0 for i in range(rows)])
        settings: dict[str, Any] = {
            "max_new_tokens": max_new_tokens,
            "pad_token_id": self.tokenizer.pad_token_id,
            "eos_token_id": self.eos_ids(),
            "repetition_penalty": repetition_penalty,
            "use_cache": True,
            "stopping_criteria": StoppingCriteriaList(
                [_BudgetStop(self.tokenizer, 0 if self.is_seq2seq else ids.shape[1], stop)]
            ),
        }
        if n > 1:
            settings |= {
                "do_sample": True,
                "temperature": temperature,
                "top_p": top_p,
                "top_k": 0,
                "logits_processor": LogitsProcessorList([_GreedyRows(greedy_rows)]),
            }
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
        texts = self.tokenizer.batch_decode(new, skip_special_tokens=True)
        pad = self.tokenizer.pad_token_id
        lengths = [int((row != pad).sum()) for row in new]
        candidates = [
            Candidate(t.strip(), k, bool(g))
            for t, k, g in zip(texts, lengths, greedy_rows.tolist(), strict=True)
        ]
        return [candidates[i * n : (i + 1) * n] for i in range(len(prompts))]

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
        cache = getattr(out, "cache", None) or out.past_key_values
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

    _eos_ids = eos_ids  # the name summarize.train first used


class _GreedyRows(LogitsProcessor):
    """Leaves only the best token on the greedy rows, so sampling there is greedy decoding."""

    def __init__(self, rows: Any) -> None:
        self.rows = rows

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        rows = self.rows.to(scores.device)
        if not bool(rows.any()):
            return scores
        picked = scores[rows]
        best = picked.argmax(-1, keepdim=True)
        only = torch.full_like(picked, float("-inf")).scatter(1, best, picked.gather(1, best))
        scores = scores.clone()
        scores[rows] = only
        return scores


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
            return len(_SENTENCE_END.findall(text)) >= stop.max_sentences + 1
        return False


@contextlib.contextmanager
def _seeded(seed: int) -> Any:
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        yield


_LOADED: dict[tuple[str, LoadOptions], tuple[Any, Any]] = {}
_LOAD_LOCK = threading.Lock()


def _load(source: ModelSource, options: LoadOptions) -> tuple[Any, Any]:
    """Model and tokenizer for ``source``, loaded once per process and options."""
    key = (str(source.path), options)
    with _LOAD_LOCK:
        if key not in _LOADED:
            default = source.origin == "offline-default"
            _LOADED[key] = load_model(source.path, options, default=default)
        return _LOADED[key]


def load_model(path: Path, options: LoadOptions = LoadOptions(), *, default: bool = False) -> Any:
    """Load a saved model directory; the offline default is rebuilt once if its cache is damaged."""
    try:
        return _load_dir(path, options)
    except ModelUnavailableError:
        raise
    except Exception as err:
        if not default:
            raise ModelUnavailableError(f"could not load the model in {path}: {err}") from None
        offline._stderr(f"cached model at {path} does not load ({err}); rebuilding it")
        try:
            offline.ensure_default_model(rebuild=True)
            return _load_dir(path, options)
        except ModelUnavailableError:
            raise
        except Exception as again:
            raise offline.CorruptCacheError(
                f"the cached model at {path} is damaged and rebuilding failed ({again}); "
                f"delete {path} and try again"
            ) from None


def _load_dir(path: Path, options: LoadOptions) -> tuple[Any, Any]:
    from transformers import AutoConfig, AutoModelForCausalLM, AutoModelForSeq2SeqLM, AutoTokenizer

    config = AutoConfig.from_pretrained(path)
    auto = AutoModelForSeq2SeqLM if getattr(config, "is_encoder_decoder", False) else None
    auto = auto or AutoModelForCausalLM
    dtype = torch.bfloat16 if options.dtype == "bfloat16" else torch.float32
    tokenizer = AutoTokenizer.from_pretrained(path)
    with warnings.catch_warnings(), _quiet_progress():
        warnings.simplefilter("ignore")
        model = auto.from_pretrained(path, dtype=dtype)
    if options.adapter:
        model = _apply_adapter(model, options.adapter)
    model.eval()
    if options.quantize == "int8":
        model = quantize_int8(model)
    return model, tokenizer


@contextlib.contextmanager
def _quiet_progress() -> Any:
    """No "Loading weights" bar on every start; the one-time build keeps its bars."""
    from transformers.utils import logging as hf_logging

    enabled = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if enabled:
            hf_logging.enable_progress_bar()


def _apply_adapter(model: Any, adapter: str) -> Any:
    """Apply a PEFT adapter and merge it, so inference (and int8) sees one plain model."""
    folder = Path(adapter).expanduser()
    if not (folder / "adapter_config.json").is_file():
        raise ModelUnavailableError(f"no PEFT adapter in {adapter} (no adapter_config.json)")
    from peft import PeftModel

    return PeftModel.from_pretrained(model, str(folder)).merge_and_unload()


def quantize_int8(model: Any) -> Any:
    """Dynamic int8 quantization of the Linear layers (weights int8, activations on the fly)."""
    from torch.ao.quantization import quantize_dynamic

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch.ao eager quantization is deprecated, still works
        return quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8, inplace=True)
