"""Lead: the first sentences, the baseline every summarization paper reports."""

from __future__ import annotations

import numpy as np

from ..budget import Budget
from ..document import Document
from .base import ExtractiveMethod


class LeadMethod(ExtractiveMethod):
    name = "lead"

    def score(self, doc: Document, budget: Budget) -> np.ndarray:
        return -np.arange(len(doc.sentences), dtype=float)
