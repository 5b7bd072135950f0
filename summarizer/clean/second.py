"""Second-pass evidence: what the first pass thinks of a line's neighbours.

A line's label depends on the lines around it: a short line between two
paragraphs of the article is a subheading, the same line among menu items is
navigation, and prose after the article has ended and behind a run of furniture
is a reader's comment. The first pass scores every line alone (plus its
immediate context); the second sees those scores around each line: nearby,
before and after, the stretch of likely article it belongs to or is closest
to, and how close its words are to the words of the likely article.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from summarizer.clean.signals import _shifted, _window_mean, main_run, top_words

GAP = 3
"""Unlikely lines a stretch of likely article may bridge (a caption, a subheading, an ad)."""

TOPIC_WORDS = 40
"""Words that make up the likely article's topic."""

NAMES = (
    "first pass", "first pass, line before", "first pass, line after",
    "first pass, 2 lines before", "first pass, 2 lines after",
    "first pass, 3 lines before", "first pass, 3 lines after",
    "first pass nearby (5 lines)", "first pass nearby (15 lines)",
    "first pass, 10 lines before", "first pass, 10 lines after",
    "first pass, 40 lines before", "first pass, 40 lines after",
    "likely article before it", "likely article after it",
    "in a stretch of likely article", "its stretch's share of the likely article",
    "in the largest stretch", "lines from the largest stretch",
    "before the largest stretch", "words of the likely article",
    "inside the likeliest span", "lines before the likeliest span",
    "lines after the likeliest span", "place in the likeliest span",
)


def _stretches(likely: np.ndarray, weight: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Stretches of likely lines (bridging up to ``GAP`` others): an id per line (-1: none)
    and each stretch's weight."""
    ids = np.full(len(likely), -1)
    masses: list[float] = []
    last = 0
    for i in np.flatnonzero(likely):
        if masses and i - last <= GAP + 1:
            ids[last + 1:i + 1] = len(masses) - 1
        else:
            masses.append(0.0)
            ids[i] = len(masses) - 1
        masses[-1] += float(weight[i])
        last = int(i)
    return ids, np.array(masses)


def _topic_share(words: Sequence[Sequence[str]], p: np.ndarray,
                 ignore: frozenset[str]) -> np.ndarray:
    """Share of each line's content words among the likely article's most weighted words."""
    content = [[w for w in line if w not in ignore and (len(w) > 2 or not w.isascii())
                and not w.isdigit()] for line in words]
    counts: Counter[str] = Counter()
    for line, weight in zip(content, p.tolist(), strict=True):
        for word in line:
            counts[word] += weight
    topic = {word for word, _ in top_words(counts, TOPIC_WORDS)}
    return np.array([sum(1 for w in line if w in topic) / len(line) if line else 0.0
                     for line in content])


def second_pass(p: np.ndarray, n_tokens: np.ndarray, words: Sequence[Sequence[str]],
                ignore: frozenset[str]) -> np.ndarray:
    """The second-pass features (columns named by :data:`NAMES`) from first-pass scores.

    Args:
        p: First-pass probability that each line is article text.
        n_tokens: Word tokens of each line.
        words: Lower-cased word tokens of each line.
        ignore: Function and stop words (not topic words).
    """
    n = len(p)
    if n == 0:
        return np.zeros((0, len(NAMES)))
    mass = p * n_tokens
    cumulative = np.cumsum(mass)
    total = max(float(cumulative[-1]), 1.0)
    ids, masses = _stretches(p >= 0.5, n_tokens)
    index = np.arange(n)
    if len(masses):
        largest = int(np.argmax(masses))
        members = np.flatnonzero(ids == largest)
        first, last = int(members[0]), int(members[-1])
        share = np.where(ids >= 0, masses[np.maximum(ids, 0)] / max(masses.sum(), 1.0), 0.0)
    else:
        largest, first, last, share = -1, n, n, np.zeros(n)
    distance = np.clip(first - index, 0, None) + np.clip(index - last, 0, None)
    # The likeliest span: the run of lines whose evidence for "article" (log-odds,
    # weighted by words) sums highest; lists and tables inside an article fall in it.
    odds = np.log(np.clip(p, 1e-6, 1 - 1e-6) / np.clip(1 - p, 1e-6, 1))
    start, end = main_run(odds * (n_tokens + 5))
    span = max(end - start + 1, 1)
    return np.column_stack([
        p,
        *(_shifted(p, by) for k in (1, 2, 3) for by in (k, -k)),
        _window_mean(p, 5, 5), _window_mean(p, 15, 15),
        _window_mean(p, 10, -1), _window_mean(p, -1, 10),
        _window_mean(p, 40, -1), _window_mean(p, -1, 40),
        (cumulative - mass) / total, (total - cumulative) / total,
        (ids >= 0).astype(float), share, (ids == largest).astype(float),
        np.log1p(distance), (index < first).astype(float),
        _topic_share(words, p, ignore),
        ((index >= start) & (index <= end)).astype(float),
        np.log1p(np.clip(start - index, 0, None)), np.log1p(np.clip(index - end, 0, None)),
        np.clip((index - start) / span, -1, 2),
    ])
