"""The Gradio demo: state (methods, input, running), render (HTML), handlers, page (wiring).

``summarize-demo`` starts it; ``build_app()`` returns the page for tests or embedding.
"""

from .page import build_app, main

__all__ = ["build_app", "main"]
