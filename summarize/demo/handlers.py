"""What the page and the named API do with a request: validate, run methods, render or JSON.

ROUGE comes in as a callable (``Scorer``) from the launcher, so the package does not import
the evaluation module.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import gradio as gr

from ..document import Document
from ..errors import SummarizeError
from ..registry import list_methods
from . import render, state
from .state import Column, MethodResult

log = logging.getLogger("summarize.demo")

Scorer = Callable[[str, str], dict[str, float]]
"""(summary, reference) -> F1 x 100 per ROUGE type."""

Outputs = tuple[str, str, str, str, str]


class Handlers:
    """The page's and the API's handlers, with the ROUGE scorer they share (None: no ROUGE)."""

    def __init__(self, scorer: Scorer | None = None) -> None:
        self.scorer = scorer

    def rouge_rows(
        self, results: Sequence[MethodResult], ref_headline: str, ref_paragraph: str
    ) -> list[dict[str, Any]]:
        """One row per method and length with a reference: headline vs headline, else
        paragraph."""
        if self.scorer is None:
            return []
        rows = []
        for result in results:
            for key, summary in result.summaries.items():
                ref = ref_headline if summary.budget.kind == "headline" else ref_paragraph
                if ref and ref.strip():
                    scores = self.scorer(summary.text, ref)
                    rows.append({"method": result.method, "length": key, **scores})
        return rows

    def ui_summarize(
        self,
        text: str,
        methods: list[str],
        length: str,
        max_words: float | None,
        ref_headline: str,
        ref_paragraph: str,
        progress: gr.Progress = gr.Progress(),  # noqa: B008 (gradio injects it)
    ) -> Iterator[Outputs]:
        """Status, results, ROUGE, provenance, cleaned input; yielded again as each summary is
        ready (extractive methods first, the model's headline before its paragraph)."""
        try:
            methods = state.check_methods(methods)
            columns = state.columns_for(length, max_words)
            doc = state.prepare(text)
            start = time.perf_counter()
            results: dict[str, MethodResult] = {}

            def step(i: int, n: int, desc: str) -> None:
                progress((i, n), desc=desc, unit="summaries")

            for result in state.iter_methods(doc, methods, columns, step):
                results[result.method] = result
                waiting = [m for m in methods if m not in results]
                running = result.method if result.pending else (waiting or [None])[0]
                if running:
                    message = render.status(f"Running {running}...", "info")
                    yield self._outputs(
                        doc,
                        [*results.values()],
                        columns,
                        message,
                        ref_headline,
                        ref_paragraph,
                        waiting,
                    )
            failed = [r.method for r in results.values() if r.error]
            message = (
                f"Summarized {doc.n_words:,} words ({len(doc.sentences)} sentences) with "
                f"{len(methods)} method{'s' * (len(methods) != 1)} in "
                f"{time.perf_counter() - start:.2f} s."
            )
            if failed:
                message += f" Failed: {', '.join(failed)} (see below)."
            final = render.status(message, "warning" if failed else "info")
            yield self._outputs(
                doc, [*results.values()], columns, final, ref_headline, ref_paragraph
            )
        except SummarizeError as err:
            yield render.status(str(err), "error"), "", "", "", ""
        except Exception as err:  # never a traceback in the page
            log.exception("summarize failed")
            message = f"Something went wrong: {state.error_message(err)}"
            yield render.status(message, "error"), "", "", "", ""

    def _outputs(
        self,
        doc: Document,
        results: Sequence[MethodResult],
        columns: Sequence[Column],
        status: str,
        ref_headline: str,
        ref_paragraph: str,
        pending: Sequence[str] = (),
    ) -> Outputs:
        return (
            status,
            render.render_results(results, columns, pending),
            render.render_rouge(self.rouge_rows(results, ref_headline, ref_paragraph)),
            render.render_provenance(doc, results),
            render.render_cleaned(doc),
        )

    def api_summarize(
        self,
        text: str,
        methods: list[str] | None = None,
        length: str = "both",
        max_words: int | None = None,
        reference_headline: str = "",
        reference_paragraph: str = "",
    ) -> dict[str, Any]:
        """Summarize an article with one or more methods; JSON out.

        Args:
            text: the article: plain text, Markdown or HTML (at most SUMMARIZE_MAX_CHARS
                characters).
            methods: method names from /methods; default salience and abstractive.
            length: "both" (headline and paragraph), "headline", "paragraph" or "custom".
            max_words: the word budget when length is "custom" (5 to 200).
            reference_headline: optional reference headline, for ROUGE.
            reference_paragraph: optional reference paragraph, for ROUGE.

        Returns:
            {"document": {title, sentences, words, removed, warnings}, "results": [{method,
            kind, error, seconds, summaries: {"headline"|"paragraph"|"custom":
            Summary.to_dict()}}], "rouge": [{method, length, rouge1, rouge2, rougeL,
            rougeLsum}]}.
        """
        try:
            methods = state.check_methods(methods or state.default_methods())
            columns = state.columns_for(length, max_words)
            doc = state.prepare(text)
            results = state.run_methods(doc, methods, columns)
        except SummarizeError as err:
            raise gr.Error(str(err)) from None
        except Exception as err:
            log.exception("summarize failed")
            raise gr.Error(state.error_message(err)) from None
        return {
            "document": {
                "title": doc.title,
                "standfirst": doc.standfirst,
                "sentences": len(doc.sentences),
                "words": doc.n_words,
                "removed": [{"reason": r.reason, "text": r.text} for r in doc.removed],
                "warnings": list(doc.warnings),
            },
            "results": [
                {
                    "method": r.method,
                    "kind": r.kind,
                    "error": r.error,
                    "seconds": round(r.total_s, 4),
                    "summaries": {key: s.to_dict() for key, s in r.summaries.items()},
                }
                for r in results
            ],
            "rouge": self.rouge_rows(results, reference_headline, reference_paragraph),
        }

    @staticmethod
    def api_methods() -> list[dict[str, str]]:
        """The summarization methods in the registry: name, kind (extractive/abstractive),
        what it does."""
        return [
            {"name": m.name, "kind": m.kind, "description": m.description} for m in list_methods()
        ]

    @staticmethod
    def ui_upload(data: bytes | None) -> tuple[Any, str, str, str]:
        """The file into the article box (references cleared), or a message."""
        try:
            text, warnings = state.decode_upload(data)
        except SummarizeError as err:
            return gr.update(), gr.update(), gr.update(), render.status(str(err), "error")
        message = " ".join([f"Loaded a file of {len(text):,} characters.", *warnings])
        return text, "", "", render.status(message, "warning" if warnings else "info")
