"""Words the training pages use on furniture more than in articles, learned, not listed.

For every lower-cased word the training data counts the furniture lines and the
article lines it occurs in, and keeps the smoothed log-odds of the two, but
only for words seen on several *different sites*: a word that one site puts on
its menus ("Sportsnet", a section name) says nothing about the next site, while
"reply", "subscribe" or "photo" recur across sites. A line's evidence is the
mean and the extremes of its words' weights; unknown words weigh nothing, so a
language the training data lacks simply gets no lexical evidence.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

MIN_SITES = 4
"""A word must occur on at least this many training sites to get a weight."""

SMOOTHING = 1.0
"""Add-one smoothing of the line counts."""

MAX_WEIGHT = 4.0
"""Weights are clipped: no single word decides a line."""


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Word → weight (positive: furniture; negative: article text)."""

    weights: Mapping[str, float] = field(default_factory=dict)

    FEATURES = ("furniture words (mean)", "furniture words (strongest)",
                "article words (strongest)", "first word's weight")

    def scores(self, words: Sequence[str]) -> tuple[float, float, float, float]:
        """Mean, max and min weight of the (lower-cased) words, and the first word's."""
        if not words:
            return 0.0, 0.0, 0.0, 0.0
        values = [self.weights.get(word, 0.0) for word in words]
        return sum(values) / len(values), max(values), min(values), values[0]

    @classmethod
    def fit(cls, lines: Iterable[tuple[Sequence[str], bool, str]]) -> Lexicon:
        """Learn weights from ``(lower-cased words, is_furniture, site)`` per training line."""
        furniture: Counter[str] = Counter()
        article: Counter[str] = Counter()
        sites: dict[str, set[str]] = {}
        n_furniture = n_article = 0
        for words, is_furniture, site in lines:
            unique = set(words)
            if is_furniture:
                furniture.update(unique)
                n_furniture += 1
            else:
                article.update(unique)
                n_article += 1
            for word in unique:
                sites.setdefault(word, set()).add(site)
        weights: dict[str, float] = {}
        for word, seen in sites.items():
            if len(seen) < MIN_SITES:
                continue
            odds = math.log((furniture[word] + SMOOTHING) / (n_furniture + 2 * SMOOTHING)) \
                - math.log((article[word] + SMOOTHING) / (n_article + 2 * SMOOTHING))
            if abs(odds) >= 0.5:
                weights[word] = round(max(-MAX_WEIGHT, min(MAX_WEIGHT, odds)), 3)
        return cls(weights=dict(sorted(weights.items())))
