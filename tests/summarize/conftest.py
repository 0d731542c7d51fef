"""Tiny randomly initialised models for the abstractive tests, made here without network.

A word-level tokenizer over the seed article (tokenizers library), a 2-layer Llama with a
chat template (the causal path) and a 1-layer T5 (the seq2seq path), saved as a user's
model directory would be.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

# As summarize.abstractive sets it, but before any test module imports torch (it is read
# once, when torch loads): OpenMP threads that spin while waiting starve on a busy CPU.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

CHAT_TEMPLATE = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n"
    "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
SPECIAL = ["<unk>", "<pad>", "<s>", "<|im_end|>", "<|im_start|>", "user", "system", "assistant"]


def tiny_tokenizer(text: str, chat: bool):
    """A word-level tokenizer over ``text`` built with the tokenizers library (offline)."""
    import transformers
    from tokenizers import Tokenizer, models, pre_tokenizers

    vocab = {t: i for i, t in enumerate(SPECIAL)}
    for word in re.findall(r"\w+|[^\w\s]", text + " summarize : Article Headline Summary"):
        vocab.setdefault(word, len(vocab))
    core = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    core.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer = transformers.PreTrainedTokenizerFast(
        tokenizer_object=core,
        unk_token="<unk>",
        pad_token="<pad>",
        bos_token="<s>",
        eos_token="<|im_end|>",
        additional_special_tokens=["<|im_start|>"],
    )
    if chat:
        tokenizer.chat_template = CHAT_TEMPLATE
    return tokenizer


def _save(model, tokenizer, path: Path) -> Path:
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path


@pytest.fixture(scope="module")
def tiny_causal(tmp_path_factory, seed_text) -> Path:
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    tokenizer = tiny_tokenizer(seed_text, chat=True)
    config = transformers.LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=16,
        intermediate_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        num_key_value_heads=1,
        max_position_embeddings=1024,
        pad_token_id=tokenizer.pad_token_id,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
    )
    torch.manual_seed(0)
    model = transformers.LlamaForCausalLM(config)
    return _save(model, tokenizer, tmp_path_factory.mktemp("tiny-causal"))


@pytest.fixture(scope="module")
def tiny_t5(tmp_path_factory, seed_text) -> Path:
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    tokenizer = tiny_tokenizer(seed_text, chat=False)
    config = transformers.T5Config(
        vocab_size=len(tokenizer),
        d_model=16,
        d_ff=32,
        d_kv=8,
        num_layers=1,
        num_decoder_layers=1,
        num_heads=2,
        pad_token_id=tokenizer.pad_token_id,
        eos_token_id=tokenizer.eos_token_id,
        decoder_start_token_id=tokenizer.pad_token_id,
    )
    torch.manual_seed(0)
    model = transformers.T5ForConditionalGeneration(config)
    return _save(model, tokenizer, tmp_path_factory.mktemp("tiny-t5"))


@pytest.fixture
def one_thread():
    """Tiny models gain nothing from threads; on a busy machine thread barriers dominate."""
    torch = pytest.importorskip("torch")
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)
