"""The ``summarize`` command's arguments: its usage, options and help.

``main`` in ``__main__`` parses with ``build_parser``; ``-h`` shows ``help_parser``, which
adds the ``train`` subcommand to the list.
"""

from __future__ import annotations

import argparse
from typing import Any

from . import registry
from .batch import add_engine_options
from .budget import LENGTHS
from .document import MAX_CHARS

USAGE = """
  summarize [options] FILE|-                      summaries of one article (text or HTML)
  summarize --jsonl [options] FILE|FOLDER|GLOB    a batch: one article per JSONL line
  summarize --list-methods                        the methods, and the model they would use
  summarize train [options]                       fine-tune the model (summarize train --help)"""
ENVIRONMENT = """environment:
  SUMMARIZE_MODEL    the model, when --model is not given (a directory or hub id)
  SUMMARIZE_ADAPTER  the adapter, when neither --adapter nor --no-adapter is given
                     (a folder, news, or none)
  SUMMARIZE_CACHE    where the offline model is built on first use
                     (default $XDG_CACHE_HOME/summarize, else ~/.cache/summarize)"""


class _FullHelp(argparse.Action):
    """``-h``: the help of the whole command, subcommands included (see ``help_parser``)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show this help and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: Any) -> None:
        help_parser().print_help()
        parser.exit()


def help_parser() -> argparse.ArgumentParser:
    """The whole command as ``--help`` shows it: the summarizing options and ``train``."""
    parser = build_parser()
    commands = parser.add_subparsers(title="commands", dest="command", metavar="COMMAND")
    commands.add_parser(
        "train",
        add_help=False,
        help="fine-tune the abstractive model on JSONL (all its options: summarize train --help)",
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The summarizing options: what parses a command line that is not ``train``.

    (``FILE`` is optional and so is a subcommand, so argparse cannot tell them apart in one
    parser: ``main`` sends ``train`` to its own parser, and ``-h`` shows ``help_parser``.)"""
    parser = argparse.ArgumentParser(
        prog="summarize",
        usage=USAGE,
        description="Headline- and paragraph-length summaries of news articles.",
        epilog=ENVIRONMENT,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        add_help=False,
    )
    parser.add_argument("-h", "--help", action=_FullHelp)
    parser.add_argument("file", nargs="?", help="a text or HTML file, or - for stdin")
    parser.add_argument(
        "-m",
        "--method",
        default=registry.DEFAULT_METHOD,
        help="a method, or several separated by commas; see --list-methods "
        f"(default {registry.DEFAULT_METHOD})",
    )
    parser.add_argument(
        "-l",
        "--length",
        choices=LENGTHS,
        default="both",
        help="headline (one line), paragraph (2-4 sentences), or both (default both)",
    )
    limit = "override the length's {} limit (default: the length's own)"
    parser.add_argument("--max-words", type=int, help=limit.format("word"))
    parser.add_argument("--max-chars", type=int, help=limit.format("character"))
    parser.add_argument("--max-sentences", type=int, help=limit.format("sentence"))
    parser.add_argument(
        "--language", default="english", help="Punkt sentence splitter language (default english)"
    )
    parser.add_argument(
        "--input-limit",
        type=int,
        default=MAX_CHARS,
        help=f"largest input in characters (default {MAX_CHARS:,})",
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: one line per summary, printed as each is ready (under a model's summary, "
        "an indented line when it is not the model's own text or a sentence is doubtful); "
        "json: the summaries with their sources, scores, faithfulness and model details, at "
        "the end (default text)",
    )
    parser.add_argument(
        "-o", "--output", help="write here (default stdout); with --jsonl a folder gets shards"
    )
    parser.add_argument(
        "--no-progress", action="store_true", help="no progress on stderr (warnings still show)"
    )
    parser.add_argument("--list-methods", action="store_true", help="list methods and exit")
    model = parser.add_argument_group("the model (abstractive methods)")
    model.add_argument(
        "--model",
        help="a model directory or hub id (default $SUMMARIZE_MODEL, else the offline "
        "SmolLM2-135M-Instruct)",
    )
    model.add_argument(
        "--adapter",
        help="a fine-tuned adapter: a folder, or news (default $SUMMARIZE_ADAPTER, else news "
        "on the offline model, none on others)",
    )
    model.add_argument(
        "--no-adapter", action="store_true", help="the base model alone, without an adapter"
    )
    model.add_argument(
        "--device",
        help="auto, cpu, cuda or cuda:N (default auto: the first CUDA GPU torch sees, else "
        "the CPU)",
    )
    batch = parser.add_argument_group("batches (--jsonl)")
    batch.add_argument(
        "--jsonl",
        action="store_true",
        help="FILE is JSONL, one article per line (or a folder or glob of .jsonl files); "
        "writes one JSONL row per article",
    )
    batch.add_argument(
        "--text-field", default="text", help="the JSONL field with the article (default text)"
    )
    add_engine_options(batch, "this process", "Ray Data actors, shards in -o FOLDER")
    batch.add_argument(
        "--workers", type=int, help="Ray actors (default: one per GPU for the model, else per CPU)"
    )
    batch.add_argument(
        "--num-gpus", type=float, help="GPUs per Ray actor (default: 1 for the model on GPUs)"
    )
    batch.add_argument(
        "--batch-size", type=int, default=16, help="articles per Ray batch (default 16)"
    )
    batch.add_argument(
        "--resume",
        action="store_true",
        help="skip the articles the output folder already holds",
    )
    return parser
