"""Luhn (1958) as sumy computes it, vectorised over the whole document.

Significant words are the content-word stems found more than once in the article
(headings included; sumy's default keeps 100% of them). A *chunk* runs from a
significant word to the last significant word that follows with fewer than four
insignificant words in between; it rates ``significant² / length`` (0 for a lone
significant word), and a sentence rates its best chunk. Every word of a sentence
is stemmed for the comparison, stop words included, as in sumy.
"""

from __future__ import annotations

import numpy as np

from summarizer.language import Language
from summarizer.methods.tokens import as_scores, tokens_of
from summarizer.types import Document

MAX_GAP = 4
"""sumy's ``max_gap_size``: this many insignificant words in a row end a chunk."""


def score_luhn(document: Document, language: Language, seed: int) -> list[float]:
    """Each sentence's best chunk of significant words."""
    tokens = tokens_of(document, language)
    n = tokens.sentences
    frequency = np.bincount(tokens.stem[tokens.content], minlength=tokens.stems)
    significant = frequency[tokens.stem[: tokens.body_end]] > 1
    positions = np.flatnonzero(significant)
    scores = np.zeros(n)
    if len(positions) == 0:
        return as_scores(scores)
    owners = tokens.owner[positions]
    starts_chunk = np.ones(len(positions), dtype=bool)
    starts_chunk[1:] = (np.diff(positions) > MAX_GAP) | (np.diff(owners) != 0)
    chunk = np.cumsum(starts_chunk) - 1
    count = np.bincount(chunk).astype(float)
    first = positions[starts_chunk]
    last = np.zeros(len(count), dtype=np.int64)
    last[chunk] = positions  # the last write per chunk is its last position
    rating = np.where(count > 1, count**2 / (last - first + 1), 0.0)
    np.maximum.at(scores, owners[starts_chunk], rating)
    return as_scores(scores)
