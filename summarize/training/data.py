"""Training examples: what the model reads at inference, and the target it should write."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from ..budget import resolve
from ..document import Document
from .config import Example, Kind, TrainConfig


def paragraph_target(
    text: str,
    reference: str | Sequence[str],
    *,
    max_words: int = 90,
    max_sentences: int = 4,
    visible: str | None = None,
) -> str:
    """Reference sentences in article order, whole, within the paragraph budget.

    BBC's paragraph references are extracted sentences, one a line, not in article order;
    sentences found in ``visible`` (what the model reads) come first so the target holds
    only what the model was shown, when enough of it was.
    """
    lines = reference.splitlines() if isinstance(reference, str) else list(reference)
    lines = [line.strip() for line in lines if line.strip()]

    def position(sentence: str) -> int:
        at = text.find(sentence)
        return at if at >= 0 else len(text) + lines.index(sentence)

    ordered = sorted(dict.fromkeys(lines), key=position)
    if visible is not None:
        seen = [s for s in ordered if s in visible]
        if seen:
            ordered = seen
    picked: list[str] = []
    words = 0
    for sentence in ordered:
        n = len(sentence.split())
        if len(picked) >= max_sentences:
            break
        if words + n <= max_words:
            picked.append(sentence)
            words += n
    if not picked and ordered:  # one long sentence: its words up to the budget
        picked = [" ".join(ordered[0].split()[:max_words])]
    return " ".join(picked)


def build_examples(
    method: Any, records: Sequence[dict[str, Any]], config: TrainConfig
) -> list[Example]:
    """One example per record and kind, prompted exactly as the method prompts at inference."""
    examples: list[Example] = []
    for n, record in enumerate(records):
        text = record.get(config.text_field) or ""
        if not text.strip():
            continue
        doc = Document.from_clean_text(text)
        rid = str(record.get("id", n))
        for kind in config.kinds:
            budget = resolve(kind)
            prepared = method.preprocess(doc, budget)
            if kind == "headline":
                target = " ".join(str(record.get(config.headline_field) or "").split())
            else:
                reference = record.get(config.paragraph_field) or ""
                target = paragraph_target(
                    doc.text,
                    reference,
                    max_words=budget.max_words or 90,
                    max_sentences=budget.max_sentences or 4,
                    visible=prepared.article,
                )
            if target:
                examples.append(Example(rid, kind, prepared.prompt, target))
    return examples


def references(record: dict[str, Any], kind: Kind, config: TrainConfig) -> str:
    """The dev reference for scoring: the title, or the whole paragraph reference."""
    if kind == "headline":
        return " ".join(str(record.get(config.headline_field) or "").split())
    value = record.get(config.paragraph_field) or ""
    return "\n".join(value) if isinstance(value, list) else str(value)


def encode(tokenizer: Any, example: Example, eos: str) -> tuple[Any, int]:
    """Token ids of prompt + target + end of turn, and how many trailing ids are the target."""
    import torch

    prompt = tokenizer(example.prompt, add_special_tokens=False)["input_ids"]
    target = tokenizer(example.target + eos, add_special_tokens=False)["input_ids"]
    return torch.tensor([prompt + target]), len(target)


def end_of_turn(tokenizer: Any) -> str:
    for token in ("<|im_end|>", "<|eot_id|>"):
        if token in tokenizer.get_vocab():
            return token
    return tokenizer.eos_token or ""


def order(n: int, seed: int, epoch: int) -> list[int]:
    """The example order of one epoch: a function of the seed, so a resumed run sees the same."""
    indices = list(range(n))
    random.Random(seed * 1_000_003 + epoch).shuffle(indices)
    return indices
