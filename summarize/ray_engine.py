"""The Ray engine: the batch job of ``summarize.batch`` on a Ray cluster (``pip install .[ray]``).

Ray Data reads the files (``read_binary_files``, one task per file), splits them into
``file:line`` rows, and summarizes them with ``map_batches`` on a pool of actors that each
load the methods once (GPU actors when asked, or by default for the model when the cluster
has GPUs). Rows go out as JSONL shards through a small datasink.

Why not ``read_json``/``write_json``: Arrow's JSON reader fails the whole read on one bad
line and knows no line numbers, and pandas' writer rounds floats (10 digits) and escapes
text differently, so the output would not equal the local engine's. Each actor instead
writes the exact line ``RecordSummarizer`` makes, and the sink writes those lines as they are.

Faults: a dead actor is restarted and its batch retried by Ray (Ray Data's actor defaults,
``max_restarts=-1, max_task_retries=-1``); a batch's rows exist only once it completes, and
a shard becomes visible only when completely written (written as ``.partial``, then renamed,
under a name fixed by the write task), so a retry neither loses nor duplicates a document.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from . import quiet, registry
from .batch import (
    PARTIAL_SUFFIX,
    BatchResult,
    BatchSettings,
    RecordSummarizer,
    prepare_output_dir,
    split_lines,
)
from .errors import SummarizeError

try:
    import ray
    import ray.data
    from ray.data.block import BlockAccessor
    from ray.data.datasource import BlockBasedFileDatasink
except ImportError as err:  # the local engine never imports this module
    raise SummarizeError(
        "the Ray engine needs Ray: pip install 'summarize[ray]' (or 'ray[data]>=2.41')"
    ) from err

LIGHT_CPUS = 0
"""CPUs reserved by the reading, splitting and writing tasks: they wait on I/O, and with a
reservation they could find every CPU held by the actors and wait for ever."""
LINE_BYTES = 4096
"""About one news article as a JSONL line: sets the block size to about one batch."""
SHARD_ROWS = 10_000
"""Rows gathered into one output shard (the last may hold fewer)."""
MAX_PROBLEMS = 100
"""Malformed lines listed per write task (all are counted and all are in the output)."""


def run_ray(
    inputs: Iterable[str],
    settings: BatchSettings,
    output: str,
    *,
    address: str | None = None,
    workers: int | None = None,
    num_gpus: float | None = None,
    batch_size: int = 16,
    resume: bool = False,
) -> BatchResult:
    """Summarize ``inputs`` (local files or URIs Ray can read) into shards in ``output``.

    ``address`` names an existing cluster (``auto``, ``ray://host:10001``); without it a
    local cluster is started for the run and stopped after it. An already connected Ray
    (``ray.init`` in the caller) is used as it is. ``workers`` is the actor pool size
    (default: one per GPU for GPU actors, else one per CPU).
    """
    inputs = list(inputs)
    if any(path == "-" or not path for path in inputs):
        raise SummarizeError("the Ray engine reads files, not stdin")
    done = prepare_output_dir(output, resume) if "://" not in output else set()
    kinds = [registry.get(m).kind for m in settings.methods]
    with connect(address):
        actors = actor_options(kinds, workers, num_gpus)
        labels = {_absolute(path): path for path in inputs}
        # A file is read as one row; small blocks spread its lines over every actor.
        context = ray.data.DataContext.get_current()
        default_block_size = context.target_max_block_size
        context.target_max_block_size = batch_size * LINE_BYTES
        try:
            ds = _pipeline(labels, done, settings, batch_size, actors)
        finally:  # a Dataset keeps the context it was created with
            context.target_max_block_size = default_block_size
        sink = _JsonLinesSink(output)
        ds.write_datasink(
            sink,
            ray_remote_args={"num_cpus": LIGHT_CPUS},
            concurrency=actors["compute"].max_size,
        )
    result = sink.result
    result.skipped = len(done)
    return result


@contextmanager
def connect(address: str | None = None) -> Iterator[None]:
    """Use the Ray this process is connected to, or connect (``address``) or start one."""
    if ray.is_initialized():
        yield
        return
    quiet.ray_before_init()
    ray.init(address=address, include_dashboard=False, logging_level="WARNING")
    quiet.ray_data_console()
    try:
        with quiet.stderr_without():
            yield
    finally:
        ray.shutdown()


def actor_options(
    kinds: Iterable[str], workers: int | None = None, num_gpus: float | None = None
) -> dict[str, Any]:
    """``map_batches`` options for a pool of summarizing actors on the connected cluster.

    GPU actors (one GPU each unless ``num_gpus`` says otherwise) when a model is among the
    ``kinds`` and the cluster has GPUs; else one CPU each. Default pool: one actor per GPU
    or per CPU.
    """
    resources = ray.cluster_resources()
    if num_gpus is None:
        wants_gpu = "abstractive" in kinds and resources.get("GPU", 0) >= 1
        num_gpus = 1.0 if wants_gpu else 0.0
    if num_gpus:
        size = workers or max(1, int(resources.get("GPU", 0) // num_gpus))
    else:
        size = workers or max(1, int(resources.get("CPU", 1)))
    return {
        "compute": ray.data.ActorPoolStrategy(size=size),
        "num_cpus": 0 if num_gpus else 1,
        "num_gpus": num_gpus or None,
    }


def _pipeline(
    labels: dict[str, str],
    done: set[str],
    settings: BatchSettings,
    batch_size: int,
    actors: dict[str, Any],
) -> ray.data.Dataset:
    """Read, split into ``file:line`` rows, summarize on the actor pool."""
    size = actors["compute"].max_size
    ds = ray.data.read_binary_files(
        list(labels), include_paths=True, num_cpus=LIGHT_CPUS, concurrency=size
    )
    ds = ds.flat_map(_split, fn_kwargs={"labels": labels, "done": done}, num_cpus=LIGHT_CPUS)
    return ds.map_batches(
        _SummarizeActor,
        fn_constructor_kwargs={"settings": settings},
        batch_size=batch_size,
        batch_format="numpy",
        **actors,
    )


def _absolute(path: str) -> str:
    return path if "://" in path else str(Path(path).resolve())


def _split(row: dict[str, Any], labels: dict[str, str], done: set[str]) -> list[dict[str, str]]:
    """One file's bytes to its ``file:line`` rows, less those an earlier run wrote."""
    label = labels.get(row["path"], row["path"])
    return [
        {"source": source, "raw": raw}
        for source, raw in split_lines(row["bytes"], label)
        if source not in done
    ]


class _SummarizeActor:
    """One per worker: loads the methods once, then turns batches of lines into output lines."""

    def __init__(self, settings: BatchSettings) -> None:
        self.worker = RecordSummarizer(settings)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        pairs = zip(batch["source"], batch["raw"], strict=True)
        lines = [self.worker.line(str(source), str(raw)) for source, raw in pairs]
        return {
            "source": [line.source for line in lines],
            "json": [line.json for line in lines],
            "problem": [line.problem or "" for line in lines],
        }


class _Publish:
    """A shard stream that is renamed to its real name only once completely written."""

    def __init__(self, filesystem: Any, path: str, args: dict[str, Any]) -> None:
        self.filesystem, self.path = filesystem, path
        self.file = filesystem.open_output_stream(path + PARTIAL_SUFFIX, **args)

    def __enter__(self) -> Any:
        return self.file

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self.file.close()
        if exc_type is None:
            self.filesystem.move(self.path + PARTIAL_SUFFIX, self.path)


class _JsonLinesSink(BlockBasedFileDatasink):
    """Writes the ``json`` column as it is, one shard per write task; counts malformed lines."""

    def __init__(self, path: str) -> None:
        super().__init__(path, file_format="jsonl", min_rows_per_file=SHARD_ROWS)
        self.result = BatchResult()

    def open_output_stream(self, path: str) -> Any:
        return _Publish(self.filesystem, path, self.open_stream_args)

    def write_block_to_file(self, block: Any, file: Any) -> None:
        lines = block.to_arrow().column("json").to_pylist()
        file.write(("\n".join(lines) + "\n").encode("utf-8"))

    def write(self, blocks: Iterable[Any], ctx: Any) -> dict[str, Any]:
        blocks = list(blocks)
        super().write(blocks, ctx)
        problems = [
            p
            for b in blocks
            for p in BlockAccessor.for_block(b).to_arrow().column("problem").to_pylist()
            if p
        ]
        rows = sum(BlockAccessor.for_block(b).num_rows() for b in blocks)
        return {"rows": rows, "problems": problems[:MAX_PROBLEMS], "n": len(problems)}

    def on_write_complete(self, write_result: Any) -> None:
        super().on_write_complete(write_result)
        returns = [r for r in write_result.write_returns if r]
        self.result.rows = sum(r["rows"] for r in returns)
        self.result.problems = sorted(p for r in returns for p in r["problems"])
        self.result.malformed = sum(r["n"] for r in returns)
