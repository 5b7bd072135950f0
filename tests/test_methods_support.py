"""Helpers for the method tests (no tests here): documents and ranking comparison."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from summarizer.types import Document, Sentence

# The fast versions add the same terms in a different order (matrix products instead
# of Python loops), so scores agree to rounding: relative 1e-9 is far above float64
# rounding on a few hundred terms and far below any real score difference.
RELATIVE_TOLERANCE = 1e-9


def make_document(*paragraphs: Sequence[str], title: str | None = None) -> Document:
    """A document from paragraphs of sentence texts, numbered in order."""
    sentences = [
        Sentence(index=0, text=text, paragraph=number)
        for number, texts in enumerate(paragraphs)
        for text in texts
    ]
    numbered = tuple(
        Sentence(index=i, text=s.text, paragraph=s.paragraph) for i, s in enumerate(sentences)
    )
    return Document(sentences=numbered, title=title)


# Comparing two scorers needs real sentences, not perfect ones: a plain rule keeps
# these tests independent of the sentence splitter.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“'‘(]?[A-Z0-9])")


def article_document(article: str, *, max_sentences: int) -> Document:
    """The first ``max_sentences`` sentences of an article, one paragraph."""
    pieces = [p.strip() for p in _SENTENCE_END.split(article) if p.strip()]
    return make_document(pieces[:max_sentences])


def assert_same_ranking(candidate: Sequence[float], reference: Sequence[float], *,
                        tolerance: float = RELATIVE_TOLERANCE) -> None:
    """Scores equal within ``tolerance`` and every clear preference kept.

    Two sentences whose reference scores differ by more than the tolerance must be
    ordered the same way; closer pairs are ties, which rounding may order either way.
    """
    ours = np.asarray(candidate, dtype=float)
    theirs = np.asarray(reference, dtype=float)
    assert ours.shape == theirs.shape
    np.testing.assert_allclose(ours, theirs, rtol=tolerance, atol=tolerance)
    margin = tolerance * np.maximum(1.0, np.abs(theirs))
    better, worse = np.nonzero(theirs[:, None] - theirs[None, :] > margin[:, None])
    flipped = [(int(b), int(w)) for b, w in zip(better, worse, strict=True)
               if not ours[b] > ours[w]]
    assert not flipped, f"pairs (better, worse) ordered differently: {flipped[:5]}"


EDGE_CASES: dict[str, Document] = {
    "one sentence": make_document(["The council approved the new budget on Monday."]),
    "two unrelated": make_document(["Storms hit the coast.", "Markets rallied in Asia."]),
    "duplicates": make_document(
        ["Police said the fire started at 3 a.m.", "Two people were hurt.",
         "Police said the fire started at 3 a.m."],
        ["The building was empty.", "Two people were hurt.", "Firefighters left at noon."],
    ),
    "no words": make_document(
        ["—", "The mayor spoke about the 2024 budget.", "3.", "…",
         "The budget for 2024 grows by 3 percent."],
    ),
    "no word at all": make_document(["—", "…", "?!"]),
    "stop words only": make_document(
        ["It is what it is.", "The river flooded the town.", "The town was flooded."],
    ),
    "one-word sentences": make_document(["Flood.", "Flood.", "Fire.", "Rain fell."]),
}
