"""Run the README's shell commands as a new user would: each in a fresh shell, as written.

    .venv/bin/python scripts/check_readme.py            # in a clone, after the two commands
    .venv/bin/python scripts/check_readme.py --list     # what would run, and what is skipped

Each line of a ```bash block (continuation lines joined) runs in its own ``bash -c`` from
the repository root, with the virtual environment off PATH, so a command that needs an
activated environment fails here as it would for the user. Skipped, with the reason printed:
the test suite itself, the demo (a server that never exits), and lines naming a file the
repository does not have (placeholders such as ``page.html``). Exit status 1 if any failed.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FENCE = re.compile(r"^```bash\n(.*?)^```", re.S | re.M)
NEVER = {
    "bash scripts/test": "the whole test suite (CI runs it)",
    ".venv/bin/summarize-demo": "a server that runs until stopped",
}


@dataclass(frozen=True)
class Command:
    line: str
    skip: str = ""
    """Why the command is not run ("" to run it)."""


def commands(markdown: str, root: Path = ROOT) -> list[Command]:
    """The README's shell commands in order, each with why it is skipped, if it is."""
    found = []
    for block in FENCE.findall(markdown):
        for line in block.replace("\\\n", " ").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                found.append(Command(line, _skip(line, root)))
    return found


def _skip(line: str, root: Path) -> str:
    for start, why in NEVER.items():
        if line.startswith(start):
            return why
    try:
        words = shlex.split(line, comments=True)
    except ValueError:
        return ""
    for word in words:
        a_file = re.fullmatch(r"[\w./-]+\.(html|txt|jsonl)", word)
        if a_file and not (root / word).exists() and not _written_by(word, words):
            return f"{word} is a placeholder for the user's own file"
    return ""


def _written_by(word: str, words: list[str]) -> bool:
    """An output file the command itself writes (-o FILE)."""
    pairs = zip(words, words[1:], strict=False)
    return any(flag in ("-o", "--output", "--out") and value == word for flag, value in pairs)


def fresh_env() -> dict[str, str]:
    """The environment of a new shell: no virtual environment activated."""
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    venv = str(ROOT / ".venv" / "bin")
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p != venv)
    return env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--readme", type=Path, default=ROOT / "README.md", help="(README.md)")
    parser.add_argument("--list", action="store_true", help="list the commands, run nothing")
    parser.add_argument("--timeout", type=int, default=900, help="seconds per command (900)")
    args = parser.parse_args(argv)
    failed = 0
    for command in commands(args.readme.read_text(encoding="utf-8")):
        if command.skip or args.list:
            print(f"{'skip' if command.skip else 'run '}  {command.line}  {command.skip}")
            continue
        print(f"$ {command.line}", flush=True)
        try:
            done = subprocess.run(
                ["bash", "-c", command.line],
                cwd=ROOT,
                env=fresh_env(),
                timeout=args.timeout,
                capture_output=True,
                text=True,
            )
            code, out, err = done.returncode, done.stdout, done.stderr
        except subprocess.TimeoutExpired:
            code, out, err = 124, "", f"timed out after {args.timeout} s"
        print(_tail(out, 6) + _tail(err, 6, "stderr: "), end="")
        print(f"-> exit {code}\n", flush=True)
        failed += code != 0
    print(f"check_readme: {failed} command(s) failed", file=sys.stderr)
    return 1 if failed else 0


def _tail(text: str, lines: int, prefix: str = "") -> str:
    kept = text.rstrip("\n").splitlines()[-lines:]
    return "".join(f"  {prefix}{line[:160]}\n" for line in kept)


if __name__ == "__main__":
    sys.exit(main())
