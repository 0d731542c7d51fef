"""End to end: `python app.py` in a subprocess, driven by Debian's headless Chromium.

Set SUMMARIZE_SCREENSHOT=docs/demo.png to save the README's screenshot from this run, and
SUMMARIZE_BROWSER_MODEL=1 to run the abstractive model in the page too.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
WITH_MODEL = os.environ.get("SUMMARIZE_BROWSER_MODEL", "") not in ("", "0")
"""Also run the abstractive model (the page's default) and wait for its row; off by default
so the test stays fast on a shared CPU; the in-process tests cover how its output renders."""
MODEL_TIMEOUT_S = float(os.environ.get("SUMMARIZE_BROWSER_MODEL_TIMEOUT", "180"))
"""How long the abstractive row may take: loading torch and the model, two summaries."""
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The README's command on a free loopback port; its log is shown if it fails to start."""
    port = _free_port()
    log_path = tmp_path_factory.mktemp("app") / "app.log"
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "PYTHONUNBUFFERED": "1"}
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [sys.executable, str(ROOT / "app.py"), "--host", "127.0.0.1", "--port", str(port)]
            + ([] if WITH_MODEL else ["--no-preload"]),
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 90
        while True:
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"app did not start:\n{log_path.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(url, timeout=2):
                    break
            except OSError:
                time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"no chromium at {CHROMIUM}: apt-get install chromium (scripts/test does)")
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile),
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1440, "height": 1000},
        )
        yield context
        context.close()


def test_paste_run_and_see_both_lengths_with_highlights(app_url, browser, seed_text, tmp_path):
    page = browser.new_page()
    outside: list[str] = []
    page.on(
        "request",
        lambda r: None if r.url.startswith((app_url, "data:", "blob:")) else outside.append(r.url),
    )
    page.goto(app_url, wait_until="domcontentloaded")
    article = page.locator("#article textarea")
    article.wait_for(timeout=30_000)

    # An empty article gives a message in the page, not an exception.
    page.locator("#run").click()
    page.locator("#status .sz-status-error").wait_for(timeout=30_000)
    assert "Paste an article" in page.locator("#status").inner_text()

    article.fill(seed_text)
    methods = page.locator("#methods")
    model = methods.get_by_label("abstractive (abstractive)")
    assert methods.get_by_label("salience (extractive)").is_checked() and model.is_checked()
    if not WITH_MODEL:
        model.uncheck()
    page.locator("#run").click()
    salience = page.locator('#results tr[data-method="salience"]')
    salience.wait_for(timeout=60_000)  # extractive results come first, before the model's

    headline = salience.locator('td[data-length="headline"] .sz-text').inner_text()
    paragraph = salience.locator('td[data-length="paragraph"] .sz-text').inner_text()
    assert 3 <= len(headline.split()) <= 14
    assert "Tokayev" in paragraph or "Kazakhstan" in paragraph
    assert len(paragraph.split()) > len(headline.split())
    assert page.locator('#provenance details[data-method="salience"] mark.sz-src-p').count() >= 2
    assert page.locator('#provenance details[data-method="salience"] mark.sz-src-h').count() >= 1
    assert "Kazakhstan" in page.locator("#provenance").inner_text()
    if WITH_MODEL:  # the model's headline and paragraph, with the sentences it was given
        row = page.locator('#results tr[data-method="abstractive"]:not(.sz-pending)')
        row.wait_for(timeout=MODEL_TIMEOUT_S * 1000)
        assert row.locator(".sz-error").count() == 0, row.inner_text()
        assert row.locator(".sz-text").count() == 2
        assert page.locator('#provenance details[data-method="abstractive"]').count() == 1
        assert "Running" not in page.locator("#status").inner_text()
    # What cleaning removed from the seed (its donation appeals).
    page.get_by_text("Cleaned input: what was removed").click()
    page.locator("#cleaned .sz-removed").wait_for(timeout=10_000)
    assert "donation appeal" in page.locator("#cleaned").inner_text()

    shot = os.environ.get("SUMMARIZE_SCREENSHOT")
    if shot:
        Path(shot).parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=shot, full_page=True)

    # A BBC example brings its references: a ROUGE table appears (extractive only, fast).
    page.locator(".sz-example", has_text="BBC business").click()
    page.wait_for_function("document.querySelector('#article textarea').value.includes('Mittal')")
    if model.is_checked():
        model.uncheck()
    page.locator("#run").click()
    page.locator("#rouge table.sz-rouge").wait_for(timeout=60_000)
    rouge = page.locator("#rouge").inner_text()
    assert "ROUGE-1" in rouge and "salience" in rouge
    assert "Mittal" in page.locator('#results tr[data-method="salience"]').inner_text()

    # Uploading a file fills the article box.
    upload = tmp_path / "story.html"
    upload.write_text("<html><body><p>Uploaded story about rates.</p></body></html>")
    page.locator("#upload input[type=file]").set_input_files(str(upload))
    page.wait_for_function("document.querySelector('#article textarea').value.includes('rates')")

    assert outside == [], f"the page fetched from outside the app: {outside}"
    page.close()
