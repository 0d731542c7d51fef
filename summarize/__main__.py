"""The ``summarize`` command: one file, stdin, or JSONL batches; errors are one line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from . import registry
from .api import Summarizer
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
        "--jsonl", action="store_true", help="FILE is JSONL, one article per line; writes JSONL"
    )
    parser.add_argument("--text-field", default="text", help="JSONL field with the article")
    parser.add_argument("-o", "--output", help="write here instead of stdout")
    parser.add_argument("--list-methods", action="store_true", help="list methods and exit")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["train"]:
        from .train import main as train_main

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
    for name in methods:
        registry.get(name)  # unknown names fail before any work
    summarizers = [
        Summarizer(name, language=args.language, max_chars=args.input_limit) for name in methods
    ]
    lengths = list(PRESETS) if args.length == "both" else [args.length]
    limits = {
        "max_words": args.max_words,
        "max_chars": args.max_chars,
        "max_sentences": args.max_sentences,
    }
    with _open_output(args.output) as out:
        if args.jsonl:
            for record in _read_jsonl(args.file, args.text_field):
                out.write(
                    json.dumps(
                        _summarize_record(record, args.text_field, summarizers, lengths, limits),
                        ensure_ascii=False,
                    )
                )
                out.write("\n")
                out.flush()
            return 0
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


def _summarize_record(
    record: dict[str, Any],
    field: str,
    summarizers: list[Summarizer],
    lengths: list[str],
    limits: dict[str, Any],
) -> dict[str, Any]:
    """One output line per input line; a bad article is reported there, not fatal."""
    out: dict[str, Any] = {"id": record.get("id"), "summaries": []}
    try:
        doc = summarizers[0].document(record.get(field) or "", record.get("title"))
        for summarizer in summarizers:
            for length in lengths:
                out["summaries"].append(summarizer.summarize(doc, length, **limits).to_dict())
    except SummarizeError as err:
        out["error"] = str(err)
    return out


def _read_input(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    file = Path(path)
    if file.is_dir():
        raise SummarizeError(f"{path} is a directory, not a file")
    if not file.exists():
        raise SummarizeError(f"no such file: {path}")
    return file.read_bytes()


def _read_jsonl(path: str, field: str) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(_read_input(path).decode("utf-8", "replace").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise SummarizeError(f"{path}:{number}: not valid JSON ({err.msg})") from None
        if not isinstance(record, dict) or field not in record:
            raise SummarizeError(f"{path}:{number}: expected an object with a {field!r} field")
        yield record


class _open_output:
    def __init__(self, path: str | None) -> None:
        self.path = path
        self.file: TextIO = sys.stdout

    def __enter__(self) -> TextIO:
        if self.path:
            self.file = open(self.path, "w", encoding="utf-8")  # noqa: SIM115
        return self.file

    def __exit__(self, *exc: object) -> None:
        if self.path:
            self.file.close()


if __name__ == "__main__":
    sys.exit(main())
