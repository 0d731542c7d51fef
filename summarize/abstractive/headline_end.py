"""Where the extractive headline's cut may stop, read by the model itself.

Why: the extractive headline is a cut of an article sentence, and hand-written rules say
where a cut keeps its claim whole (``headline_cuts``). Each set of other outlets' copy read
blind still found cuts no rule foresaw ("followed by Nadi with 58, Lautoka", "gave Scotland
victory in a dour", "waiting more than 18 months for hip"). The model knows English
phrases: right after a cut that leaves a phrase open, it finds a full stop unlikely. So,
when the model is loaded anyway, the cut is read by it, and a cut it finds unfinished gives
way to the next cut of the same sentence, in the chooser's order, that it finds finished.
Only cuts of the chosen sentence are considered: another sentence is a different claim.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import adapters
from ..budget import Budget
from ..document import Document
from ..extractive.headline_choice import cuts_in_order
from ..sentences import lower_words
from .offline import MODEL_ID

PROMPT = "Headline: "
"""What the model reads before a cut: a headline, with no article (with the article, the
sentence's own next word is always likelier than a stop)."""
THRESHOLD = -4.84
"""Log-probability of a full stop right after the cut under which it reads unfinished: 5%
of the headlines readers judged true fall under it, 42% of those judged cut off (all blind
judgments of ``eval/judgments``, ``bench/fit_headline_end.py``), read by the default model
with the shipped news adapter."""


def fitted_for(model_id: str, adapter: str | None) -> bool:
    """Whether ``THRESHOLD`` was fitted on this model: another model's log-probabilities
    lie on another scale, so the cuts it would read are left as the chooser made them."""
    return model_id == MODEL_ID and adapter is not None and Path(adapter) == adapters.NEWS


def ends_sentence(cut: str, sentence: str) -> bool:
    """Whether the cut stops where its sentence stops (its last word is the sentence's)."""
    last, own = lower_words(cut)[-1:], lower_words(sentence)[-1:]
    return bool(last) and last == own


def finished_cut(backend: Any, doc: Document, index: int, headline: str, budget: Budget) -> str:
    """``headline`` (a cut of sentence ``index``), or the first cut of that sentence the
    chooser ranks at or after it whose end the model reads as finished. A cut that stops
    where the sentence does is finished; with no finished cut, ``headline`` stays."""
    sentence = doc.sentences[index].text
    cuts = cuts_in_order(doc, index, budget)
    if headline not in cuts or ends_sentence(headline, sentence):
        return headline
    if backend.ending_logprobs(PROMPT, [headline])[0] > THRESHOLD:
        return headline  # the usual case: one short reading
    later = cuts[cuts.index(headline) + 1 :]
    open_ended = [c for c in later if not ends_sentence(c, sentence)]
    scores = dict(zip(open_ended, backend.ending_logprobs(PROMPT, open_ended), strict=True))
    return next((c for c in later if scores.get(c, 0.0) > THRESHOLD), headline)
