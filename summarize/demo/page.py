"""The page: layout, styling and which handler each control calls; the launcher.

``summarize-demo`` (or ``python -m summarize.demo``) serves it on 127.0.0.1:7860 by default.
"""

from __future__ import annotations

import argparse
import logging
import os
import threading
from collections.abc import Sequence
from typing import Any

import gradio as gr

from .handlers import Handlers, Scorer
from .render import status as status_html
from .state import (
    CONCURRENCY,
    MAX_CHARS,
    MAX_WORDS_RANGE,
    default_methods,
    load_examples,
    method_kinds,
    method_names,
    preload,
)

log = logging.getLogger("summarize.demo")

LENGTH_CHOICES = [
    ("Headline + paragraph", "both"),
    ("Headline", "headline"),
    ("Paragraph", "paragraph"),
    ("Custom word budget", "custom"),
]

CSS = """
.sz-results, .sz-rouge, .sz-removed { width: 100%; border-collapse: collapse; }
.sz-results th, .sz-results td, .sz-rouge th, .sz-rouge td, .sz-removed th, .sz-removed td {
  border: 1px solid var(--border-color-primary); padding: 6px 8px; vertical-align: top;
  text-align: left; }
.sz-results td[data-length="headline"] { width: 30%; }
.sz-results td[data-length="paragraph"], .sz-results td[data-length="custom"] { width: 50%; }
.sz-text { font-size: 1.02em; }
.sz-meta { font-size: 0.8em; opacity: 0.7; }
.sz-warning { font-size: 0.8em; color: #b45309; }
.sz-flag { font-size: 0.85em; color: #b91c1c; }
.sz-error { color: #b91c1c; font-weight: 600; }
mark.sz-unsupported { background: #fecaca; color: #111; border-bottom: 2px solid #dc2626; }
.sz-status { padding: 8px 12px; border-radius: 6px; }
.sz-status-info { background: #ecfdf5; color: #065f46; }
.sz-status-warning { background: #fffbeb; color: #92400e; }
.sz-status-error { background: #fef2f2; color: #991b1b; font-weight: 600; }
.sz-source { white-space: pre-wrap; line-height: 1.6; max-height: 420px; overflow-y: auto;
  padding: 8px; border: 1px solid var(--border-color-primary); border-radius: 6px; }
mark.sz-src { color: #111; background: none; padding: 0; }
mark.sz-src-p { background: #fde68a; }
mark.sz-src-h { box-shadow: inset 0 -3px #2563eb; }
.sz-legend { margin: 8px 0; font-size: 0.9em; }
details.sz-prov { margin: 6px 0; }
.sz-rouge caption { text-align: left; font-size: 0.9em; opacity: 0.8; }
.sz-sent-ok { border-bottom: 1px dotted #16a34a; }
.sz-sent-doubt { background: #fee2e2; border-bottom: 2px dotted #dc2626; }
details.sz-faith, details.sz-rejected { font-size: 0.8em; margin-top: 4px; }
details.sz-faith ul, details.sz-rejected ul { margin: 2px 0 0 1em; padding: 0; }
details.sz-faith ul { list-style: none; margin-left: 0.5em; }
.sz-faith-ok { color: #065f46; }
.sz-faith-doubt { color: #b91c1c; }
.sz-fallback { font-size: 0.85em; font-weight: 600; color: #92400e; background: #fffbeb;
  padding: 2px 6px; border-radius: 4px; margin-top: 4px; }
"""

INTRO = """# Summarize a news article
Headline and paragraph summaries side by side: extractive methods pick sentences; the
`abstractive` model (SmolLM2-135M fine-tuned on BBC News, on the CPU, offline) writes new
text. Highlights show which source sentences each summary used; names and numbers the model
wrote that are not in the source are marked in red."""


def build_app(scorer: Scorer | None = None) -> gr.Blocks:
    """The Blocks page and its named API endpoints (``/summarize``, ``/methods``); ROUGE
    against given references when a scorer is given."""
    handlers = Handlers(scorer)
    examples = load_examples()
    kinds = method_kinds()
    with gr.Blocks(
        title="summarize: news headlines and paragraphs", analytics_enabled=False
    ) as demo:
        gr.Markdown(INTRO)
        with gr.Row():
            with gr.Column(scale=2, min_width=320):
                article = gr.Textbox(
                    label=f"Article (text, Markdown or HTML; at most {MAX_CHARS:,} characters)",
                    lines=12,
                    max_lines=24,
                    placeholder="Paste a news article here...",
                    elem_id="article",
                )
                upload = gr.File(
                    label="...or upload a .txt, .md, .html or .eml file",
                    file_types=[".txt", ".md", ".html", ".htm", ".eml"],
                    type="binary",
                    height=130,
                    elem_id="upload",
                )
                gr.Markdown("**Examples** (BBC articles come with reference summaries)")
                with gr.Row():
                    example_buttons = [
                        gr.Button(ex.label, size="sm", elem_classes="sz-example") for ex in examples
                    ]
                methods = gr.CheckboxGroup(
                    choices=[(f"{m} ({kinds[m]})", m) for m in method_names()],
                    value=default_methods(),
                    label="Methods",
                    elem_id="methods",
                )
                length = gr.Radio(LENGTH_CHOICES, value="both", label="Length", elem_id="length")
                max_words = gr.Slider(
                    *MAX_WORDS_RANGE,
                    value=50,
                    step=1,
                    label="Word budget",
                    visible=False,
                    elem_id="max-words",
                )
                with gr.Accordion("Reference summaries (optional, for ROUGE)", open=False):
                    ref_headline = gr.Textbox(label="Reference headline", lines=1)
                    ref_paragraph = gr.Textbox(label="Reference paragraph", lines=4)
                run = gr.Button("Summarize", variant="primary", elem_id="run")
            with gr.Column(scale=3, min_width=420):
                status = gr.HTML(elem_id="status")
                results = gr.HTML(elem_id="results")
                rouge_table = gr.HTML(elem_id="rouge")
                provenance = gr.HTML(elem_id="provenance")
                with gr.Accordion("Cleaned input: what was removed", open=False):
                    cleaned = gr.HTML(elem_id="cleaned")
        credit = next((ex.credit for ex in examples if ex.credit), "")
        if credit:
            gr.Markdown(f"<small>BBC examples: {credit}.</small>")

        private = {"api_visibility": "private", "queue": False}
        length.change(lambda v: gr.update(visible=v == "custom"), length, max_words, **private)
        upload.upload(
            handlers.ui_upload, upload, [article, ref_headline, ref_paragraph, status], **private
        )
        for button, ex in zip(example_buttons, examples, strict=True):
            button.click(
                lambda ex=ex: (ex.text, ex.ref_headline, ex.ref_paragraph, status_html(ex.label)),
                None,
                [article, ref_headline, ref_paragraph, status],
                **private,
            )
        run.click(
            handlers.ui_summarize,
            [article, methods, length, max_words, ref_headline, ref_paragraph],
            [status, results, rouge_table, provenance, cleaned],
            api_visibility="private",
            concurrency_id="summarize",
            concurrency_limit=CONCURRENCY,
        )
        gr.api(
            handlers.api_summarize,
            api_name="summarize",
            concurrency_id="summarize",
            concurrency_limit=CONCURRENCY,
        )
        gr.api(handlers.api_methods, api_name="methods", queue=False)
    demo.queue(max_size=32)
    return demo


def launch(demo: gr.Blocks, host: str, port: int | None, **kwargs: Any) -> Any:
    """Start the server: no SSR/PWA/MCP extras, nothing fetched online, and none of Gradio's
    start-up banner (its "set share=True" hint is not for a local demo)."""
    return demo.launch(
        server_name=host,
        server_port=port,
        show_error=False,
        ssr_mode=False,
        pwa=False,
        mcp_server=False,
        max_file_size="2mb",
        css=CSS,
        theme=gr.themes.Default(),
        quiet=True,
        **kwargs,
    )


def rouge_from_eval() -> Scorer:
    """The evaluation's ROUGE (rouge-score, stemmed), so the page and the reports agree.

    Imported here, in the launcher, and handed to the handlers: the rest of the package does
    not import ``eval``.
    """
    from eval.rouge import Rouge

    rouge = Rouge()

    def score(summary: str, reference: str) -> dict[str, float]:
        scores = rouge.score(reference, summary)
        return {name: round(100 * s.fmeasure, 1) for name, s in scores.items()}

    return score


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    env = os.environ
    parser = argparse.ArgumentParser(
        prog="summarize-demo",
        description="Gradio demo: headline and paragraph summaries side by side.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    parser.add_argument(
        "--host",
        default=env.get("SUMMARIZE_HOST") or env.get("GRADIO_SERVER_NAME") or "127.0.0.1",
        help="address to listen on ($SUMMARIZE_HOST or $GRADIO_SERVER_NAME; 0.0.0.0 for all)",
    )
    parser.add_argument(
        "--port",
        type=int,
        default=int(env.get("SUMMARIZE_PORT") or env.get("GRADIO_SERVER_PORT") or 7860),
        help="port ($SUMMARIZE_PORT or $GRADIO_SERVER_PORT)",
    )
    parser.add_argument(
        "--no-preload", action="store_true", help="load methods on first use, not at start"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # Gradio's start-up self-checks
    if not args.no_preload:
        threading.Thread(target=preload, args=(default_methods(),), daemon=True).start()
    demo = build_app(rouge_from_eval())
    launch(demo, args.host, args.port, prevent_thread_lock=True)
    print(f"summarize-demo: serving on {demo.local_url}", flush=True)
    demo.block_thread()
