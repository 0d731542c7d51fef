"""Loading a model once per process: from a folder, with an adapter merged and cached.

A LoRA adapter on a cached base model is merged once into a plain safetensors model kept
beside it (keyed by a fingerprint of base and adapter), so later loads read one file and
never import peft. Other bases get the adapter merged in memory.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import torch

from ..errors import ModelUnavailableError
from . import offline
from .sources import ModelSource

Quantize = Literal["none", "int8"]
DType = Literal["auto", "float32", "bfloat16"]
FINGERPRINT_CONTENT_BYTES = 16 << 20


@dataclass(frozen=True)
class LoadOptions:
    dtype: DType = "float32"
    quantize: Quantize = "none"
    adapter: str | None = None
    """A PEFT (LoRA) adapter directory applied on top of the base model and merged."""
    device: str = "cpu"


def resolve_dtype(dtype: str, device: str) -> str:
    """``auto``: bfloat16 where the hardware computes it natively (a GPU that supports it, a
    CPU with AMX or AVX-512 BF16: half the memory, and on such CPUs 2-3 times faster
    prefill), else float32, which is faster where bfloat16 is emulated."""
    if dtype != "auto":
        return dtype
    if device.startswith("cuda"):
        return "bfloat16" if torch.cuda.is_bf16_supported() else "float32"
    return "bfloat16" if device == "cpu" and _cpu_has_bf16() else "float32"


def _cpu_has_bf16() -> bool:
    try:
        flags = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return bool({"amx_bf16", "avx512_bf16"} & set(flags.split()))


def _torch_dtype(name: str) -> Any:
    return torch.bfloat16 if name == "bfloat16" else torch.float32


def resolve_device(device: str | None = "auto") -> str:
    """``auto``: the first GPU when torch sees one, else the CPU; anything else as given,
    checked, so a request for a GPU that is not there is a clear error, not a crash later."""
    wanted = (device or "auto").strip().lower()
    if wanted == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if wanted.startswith("cuda") and not torch.cuda.is_available():
        raise ModelUnavailableError(f"device {device!r} asked for, but torch sees no CUDA GPU")
    if wanted.startswith("mps") and not torch.backends.mps.is_available():
        raise ModelUnavailableError(f"device {device!r} asked for, but MPS is not available")
    if not wanted.startswith(("cpu", "cuda", "mps")):
        raise ModelUnavailableError(f"unknown device {device!r}; use auto, cpu, cuda or cuda:N")
    return wanted


_LOADED: dict[tuple[str, LoadOptions], tuple[Any, Any]] = {}
_LOAD_LOCK = threading.Lock()


def load(source: ModelSource, options: LoadOptions) -> tuple[Any, Any]:
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

    merge_now = None
    if options.adapter:
        if path.resolve().is_relative_to(offline.cache_root().resolve()):
            path = merged_model(path, options.adapter, options.dtype)  # later loads skip peft
        else:
            merge_now = options.adapter
    config = AutoConfig.from_pretrained(path)
    auto = AutoModelForSeq2SeqLM if getattr(config, "is_encoder_decoder", False) else None
    auto = auto or AutoModelForCausalLM
    dtype = _torch_dtype(options.dtype)
    tokenizer = AutoTokenizer.from_pretrained(path)
    with warnings.catch_warnings(), _quiet_progress():
        warnings.simplefilter("ignore")
        model = auto.from_pretrained(path, dtype=dtype)
    if merge_now:
        model = _apply_adapter(model, merge_now)
    model.eval()
    if options.quantize == "int8":
        model = quantize_int8(model)
    if options.device != "cpu":
        model = model.to(options.device)
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


def _adapter_folder(adapter: str) -> Path:
    folder = Path(adapter).expanduser()
    if not (folder / "adapter_config.json").is_file():
        raise ModelUnavailableError(f"no PEFT adapter in {adapter} (no adapter_config.json)")
    return folder


def _apply_adapter(model: Any, adapter: str) -> Any:
    """Apply a PEFT adapter and merge it, so inference (and int8) sees one plain model."""
    from peft import PeftModel

    return PeftModel.from_pretrained(model, str(_adapter_folder(adapter))).merge_and_unload()


def merged_model(base: Path, adapter: str, dtype: str = "float32") -> Path:
    """A folder holding ``base`` with ``adapter`` merged in, built once and cached.

    The cache key fingerprints the base model and the adapter's files, so a changed
    adapter (or base) gets a new merged model; later loads are a plain safetensors read,
    without peft.
    """
    folder = _adapter_folder(adapter)
    key = fingerprint(base, folder)
    target = offline.cache_root() / "merged" / f"{folder.name}-{key}-{dtype}"
    if (target / offline.MANIFEST).is_file():
        return target
    offline._stderr(f"merging the adapter {folder.name} into the model (once): {target}")
    from transformers import AutoModelForCausalLM, AutoTokenizer

    with warnings.catch_warnings(), _quiet_progress():
        warnings.simplefilter("ignore")
        merged = _apply_adapter(AutoModelForCausalLM.from_pretrained(base), str(folder))
        merged = merged.to(_torch_dtype(dtype))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".merge-", dir=target.parent) as tmp:
            out = Path(tmp) / "model"
            merged.save_pretrained(out)
            AutoTokenizer.from_pretrained(base).save_pretrained(out)
            (out / offline.MANIFEST).write_text(
                json.dumps({"base": str(base), "adapter": str(folder), "key": key}) + "\n",
                encoding="utf-8",
            )
            if not target.exists():
                os.replace(out, target)
    except OSError as err:
        raise ModelUnavailableError(
            f"could not cache the merged model in {target}: {err}"
        ) from None
    return target


def fingerprint(*folders: Path) -> str:
    """A short hash of the folders' files: contents of small ones (configs, an adapter),
    size and modification time of large weights (hashing 0.5 GB would cost a second)."""
    digest = hashlib.sha256()
    for folder in folders:
        for file in sorted(p for p in folder.iterdir() if p.is_file()):
            stat = file.stat()
            digest.update(file.name.encode() + str(stat.st_size).encode())
            if stat.st_size > FINGERPRINT_CONTENT_BYTES:
                digest.update(str(stat.st_mtime_ns).encode())
                continue
            with file.open("rb") as handle:
                for block in iter(lambda h=handle: h.read(1 << 20), b""):
                    digest.update(block)
    return digest.hexdigest()[:16]


def quantize_int8(model: Any) -> Any:
    """Dynamic int8 quantization of the Linear layers (weights int8, activations on the fly)."""
    from torch.ao.quantization import quantize_dynamic

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch.ao eager quantization is deprecated, still works
        return quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8, inplace=True)
