"""Where a model comes from: a local directory, the Hugging Face hub, or the offline default.

Every outcome is reported (``ModelSource.origin`` and ``tried``) so a summary can say which
model wrote it. The hub is checked with a short timeout before any download, so an
unreachable hub fails in seconds with a message instead of hanging.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ..errors import ModelUnavailableError
from . import offline

Origin = Literal["local", "hub", "offline-default"]
HUB_TIMEOUT_S = 5.0
_HUB_FILES = [
    "*.json",
    "*.safetensors",
    "*.model",
    "*.txt",
    "*.jinja",
    "*.tiktoken",
    "spiece.model",
]


@dataclass(frozen=True)
class ModelSource:
    path: Path
    model_id: str
    origin: Origin
    tried: tuple[str, ...] = ()
    """What was tried before this source, for the report."""

    def describe(self) -> str:
        return f"{self.model_id} ({self.origin}: {self.path})"


class HubUnreachableError(ModelUnavailableError):
    """The hub could not be reached (offline, firewalled, or HF_HUB_OFFLINE set)."""


def resolve(
    model: str | os.PathLike[str] | None = None,
    *,
    fallback: bool = False,
    hub_timeout_s: float = HUB_TIMEOUT_S,
    progress: offline.Progress | None = None,
) -> ModelSource:
    """Find the model: ``model`` as a directory, else as a hub id, else the offline default.

    With ``model=None`` the offline default is used. With a hub id that cannot be had,
    ``fallback=True`` falls back to the offline default (reported in ``tried``); otherwise
    the error says what failed and what to do.
    """
    report = progress or offline._stderr
    if model is None:
        return _offline_default((), report)
    name = os.fspath(model)
    path = Path(name).expanduser()
    if path.is_dir():
        _check_model_dir(path)
        return ModelSource(path, _id_of(path), "local")
    if path.exists() or name.startswith((".", "/", "~")) or name.count("/") > 1:
        raise ModelUnavailableError(f"model directory {name} does not exist or is not a folder")
    try:
        return ModelSource(from_hub(name, timeout_s=hub_timeout_s), name, "hub", (f"dir {name}",))
    except ModelUnavailableError as err:
        if not fallback:
            raise
        report(f"{err}; falling back to the offline default {offline.MODEL_ID}")
        return _offline_default((f"dir {name}: not a directory", f"hub {name}: {err}"), report)


def _offline_default(tried: tuple[str, ...], report: offline.Progress) -> ModelSource:
    path = offline.ensure_default_model(progress=report)
    return ModelSource(path, offline.MODEL_ID, "offline-default", tried)


def _check_model_dir(path: Path) -> None:
    if not (path / "config.json").is_file():
        raise ModelUnavailableError(
            f"{path} is not a model directory (no config.json); expected what "
            "save_pretrained writes: config.json, weights and tokenizer files"
        )


def _id_of(path: Path) -> str:
    name = offline.MODEL_ID if path == offline.default_model_dir() else None
    return name or str(path)


def hub_offline() -> bool:
    value = os.environ.get("HF_HUB_OFFLINE", "") or os.environ.get("TRANSFORMERS_OFFLINE", "")
    return value.strip().lower() in ("1", "true", "yes", "on")


def from_hub(model_id: str, *, timeout_s: float = HUB_TIMEOUT_S) -> Path:
    """A local snapshot of ``model_id``: the HF cache when offline, else a fresh download."""
    from huggingface_hub import snapshot_download

    if hub_offline():
        try:
            return Path(snapshot_download(model_id, local_files_only=True))
        except Exception:  # any miss means "not cached"
            raise HubUnreachableError(
                f"HF_HUB_OFFLINE is set and {model_id} is not in the local Hugging Face cache; "
                "unset it, pass a local directory, or omit the model to use the offline default"
            ) from None
    try:
        info = _model_info(model_id, timeout_s)
    except HubUnreachableError:
        cached = _cached_snapshot(model_id)
        if cached is None:
            raise
        return cached
    names = [s.rfilename for s in (info.siblings or [])]
    patterns = list(_HUB_FILES)
    if not any(n.endswith(".safetensors") for n in names):
        patterns.append("pytorch_model.bin")  # older repos (e.g. distilbart) ship only .bin
    try:
        return Path(snapshot_download(model_id, allow_patterns=patterns, etag_timeout=timeout_s))
    except Exception as err:  # network errors come in many types
        raise ModelUnavailableError(f"could not download {model_id} from the hub: {err}") from None


def _cached_snapshot(model_id: str) -> Path | None:
    """A snapshot fetched earlier, usable when the hub is down."""
    from huggingface_hub import snapshot_download

    try:
        return Path(snapshot_download(model_id, local_files_only=True))
    except Exception:  # any miss means "not cached"
        return None


def _model_info(model_id: str, timeout_s: float) -> Any:
    """``HfApi.model_info`` with a hard deadline (DNS lookups ignore socket timeouts)."""
    from huggingface_hub import HfApi, constants
    from huggingface_hub.errors import GatedRepoError, RepositoryNotFoundError

    result: dict[str, Any] = {}

    def call() -> None:
        try:
            result["info"] = HfApi().model_info(model_id, timeout=timeout_s)
        except Exception as err:  # reported below
            result["error"] = err

    thread = threading.Thread(target=call, daemon=True)
    thread.start()
    thread.join(timeout_s + 1)
    if "info" in result:
        return result["info"]
    err = result.get("error")
    if isinstance(err, GatedRepoError):
        raise ModelUnavailableError(f"{model_id} is gated on the hub: log in and accept its terms")
    if isinstance(err, RepositoryNotFoundError):
        raise ModelUnavailableError(f"no model {model_id!r} on the Hugging Face hub")
    reason = f"{type(err).__name__}: {err}" if err else f"no answer within {timeout_s:g} s"
    raise HubUnreachableError(
        f"cannot reach the Hugging Face hub ({constants.ENDPOINT}) for {model_id} ({reason}); "
        "pass a local model directory, or omit the model to use the offline default"
    )
