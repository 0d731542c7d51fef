"""The page's wiring and launcher: flags and environment, the named API on loopback."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from summarize.demo import page


@pytest.mark.parametrize(
    ("env", "argv", "expected"),
    [
        ({}, [], ("127.0.0.1", 7860)),
        ({"SUMMARIZE_HOST": "0.0.0.0"}, ["--port", "7999"], ("0.0.0.0", 7999)),
        ({"GRADIO_SERVER_NAME": "0.0.0.0", "GRADIO_SERVER_PORT": "8100"}, [], ("0.0.0.0", 8100)),
        ({"GRADIO_SERVER_PORT": "8100", "SUMMARIZE_PORT": "8200"}, [], ("127.0.0.1", 8200)),
        ({"GRADIO_SERVER_NAME": "0.0.0.0"}, ["--host", "127.0.0.1"], ("127.0.0.1", 7860)),
    ],
)
def test_host_and_port_from_flags_then_ours_then_gradios_environment(
    monkeypatch, env, argv, expected
):
    for name in ("SUMMARIZE_HOST", "SUMMARIZE_PORT", "GRADIO_SERVER_NAME", "GRADIO_SERVER_PORT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    args = page.parse_args(argv)
    assert (args.host, args.port) == expected


def test_help_shows_the_defaults(capsys):
    with pytest.raises(SystemExit):
        page.parse_args(["--help"])
    assert "(default: 7860)" in capsys.readouterr().out


def test_launch_leaves_out_gradios_banner(monkeypatch):
    """Its "set share=True" hint is for notebooks, not a local demo; quiet=True drops it."""
    seen = {}
    monkeypatch.setattr(page.gr.Blocks, "launch", lambda self, **kw: seen.update(kw))
    page.launch(page.gr.Blocks(), "127.0.0.1", 7860)
    assert seen["quiet"] is True and seen["server_name"] == "127.0.0.1"


def test_importing_and_building_the_page_does_not_import_eval():
    code = (
        "import sys; from summarize.demo import build_app; build_app(); "
        "print(sorted(m for m in sys.modules if m == 'eval' or m.startswith('eval.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# gradio's own queue code trips pandas deprecation warnings; not ours to fix.
@pytest.mark.filterwarnings("ignore:.*(no_silent_downcasting|copy keyword)")
def test_named_api_from_gradio_client_on_loopback(seed_text):
    from gradio_client import Client
    from gradio_client.exceptions import AppError

    demo = page.build_app(page.rouge_from_eval())
    page.launch(demo, "127.0.0.1", _free_port(), prevent_thread_lock=True)
    try:
        client = Client(demo.local_url, verbose=False, download_files=False)
        info = client.view_api(return_format="dict", print_info=False)
        assert set(info["named_endpoints"]) == {"/summarize", "/methods"}
        assert info["named_endpoints"]["/summarize"]["description"]

        methods = client.predict(api_name="/methods")
        assert {"name": "salience", "kind": "extractive"}.items() <= methods[0].items()

        out = client.predict(
            seed_text,
            ["salience"],
            "both",
            None,
            "Kazakh leader meets Putin",
            "",
            api_name="/summarize",
        )
        (result,) = out["results"]
        assert result["method"] == "salience" and result["error"] is None
        assert set(result["summaries"]) == {"headline", "paragraph"}
        assert result["summaries"]["paragraph"]["sources"]
        assert out["document"]["title"].startswith("Kazakh leader")
        assert [r["length"] for r in out["rouge"]] == ["headline"]

        with pytest.raises(AppError, match="Paste an article"):
            client.predict("", ["salience"], api_name="/summarize")
    finally:
        demo.close()
