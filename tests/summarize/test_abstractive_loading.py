"""Loading: the adapter merged once into a cached plain model, and the device choice."""

from __future__ import annotations

import shutil

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from summarize import ModelUnavailableError  # noqa: E402
from summarize.abstractive import loading  # noqa: E402
from summarize.abstractive.loading import LoadOptions, load_model, resolve_device  # noqa: E402


@pytest.fixture
def cached_base(tiny_causal, tmp_path, monkeypatch):
    """The tiny model placed in a private SUMMARIZE_CACHE, as the offline default would be."""
    monkeypatch.setenv("SUMMARIZE_CACHE", str(tmp_path / "cache"))
    base = tmp_path / "cache" / "models" / "tiny"
    shutil.copytree(tiny_causal, base)
    return base


@pytest.fixture
def adapter(tiny_causal, tmp_path):
    peft = pytest.importorskip("peft")
    model = transformers.AutoModelForCausalLM.from_pretrained(tiny_causal)
    config = peft.LoraConfig(r=2, lora_alpha=4, target_modules=["q_proj"], init_lora_weights=False)
    peft.get_peft_model(model, config).save_pretrained(tmp_path / "adapter")
    return tmp_path / "adapter"


def test_the_merged_model_is_cached_and_reused_without_peft(cached_base, adapter, monkeypatch):
    first, _ = load_model(cached_base, LoadOptions(adapter=str(adapter)))
    merged = list((cached_base.parent.parent / "merged").iterdir())
    assert len(merged) == 1 and (merged[0] / "model.safetensors").is_file()

    def no_peft(*args, **kwargs):
        raise AssertionError("peft used although the merged model is cached")

    monkeypatch.setattr(loading, "_apply_adapter", no_peft)
    again, _ = load_model(cached_base, LoadOptions(adapter=str(adapter)))
    weight = "model.layers.0.self_attn.q_proj.weight"
    assert torch.equal(first.state_dict()[weight], again.state_dict()[weight])


def test_a_changed_adapter_gets_a_new_merged_model(cached_base, adapter):
    load_model(cached_base, LoadOptions(adapter=str(adapter)))
    config = adapter / "adapter_config.json"
    config.write_text(config.read_text().replace('"lora_alpha": 4', '"lora_alpha": 8'))
    load_model(cached_base, LoadOptions(adapter=str(adapter)))
    assert len(list((cached_base.parent.parent / "merged").iterdir())) == 2


def test_auto_device_is_the_gpu_when_torch_sees_one(monkeypatch):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert resolve_device("auto") == "cuda"
    assert resolve_device("cuda:1") == "cuda:1"
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert resolve_device("auto") == resolve_device(None) == "cpu"


def test_an_absent_or_unknown_device_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    with pytest.raises(ModelUnavailableError, match="no CUDA GPU"):
        resolve_device("cuda")
    with pytest.raises(ModelUnavailableError, match="unknown device"):
        resolve_device("tpu")
