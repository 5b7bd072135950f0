"""How much of each unit's text another text contains.

Used to tell, for each block of an HTML page, how much of it trafilatura kept, and
(for training) how much of each line is the hand-marked article. The two texts'
words are aligned in order (difflib), so a sentence the page prints twice (a
teaser repeating the lede) counts only where it stands in the other text's order.
Past :data:`ALIGN_LIMIT` words, a linear approximation is used instead: a word is
covered when a run of ``N`` words through it occurs anywhere in the other text.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from summarizer.clean.units import tokens

N = 4
"""Tokens per run: long enough that common phrases rarely match by chance."""

ALIGN_LIMIT = 60_000
"""Words (both texts together) up to which the exact alignment is affordable (well under
a second); longer inputs get the linear approximation."""

MIN_MATCH = 3
"""Aligned runs shorter than this are chance ("of the"), unless they are a whole text."""


def aligned_share(units: Sequence[str], other: str) -> list[float]:
    """For each text in ``units``, the share of its words aligned with ``other``'s."""
    words: list[str] = []
    owner: list[int] = []
    for index, text in enumerate(units):
        found = tokens(text)
        words += found
        owner += [index] * len(found)
    target = tokens(other)
    if len(words) + len(target) > ALIGN_LIMIT:
        return covered_share(units, other)
    matcher = difflib.SequenceMatcher(None, words, target, autojunk=False)
    hits = [0] * len(units)
    counts = [0] * len(units)
    for index in owner:
        counts[index] += 1
    for start, _, size in matcher.get_matching_blocks():
        if size >= MIN_MATCH or (size and size == len(target)):
            for position in range(start, start + size):
                hits[owner[position]] += 1
    return [hit / count if count else 0.0 for hit, count in zip(hits, counts, strict=True)]


def _runs(words: Sequence[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def covered_share(units: Sequence[str], other: str) -> list[float]:
    """For each text in ``units``, the share of its tokens that ``other`` covers."""
    reference = tokens(other)
    runs = {n: _runs(reference, n) for n in range(1, N + 1)}
    shares: list[float] = []
    for text in units:
        words = tokens(text)
        if not words:
            shares.append(0.0)
            continue
        if len(words) < N:
            shares.append(float(tuple(words) in runs[len(words)]))
            continue
        covered = [False] * len(words)
        for i in range(len(words) - N + 1):
            if tuple(words[i:i + N]) in runs[N]:
                covered[i:i + N] = [True] * N
        shares.append(sum(covered) / len(words))
    return shares
