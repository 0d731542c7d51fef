"""Fine-tuning the abstractive model for news headlines and paragraphs (LoRA by default).

Training examples are what the model reads at inference: ``AbstractiveMethod.preprocess``
builds each prompt (extract-then-abstract within a token budget, through ``prompts``), and
the loss is taken on the target tokens only. Targets: the title for a headline; for a
paragraph the reference sentences put back in article order and trimmed to whole sentences
within the paragraph Budget, preferring those the model can see, so it learns the output it
must produce rather than facts it was never shown.

A CPU step costs seconds, so a run is planned in steps and minutes: checkpoints are written
every N steps and on a clean stop, ``--resume`` continues with the same data order, optimizer
and random state, and the best checkpoint on the dev file is kept.

Dev scoring is a callable (``Scorer``) handed in by the caller, so this module never imports
``eval``. The one exception to "summarize does not import eval" is :func:`main`, the
``summarize train`` command, which imports ``eval.rouge`` lazily inside the command for the
project's own ROUGE (and falls back to no dev scoring when ``eval`` is not installed).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import random
import shutil
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

Kind = Literal["headline", "paragraph"]
Scorer = Callable[[Sequence[str], Sequence[str]], float]
"""(predictions, references) -> a score to maximise (ROUGE-1 F1 x 100 in ``main``)."""

LORA_TARGETS = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")
STATE = "trainer_state.pt"
META = "training.json"


@dataclass
class TrainConfig:
    train: str
    out: str = "runs/train"
    dev: str | None = None
    length: Literal["headline", "paragraph", "both"] = "both"
    model: str | None = None
    full: bool = False
    lora_r: int = 8
    lora_alpha: int = 16
    lora_dropout: float = 0.05
    lora_top_layers: int = 0
    """Adapt only the top N layers (0: all): backward stops there, so a CPU step is cheaper."""
    lr: float = 3e-4
    weight_decay: float = 0.0
    warmup_steps: int = 10
    grad_accum: int = 4
    max_steps: int = 100
    max_minutes: float | None = None
    max_input_tokens: int = 320
    limit: int | None = None
    """Use only the first N training records (after the seeded shuffle)."""
    eval_every: int = 25
    save_every: int = 10
    dev_limit: int = 16
    seed: int = 0
    threads: int | None = None
    text_field: str = "text"
    headline_field: str = "title"
    paragraph_field: str = "summary"
    progress: bool = True

    @property
    def kinds(self) -> tuple[Kind, ...]:
        return ("headline", "paragraph") if self.length == "both" else (self.length,)


@dataclass(frozen=True)
class Example:
    id: str
    kind: Kind
    prompt: str
    target: str


@dataclass
class Result:
    out: Path
    step: int
    best_step: int | None
    best_score: float | None
    minutes: float
    stopped: str
    history: list[dict[str, Any]] = field(default_factory=list)


# -- data ------------------------------------------------------------------------------------


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    records = []
    with open(path, encoding="utf-8", newline="\n") as handle:  # \n only (see batch)
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except ValueError as err:
                raise ValueError(f"{path}:{number}: not JSON ({err})") from None
    return records


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
    from .budget import resolve
    from .document import Document

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


# -- the model -------------------------------------------------------------------------------


def load_base(config: TrainConfig) -> tuple[Any, Any, Any]:
    """The abstractive method (for prompts), and a fresh trainable copy of its model."""
    from transformers import AutoModelForCausalLM

    from .abstractive.method import AbstractiveMethod

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
    model = AutoModelForCausalLM.from_pretrained(method.source.path)
    return method, model, method.backend.tokenizer


def wrap_model(model: Any, config: TrainConfig) -> Any:
    """LoRA on every linear layer of the (top) decoder layers, or the whole model with --full."""
    if config.full:
        for param in model.parameters():
            param.requires_grad_(True)
        return model
    from peft import LoraConfig, get_peft_model

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


def encode(tokenizer: Any, example: Example, eos: str) -> tuple[Any, int]:
    """Token ids of prompt + target + end of turn, and how many trailing ids are the target."""
    import torch

    prompt = tokenizer(example.prompt, add_special_tokens=False)["input_ids"]
    target = tokenizer(example.target + eos, add_special_tokens=False)["input_ids"]
    return torch.tensor([prompt + target]), len(target)


def loss_on_target(model: Any, ids: Any, n_target: int) -> Any:
    """Cross-entropy on the target tokens only; logits are computed for those positions alone
    (the 49k-word output layer over the whole prompt would cost a fifth of the step)."""
    import torch.nn.functional as F

    out = model(input_ids=ids, logits_to_keep=n_target + 1, use_cache=False)
    logits = out.logits[0, :-1].float()
    return F.cross_entropy(logits, ids[0, -n_target:])


def end_of_turn(tokenizer: Any) -> str:
    for token in ("<|im_end|>", "<|eot_id|>"):
        if token in tokenizer.get_vocab():
            return token
    return tokenizer.eos_token or ""


# -- checkpoints -----------------------------------------------------------------------------


def save_checkpoint(
    folder: Path, model: Any, optimizer: Any, scheduler: Any, state: dict[str, Any]
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
            "rng": torch.get_rng_state(),
            "python_rng": random.getstate(),
        },
        tmp / STATE,
    )
    (tmp / META).write_text(json.dumps(state, indent=2) + "\n", encoding="utf-8")
    old = folder.with_name(folder.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if folder.exists():
        folder.rename(old)
    tmp.rename(folder)
    shutil.rmtree(old, ignore_errors=True)


def load_checkpoint(folder: Path, model: Any, optimizer: Any, scheduler: Any, full: bool) -> dict:
    import torch

    if full:
        from safetensors.torch import load_file

        model.load_state_dict(load_file(str(folder / "model.safetensors")), strict=False)
    else:
        from peft import set_peft_model_state_dict
        from safetensors.torch import load_file

        set_peft_model_state_dict(model, load_file(str(folder / "adapter_model.safetensors")))
    saved = torch.load(folder / STATE, weights_only=False)
    optimizer.load_state_dict(saved["optimizer"])
    scheduler.load_state_dict(saved["scheduler"])
    torch.set_rng_state(saved["rng"])
    random.setstate(saved["python_rng"])
    return json.loads((folder / META).read_text(encoding="utf-8"))


# -- dev scoring -----------------------------------------------------------------------------


def generate(model: Any, tokenizer: Any, method: Any, prompts: list[str], kind: Kind) -> list[str]:
    """Greedy outputs fitted as the method fits them (one line; whole sentences in budget)."""
    import torch

    from .abstractive.fit import fit_headline, fit_paragraph
    from .budget import resolve

    budget = resolve(kind)  # the preset's limits, as at inference
    eos = method.backend.eos_ids()
    new_tokens = method._max_new_tokens(budget)
    outputs = []
    model.eval()
    with torch.inference_mode():
        for prompt in prompts:
            ids = tokenizer(prompt, add_special_tokens=False, return_tensors="pt")["input_ids"]
            out = model.generate(
                input_ids=ids,
                attention_mask=torch.ones_like(ids),
                max_new_tokens=new_tokens,
                do_sample=False,
                eos_token_id=eos,
                pad_token_id=tokenizer.pad_token_id,
                repetition_penalty=method.repetition_penalty,
            )
            text = tokenizer.decode(out[0, ids.shape[1] :], skip_special_tokens=True).strip()
            if kind == "headline":
                text = fit_headline(text, budget)[0]
            else:
                text = fit_paragraph(text, budget, "english")[0]
            outputs.append(text)
    model.train()
    return outputs


def evaluate(
    model: Any, tokenizer: Any, method: Any, dev: list[tuple[Kind, str, str]], score: Scorer
) -> dict[str, float]:
    """The dev score per kind and their mean (what picks the best checkpoint)."""
    found: dict[str, float] = {}
    for kind in ("headline", "paragraph"):
        items = [(p, r) for k, p, r in dev if k == kind]
        if items:
            preds = generate(model, tokenizer, method, [p for p, _ in items], kind)  # type: ignore[arg-type]
            found[kind] = float(score(preds, [r for _, r in items]))
    found["score"] = sum(found.values()) / max(1, len(found))
    return found


# -- the loop --------------------------------------------------------------------------------


def schedule(optimizer: Any, warmup: int, total: int) -> Any:
    """Linear warm-up, then cosine decay to a tenth over the planned steps."""
    import torch

    def factor(step: int) -> float:
        if step < warmup:
            return (step + 1) / max(1, warmup)
        progress = min(1.0, (step - warmup) / max(1, total - warmup))
        return 0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * progress))

    return torch.optim.lr_scheduler.LambdaLR(optimizer, factor)


def order(n: int, seed: int, epoch: int) -> list[int]:
    """The example order of one epoch: a function of the seed, so a resumed run sees the same."""
    indices = list(range(n))
    random.Random(seed * 1_000_003 + epoch).shuffle(indices)
    return indices


def train(
    config: TrainConfig,
    *,
    score: Scorer | None = None,
    resume: bool = False,
    log: Callable[[str], None] | None = None,
) -> Result:
    """Run (or resume) a fine-tuning run; returns where it stopped and the best dev score."""
    import torch

    log = log or (lambda message: print(f"summarize train: {message}", file=sys.stderr))
    started = time.monotonic()
    out = Path(config.out)
    last, best = out / "checkpoint-last", out / "best"
    if config.threads:
        torch.set_num_threads(config.threads)
    if out.exists() and (last / META).exists() and not resume:
        raise FileExistsError(f"{out} holds a run; pass --resume to continue it or pick --out")
    random.seed(config.seed)
    torch.manual_seed(config.seed)

    method, model, tokenizer = load_base(config)
    records = read_jsonl(config.train)
    random.Random(config.seed).shuffle(records)
    if config.limit:
        records = records[: config.limit]
    log(f"preparing {len(records)} records x {', '.join(config.kinds)}")
    examples = build_examples(method, records, config)
    if not examples:
        raise ValueError(f"no training examples in {config.train}")
    dev: list[tuple[Kind, str, str]] = []
    if config.dev and score is not None:
        dev_records = read_jsonl(config.dev)[: config.dev_limit]
        for example, record in zip(
            build_examples(method, dev_records, config),
            [r for r in dev_records for _ in config.kinds],
            strict=False,
        ):
            dev.append((example.kind, example.prompt, references(record, example.kind, config)))
    model = wrap_model(model, config)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=config.lr, weight_decay=config.weight_decay)
    scheduler = schedule(optimizer, config.warmup_steps, config.max_steps)
    eos = end_of_turn(tokenizer)

    state: dict[str, Any] = {
        "step": 0,
        "cursor": 0,
        "best_step": None,
        "best_score": None,
        "history": [],
        "seconds": 0.0,
        "config": asdict(config),
        "examples": len(examples),
    }
    if resume and (last / META).exists():
        state = load_checkpoint(last, model, optimizer, scheduler, config.full)
        state["config"] = asdict(config)
        log(f"resumed at step {state['step']} from {last}")
    out.mkdir(parents=True, exist_ok=True)
    spent_before = float(state["seconds"])

    def elapsed() -> float:
        return spent_before + time.monotonic() - started

    def checkpoint() -> None:
        state["seconds"] = elapsed()
        save_checkpoint(last, model, optimizer, scheduler, state)

    def dev_round() -> None:
        if not dev or score is None:
            return
        found = evaluate(model, tokenizer, method, dev, score)
        entry = {"step": state["step"], **{k: round(v, 3) for k, v in found.items()}}
        state["history"].append(entry)
        log(f"dev at step {state['step']}: {entry}")
        if state["best_score"] is None or found["score"] > state["best_score"]:
            state["best_score"], state["best_step"] = found["score"], state["step"]
            save_checkpoint(best, model, optimizer, scheduler, state)

    deadline = config.max_minutes * 60 if config.max_minutes else None
    stopped = "max-steps"
    model.train()
    bar = _progress(config, state["step"])
    begun: tuple[int, Any, Any] | None = None
    shuffled: dict[int, list[int]] = {}

    def orders(epoch: int) -> list[int]:
        if epoch not in shuffled:
            shuffled.clear()
            shuffled[epoch] = order(len(examples), config.seed, epoch)
        return shuffled[epoch]

    try:
        while state["step"] < config.max_steps:
            if deadline is not None and elapsed() >= deadline:
                stopped = "max-minutes"
                break
            losses = []
            begun = (state["cursor"], torch.get_rng_state(), random.getstate())
            for _ in range(config.grad_accum):
                epoch, at = divmod(state["cursor"], len(examples))
                example = examples[orders(epoch)[at]]
                ids, n_target = encode(tokenizer, example, eos)
                loss = loss_on_target(model, ids, n_target)
                (loss / config.grad_accum).backward()
                losses.append(loss.item())
                state["cursor"] += 1
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            state["step"] += 1
            begun = None
            mean = sum(losses) / len(losses)
            state.setdefault("losses", []).append(round(mean, 4))
            bar.update(1)
            bar.set_postfix(loss=f"{mean:.3f}", refresh=False)
            step = state["step"]
            if config.eval_every and step % config.eval_every == 0:
                dev_round()
            if config.save_every and step % config.save_every == 0:
                checkpoint()
    except KeyboardInterrupt:
        # the unfinished step is dropped whole: its examples and random draws come again
        stopped = "interrupted"
        if begun is not None:
            state["cursor"] = begun[0]
            torch.set_rng_state(begun[1])
            random.setstate(begun[2])
        optimizer.zero_grad(set_to_none=True)
        log("interrupted; saving a checkpoint to resume from")
    finally:
        bar.close()
    if (
        stopped != "interrupted"
        and dev
        and (not state["history"] or state["history"][-1]["step"] != state["step"])
    ):
        dev_round()
    checkpoint()
    if not best.exists():  # no dev scoring: the last checkpoint is the best we know
        save_checkpoint(best, model, optimizer, scheduler, state)
    minutes = elapsed() / 60
    log(
        f"stopped ({stopped}) at step {state['step']} after {minutes:.1f} min; "
        f"best dev {state['best_score']} at step {state['best_step']}"
    )
    return Result(
        out,
        state["step"],
        state["best_step"],
        state["best_score"],
        minutes,
        stopped,
        state["history"],
    )


def _progress(config: TrainConfig, initial: int) -> Any:
    try:
        from tqdm.auto import tqdm
    except ImportError:  # pragma: no cover - tqdm comes with transformers
        return _NoBar()
    return tqdm(
        total=config.max_steps,
        initial=initial,
        disable=not config.progress,
        unit="step",
        desc="train",
        dynamic_ncols=True,
    )


class _NoBar:
    def update(self, n: int) -> None: ...
    def set_postfix(self, **kwargs: Any) -> None: ...
    def close(self) -> None: ...


# -- shipping --------------------------------------------------------------------------------


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


# -- the command -----------------------------------------------------------------------------


def rouge1_scorer() -> Scorer | None:
    """ROUGE-1 F1 x 100 from the project's evaluation module (imported here, lazily)."""
    try:
        from eval.rouge import Rouge
    except ImportError:
        return None
    rouge = Rouge()

    def rouge1(predictions: Sequence[str], refs: Sequence[str]) -> float:
        pairs = zip(predictions, refs, strict=True)
        scores = [rouge.score(r, p)["rouge1"].fmeasure for p, r in pairs]
        return 100 * sum(scores) / max(1, len(scores))

    return rouge1


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="summarize train",
        description="Fine-tune the abstractive model on (article, summary) JSONL: LoRA by "
        "default, checkpoints, --resume, dev ROUGE every N steps, best checkpoint kept.",
    )
    d = TrainConfig(train="")
    p.add_argument("--train", required=True, help="JSONL with the articles and references")
    p.add_argument("--dev", help="JSONL to score with ROUGE-1 every --eval-every steps")
    p.add_argument("--length", choices=("headline", "paragraph", "both"), default=d.length)
    p.add_argument("--out", default=d.out, help=f"run folder (default {d.out})")
    p.add_argument("--model", help="model directory or hub id (default: the offline SmolLM2)")
    p.add_argument("--full", action="store_true", help="full fine-tuning instead of LoRA")
    p.add_argument("--resume", action="store_true", help="continue the run in --out")
    p.add_argument("--lora-r", type=int, default=d.lora_r)
    p.add_argument("--lora-alpha", type=int, default=d.lora_alpha)
    p.add_argument("--lora-dropout", type=float, default=d.lora_dropout)
    p.add_argument(
        "--lora-top-layers",
        type=int,
        default=d.lora_top_layers,
        help="adapt only the top N decoder layers (0: all)",
    )
    p.add_argument("--lr", type=float, default=d.lr)
    p.add_argument("--warmup-steps", type=int, default=d.warmup_steps)
    p.add_argument(
        "--grad-accum", type=int, default=d.grad_accum, help="examples per optimizer step"
    )
    p.add_argument("--max-steps", type=int, default=d.max_steps)
    p.add_argument("--max-minutes", type=float, help="stop cleanly (with a checkpoint) after this")
    p.add_argument(
        "--max-input-tokens",
        type=int,
        default=d.max_input_tokens,
        help="prompt budget; longer articles go through extract-then-abstract",
    )
    p.add_argument("--limit", type=int, help="first N training records after the shuffle")
    p.add_argument("--eval-every", type=int, default=d.eval_every)
    p.add_argument("--save-every", type=int, default=d.save_every)
    p.add_argument("--dev-limit", type=int, default=d.dev_limit, help="dev records scored")
    p.add_argument("--seed", type=int, default=d.seed)
    p.add_argument("--threads", type=int, help="torch threads")
    p.add_argument("--text-field", default=d.text_field)
    p.add_argument("--headline-field", default=d.headline_field)
    p.add_argument("--paragraph-field", default=d.paragraph_field)
    p.add_argument("--export", metavar="DIR", help="copy the best adapter here when done")
    p.add_argument("--no-progress", action="store_true")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    fields = {f for f in TrainConfig.__dataclass_fields__}
    values = {k: v for k, v in vars(args).items() if k in fields and v is not None}
    config = TrainConfig(**values, progress=not args.no_progress)
    _stop_on_signals()
    score = rouge1_scorer() if args.dev else None
    if args.dev and score is None:
        print("summarize train: eval is not importable; no dev scoring", file=sys.stderr)
    with _quiet():
        result = train(config, score=score, resume=args.resume)
    if args.export:
        if config.full:
            print(
                "summarize train: --export copies adapters; --full saved a model", file=sys.stderr
            )
        else:
            from .abstractive import DEFAULT_MODEL_ID

            base = DEFAULT_MODEL_ID if config.model is None else None
            dest = export_adapter(result.out / "best", args.export, base=base)
            print(f"summarize train: adapter exported to {dest}", file=sys.stderr)
    print(json.dumps({k: v for k, v in asdict(result).items() if k != "history"}, default=str))
    return 0 if result.stopped != "interrupted" else 130


def _stop_on_signals() -> None:
    """SIGTERM and SIGINT end a run cleanly with a checkpoint. A run started with ``nohup ... &``
    ignores SIGINT unless told otherwise, so ``kill -INT`` and ``kill`` both work here."""
    import signal

    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, interrupt)


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield
