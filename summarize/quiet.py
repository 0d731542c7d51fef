"""Third-party noise that looks like failure on a successful run, silenced in one place.

Each filter names one message, so every other warning still shows:

- transformers 5 deprecates ``is_gradient_checkpointing``, which peft reads whenever it wraps
  a model (adapter loading and training): a ``FutureWarning`` about code that is not ours.
- Ray starting a local cluster warns that it turned on token authentication (the safe
  default, which stays on; ``RAY_AUTH_MODE`` cannot be set for it here, as Ray reads it when
  it is imported, before a cluster is chosen), Ray Data logs its plan
  and progress at INFO on the console (kept in its session log file), and Ray's C++ core
  prints an ``E`` line whenever Ray Data creates its actors, whose arguments it passes
  through the object store (ray-project/ray#53727: restarts of such an actor can fail if
  that object is lost; our runs resume from their output either way).
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

RAY_ACTOR_ARGS = re.compile(
    rb"^\[[^\]]* E \d+ \d+\] core_worker\.cc:\d+: Actor with class name: .* has constructor "
    rb"arguments in the object store and max_restarts > 0"
)


def library_warnings() -> None:
    """Ignore deprecation warnings raised inside libraries about their own internals."""
    warnings.filterwarnings(
        "ignore", message=r"`is_gradient_checkpointing` is deprecated", category=FutureWarning
    )


def ray_before_init() -> None:
    """Before ``ray.init``: no warning that Ray turned token auth on for a cluster it starts
    (the safe default, kept); its warning that auth is off still shows."""
    logger = logging.getLogger("ray._private.authentication.authentication_token_setup")
    if not any(isinstance(f, _TokenAuthOn) for f in logger.filters):
        logger.addFilter(_TokenAuthOn())


class _TokenAuthOn(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("Token authentication is enabled")


def ray_data_console(level: int = logging.WARNING) -> None:
    """Ray Data's console handler at ``level``; its log file under the session keeps INFO."""
    for handler in logging.getLogger("ray.data").handlers:
        if not isinstance(handler, logging.FileHandler) and "File" not in type(handler).__name__:
            handler.setLevel(level)


@contextmanager
def stderr_without(pattern: re.Pattern[bytes] = RAY_ACTOR_ARGS) -> Iterator[None]:
    """Drop lines matching ``pattern`` written to file descriptor 2 (by C++ code too).

    Start it after any child process is spawned: children would inherit the pipe."""
    try:
        original = os.dup(2)
    except OSError:  # no stderr to filter
        yield
        return
    read_end, write_end = os.pipe()
    sys.stderr.flush()
    os.dup2(write_end, 2)
    os.close(write_end)
    pump = threading.Thread(target=_pump, args=(read_end, original, pattern), daemon=True)
    pump.start()
    try:
        yield
    finally:
        sys.stderr.flush()
        os.dup2(original, 2)  # closes the pipe's last write end: the pump drains and stops
        pump.join(timeout=5)
        os.close(original)


def _pump(read_end: int, out: int, pattern: re.Pattern[bytes]) -> None:
    pending = b""
    with os.fdopen(read_end, "rb", buffering=0) as source:
        while chunk := source.read(65536):
            lines = (pending + chunk).split(b"\n")
            pending = lines.pop()
            kept = [line + b"\n" for line in lines if not pattern.match(line)]
            if pending and not (pending.startswith(b"[") and len(pending) < 4096):
                kept.append(pending)  # a progress bar's \r or a prompt; a log line waits
                pending = b""
            if kept:
                os.write(out, b"".join(kept))
    if pending and not pattern.match(pending):
        os.write(out, pending)
