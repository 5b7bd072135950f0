"""SumBasic (Nenkova & Vanderwende 2005) as sumy computes it, with incremental updates.

A sentence's value is the mean probability of its content-word stems (repeats
count); the best sentence is taken, and the probability of each of its words is
squared once per occurrence (sumy's update). sumy recomputes every remaining
sentence's mean at every step (``n²/2`` calls); here only the sentences that
contain a word whose probability changed are recomputed. A probability squared
to 0 no longer changes, so each word triggers only a handful of updates.

Ties are common (two sentences whose words are equally frequent have the same
mean), and sumy takes the first sentence whose value is strictly greater, in its
own floating-point arithmetic. So a mean is computed exactly as sumy computes it:
the probabilities added one by one in word order, then divided by the count. The
additions are vectorised across sentences (a sum over the rows of a
``position × sentence`` array, which numpy does row after row), so the values, and
the choices, are sumy's to the last bit.
"""

from __future__ import annotations

import numpy as np

from summarizer.language import Language
from summarizer.methods.greedy import Ids, Vector, entries_of, pick_order_scores
from summarizer.methods.tokens import Tokens, tokens_of
from summarizer.types import Document


class _Means:
    """Each sentence's mean word probability, summed in sumy's order."""

    def __init__(self, tokens: Tokens, padding: int) -> None:
        end = tokens.body_end
        content = tokens.content[:end]
        self.words: Ids = tokens.stem[:end][content]
        self.lengths: Ids = np.bincount(tokens.owner[:end][content],
                                        minlength=tokens.sentences)
        self.starts: Ids = np.concatenate(([0], np.cumsum(self.lengths)[:-1]))
        self.padding = padding  # index of a probability that is always 0

    def __call__(self, rows: Ids, probability: Vector) -> Vector:
        """Means of ``rows`` (0 for a sentence without content words)."""
        lengths = self.lengths[rows]
        longest = int(lengths.max()) if len(rows) else 0
        if longest == 0:
            return np.zeros(len(rows))
        # numpy sums a lone column pairwise, not in order: give it a second one.
        columns = max(len(rows), 2)
        offsets = np.arange(longest)[:, None]
        positions = np.zeros((longest, columns), dtype=np.int64)
        positions[:, : len(rows)] = self.starts[rows][None, :] + offsets
        inside = np.zeros((longest, columns), dtype=bool)
        inside[:, : len(rows)] = offsets < lengths[None, :]
        ids = np.where(inside, self.words[np.where(inside, positions, 0)], self.padding)
        # x + 0.0 == x, so the padding leaves each sum as sumy's.
        sums = np.add.reduce(probability[ids], axis=0)[: len(rows)]
        means: Vector = np.divide(sums, lengths, out=np.zeros(len(rows)), where=lengths > 0)
        return means


def sumbasic_order(tokens: Tokens) -> list[int]:
    """The order in which SumBasic's greedy loop takes the sentences."""
    n = tokens.sentences
    counts = tokens.content_stems
    by_word = counts.tocsc()
    totals = np.asarray(counts.sum(axis=0), dtype=float).ravel()
    content_words = int(totals.sum())
    # One extra, always-zero probability pads the sums (see _Means).
    probability = np.append(totals / max(content_words, 1), 0.0)
    means = _Means(tokens, padding=len(totals))
    values = means(np.arange(n), probability)
    order: list[int] = []
    for _ in range(n):
        best = int(np.argmax(values))  # the first maximum, as in sumy
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
            values[rows] = means(rows, probability)
    return order


def score_sumbasic(document: Document, language: Language, seed: int) -> list[float]:
    """SumBasic's greedy pick order as scores: the first picked scores 0, then -1, ..."""
    tokens = tokens_of(document, language)
    if tokens.sentences == 0:
        return []
    return pick_order_scores(sumbasic_order(tokens))
