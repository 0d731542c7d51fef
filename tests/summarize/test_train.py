"""The training loop on a tiny random model the test builds: loss, checkpoints, resume, export.

No test reads ../shared or trains the real model; a run here is a few steps of a two-layer
model with a word-level tokenizer, seconds on a CPU.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("peft")
transformers = pytest.importorskip("transformers")

from summarize import training as T  # noqa: E402
from summarize.abstractive import method as abstractive_method  # noqa: E402
from summarize.training import cli as train_cli  # noqa: E402
from summarize.training import data as train_data  # noqa: E402
from summarize.training import model as train_model  # noqa: E402

CHAT_TEMPLATE = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n"
    "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
ARTICLES = [
    {
        "id": f"a{i}",
        "title": f"Firm {i} cuts jobs after profit falls",
        "text": (
            f"Firm {i} said on Monday it would cut {100 + i} jobs. "
            "Profits fell sharply in the last quarter. "
            "The company blamed weak demand in Europe. "
            "Unions said they would fight the cuts. "
            "Shares rose slightly after the news."
        ),
        "summary": (
            "Unions said they would fight the cuts.\n"
            f"Firm {i} said on Monday it would cut {100 + i} jobs.\n"
            "Profits fell sharply in the last quarter."
        ),
    }
    for i in range(6)
]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A two-layer Llama with a word-level tokenizer and a chat template, saved to disk."""
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    from summarize.abstractive.prompts import INSTRUCTIONS, SYSTEM

    folder = tmp_path_factory.mktemp("tiny-model")
    special = ["<unk>", "<pad>", "<|endoftext|>", "<|im_start|>", "<|im_end|>"]
    corpus = " ".join(
        [SYSTEM, *INSTRUCTIONS.values(), "Article: system user assistant"]
        + [a["text"] + " " + a["title"] for a in ARTICLES]
    )
    splitter = pre_tokenizers.Whitespace()
    words = sorted({w for w, _ in splitter.pre_tokenize_str(corpus)})
    vocab = {w: i for i, w in enumerate(special + words)}
    backend = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    backend.pre_tokenizer = splitter
    backend.add_special_tokens(special)
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=backend,
        unk_token="<unk>",
        pad_token="<pad>",
        eos_token="<|im_end|>",
        bos_token="<|endoftext|>",
    )
    tokenizer.chat_template = CHAT_TEMPLATE
    tokenizer.save_pretrained(folder)
    torch.manual_seed(0)
    config = LlamaConfig(
        vocab_size=len(vocab),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=512,
        pad_token_id=vocab["<pad>"],
        eos_token_id=vocab["<|im_end|>"],
        bos_token_id=vocab["<|endoftext|>"],
    )
    LlamaForCausalLM(config).save_pretrained(folder)
    return folder


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("data")
    path = folder / "train.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    return path


def config(model: Path, data: Path, out: Path, **changes: object) -> T.TrainConfig:
    settings: dict[str, object] = dict(
        train=str(data),
        dev=str(data),
        out=str(out),
        model=str(model),
        length="both",
        max_steps=4,
        grad_accum=2,
        warmup_steps=1,
        lr=1e-2,
        eval_every=2,
        save_every=2,
        dev_limit=2,
        lora_r=4,
        lora_alpha=8,
        progress=False,
    )
    settings.update(changes)
    return T.TrainConfig(**settings)  # type: ignore[arg-type]


def word_overlap(predictions: list[str], references: list[str]) -> float:
    found = [
        len(set(p.split()) & set(r.split())) / max(1, len(set(r.split())))
        for p, r in zip(predictions, references, strict=True)
    ]
    return 100 * sum(found) / len(found)


def adapter_weights(folder: Path) -> dict:
    from safetensors.torch import load_file

    return load_file(str(folder / "adapter_model.safetensors"))


# -- targets and inputs ------------------------------------------------------------------------


def test_paragraph_target_article_order_whole_sentences_in_budget() -> None:
    text = "One two three. Four five six seven. Eight nine. Ten eleven twelve."
    reference = "Ten eleven twelve.\nOne two three.\nEight nine."
    assert (
        train_data.paragraph_target(text, reference)
        == "One two three. Eight nine. Ten eleven twelve."
    )
    assert train_data.paragraph_target(text, reference, max_words=6) == "One two three. Eight nine."
    assert train_data.paragraph_target(text, reference, max_sentences=1) == "One two three."


def test_paragraph_target_prefers_what_the_model_sees() -> None:
    text = "Alpha beta. Gamma delta. Epsilon zeta."
    reference = "Alpha beta.\nEpsilon zeta."
    assert train_data.paragraph_target(text, reference, visible="Epsilon zeta.") == "Epsilon zeta."
    # nothing visible: the reference as a whole, still in article order
    assert train_data.paragraph_target(text, reference, visible="x") == "Alpha beta. Epsilon zeta."


def test_examples_are_the_prompts_the_method_builds(tiny_model: Path, data: Path, tmp_path) -> None:
    from summarize import Budget, Document

    cfg = config(tiny_model, data, tmp_path / "run", max_input_tokens=40)
    method, _, _ = train_model.load_base(cfg)
    examples = train_data.build_examples(method, ARTICLES[:2], cfg)
    assert [(e.id, e.kind) for e in examples] == [
        ("a0", "headline"),
        ("a0", "paragraph"),
        ("a1", "headline"),
        ("a1", "paragraph"),
    ]
    doc = Document.from_clean_text(ARTICLES[0]["text"])
    assert examples[0].prompt == method.preprocess(doc, Budget("headline")).prompt
    assert examples[0].target == ARTICLES[0]["title"]
    # a 40-token budget: extract-then-abstract left sentences out, the target keeps to the rest
    assert len(method.preprocess(doc, Budget("paragraph")).indices) < len(doc.sentences)
    assert "cut 100 jobs" in examples[1].target or "Profits" in examples[1].target


# -- the loop ----------------------------------------------------------------------------------


def test_train_writes_checkpoints_scores_dev_and_keeps_best(
    tiny_model: Path, data: Path, tmp_path: Path
) -> None:
    calls: list[int] = []

    def score(predictions, references):
        calls.append(len(predictions))
        return word_overlap(list(predictions), list(references))

    result = T.train(config(tiny_model, data, tmp_path / "run"), score=score)
    assert result.step == 4 and result.stopped == "max-steps"
    assert [h["step"] for h in result.history] == [2, 4]
    assert calls == [2, 2, 2, 2]  # headline and paragraph, two dev records, two rounds
    for name in ("checkpoint-last", "best"):
        folder = tmp_path / "run" / name
        for file in ("adapter_config.json", "adapter_model.safetensors", T.STATE, T.META):
            assert (folder / file).is_file(), (name, file)
    meta = json.loads((tmp_path / "run" / "best" / T.META).read_text())
    assert meta["step"] == result.best_step
    assert (
        len(json.loads((tmp_path / "run" / "checkpoint-last" / T.META).read_text())["losses"]) == 4
    )
    with pytest.raises(FileExistsError):  # no silent overwrite of a run
        T.train(config(tiny_model, data, tmp_path / "run"), score=score)


def test_loss_falls(tiny_model: Path, data: Path, tmp_path: Path) -> None:
    cfg = config(tiny_model, data, tmp_path / "run", max_steps=12, eval_every=0, dev=None)
    T.train(cfg)
    losses = json.loads((tmp_path / "run" / "checkpoint-last" / T.META).read_text())["losses"]
    assert sum(losses[-3:]) < sum(losses[:3])


def test_resume_after_interruption_gives_the_same_weights(
    tiny_model: Path, data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    straight = config(tiny_model, data, tmp_path / "straight", eval_every=0, dev=None)
    T.train(straight)

    real = train_model.loss_on_target
    calls = {"n": 0}

    def interrupt_mid_step(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 6:  # step 3, second example: a half-done step
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(train_model, "loss_on_target", interrupt_mid_step)
    cut = config(tiny_model, data, tmp_path / "cut", eval_every=0, dev=None, save_every=0)
    first = T.train(cut)
    assert first.stopped == "interrupted" and first.step == 2
    state = json.loads((tmp_path / "cut" / "checkpoint-last" / T.META).read_text())
    assert state["cursor"] == 4  # the half-done step's example comes again
    monkeypatch.setattr(train_model, "loss_on_target", real)
    second = T.train(cut, resume=True)
    assert second.step == 4 and second.stopped == "max-steps"
    a = adapter_weights(tmp_path / "straight" / "checkpoint-last")
    b = adapter_weights(tmp_path / "cut" / "checkpoint-last")
    assert a.keys() == b.keys()
    for key in a:
        torch.testing.assert_close(a[key], b[key], rtol=1e-5, atol=1e-6)


def test_a_checkpoint_keeps_the_gpus_random_state(
    tiny_model: Path, data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dropout on a GPU draws from the GPU's generator: a resumed run needs it back (seen on
    an H200, where the resumed weights differed). torch's CUDA calls are replaced here."""
    gpu = {"state": [torch.tensor([7], dtype=torch.uint8)], "set": None}
    monkeypatch.setattr(torch.cuda, "is_initialized", lambda: True)
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "get_rng_state_all", lambda: gpu["state"])
    monkeypatch.setattr(torch.cuda, "set_rng_state_all", lambda s: gpu.update(set=s))
    monkeypatch.setattr(abstractive_method, "resolve_device", lambda device: "cpu")
    cfg = config(tiny_model, data, tmp_path / "run", eval_every=0, dev=None, max_steps=2)
    T.train(cfg)
    gpu["state"] = [torch.tensor([9], dtype=torch.uint8)]  # the generator moved on
    T.train(config(tiny_model, data, tmp_path / "run", eval_every=0, dev=None), resume=True)
    assert gpu["set"] is not None and gpu["set"][0].tolist() == [7]


def test_max_minutes_stops_cleanly_with_a_checkpoint(
    tiny_model: Path, data: Path, tmp_path: Path
) -> None:
    cfg = config(tiny_model, data, tmp_path / "run", max_minutes=1e-6, dev=None)
    result = T.train(cfg)
    assert result.stopped == "max-minutes" and result.step == 0
    assert (tmp_path / "run" / "checkpoint-last" / T.META).is_file()


def test_full_fine_tuning(tiny_model: Path, data: Path, tmp_path: Path) -> None:
    cfg = config(tiny_model, data, tmp_path / "run", full=True, max_steps=2, dev=None)
    result = T.train(cfg)
    assert result.step == 2
    assert (tmp_path / "run" / "checkpoint-last" / "model.safetensors").is_file()
    resumed = T.train(
        config(tiny_model, data, tmp_path / "run", full=True, max_steps=3, dev=None), resume=True
    )
    assert resumed.step == 3 and resumed.stopped == "max-steps"
    state = json.loads((tmp_path / "run" / "checkpoint-last" / T.META).read_text())
    assert state["step"] == 3 and len(state["losses"]) == 3


def test_init_adapter_starts_from_its_weights_rank_and_layers(
    tiny_model: Path, data: Path, tmp_path: Path
) -> None:
    T.train(config(tiny_model, data, tmp_path / "first", max_steps=2, dev=None, lora_r=4))
    start = T.export_adapter(tmp_path / "first" / "best", tmp_path / "adapter")
    cfg = config(
        tiny_model, data, tmp_path / "second", dev=None, lora_r=2, max_minutes=1e-6,
        init_adapter=str(start),
    )  # fmt: skip
    assert T.train(cfg).step == 0
    before, after = adapter_weights(start), adapter_weights(tmp_path / "second" / "checkpoint-last")
    assert before.keys() == after.keys()
    for key in before:
        torch.testing.assert_close(after[key].float(), before[key].float(), rtol=1e-3, atol=1e-3)
    state = json.loads((tmp_path / "second" / "checkpoint-last" / T.META).read_text())
    assert state["config"]["lora_r"] == 4  # the adapter's rank, not the flag's


def test_resume_refuses_a_checkpoint_that_does_not_fit(
    tiny_model: Path, data: Path, tmp_path: Path
) -> None:
    T.train(config(tiny_model, data, tmp_path / "run", max_steps=1, dev=None))
    with pytest.raises(ValueError, match="no model.safetensors"):  # LoRA weights, --full run
        T.train(
            config(tiny_model, data, tmp_path / "run", full=True, max_steps=2, dev=None),
            resume=True,
        )
    with pytest.raises(ValueError, match="examples"):  # other data: the position means nothing
        T.train(
            config(tiny_model, data, tmp_path / "run", max_steps=2, dev=None, limit=1),
            resume=True,
        )


# -- shipping and the command ------------------------------------------------------------------


def test_exported_adapter_is_half_precision_and_loads_in_the_method(
    tiny_model: Path, data: Path, tmp_path: Path
) -> None:
    from summarize import Budget, Document
    from summarize.abstractive.method import AbstractiveMethod

    cfg = config(tiny_model, data, tmp_path / "run", max_steps=2, dev=None, max_input_tokens=200)
    T.train(cfg)
    dest = T.export_adapter(tmp_path / "run" / "best", tmp_path / "adapter")
    weights = adapter_weights(dest)
    assert weights and all(w.dtype == torch.float16 for w in weights.values())
    assert not (dest / T.STATE).exists()
    assert json.loads((dest / T.META).read_text())["config"]["lora_r"] == 4
    method = AbstractiveMethod(str(tiny_model), adapter=str(dest), candidates=1)
    summary = method.summarize(Document.from_clean_text(ARTICLES[0]["text"]), Budget("headline"))
    assert summary.details["adapter"] == str(dest)
    assert method.max_input_tokens == 200  # inference reads what training read
    off = AbstractiveMethod(str(tiny_model), adapter=str(dest), use_adapter=False, candidates=1)
    assert off.backend.options.adapter is None and off.max_input_tokens != 200


def test_shipped_adapter_only_for_the_offline_default_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from summarize import adapters

    shipped = Path(adapters.resolve("news"))
    assert (shipped / "adapter_model.safetensors").stat().st_size < 8_000_000
    assert adapters.input_tokens(shipped) == 640
    assert adapters.resolve("/some/folder") == "/some/folder"
    monkeypatch.setattr(adapters, "ON_BY_DEFAULT", True)
    assert adapters.default_for("offline-default") == str(shipped)
    assert adapters.default_for("local") is None and adapters.default_for("hub") is None
    monkeypatch.setattr(adapters, "ON_BY_DEFAULT", False)
    assert adapters.default_for("offline-default") is None
    assert adapters.input_tokens(None) is None


def test_command_scores_dev_with_the_projects_rouge(
    tiny_model: Path, data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("eval.rouge")
    argv = ["--train", str(data), "--dev", str(data), "--model", str(tiny_model),
            "--out", str(tmp_path / "run"), "--length", "headline", "--max-steps", "2",
            "--grad-accum", "1", "--eval-every", "1", "--dev-limit", "2", "--no-progress",
            "--export", str(tmp_path / "adapter")]  # fmt: skip
    assert train_cli.main(argv) == 0
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert result["step"] == 2 and result["best_score"] is not None
    assert (tmp_path / "adapter" / "adapter_model.safetensors").is_file()


def test_summarize_does_not_import_eval_at_module_level() -> None:
    code = "import sys, summarize.training.cli, summarize.__main__; print('eval' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_sigterm_stops_a_background_run_with_a_checkpoint(
    tiny_model: Path, data: Path, tmp_path: Path
) -> None:
    import signal
    import time

    out = tmp_path / "run"
    argv = [sys.executable, "-m", "summarize", "train", "--train", str(data), "--model",
            str(tiny_model), "--out", str(out), "--length", "headline", "--max-steps", "100000",
            "--grad-accum", "1", "--save-every", "1", "--no-progress"]  # fmt: skip
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 240
        while not (out / "checkpoint-last" / T.META).exists():
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.2)
        process.send_signal(signal.SIGTERM)
        stdout, stderr = process.communicate(timeout=120)
    finally:
        process.kill()
    assert process.returncode == 130, stderr
    assert json.loads(stdout.strip().splitlines()[-1])["stopped"] == "interrupted"
    state = json.loads((out / "checkpoint-last" / T.META).read_text())
    assert state["step"] >= 1 and state["cursor"] == state["step"]
