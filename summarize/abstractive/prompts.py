"""Prompts and task prefixes per model family, in one place for inference and fine-tuning.

A model is summarized into a *family* once (from its config and tokenizer); every prompt
the package builds, and every training example a fine-tuning run writes, goes through
``prompt_text`` so the two can never drift apart. The article's own text never becomes a
control token: special-token strings in it (``<|im_start|>``, ``</s>``) are split first.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from ..budget import Kind

Family = Literal["chat", "causal", "t5", "flan-t5", "seq2seq"]

SYSTEM = (
    "You are a careful news editor. You summarize articles accurately and only state "
    "facts, names and numbers that appear in the article."
)
INSTRUCTIONS: dict[str, str] = {
    "headline": "Write a one-line headline for this news article. Reply with the headline only.",
    "paragraph": "Summarize this news article in two or three sentences.",
}
_T5_PREFIX = "summarize: "
_FLAN = {
    "headline": "Write a short headline for this article:\n\n",
    "paragraph": "Summarize this article in a few sentences:\n\n",
}
_PLAIN_CUE = {"headline": "Headline:", "paragraph": "Summary:"}
_USUAL_CONTROL = re.compile(
    r"<\|[^<>|\s]{1,40}\|>|</?s>|<(?:pad|unk|mask|eos|bos|sep|cls)>|<extra_id_\d+>"
    r"|\[(?:CLS|SEP|PAD|MASK|UNK)\]",
    re.I,
)


def detect_family(config: Any, tokenizer: Any, model_id: str = "") -> Family:
    """The prompt family of a loaded model: chat templates for causal models, prefixes for T5."""
    if getattr(config, "is_encoder_decoder", False):
        model_type = getattr(config, "model_type", "")
        if model_type in ("t5", "mt5", "umt5"):
            return "flan-t5" if "flan" in model_id.lower() else "t5"
        return "seq2seq"
    return "chat" if getattr(tokenizer, "chat_template", None) else "causal"


def messages(article: str, kind: Kind) -> list[dict[str, str]]:
    """Chat messages for instruction-tuned causal models.

    The task comes before the article: with the article first, SmolLM2-135M describes the
    article ("The article discusses...") instead of summarizing it.
    """
    return [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": f"{INSTRUCTIONS[kind]}\n\nArticle:\n{article}"},
    ]


def prompt_text(family: Family, article: str, kind: Kind, tokenizer: Any = None) -> str:
    """The exact text the model reads before it writes the summary.

    For chat models the template is rendered with the assistant turn opened, so a training
    example is ``prompt_text(...) + target + eos``.
    """
    if kind not in INSTRUCTIONS:
        raise ValueError(f"unknown kind {kind!r}")
    article = defang(article, tokenizer)
    if family == "chat":
        if tokenizer is None:
            raise ValueError("chat prompts need the tokenizer (its chat template)")
        return tokenizer.apply_chat_template(
            messages(article, kind), tokenize=False, add_generation_prompt=True
        )
    if family == "causal":
        return f"{INSTRUCTIONS[kind]}\n\nArticle:\n{article}\n\n{_PLAIN_CUE[kind]}"
    if family == "t5":
        return _T5_PREFIX + article
    if family == "flan-t5":
        return _FLAN[kind] + article
    return article  # BART, Pegasus: fine-tuned on raw articles


def overhead_text(family: Family, kind: Kind, tokenizer: Any = None) -> str:
    """The prompt without an article, to count the tokens the template itself takes."""
    return prompt_text(family, "", kind, tokenizer)


def defang(article: str, tokenizer: Any = None) -> str:
    """``article`` with every special-token string split by a space after its first
    character, so a tokenizer reads it as text: article text that became ``<|im_start|>``
    could open a fake assistant turn (prompt injection through the chat template)."""
    strings = _special_strings(tokenizer)
    if strings:
        pattern = "|".join(re.escape(s) for s in sorted(strings, key=len, reverse=True))
        article = re.sub(pattern, lambda m: f"{m[0][0]} {m[0][1:]}", article)
    return _USUAL_CONTROL.sub(lambda m: f"{m[0][0]} {m[0][1:]}", article)


def _special_strings(tokenizer: Any) -> set[str]:
    """The tokenizer's special tokens (named and added), two characters or longer."""
    if tokenizer is None:
        return set()
    strings = set(getattr(tokenizer, "all_special_tokens", None) or ())
    for token in (getattr(tokenizer, "added_tokens_decoder", None) or {}).values():
        if getattr(token, "special", False):
            strings.add(str(token))
    return {s for s in strings if len(s) >= 2}
