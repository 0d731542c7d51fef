"""JSON Lines, read one way by every part of the project (batch, training, eval, bench).

Lines are split on ``\\n`` alone: U+2028, U+2029 and U+0085 are valid unescaped inside a JSON
string, and ``str.splitlines`` would cut a row there and shift every later line number. A lone
``\\r`` is JSON whitespace, and a ``\\r\\n`` ending is whitespace too, so neither needs a rule.
Line numbers count from 1 and include blank lines, so ``file:line`` points where an editor does.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError


def lines(text: str) -> list[str]:
    """The lines of JSONL text, split as the module doc says (never ``str.splitlines``)."""
    return text.split("\n")


@dataclass(frozen=True)
class BadLine:
    """Stands for a line that is not JSON, so a reader that skips such lines can count them."""

    reason: str


def read_jsonl(path: str | Path, *, skip_bad_lines: bool = False) -> Iterator[tuple[int, Any]]:
    """``(line number, value)`` of each non-blank line, read lazily (result files grow large).

    A line that is not JSON is an ``InputError`` naming ``path:line``; with ``skip_bad_lines``
    a ``BadLine`` is yielded in its place instead, for the caller to report or count.
    """
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8", newline="\n")  # \n alone ends a line
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror or err}") from None
    with handle:
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    yield number, json.loads(line)
                except json.JSONDecodeError as err:
                    if not skip_bad_lines:
                        raise InputError(f"{path}:{number}: not valid JSON ({err.msg})") from None
                    yield number, BadLine(f"not valid JSON ({err.msg})")
        except UnicodeDecodeError as err:
            raise InputError(f"{path}: not UTF-8 text ({err.reason})") from None
