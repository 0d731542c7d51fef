"""The ``summarize`` command: one file, stdin, or JSONL batches; errors are one line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import registry
from .api import Summarizer
from .batch import BatchSettings, is_output_dir, open_output, resolve_inputs, run_local
from .budget import PRESETS
from .document import MAX_CHARS
from .errors import SummarizeError

LENGTHS = (*PRESETS, "both")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="summarize",
        description="Headline- and paragraph-length summaries of articles (text or HTML).",
        epilog="Training a model: summarize train --help",
    )
    parser.add_argument("file", nargs="?", help="text/HTML file, or - for stdin")
    parser.add_argument(
        "-m",
        "--method",
        default=registry.DEFAULT_METHOD,
        help=f"method name, or several separated by commas (default {registry.DEFAULT_METHOD})",
    )
    parser.add_argument("-l", "--length", choices=LENGTHS, default="both")
    parser.add_argument("--max-words", type=int, help="override the length's word limit")
    parser.add_argument("--max-chars", type=int, help="override the length's character limit")
    parser.add_argument("--max-sentences", type=int, help="override the sentence limit")
    parser.add_argument("--language", default="english", help="Punkt language (default english)")
    parser.add_argument(
        "--input-limit",
        type=int,
        default=MAX_CHARS,
        help=f"largest input in characters (default {MAX_CHARS:,})",
    )
    parser.add_argument("-f", "--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help="FILE is JSONL, one article per line (or a folder or glob of .jsonl files); "
        "writes JSONL",
    )
    parser.add_argument("--text-field", default="text", help="JSONL field with the article")
    parser.add_argument(
        "-o",
        "--output",
        help="write here instead of stdout; a folder (ending in / or existing) gets shards",
    )
    batch = parser.add_argument_group("batches (--jsonl)")
    batch.add_argument(
        "--engine",
        choices=("local", "ray"),
        default="local",
        help="local: this process (default); ray: Ray Data actors, writes shards to -o FOLDER",
    )
    batch.add_argument(
        "--address", help="an existing Ray cluster (auto, ray://HOST:10001); default: start one"
    )
    batch.add_argument("--workers", type=int, help="Ray actors (default: one per CPU, or GPU)")
    batch.add_argument(
        "--num-gpus", type=float, help="GPUs per Ray actor (default: 1 for the model on GPUs)"
    )
    batch.add_argument("--batch-size", type=int, default=16, help="articles per Ray batch")
    batch.add_argument(
        "--resume", action="store_true", help="skip articles the output folder already holds"
    )
    parser.add_argument(
        "--adapter",
        help="abstractive: a fine-tuned adapter, a folder or a shipped name (news)",
    )
    parser.add_argument(
        "--no-adapter",
        action="store_true",
        help="abstractive: the base model alone, without the shipped fine-tuned adapter",
    )
    parser.add_argument("--list-methods", action="store_true", help="list methods and exit")
    return parser


def _method_options(args: argparse.Namespace, methods: list[str]) -> dict[str, Any]:
    """Options for the methods; --adapter and --no-adapter go to abstractive methods only."""
    options: dict[str, Any] = {}
    if getattr(args, "adapter", None):
        options["adapter"] = args.adapter
    if getattr(args, "no_adapter", False):
        options["use_adapter"] = False
    if options and args.jsonl and any(registry.get(m).kind != "abstractive" for m in methods):
        raise SummarizeError("--adapter/--no-adapter with --jsonl need abstractive methods only")
    return options


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["train"]:
        from .training.cli import main as train_main

        return train_main(argv[1:])
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except SummarizeError as err:
        print(f"summarize: error: {err}", file=sys.stderr)
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


def _run(args: argparse.Namespace) -> int:
    if args.list_methods:
        for info in registry.list_methods():
            print(f"{info.name:<12} {info.kind:<12} {info.description}")
        return 0
    if not args.file:
        raise SummarizeError("no input: give a FILE or - for stdin (see --help)")
    methods = [m.strip() for m in args.method.split(",") if m.strip()]
    if not methods:
        raise SummarizeError(f"no method named in -m {args.method!r}; see --list-methods")
    for name in methods:
        registry.get(name)  # unknown names fail before any work
    lengths = list(PRESETS) if args.length == "both" else [args.length]
    if args.jsonl:
        return _run_batch(args, methods, lengths)
    if args.engine != "local" or args.address:
        raise SummarizeError("--engine ray and --address work on JSONL batches: add --jsonl")
    options = _method_options(args, methods)
    summarizers = [
        Summarizer(
            name,
            language=args.language,
            max_chars=args.input_limit,
            **(options if registry.get(name).kind == "abstractive" else {}),
        )
        for name in methods
    ]
    limits = {
        "max_words": args.max_words,
        "max_chars": args.max_chars,
        "max_sentences": args.max_sentences,
    }
    with open_output(args.output) as out:
        data = _read_input(args.file)
        results = [
            (s.method_name, length, s.summarize(data, length, **limits))
            for s in summarizers
            for length in lengths
        ]
        if args.format == "json":
            payload = [summary.to_dict() for _, _, summary in results]
            out.write(
                json.dumps(
                    payload if len(payload) > 1 else payload[0], indent=2, ensure_ascii=False
                )
                + "\n"
            )
        else:
            for method, length, summary in results:
                prefix = f"[{method} {length}] " if len(results) > 1 else ""
                out.write(f"{prefix}{summary.text}\n")
                for warning in summary.warnings:
                    print(f"summarize: warning: {warning}", file=sys.stderr)
    return 0


def _run_batch(args: argparse.Namespace, methods: list[str], lengths: list[str]) -> int:
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
        result = run_local(inputs, settings, args.output, resume=args.resume)
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


def _read_input(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    file = Path(path)
    if file.is_dir():
        raise SummarizeError(f"{path} is a directory, not a file")
    if not file.exists():
        raise SummarizeError(f"no such file: {path}")
    return file.read_bytes()


if __name__ == "__main__":
    sys.exit(main())
