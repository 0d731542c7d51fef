"""The batch evaluation on Ray (``python -m eval --engine ray``; ``pip install .[ray]``).

The runner's units of work (one document, or a model's batch, grouped exactly as the local
runner groups them) go to a pool of Ray Data actors that each load the systems once, then
summarize and score there. This process appends each result to the same keyed, resumable
results.jsonl as it arrives: Ray restarts a dead actor and retries its unit, and a killed
run resumes from the file with nothing lost or counted twice.
"""

from __future__ import annotations

import json
import pickle
from typing import Any

from tqdm import tqdm

from summarize.ray_engine import actor_options, connect  # says what to install without Ray

from . import run
from .rouge import Rouge, RougeConfig


def execute(
    work: run.Plan,
    store: run.ResultStore,
    *,
    rouge: RougeConfig,
    language: str = "english",
    address: str | None = None,
    workers: int | None = None,
    progress: bool = True,
) -> list[dict[str, Any]]:
    """``run.execute`` with the summaries made and scored on Ray actors."""
    todo = [t for t in work.tasks if t.key not in store.results]
    bar = tqdm(total=len(todo), disable=not progress, unit="doc", desc="evaluating")
    scorer = Rouge(rouge)
    fresh = []
    for task in todo:  # summaries another run made are only rescored, here
        if task.summary_key in store.summaries:
            store.append(run.result_row(task, run.reuse(store.summaries[task.summary_key]), scorer))
            bar.update()
        else:
            fresh.append(task)
    units = run.batches(fresh)
    try:
        if units:
            with connect(address):
                import ray.data

                kinds = {t.system.kind for t in fresh}
                ds = ray.data.from_items([{"unit": pickle.dumps(u)} for u in units])
                ds = ds.map_batches(
                    _EvalActor,
                    fn_constructor_kwargs={"language": language, "rouge": rouge},
                    batch_size=1,
                    batch_format="numpy",
                    **actor_options(kinds, workers),
                )
                for batch in ds.iter_batches(batch_size=None, batch_format="numpy"):
                    for line in batch["row"]:
                        store.append(json.loads(line))
                        bar.update()
    finally:
        bar.close()
    return [store.results[t.key] for t in work.tasks]


class _EvalActor:
    """One per worker: systems are created on first use and kept (``summarize.api.shared``)."""

    def __init__(self, language: str, rouge: RougeConfig) -> None:
        self.language, self.rouge = language, rouge
        self.scorer = Rouge(rouge)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        rows = []
        for blob in batch["unit"]:
            unit = pickle.loads(blob)
            produced = run.produce_many(unit, self.language, self.rouge)
            for task, result in zip(unit, produced, strict=True):
                row = run.result_row(task, result, self.scorer)
                rows.append(json.dumps(row, ensure_ascii=False))
        return {"row": rows}
