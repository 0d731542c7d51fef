"""Which source sentences a summary sentence rests on: content-word overlap, best first."""

from __future__ import annotations

from dataclasses import dataclass

from ..abstractive.support import content_stems
from ..sentences import split_sentences

CONTEXT_SENTENCES = 3
"""Source sentences a summary sentence is checked against (and the model reads)."""


@dataclass(frozen=True)
class Alignment:
    sentence: str
    sources: tuple[int, ...]
    """Indices of the best-aligned source sentences, best first."""
    overlap: float
    """Share of the sentence's content words found in the best source sentence."""


class SourceSentences:
    """A source split once into sentences, with their content stems."""

    def __init__(
        self, text: str, language: str = "english", sentences: list[str] | None = None
    ) -> None:
        """``sentences``: the text's sentences when they are known (one per index)."""
        self.language = language
        self.sentences = sentences or split_sentences(text, language) or [text]
        self.stems = [content_stems(s, language) for s in self.sentences]

    def align(self, sentence: str, k: int = CONTEXT_SENTENCES) -> Alignment:
        stems = content_stems(sentence, self.language)
        if not stems:
            return Alignment(sentence, (), 0.0)
        scored = sorted(
            ((len(stems & src) / len(stems), -i) for i, src in enumerate(self.stems)),
            reverse=True,
        )
        best = tuple(-i for score, i in scored[:k] if score > 0)
        return Alignment(sentence, best, scored[0][0] if best else 0.0)

    def context(self, alignment: Alignment) -> str:
        """The aligned sentences in article order, as the model reads them."""
        return " ".join(self.sentences[i] for i in sorted(alignment.sources))
