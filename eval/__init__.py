"""Evaluation of summaries: datasets, ROUGE on rouge-score, seeded statistics, the batch runner.

>>> from eval import Rouge, open_dataset
>>> data = open_dataset("summeval")
>>> Rouge().score(data.records[0].paragraph, data.records[0].published["M0"]["paragraph"])
"""

from .datasets import Dataset, Fields, Record, load_jsonl, load_seed, open_dataset
from .errors import EvalError
from .oracle import Oracle
from .rouge import TYPES, Rouge, RougeConfig, Score
from .stats import Interval, bootstrap_ci, paired_test

__all__ = [
    "TYPES",
    "Dataset",
    "EvalError",
    "Fields",
    "Interval",
    "Oracle",
    "Record",
    "Rouge",
    "RougeConfig",
    "Score",
    "bootstrap_ci",
    "load_jsonl",
    "load_seed",
    "open_dataset",
    "paired_test",
]
