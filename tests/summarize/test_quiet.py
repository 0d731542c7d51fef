"""summarize.quiet: each filter drops its one message and lets every other one through."""

import logging
import os
import warnings

from summarize import quiet


def test_only_the_gradient_checkpointing_future_warning_is_ignored():
    with warnings.catch_warnings(record=True) as seen:
        quiet.library_warnings()
        warnings.warn(
            "`is_gradient_checkpointing` is deprecated and will go", FutureWarning, stacklevel=1
        )
        warnings.warn("`other_thing` is deprecated", FutureWarning, stacklevel=1)
    assert [str(w.message) for w in seen] == ["`other_thing` is deprecated"]


def test_ray_token_auth_notice_is_dropped_but_auth_off_still_warns(caplog):
    quiet.ray_before_init()
    quiet.ray_before_init()  # twice adds one filter
    logger = logging.getLogger("ray._private.authentication.authentication_token_setup")
    assert len(logger.filters) == 1
    with caplog.at_level(logging.WARNING):
        logger.warning("Token authentication is enabled for this Ray cluster. Set ...")
        logger.warning("Token authentication is disabled for this Ray cluster. Anyone ...")
    assert [r.getMessage()[:34] for r in caplog.records] == ["Token authentication is disabled f"]


def test_stderr_lines_of_the_ray_actor_arguments_error_are_dropped(capfd):
    core = (
        b"[2026-12-01 14:13:19,826 E 6009 6009] core_worker.cc:2465: Actor with class name: "
        b"'MapWorker(MapBatches(_SummarizeActor))' and ID: 'ab12' has constructor arguments "
        b"in the object store and max_restarts > 0. If the arguments ...\n"
    )
    with quiet.stderr_without():
        os.write(2, b"before\n")
        os.write(2, core)
        os.write(2, b"[2026-12-01 14:13:20,000 E 6009 6009] raylet.cc:1: a real error\n")
        os.write(2, b"progress 3/10\r")
    assert capfd.readouterr().err == (
        "before\n[2026-12-01 14:13:20,000 E 6009 6009] raylet.cc:1: a real error\nprogress 3/10\r"
    )
