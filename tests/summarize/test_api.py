import subprocess
import sys
import threading

import pytest

from summarize import Summarizer, Summary, UnknownMethodError, api, registry, summarize


def test_summarize_one_call(seed_text):
    headline = summarize(seed_text, length="headline")
    assert isinstance(headline, Summary)
    assert headline.method == "salience" and headline.budget.kind == "headline"
    paragraph = summarize(seed_text, method="lead", length="paragraph", max_words=40)
    assert paragraph.n_words <= 40 and paragraph.budget.max_words == 40


def test_summarizer_creates_its_method_once_and_batches_where_it_can(seed_text, monkeypatch):
    created = []
    real = registry.create

    def create(name, **options):
        created.append(name)
        return real(name, **options)

    monkeypatch.setattr(registry, "create", create)
    summarizer = Summarizer("lexrank")
    results = summarizer.summarize_many([seed_text, seed_text.encode()], "headline")
    summarizer.summarize(seed_text, "paragraph")
    assert [r.text for r in results] == [results[0].text] * 2 and created == ["lexrank"]

    batches = []
    summarizer.method.summarize_batch = lambda docs, budget: batches.append(len(docs)) or []
    summarizer.summarize_many([seed_text, seed_text], "headline")
    assert batches == [2]


def test_threads_asking_at_once_share_one_summarizer(monkeypatch):
    made = []

    class Slow:
        def __init__(self, method, language):
            made.append(method)
            threading.Event().wait(0.3)  # a load in progress while the others ask

    monkeypatch.setattr(api, "Summarizer", Slow)
    monkeypatch.setattr(api, "_shared", {})
    together = threading.Barrier(4)
    got = []

    def ask():
        together.wait()
        got.append(api.shared("x"))

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert made == ["x"] and len(got) == 4 and len({id(s) for s in got}) == 1


def test_summary_to_dict_is_json_ready(seed_text):
    data = summarize(seed_text, length="paragraph").to_dict()
    assert set(data) >= {"text", "method", "length", "sources", "elapsed_s", "warnings"}
    assert data["length"] == "paragraph" and data["sources"][0]["start"] >= 0


def test_unknown_method_lists_known_ones():
    with pytest.raises(UnknownMethodError, match="known methods: salience, lead"):
        Summarizer("magic")


def test_the_default_method_loads_no_heavy_library(seed_text):
    """``import summarize`` and an English ``salience`` summary import neither torch nor NLTK
    (whose import takes a third of a second): the CLI's default answers at once."""
    code = (
        "import sys, summarize\n"
        f"summarize.summarize({seed_text!r}, length='headline')\n"
        "print(sorted(m for m in ('torch', 'transformers', 'nltk') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
