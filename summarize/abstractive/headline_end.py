"""Where the extractive headline's cut may stop, read by the model itself.

Why: the extractive headline is a cut of an article sentence, and hand-written rules say
where a cut keeps its claim whole (``headline_cuts``). Each set of other outlets' copy read
blind still found cuts no rule foresaw ("followed by Nadi with 58, Lautoka", "gave Scotland
victory in a dour", "waiting more than 18 months for hip"). The model knows English
phrases: right after a cut that leaves a phrase open, it finds a full stop unlikely. So,
when the model is loaded anyway, the cut is read by it, and a cut it finds unfinished gives
way to another cut of the same sentence that it finds finished: one that completes it
first, then a shorter one. Only cuts of the chosen sentence are considered: another
sentence is a different claim.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import adapters
from ..budget import Budget
from ..credit import credit
from ..document import Document
from ..extractive.headline_choice import cuts_in_order
from ..extractive.headline_claim import claim_of
from ..sentences import lower_words
from ..verbs import word_set
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
    """Whether the cut's claim stops where its sentence's claim stops (the same last word;
    a credit after it, ", according to ...", is no part of where the claim stops)."""
    last, own = _claim_words(cut)[-1:], lower_words(credit(sentence).claim)[-1:]
    return bool(last) and last == own


def finished_cut(backend: Any, doc: Document, index: int, headline: str, budget: Budget) -> str:
    """``headline`` (a cut of sentence ``index``), or a cut of that sentence the chooser
    ranks after it whose end the model reads as finished: one that goes on from it first
    (the phrase it stopped inside, completed), then a shorter one, each in the chooser's
    order; a claim that ends on a name or a figure is only completed. A cut that stops where
    the sentence does is finished; with none finished, ``headline`` stays. The model reads
    a cut's claim, without its credit."""
    sentence = doc.sentences[index].text
    cuts = cuts_in_order(doc, index, budget)
    if headline not in cuts or ends_sentence(headline, sentence):
        return headline
    if _reads(backend, [headline])[0] > THRESHOLD:
        return headline  # the usual case: one short reading
    start = _claim_words(headline)
    need = set(start) - _FORM_WORDS  # "has struck a deal" goes on as "struck a deal ... with"
    later = cuts[cuts.index(headline) + 1 :]
    goes_on = [c for c in later if len(w := _claim_words(c)) > len(start) and need <= set(w)]
    shorter = [] if _ends_on_name(headline) else [c for c in later if c not in goes_on]
    later = goes_on + shorter  # after a name or a figure: hard to foresee, not unfinished
    open_ended = [c for c in later if not ends_sentence(c, sentence)]
    scores = dict(zip(open_ended, _reads(backend, open_ended), strict=True))
    return next((c for c in later if scores.get(c, 0.0) > THRESHOLD), headline)


def _ends_on_name(cut: str) -> bool:
    """Whether the cut's claim ends on a capitalized word or a figure ("... from April",
    "... in a man from Nett", "... for $999"): the model finds a stop unlikely after what it
    could not foresee, so such a claim may be completed but is not cut shorter."""
    last = _claim(cut).rsplit(None, 1)[-1:]
    return bool(last) and (last[0][:1].isupper() or any(c.isdigit() for c in last[0]))


_FORM_WORDS = word_set("has have had is are was were be been will")
"""Words a cut may drop or change as it goes on ("has struck" written "struck")."""


def _claim(text: str) -> str:
    return claim_of(text).rstrip(" ,;:.-–—")


def _claim_words(text: str) -> list[str]:
    return lower_words(_claim(text))


def _reads(backend: Any, cuts: list[str]) -> list[float]:
    return backend.ending_logprobs(PROMPT, [_claim(c) for c in cuts])
