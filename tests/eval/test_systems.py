"""Systems: registry methods come from the package's one cache; one that cannot start says so."""

import pytest

from eval import systems
from eval.datasets import Record
from eval.errors import SystemUnavailableError
from eval.rouge import RougeConfig
from summarize import PRESETS, api, registry

RECORD = Record("1", "The council met on Monday. It approved the new bridge. Work starts soon.")


def test_a_method_is_the_packages_shared_summarizer():
    summary = systems.summarize_one(
        systems.System("lead", "extractive"), RECORD, PRESETS["headline"], (), "english",
        RougeConfig(),
    )  # fmt: skip
    assert summary.method == "lead" and summary.text.startswith("The council met")
    assert systems._summarizer("lead", "english") is api.shared("lead", "english")


def _broken(**options):
    raise OSError("no weights here")


def test_a_method_that_cannot_start_is_unavailable(monkeypatch):
    info = registry.MethodInfo("broken", "abstractive", "fails", f"{__name__}:_broken")
    monkeypatch.setitem(registry._METHODS, "broken", info)
    with pytest.raises(SystemUnavailableError, match="cannot start broken: no weights here"):
        systems.summarize_batch(systems.System("broken", "abstractive"), [RECORD],
                                PRESETS["paragraph"], "english")  # fmt: skip
