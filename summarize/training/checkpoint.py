"""Checkpoints that survive a kill mid-save and load only what they should, and the adapter
export that ships."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path
from typing import Any

from .config import META, STATE, TrainState


def random_state() -> dict[str, Any]:
    """Every random stream a step draws from: Python's, torch's CPU one and, once CUDA is in
    use, each GPU's (dropout on a GPU draws from the GPU's own)."""
    import torch

    cuda = torch.cuda.get_rng_state_all() if torch.cuda.is_initialized() else None
    return {"rng": torch.get_rng_state(), "cuda_rng": cuda, "python_rng": random.getstate()}


def set_random_state(saved: dict[str, Any]) -> None:
    """Put back what ``random_state`` took (a checkpoint written without a GPU has none)."""
    import torch

    torch.set_rng_state(saved["rng"])
    random.setstate(saved["python_rng"])
    if saved.get("cuda_rng") is not None and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(saved["cuda_rng"])


def save_checkpoint(
    folder: Path, model: Any, optimizer: Any, scheduler: Any, state: TrainState
) -> None:
    """Write to a temporary folder and rename, so a kill mid-save leaves the last one whole."""
    import torch

    tmp = folder.with_name(folder.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    model.save_pretrained(tmp)
    torch.save(
        {
            "optimizer": optimizer.state_dict(),
            "scheduler": scheduler.state_dict(),
            **random_state(),
        },
        tmp / STATE,
    )
    (tmp / META).write_text(json.dumps(state.to_json(), indent=2) + "\n", encoding="utf-8")
    old = folder.with_name(folder.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if folder.exists():
        folder.rename(old)
    tmp.rename(folder)
    shutil.rmtree(old, ignore_errors=True)


def load_checkpoint(
    folder: Path, model: Any, optimizer: Any, scheduler: Any, full: bool
) -> TrainState:
    """Weights, optimizer, schedule and random state from ``folder``; raises ValueError when
    the weights do not match the model (a LoRA checkpoint into --full, another model's
    weights), rather than training on from what did not load."""
    import torch
    from safetensors.torch import load_file

    name = "model.safetensors" if full else "adapter_model.safetensors"
    if not (folder / name).is_file():
        kind = "a full model" if full else "a LoRA adapter"
        raise ValueError(f"{folder} has no {name}: it does not hold {kind}")
    weights = load_file(str(folder / name))
    if full:
        missing, unexpected = model.load_state_dict(weights, strict=False)
        tied = {k for k in missing if k.endswith("lm_head.weight")}
        if model.config.tie_word_embeddings is False:
            tied = set()
        missing = [k for k in missing if k not in tied]
    else:
        from peft import set_peft_model_state_dict

        result = set_peft_model_state_dict(model, weights)
        missing, unexpected = [], list(result.unexpected_keys)
    if missing or unexpected or not weights:
        raise ValueError(
            f"{folder / name} does not fit this model: {len(missing)} weights missing, "
            f"{len(unexpected)} unexpected (e.g. {(missing + unexpected + ['none'])[0]})"
        )
    saved = torch.load(folder / STATE, weights_only=False)
    optimizer.load_state_dict(saved["optimizer"])
    scheduler.load_state_dict(saved["scheduler"])
    set_random_state(saved)
    return TrainState.from_json(json.loads((folder / META).read_text(encoding="utf-8")))


def export_adapter(
    checkpoint: str | Path, dest: str | Path, *, half: bool = True, base: str | None = None
) -> Path:
    """Copy a checkpoint's adapter (config, weights in float16, training metadata) to ``dest``.

    float16 halves the shipped size; the adapter is merged into the float32 base at load.
    """
    import torch
    from safetensors.torch import load_file, save_file

    src, dest = Path(checkpoint), Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    adapter_config = json.loads((src / "adapter_config.json").read_text(encoding="utf-8"))
    if base:  # a model id rather than this machine's cache path
        adapter_config["base_model_name_or_path"] = base
    text = json.dumps(adapter_config, indent=2, sort_keys=True) + "\n"
    (dest / "adapter_config.json").write_text(text, encoding="utf-8")
    weights = load_file(str(src / "adapter_model.safetensors"))
    if half:
        weights = {k: v.to(torch.float16).contiguous() for k, v in weights.items()}
    save_file(weights, str(dest / "adapter_model.safetensors"), metadata={"format": "pt"})
    if (src / META).exists():
        meta = json.loads((src / META).read_text(encoding="utf-8"))
        meta.pop("losses", None)
        (dest / META).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return dest
