"""The model being trained: a trainable copy of the method's model, LoRA around it, the loss
and the learning-rate schedule."""

from __future__ import annotations

import math
from typing import Any

from .config import TrainConfig

LORA_TARGETS = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")


def load_base(config: TrainConfig) -> tuple[Any, Any, Any]:
    """The abstractive method (for prompts), and a fresh trainable copy of its model on the
    method's device: the dev rounds write with the weights being trained (a GPU when one is
    seen)."""
    from transformers import AutoModelForCausalLM

    from ..abstractive.method import AbstractiveMethod

    method = AbstractiveMethod(
        config.model,
        use_adapter=False,  # train the base model, never on top of the shipped adapter
        candidates=1,
        rerank=False,
        max_input_tokens=config.max_input_tokens,
        seed=config.seed,
    )
    if method.backend.is_seq2seq:
        raise ValueError("summarize train supports causal (decoder-only) models")
    model = AutoModelForCausalLM.from_pretrained(method.source.path).to(method.backend.device)
    return method, model, method.backend.tokenizer


def wrap_model(model: Any, config: TrainConfig) -> Any:
    """LoRA on every linear layer of the (top) decoder layers, or the whole model with --full.
    From ``init_adapter``, the adapter's rank and layers are written into ``config``, so the
    run's training.json records what was trained."""
    if config.full and config.init_adapter:
        raise ValueError("--init-adapter continues a LoRA adapter; --full trains every weight")
    if config.full:
        for param in model.parameters():
            param.requires_grad_(True)
        return model
    from peft import LoraConfig, PeftModel, get_peft_model

    if config.init_adapter:
        model = PeftModel.from_pretrained(model, config.init_adapter, is_trainable=True)
        lora = model.peft_config["default"]
        config.lora_r, config.lora_alpha = lora.r, lora.lora_alpha
        config.lora_dropout = lora.lora_dropout
        layers = lora.layers_to_transform  # None (all), one layer, or a list
        config.lora_top_layers = len(layers) if isinstance(layers, list) else int(bool(layers))
        return model

    layers = model.config.num_hidden_layers
    top = config.lora_top_layers
    which = list(range(layers - top, layers)) if 0 < top < layers else None
    lora = LoraConfig(
        r=config.lora_r,
        lora_alpha=config.lora_alpha,
        lora_dropout=config.lora_dropout,
        target_modules=list(LORA_TARGETS),
        layers_to_transform=which,
        task_type="CAUSAL_LM",
    )
    return get_peft_model(model, lora)


def loss_on_target(model: Any, ids: Any, n_target: int) -> Any:
    """Cross-entropy on the target tokens only; logits are computed for those positions alone
    (the 49k-word output layer over the whole prompt would cost a fifth of the step)."""
    import torch.nn.functional as F

    out = model(input_ids=ids, logits_to_keep=n_target + 1, use_cache=False)
    logits = out.logits[0, :-1].float()
    return F.cross_entropy(logits, ids[0, -n_target:])


def schedule(optimizer: Any, warmup: int, total: int) -> Any:
    """Linear warm-up, then cosine decay to a tenth over the planned steps."""
    import torch

    def factor(step: int) -> float:
        if step < warmup:
            return (step + 1) / max(1, warmup)
        progress = min(1.0, (step - warmup) / max(1, total - warmup))
        return 0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * progress))

    return torch.optim.lr_scheduler.LambdaLR(optimizer, factor)
