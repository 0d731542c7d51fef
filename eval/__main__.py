"""``summarize-eval`` / ``python -m eval``: systems x lengths x datasets -> leaderboard, CSV, chart.

Errors are one line on stderr with a non-zero exit code; a run stopped with Ctrl-C (or
killed) resumes from its results file when the same command is run again.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from summarize import SummarizeError, list_methods
from summarize.batch import add_engine_options

from . import datasets, report, run, systems
from .errors import EvalError
from .oracle import NAME as ORACLE
from .rouge import TYPES, RougeConfig

DEFAULT_SYSTEMS = "lead,salience,oracle"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="summarize-eval",
        description="Score summarization systems with ROUGE: leaderboard (markdown), CSV and a "
        "chart, from per-document results appended to OUT/results.jsonl (resumable).",
        epilog="Truth beside ROUGE: 'summarize-eval annotate --help' (blind judgments of a run) "
        "and 'summarize-eval faithfulness --help' (the faithfulness scorer's benchmarks).",
    )
    parser.add_argument(
        "-d",
        "--dataset",
        default="bbc-dev",
        help="comma-separated: bbc-dev, summeval (halves: summeval-tune, summeval-test), seed, "
        "a .jsonl file or a folder of .txt "
        "files in the seed layout (default bbc-dev)",
    )
    parser.add_argument(
        "-s",
        "--systems",
        default=DEFAULT_SYSTEMS,
        help="comma-separated: registry methods (--list), oracle, and published summaries "
        f"such as summeval:M23 or summeval:all (default {DEFAULT_SYSTEMS})",
    )
    parser.add_argument(
        "-l",
        "--lengths",
        default="headline,paragraph",
        help="comma-separated: headline, paragraph (default both); 'both' is the same",
    )
    parser.add_argument(
        "-o", "--out", default="runs/eval", help="output folder (default runs/eval)"
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=min(2, os.cpu_count() or 1),
        help="worker processes for extractive systems, 1: all in this process "
        "(default 2, or 1 on a single CPU)",
    )
    add_engine_options(parser, "this machine", "Ray actors, --jobs of them (pip install .[ray])")
    parser.add_argument(
        "--limit", type=int, help="only the first N documents of each dataset (default: all)"
    )
    parser.add_argument(
        "--refs", type=int, help="use only the first N references per document (default: all)"
    )
    parser.add_argument(
        "--multi",
        choices=("best", "average"),
        default="best",
        help="several references: best (rouge-score) or pooled average (ROUGE-1.5.5) "
        "(default best)",
    )
    parser.add_argument(
        "--tokenizer",
        choices=("default", "unicode"),
        default="default",
        help="rouge-score's ASCII tokenizer, or one that keeps every script's letters "
        "(default default)",
    )
    parser.add_argument("--no-stem", action="store_true", help="turn the stemmer off")
    parser.add_argument(
        "--language", default="english", help="sentence splitting (default english)"
    )
    parser.add_argument("--seed", type=int, default=0, help="bootstrap and test seed (default 0)")
    parser.add_argument(
        "--resamples", type=int, default=1000, help="bootstrap resamples (default 1000)"
    )
    fields = parser.add_argument_group("JSONL fields (for a .jsonl dataset)")
    fields.add_argument("--text-field", default="text", help="the article (default text)")
    fields.add_argument("--id-field", default="id", help="the document's id (default id)")
    fields.add_argument(
        "--headline-field",
        default="title",
        help="headline references, comma-separated; '' for none (default title)",
    )
    fields.add_argument(
        "--paragraph-field",
        default="summary",
        help="paragraph references, comma-separated (default summary)",
    )
    fields.add_argument(
        "--published-field", help="an object of system name -> summary (default: none)"
    )
    parser.add_argument(
        "--skip-bad-lines", action="store_true", help="leave out malformed JSONL lines"
    )
    parser.add_argument(
        "--cache",
        action="append",
        default=[],
        type=Path,
        help="another run's results.jsonl whose summaries may be reused (repeatable; "
        "default: none)",
    )
    parser.add_argument("--no-chart", action="store_true", help="skip the PNG chart")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.add_argument("--list", action="store_true", help="list systems and datasets, exit")
    return parser


def _workflow(name: str):  # noqa: ANN202 - a module
    if name == "annotate":
        from . import annotate

        return annotate
    from . import faithfulness

    return faithfulness


def main(argv: Sequence[str] | None = None) -> int:
    try:
        code = _dispatch(argv)
        sys.stdout.flush()  # here, not at exit, where a closed pipe cannot be caught
        return code
    except BrokenPipeError:  # the reader left (``| head``): say nothing more, exit as sh does
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


def _dispatch(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] in (["annotate"], ["faithfulness"]):  # the truth workflows, with their own help
        try:
            return _workflow(argv[0]).main(argv[1:])
        except SummarizeError as err:
            print(f"summarize-eval {argv[0]}: error: {err}", file=sys.stderr)
            return 2
    args = build_parser().parse_args(argv)
    try:
        return _main(args)
    except (SummarizeError, ValueError) as err:
        print(f"summarize-eval: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(
            f"summarize-eval: interrupted; results so far are in {args.out}/results.jsonl "
            "and the same command resumes",
            file=sys.stderr,
        )
        return 130
    except BrokenPipeError:
        raise  # not an error of the run: ``main`` ends quietly
    except OSError as err:
        print(
            f"summarize-eval: error: {err.strerror or err}: {err.filename or ''}", file=sys.stderr
        )
        return 1


def _main(args: argparse.Namespace) -> int:
    if args.list:
        _print_known()
        return 0
    if args.jobs < 1 or (args.limit is not None and args.limit < 1):
        raise EvalError("--jobs and --limit must be at least 1")
    if args.refs is not None and args.refs < 1:
        raise EvalError("--refs must be at least 1")
    config = RougeConfig(
        TYPES, not args.no_stem, args.tokenizer, args.multi, language=args.language
    )
    fields = datasets.Fields(
        text=args.text_field,
        id=args.id_field,
        headline=_names(args.headline_field),
        paragraph=_names(args.paragraph_field),
        published=args.published_field,
    )
    lengths = list(datasets.LENGTHS) if args.lengths == "both" else _names(args.lengths)
    names = _names(args.systems)
    if not names:
        raise EvalError("no systems given")
    tasks: list[run.Task] = []
    notes: list[str] = []
    for spec in _names(args.dataset):
        data = datasets.open_dataset(spec, fields, skip_bad_lines=args.skip_bad_lines)
        if args.limit:
            data = datasets.Dataset(data.name, data.records[: args.limit], data.source, data.notes)
        chosen, skipped = systems.resolve(names, data)
        work = run.plan(
            data, chosen, lengths, rouge=config, language=args.language, max_refs=args.refs
        )
        tasks += work.tasks
        notes += [*data.notes, *skipped, *work.notes]
    for note in notes:
        print(f"summarize-eval: note: {note}", file=sys.stderr)
    if not tasks:
        raise EvalError("nothing to evaluate: no document has references for these lengths")
    out = Path(args.out)
    store = run.ResultStore(out / "results.jsonl", args.cache)
    if store.dropped:
        note = f"{store.dropped} lines of the results and --cache files are not results of this "
        note += "runner (a bad line, or bench/judging_run.py's rows); they are not reused"
        print(f"summarize-eval: note: {note}", file=sys.stderr)
        notes.append(note)
    work = run.Plan(tuple(tasks), tuple(notes))
    if args.engine == "ray":
        from .ray_engine import execute

        rows = execute(
            work,
            store,
            rouge=config,
            language=args.language,
            address=args.address,
            workers=args.jobs,
            progress=not args.no_progress,
        )
    elif args.address:
        raise EvalError("--address needs --engine ray")
    else:
        rows = run.execute(
            work,
            store,
            rouge=config,
            language=args.language,
            jobs=args.jobs,
            progress=not args.no_progress,
        )
    errors = sum(1 for r in rows if r.get("error"))
    if errors:
        notes.append(f"{errors} summaries failed (scored 0); see 'error' in results.jsonl")
    entries = report.aggregate(rows, config.types, seed=args.seed, resamples=args.resamples)
    table = report.markdown(entries, config.types, notes)
    (out / "leaderboard.md").write_text(table, encoding="utf-8")
    report.write_csv(entries, config.types, out / "leaderboard.csv")
    if not args.no_chart:
        report.chart(entries, config.types, out / "rouge.png")
    print(table)
    written = "leaderboard.md, leaderboard.csv" + ("" if args.no_chart else ", rouge.png")
    print(f"summarize-eval: wrote {written} and results.jsonl in {out}", file=sys.stderr)
    return 0


def _names(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _print_known() -> None:
    print("systems:")
    for info in list_methods():
        print(f"  {info.name:<14} {info.kind:<12} {info.description}")
    print(f"  {ORACLE:<14} {'oracle':<12} greedy ROUGE extract, an upper bound (reads the refs)")
    for publisher in systems.known_publishers():
        print(f"  {publisher + ':NAME':<14} {'published':<12} {publisher}'s systems (or :all)")
    print("datasets:")
    for name, description in datasets.NAMED.items():
        print(f"  {name:<14} {description}")
    print(f"  {'PATH.jsonl':<14} your own, with --text-field, --headline-field, ...")


if __name__ == "__main__":
    sys.exit(main())
