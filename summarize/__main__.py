"""The ``summarize`` command: one file, stdin, or JSONL batches; errors are one line.

Each summary is printed as soon as it is ready: the extractive methods first (milliseconds),
then the model's, with a progress line on stderr before each slow step.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from . import registry, verdict
from .api import Summarizer
from .arguments import build_parser
from .batch import (
    BatchSettings,
    is_output_dir,
    open_output,
    resolve_inputs,
    run_local,
)
from .budget import kinds
from .errors import SummarizeError
from .summary import Summary


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["train"]:
        from .training.cli import main as train_main

        return train_main(argv[1:])
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except SummarizeError as err:
        print(f"summarize: error: {err}{_model_hint(args, err)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("summarize: interrupted", file=sys.stderr)
        return 130
    except OSError as err:
        print(
            f"summarize: error: {err.strerror or err}: {err.filename or ''}".rstrip(": "),
            file=sys.stderr,
        )
        return 1


def _method_options(args: argparse.Namespace, methods: list[str]) -> dict[str, Any]:
    """Options for the methods; --model, --adapter, --no-adapter and --device go to the model
    only."""
    options: dict[str, Any] = {}
    if args.model:
        options["model"] = args.model
    if args.adapter:
        options["adapter"] = args.adapter
    if args.no_adapter:
        options["use_adapter"] = False
    if args.device:
        options["device"] = args.device
    if options and args.jsonl and any(registry.get(m).kind != "abstractive" for m in methods):
        raise SummarizeError(
            "--model/--adapter/--no-adapter/--device with --jsonl need abstractive methods only"
        )
    return options


def model_choice(args: argparse.Namespace) -> tuple[str, str]:
    """The model and adapter an abstractive method would use with these options, in words."""
    from . import adapters
    from .abstractive import ADAPTER_VARIABLE, DEFAULT_MODEL_ID, MODEL_VARIABLE

    model = args.model or os.environ.get(MODEL_VARIABLE) or ""
    chosen = os.environ.get(ADAPTER_VARIABLE, "").strip()
    if args.no_adapter or (not args.adapter and chosen.lower() in ("none", "off", "0")):
        adapter = None
    else:
        adapter = args.adapter or chosen or adapters.default_for("" if model else "offline-default")
    named = {str(path): name for name, path in adapters.NAMES.items()}
    adapter_text = "none" if not adapter else named.get(adapter, adapter)
    return model or f"{DEFAULT_MODEL_ID} (offline)", adapter_text


def _model_hint(args: argparse.Namespace, err: SummarizeError) -> str:
    """The model named by $SUMMARIZE_MODEL failed: say so, the user never typed it."""
    from .abstractive import MODEL_VARIABLE

    value = os.environ.get(MODEL_VARIABLE)
    if not value or args.model or value not in str(err):
        return ""
    return f" (the model comes from ${MODEL_VARIABLE}={value}; unset it for the offline default)"


def _progress(args: argparse.Namespace, message: str) -> None:
    if not args.no_progress:
        print(f"summarize: {message}", file=sys.stderr, flush=True)


def _run(args: argparse.Namespace) -> int:
    if args.list_methods:
        model, adapter = model_choice(args)
        for info in registry.list_methods():
            print(f"{info.name:<12} {info.kind:<12} {info.description}")
            if info.kind == "abstractive":
                print(f"{'':<25} model: {model}; adapter: {adapter}")
        return 0
    if not args.file:
        raise SummarizeError("no input: give a FILE or - for stdin (see --help)")
    methods = [m.strip() for m in args.method.split(",") if m.strip()]
    if not methods:
        raise SummarizeError(f"no method named in -m {args.method!r}; see --list-methods")
    for name in methods:
        registry.get(name)  # unknown names fail before any work
    lengths = kinds(args.length)
    if args.jsonl:
        return _run_batch(args, methods, lengths)
    if args.engine != "local" or args.address:
        raise SummarizeError("--engine ray and --address work on JSONL batches: add --jsonl")
    options = _method_options(args, methods)
    # the fast methods first, so their summaries show while the model loads
    ordered = sorted(methods, key=lambda m: registry.get(m).kind == "abstractive")
    limits = {
        "max_words": args.max_words,
        "max_chars": args.max_chars,
        "max_sentences": args.max_sentences,
    }
    with open_output(args.output) as out:
        data = _read_input(args.file)
        results: list[Summary] = []
        for name in ordered:
            slow = registry.get(name).kind == "abstractive"
            if slow:
                _progress(args, f"{name}: loading the model...")
            started = time.perf_counter()
            summarizer = Summarizer(
                name,
                language=args.language,
                max_chars=args.input_limit,
                **(options if slow else {}),
            )
            if slow:
                _progress(args, f"{name}: model loaded in {time.perf_counter() - started:.1f} s")
            for length in lengths:
                if slow:
                    _progress(args, f"{name}: writing the {length}...")
                summary = summarizer.summarize(data, length, **limits)
                results.append(summary)
                if args.format == "text":
                    label = f"[{name} {length}] " if len(methods) * len(lengths) > 1 else ""
                    out.write(f"{label}{summary.text}\n")
                    out.writelines(f"  {line}\n" for line in verdict_lines(summary))
                    out.flush()
                    for warning in summary.warnings:
                        print(f"summarize: warning: {warning}", file=sys.stderr, flush=True)
        if args.format == "json":
            payload = [summary.to_dict() for summary in results]
            out.write(
                json.dumps(
                    payload if len(payload) > 1 else payload[0], indent=2, ensure_ascii=False
                )
                + "\n"
            )
    return 0


def _run_batch(args: argparse.Namespace, methods: list[str], lengths: Sequence[str]) -> int:
    """A JSONL batch on either engine; malformed lines are reported, then exit status 2."""
    settings = BatchSettings(
        methods=tuple(methods),
        lengths=tuple(lengths),
        max_words=args.max_words,
        max_chars=args.max_chars,
        max_sentences=args.max_sentences,
        language=args.language,
        input_limit=args.input_limit,
        text_field=args.text_field,
        options=_method_options(args, methods),
    )
    inputs = resolve_inputs(args.file)
    if args.engine == "ray":
        if not args.output or "-" in inputs:
            raise SummarizeError("--engine ray reads files and writes shards: give -o FOLDER")
        from .ray_engine import run_ray

        result = run_ray(
            inputs,
            settings,
            args.output,
            address=args.address,
            workers=args.workers,
            num_gpus=args.num_gpus,
            batch_size=args.batch_size,
            resume=args.resume,
        )
    elif args.address:
        raise SummarizeError("--address needs --engine ray")
    else:
        if any(registry.get(m).kind == "abstractive" for m in methods):
            _progress(args, "loading the model...")
        result = run_local(
            inputs, settings, args.output, resume=args.resume, progress=not args.no_progress
        )
    if args.engine == "ray" or is_output_dir(args.output):
        print(
            f"summarize: wrote {result.rows:,} rows to {args.output}"
            + (f" ({result.skipped:,} already there)" if result.skipped else ""),
            file=sys.stderr,
        )
    for problem in result.problems[:20]:
        print(f"summarize: warning: {problem}", file=sys.stderr)
    if result.malformed:
        print(
            f"summarize: error: {result.malformed:,} malformed input lines; each has a row "
            "with its source (file:line) and error",
            file=sys.stderr,
        )
        return 2
    return 0


def verdict_lines(summary: Summary) -> list[str]:
    """What a reader of a model's summary must not miss, below it: that it is not the model's
    own text (and why), and each published sentence the article does not clearly support."""
    lines = []
    note = verdict.fallback_note(summary)
    if note:
        lines.append(f"not the model's own text: {note}")
    for check in verdict.doubtful(summary):
        text = " ".join(check.text.split())
        lines.append(f"doubtful: “{text}” ({verdict.sentence_note(check, limit=120)})")
    return lines


def _read_input(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    file = Path(path)
    if file.is_dir():
        raise SummarizeError(f"{path} is a directory, not a file")
    if not file.exists():
        raise SummarizeError(f"no such file: {path}")
    return file.read_bytes()


def cli() -> NoReturn:
    """The ``summarize`` command. With a model loaded it leaves without tearing the
    interpreter down: freeing torch's and transformers' objects one by one at exit took
    longer than loading the model (docs/model.md). Output is flushed first; nothing of ours
    needs an exit handler, and Ray's (which stops its workers) always runs."""
    code = main()
    if "torch" in sys.modules and "ray" not in sys.modules:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError):  # a closed pipe: the exit code still tells
                stream.flush()
        os._exit(code)
    sys.exit(code)


if __name__ == "__main__":
    cli()
