"""``summarize train``: flags to a TrainConfig, the project's ROUGE as the dev scorer, a clean
stop on SIGTERM or Ctrl-C, the adapter exported.

This is the one place ``summarize`` reaches ``eval``: the command imports ``eval.rouge``
lazily and hands the trainer a callable; the trainer itself never imports it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from typing import Any

from ..budget import LENGTHS
from .checkpoint import export_adapter
from .config import Scorer, TrainConfig
from .trainer import train


def rouge1_scorer() -> Scorer:
    """ROUGE-1 F1 x 100 from the project's evaluation module."""
    from eval.rouge import Rouge

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
    p.add_argument("--length", choices=LENGTHS, default=d.length)
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
    p.add_argument(
        "--init-adapter",
        metavar="DIR",
        help="continue from this LoRA adapter (its rank and layers; the --lora-* flags are "
        "unused); give it again with --resume",
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
    with _quiet():
        result = train(config, score=score, resume=args.resume)
    if args.export:
        if config.full:
            print(
                "summarize train: --export copies adapters; --full saved a model", file=sys.stderr
            )
        else:
            from ..abstractive import DEFAULT_MODEL_ID

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
