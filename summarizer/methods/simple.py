"""Baselines that need no text analysis: lead and seeded random."""

from __future__ import annotations

import numpy as np

from summarizer.language import Language
from summarizer.types import Document


def score_lead(document: Document, language: Language, seed: int) -> list[float]:
    """Earlier sentences score higher: the first N sentences win (the news baseline)."""
    total = len(document.sentences)
    return [float(total - i) for i in range(total)]


def score_random(document: Document, language: Language, seed: int) -> list[float]:
    """A random permutation drawn from a generator seeded with ``seed``."""
    rng = np.random.default_rng(seed)
    return [float(v) for v in rng.permutation(len(document.sentences))]
