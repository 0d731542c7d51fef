"""Headline- and paragraph-length summaries of news articles.

>>> from summarize import summarize
>>> summarize(article, method="salience", length="headline").text
"""

from . import quiet
from .api import Summarizer, summarize
from .budget import PRESETS, Budget
from .document import Document, Sentence
from .errors import InputError, ModelUnavailableError, SummarizeError, UnknownMethodError
from .registry import DEFAULT_METHOD, MethodInfo, list_methods, register
from .summary import SourceSentence, Summary

quiet.library_warnings()  # every front end (CLI, demo, evaluation, Ray workers) imports this

__all__ = [
    "DEFAULT_METHOD",
    "PRESETS",
    "Budget",
    "Document",
    "InputError",
    "MethodInfo",
    "ModelUnavailableError",
    "Sentence",
    "SourceSentence",
    "SummarizeError",
    "Summarizer",
    "Summary",
    "UnknownMethodError",
    "list_methods",
    "register",
    "summarize",
]
