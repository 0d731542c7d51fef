"""How strict the faithfulness check should be before the model's paragraph is published,
read off the project's own blind judgments.

Every model paragraph judged blind under ``eval/judgments/paragraphs-*`` (first readings;
a text judged in several folders counts once) is checked again by today's scorer against
its article (probe pages cleaned as the CLI cleans them). The script prints how well the
weakest sentence's probability separates paragraphs judged true from the rest, and what a
reader would have got at each threshold if a paragraph whose weakest sentence falls below
it had been replaced by `salience`'s paragraph judged beside it in the same sheet (the
method's fallback), with 95% bootstrap intervals. Scores are cached in OUT/scores.jsonl
(the run resumes). ``--write T`` sets the scorer's threshold in weights.json.

    OMP_NUM_THREADS=2 .venv/bin/python bench/publish_threshold.py --out runs/publish-threshold

``--exclude PATTERN`` leaves folders out: the threshold was chosen before the ``*-r19``,
``*-final7-r3`` and ``*-final8`` readings existed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from fnmatch import fnmatch
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.annotate import read_labels, sheet_texts  # noqa: E402
from eval.datasets import open_dataset  # noqa: E402
from eval.faithfulness import auc  # noqa: E402
from summarize.document import Document  # noqa: E402
from summarize.jsonl import read_jsonl  # noqa: E402

JUDGMENTS = ROOT / "eval" / "judgments"
DATA = ROOT / "eval" / "data"
THRESHOLDS = (0.6, 0.7, 0.75, 0.8, 0.85, 0.9)


def judged_paragraphs(
    exclude: Sequence[str] = (),
) -> tuple[list[dict], dict[tuple[str, str, str], str]]:
    """The judged model paragraphs (one per text) and salience's verdict per sheet article;
    ``exclude``: patterns (fnmatch) of folders left out, such as readings made after the
    threshold was chosen."""
    model: dict[tuple[str, str, str], dict] = {}
    salience: dict[tuple[str, str, str], str] = {}
    for folder in sorted(JUDGMENTS.glob("paragraphs-*")):
        if "second-reading" in folder.name or any(fnmatch(folder.name, p) for p in exclude):
            continue
        key = {k["item"]: k for k in json.loads((folder / "key.json").read_text("utf-8"))}
        texts = sheet_texts(folder)
        for label in read_labels(folder):
            entry = key[label["item"]]
            system = entry["labels"][label["label"]]
            where = (folder.name, entry["dataset"], entry["id"])
            if system == "salience":
                salience[where] = label["verdict"]
            text = texts.get((label["item"], label["label"]))
            if system == "abstractive" and text is not None:
                model[(entry["dataset"], entry["id"], text)] = {
                    "folder": folder.name,
                    "dataset": entry["dataset"],
                    "id": entry["id"],
                    "text": text,
                    "verdict": label["verdict"],
                }
    return list(model.values()), salience


def articles(datasets: set[str]) -> dict[tuple[str, str], str]:
    """Each judged set's article text as the method read it, by (set, document)."""
    out = {}
    for dataset in datasets:
        page = dataset.startswith("probe")  # raw pages, cleaned as the CLI does
        for record in open_dataset(str(DATA / f"{dataset}.jsonl") if page else dataset).records:
            doc = Document.from_text(record.text) if page else Document.from_clean_text(record.text)
            out[(dataset, record.id)] = doc.text
    return out


def score(items: list[dict], out: Path) -> list[dict]:
    """Each item with the weakest sentence probability under today's scorer (cached)."""
    done = {}
    if out.is_file():
        for _, row in read_jsonl(out, skip_bad_lines=True):
            done[(row["folder"], row["dataset"], row["id"])] = row
    todo = [i for i in items if (i["folder"], i["dataset"], i["id"]) not in done]
    if todo:
        from tqdm import tqdm

        from summarize.faithfulness import default_scorer

        scorer, texts = default_scorer(), articles({i["dataset"] for i in todo})
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("a", encoding="utf-8") as handle:
            for item in tqdm(todo, unit="paragraph"):
                check = scorer.check(texts[(item["dataset"], item["id"])], item["text"])
                row = {k: item[k] for k in ("folder", "dataset", "id", "verdict")}
                row["sent"] = [s.score for s in check.sentences]
                handle.write(json.dumps(row) + "\n")
                handle.flush()
                done[(row["folder"], row["dataset"], row["id"])] = row
    return [done[(i["folder"], i["dataset"], i["id"])] for i in items]


def group(dataset: str) -> str:
    if dataset.startswith("probe"):
        return "other outlets (probe pages)"
    return "SummEval" if dataset.startswith("summeval") else "BBC dev"


def interval(values: np.ndarray, rng: np.random.Generator) -> str:
    boots = [rng.choice(values, len(values)).mean() for _ in range(1000)]
    low, high = np.percentile(boots, [2.5, 97.5])
    return f"{100 * values.mean():.1f} ({100 * low:.1f}–{100 * high:.1f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("runs/publish-threshold"))
    parser.add_argument("--write", type=float, help="set weights.json's threshold to this")
    parser.add_argument(
        "--exclude",
        action="append",
        default=[],
        help="judgments folders to leave out, a pattern (repeatable)",
    )
    args = parser.parse_args()
    items, salience = judged_paragraphs(args.exclude)
    rows = score(items, args.out / "scores.jsonl")
    rng = np.random.default_rng(0)
    print(f"{len(rows)} judged model paragraphs; weakest sentence's probability, true vs not:")
    print("\n| set | paragraphs | judged true | AUC | threshold | fallbacks | judged true after |")
    print("|---|--:|--:|--:|--:|--:|--:|")
    sets = sorted({group(r["dataset"]) for r in rows})
    for name in [*sets, "all"]:
        mine = [r for r in rows if name in ("all", group(r["dataset"]))]
        paired = [r for r in mine if (r["folder"], r["dataset"], r["id"]) in salience]
        weakest = np.array([min(r["sent"], default=0.0) for r in mine])
        true = np.array([r["verdict"] == "true" for r in mine])
        area = auc(weakest[true], weakest[~true])
        before = interval(np.array([r["verdict"] == "true" for r in paired], dtype=float), rng)
        for threshold in THRESHOLDS:
            verdicts = [
                salience[(r["folder"], r["dataset"], r["id"])]
                if min(r["sent"], default=0.0) < threshold
                else r["verdict"]
                for r in paired
            ]
            fallbacks = sum(min(r["sent"], default=0.0) < threshold for r in paired)
            after = np.array([v == "true" for v in verdicts], dtype=float)
            print(
                f"| {name} | {len(paired)} | {before} | {area:.3f} | "
                f"{threshold:.2f} | {fallbacks} | {interval(after, rng)} |"
            )
    if args.write is not None:
        from summarize.faithfulness.scorer import WEIGHTS

        weights = json.loads(WEIGHTS.read_text("utf-8"))
        weights["threshold"] = args.write
        weights["threshold_from"] = (
            f"bench/publish_threshold.py --write {args.write}: the blind judgments of "
            f"{len(rows)} model paragraphs (the fitted threshold rejected 90% of corrupted "
            "training sentences)"
        )
        WEIGHTS.write_text(json.dumps(weights, indent=1) + "\n", "utf-8")
        print(f"threshold {args.write} written to {WEIGHTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
