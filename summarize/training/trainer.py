"""The training loop as a ``Trainer``: ``step``, ``dev_round``, ``save`` and ``resume`` over one
typed ``TrainState``; ``train`` runs it until a limit or a stop.

Dev summaries are the method's own (``AbstractiveMethod.summarize_batch``: its prompt, its
``Backend.generate``, its fitting to the budget), written with the weights being trained, so
the dev score is what the shipped method would get.
"""

from __future__ import annotations

import contextlib
import random
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ..budget import resolve
from ..document import Document
from ..jsonl import read_jsonl
from . import model as _model
from .checkpoint import load_checkpoint, random_state, save_checkpoint, set_random_state
from .config import META, Kind, Result, Scorer, TrainConfig, TrainState
from .data import build_examples, encode, end_of_turn, order, references

Log = Callable[[str], None]


class Trainer:
    """One run: the model, its optimizer and schedule, the data, and the state that is saved."""

    def __init__(self, config: TrainConfig, *, score: Scorer | None = None, log: Log) -> None:
        import torch

        self.config, self.score, self.log = config, score, log
        self.out = Path(config.out)
        self.last, self.best = self.out / "checkpoint-last", self.out / "best"
        random.seed(config.seed)
        torch.manual_seed(config.seed)
        self.method, model, self.tokenizer = _model.load_base(config)
        records = [row for _, row in read_jsonl(config.train)]
        random.Random(config.seed).shuffle(records)
        if config.limit:
            records = records[: config.limit]
        log(f"preparing {len(records)} records x {', '.join(config.kinds)}")
        self.examples = build_examples(self.method, records, config)
        if not self.examples:
            raise ValueError(f"no training examples in {config.train}")
        self.dev: list[tuple[Kind, Document, str]] = []
        if config.dev and score is not None:
            for record in [row for _, row in read_jsonl(config.dev)][: config.dev_limit]:
                text = record.get(config.text_field) or ""
                if text.strip():
                    doc = Document.from_clean_text(text)
                    for kind in config.kinds:
                        self.dev.append((kind, doc, references(record, kind, config)))
        self.model = _model.wrap_model(model, config)
        self.params = [p for p in self.model.parameters() if p.requires_grad]
        self.optimizer = torch.optim.AdamW(
            self.params, lr=config.lr, weight_decay=config.weight_decay
        )
        self.scheduler = _model.schedule(self.optimizer, config.warmup_steps, config.max_steps)
        self.eos = end_of_turn(self.tokenizer)
        self.state = TrainState(examples=len(self.examples), config=asdict(config))
        self._started = time.monotonic()
        self._spent_before = 0.0
        self._epoch: tuple[int, list[int]] = (-1, [])

    def elapsed(self) -> float:
        return self._spent_before + time.monotonic() - self._started

    def resume(self) -> None:
        """Continue from ``checkpoint-last``: weights, optimizer, schedule, random state, data
        position. Raises ValueError when the checkpoint was planned over other data."""
        state = load_checkpoint(
            self.last, self.model, self.optimizer, self.scheduler, self.config.full
        )
        if state.examples != len(self.examples):
            raise ValueError(
                f"{self.last} was trained on {state.examples} examples, this run has "
                f"{len(self.examples)}: the data or --limit/--length changed"
            )
        state.config = asdict(self.config)
        self.state, self._spent_before = state, state.seconds
        self._started = time.monotonic()
        self.log(f"resumed at step {state.step} from {self.last}")

    def save(self, folder: Path | None = None) -> None:
        self.state.seconds = self.elapsed()
        save_checkpoint(folder or self.last, self.model, self.optimizer, self.scheduler, self.state)

    def _example(self, cursor: int) -> Any:
        epoch, at = divmod(cursor, len(self.examples))
        if self._epoch[0] != epoch:
            self._epoch = (epoch, order(len(self.examples), self.config.seed, epoch))
        return self.examples[self._epoch[1][at]]

    def step(self) -> float:
        """One optimizer step over ``grad_accum`` examples; its mean loss. Interrupted half-way,
        it leaves the state as it was before the step (the same examples and draws come
        again), and re-raises."""
        import torch

        begun = random_state()
        cursor = self.state.cursor
        losses = []
        try:
            for _ in range(self.config.grad_accum):
                ids, n_target = encode(self.tokenizer, self._example(cursor), self.eos)
                ids = ids.to(self.method.backend.device)
                loss = _model.loss_on_target(self.model, ids, n_target)
                (loss / self.config.grad_accum).backward()
                losses.append(loss.item())
                cursor += 1
            torch.nn.utils.clip_grad_norm_(self.params, 1.0)
            self.optimizer.step()
            self.scheduler.step()
        except BaseException:
            set_random_state(begun)
            self.optimizer.zero_grad(set_to_none=True)
            raise
        self.optimizer.zero_grad(set_to_none=True)
        # the step and the examples it consumed are recorded together, after the update: an
        # interrupt anywhere before leaves a checkpoint whose cursor matches its step
        self.state.step, self.state.cursor = self.state.step + 1, cursor
        mean = sum(losses) / len(losses)
        self.state.losses.append(round(mean, 4))
        return mean

    def dev_round(self) -> dict[str, float] | None:
        """Score the dev records per length and their mean; a new best is saved to ``best``."""
        if not self.dev or self.score is None:
            return None
        found: dict[str, float] = {}
        with self._generating():
            for kind in ("headline", "paragraph"):
                items = [(doc, ref) for k, doc, ref in self.dev if k == kind]
                if items:
                    summaries = self.method.summarize_batch([d for d, _ in items], resolve(kind))
                    preds = [s.text for s in summaries]
                    found[kind] = float(self.score(preds, [r for _, r in items]))
        found["score"] = sum(found.values()) / max(1, len(found))
        entry = {"step": self.state.step, **{k: round(v, 3) for k, v in found.items()}}
        self.state.history.append(entry)
        self.log(f"dev at step {self.state.step}: {entry}")
        if self.state.best_score is None or found["score"] > self.state.best_score:
            self.state.best_score, self.state.best_step = found["score"], self.state.step
            self.save(self.best)
        return found

    @contextlib.contextmanager
    def _generating(self) -> Iterator[None]:
        """The method's backend writes with the weights being trained, in eval mode."""
        backend = self.method.backend
        kept = backend.model
        backend.model = self.model
        self.model.eval()
        try:
            yield
        finally:
            backend.model = kept
            self.model.train()


def train(
    config: TrainConfig,
    *,
    score: Scorer | None = None,
    resume: bool = False,
    log: Log | None = None,
) -> Result:
    """Run (or resume) a fine-tuning run; returns where it stopped and the best dev score."""
    import torch
    from tqdm.auto import tqdm

    log = log or (lambda message: print(f"summarize train: {message}", file=sys.stderr))
    out = Path(config.out)
    if config.threads:
        torch.set_num_threads(config.threads)
    if (out / "checkpoint-last" / META).exists() and not resume:
        raise FileExistsError(f"{out} holds a run; pass --resume to continue it or pick --out")
    trainer = Trainer(config, score=score, log=log)
    if resume and (trainer.last / META).exists():
        trainer.resume()
    out.mkdir(parents=True, exist_ok=True)
    state = trainer.state
    deadline = config.max_minutes * 60 if config.max_minutes else None
    stopped = "max-steps"
    trainer.model.train()
    bar = tqdm(
        total=config.max_steps,
        initial=state.step,
        disable=not config.progress,
        unit="step",
        desc="train",
        dynamic_ncols=True,
    )
    try:
        while state.step < config.max_steps:
            if deadline is not None and trainer.elapsed() >= deadline:
                stopped = "max-minutes"
                break
            loss = trainer.step()
            bar.update(1)
            bar.set_postfix(loss=f"{loss:.3f}", refresh=False)
            if config.eval_every and state.step % config.eval_every == 0:
                trainer.dev_round()
            if config.save_every and state.step % config.save_every == 0:
                trainer.save()
    except KeyboardInterrupt:
        stopped = "interrupted"
        log("interrupted; saving a checkpoint to resume from")
    finally:
        bar.close()
    if stopped != "interrupted" and (not state.history or state.history[-1]["step"] != state.step):
        trainer.dev_round()
    trainer.save()
    if not trainer.best.exists():  # no dev scoring: the last checkpoint is the best we know
        trainer.save(trainer.best)
    minutes = trainer.elapsed() / 60
    best = "none" if state.best_score is None else f"{state.best_score:.2f}"
    log(f"stopped ({stopped}) at step {state.step} after {minutes:.1f} min; best dev {best}")
    return Result(
        out, state.step, state.best_step, state.best_score, minutes, stopped, state.history
    )
