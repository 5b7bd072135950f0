"""SumBasic (Nenkova & Vanderwende 2005) as sumy computes it, with incremental updates.

A sentence's value is the mean probability of its content-word stems (repeats
count); the best sentence is taken, and the probability of each of its words is
squared once per occurrence (sumy's update). sumy recomputes every remaining
sentence's mean at every step (``n²/2`` calls); here only the sentences that
contain a word whose probability changed are recomputed, from their rows of a
sparse matrix, so a value is always a fresh sum (no drift, even once
probabilities have been squared down to almost nothing). A probability squared to
0 no longer changes, so each word triggers only a handful of updates.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from summarizer.language import Language
from summarizer.methods.greedy import Ids, Vector, entries_of, first_best, pick_order_scores
from summarizer.methods.tokens import tokens_of
from summarizer.types import Document


def score_sumbasic(document: Document, language: Language, seed: int) -> list[float]:
    """SumBasic's greedy pick order as scores: the first picked scores 0, then -1, ..."""
    tokens = tokens_of(document, language)
    n = tokens.sentences
    if n == 0:
        return []
    counts = tokens.content_stems
    by_word = counts.tocsc()
    lengths = tokens.content_lengths
    totals = np.asarray(counts.sum(axis=0), dtype=float).ravel()
    probability = totals / max(float(totals.sum()), 1.0)
    safe_lengths = np.where(lengths > 0, lengths, 1.0)
    values = np.where(lengths > 0, (counts @ probability) / safe_lengths, 0.0)
    order: list[int] = []
    for _ in range(n):
        best = first_best(values, lowest=False)
        order.append(best)
        values[best] = -np.inf
        start, stop = counts.indptr[best], counts.indptr[best + 1]
        words = counts.indices[start:stop]
        if len(words) == 0:
            continue
        before = probability[words]
        after = before.copy()
        repeats = counts.data[start:stop]
        for turn in range(int(repeats.max())):
            # Squared once per occurrence, multiplication by multiplication as in sumy.
            after = np.where(repeats > turn, after * after, after)
        changed = words[after != before]
        if len(changed) == 0:
            continue
        probability[words] = after
        rows = np.unique(by_word.indices[entries_of(by_word, changed)])
        rows = rows[np.isfinite(values[rows])]
        if len(rows):
            values[rows] = _row_sums(counts, rows, probability) / safe_lengths[rows]
    return pick_order_scores(order)


def _row_sums(counts: sp.csr_matrix, rows: Ids, probability: Vector) -> Vector:
    """``(counts @ probability)[rows]`` for non-empty ``rows``, summed afresh."""
    entries = entries_of(counts, rows)  # CSR rows are laid out like CSC columns
    products = counts.data[entries] * probability[counts.indices[entries]]
    starts = np.concatenate(([0], np.cumsum(np.diff(counts.indptr)[rows])[:-1]))
    sums: Vector = np.add.reduceat(products, starts)
    return sums
