"""Numpy helpers shared by the fast versions of sumy's graph methods.

sumy compares every pair of sentences in Python (O(n² · words) interpreted work, over
a second on a 400-sentence article). The same quantities are pairwise dot products of
sparse term vectors, which numpy computes in milliseconds. Only terms that occur in
at least two sentences can contribute to a dot product between two different
sentences, so the dense matrix holds just those columns (a news article's vocabulary
is mostly words used once) and each sentence's dot product with itself is added
from its own terms.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np
from numpy.typing import NDArray

Matrix = NDArray[np.float64]

# sumy's power methods stop when the step is below epsilon; a chain that never
# settles would loop forever, so stop after this many steps (never reached in practice).
MAX_POWER_ITERATIONS = 10_000


def _shared_matrix(rows: Sequence[Mapping[str, float]]) -> Matrix:
    """``n × S`` values of the terms found in at least two rows."""
    spread = Counter(term for row in rows for term in row)
    columns: dict[str, int] = {}
    for term, rows_with_term in spread.items():
        if rows_with_term > 1:
            columns[term] = len(columns)
    matrix = np.zeros((len(rows), len(columns)))
    for i, row in enumerate(rows):
        for term, value in row.items():
            column = columns.get(term)
            if column is not None:
                matrix[i, column] = value
    return matrix


def gram(rows: Sequence[Mapping[str, float]]) -> Matrix:
    """All pairwise dot products of sparse term vectors (``rows @ rows.T``)."""
    shared = _shared_matrix(rows)
    products: Matrix = shared @ shared.T
    np.fill_diagonal(products, [sum(v * v for v in row.values()) for row in rows])
    return products


def overlap_weights(words: Sequence[Sequence[str]], *, single_word_edge: bool) -> Matrix:
    """Word overlap of every pair of sentences over the sum of their log lengths.

    The edge weight of TextRank (Mihalcea & Tarau 2004, eq. 1) and of sumy's
    Reduction: the number of matching word pairs divided by
    ``log(len(a)) + log(len(b))``. When both sentences are one word long that
    denominator is 0: TextRank then uses the overlap itself (``single_word_edge``),
    Reduction uses 0, as sumy does.
    """
    counts = [{w: float(c) for w, c in Counter(ws).items()} for ws in words]
    overlap = gram(counts)
    lengths = np.array([max(len(ws), 1) for ws in words], dtype=float)
    log_len = np.log(lengths)
    norm = log_len[:, None] + log_len[None, :]
    fallback = overlap if single_word_edge else np.zeros_like(overlap)
    weights = np.divide(overlap, norm, out=fallback.copy(), where=norm > 0)
    return np.where(overlap > 0, weights, 0.0)


def tfidf_cosine(tf: Sequence[Mapping[str, float]], idf: Mapping[str, float]) -> Matrix:
    """LexRank's idf-modified cosine (Erkan & Radev 2004, eq. 3) of every pair.

    0 where either sentence has a zero tf-idf vector, as in sumy.
    """
    weighted = [{term: value * idf[term] for term, value in row.items()} for row in tf]
    dots = gram(weighted)
    norms = np.sqrt(np.diag(dots))
    denominators = np.outer(norms, norms)
    cosine: Matrix = np.divide(
        dots, denominators, out=np.zeros_like(dots), where=denominators > 0
    )
    return cosine


def normalised_power_method(matrix: Matrix, epsilon: float) -> Matrix:
    """LexRank's power method: ``p ← Mᵀp / ‖Mᵀp‖`` until a step is below ``epsilon``.

    Where sumy divides by a zero norm (no sentence is similar to any other, not even
    to itself) and returns NaN scores, this returns zeros: no evidence for any sentence.
    """
    count = len(matrix)
    p_vector: Matrix = np.full(count, 1.0 / count)
    for _ in range(MAX_POWER_ITERATIONS):
        next_p: Matrix = matrix.T @ p_vector
        norm = float(np.linalg.norm(next_p))
        if norm == 0.0:
            return np.zeros(count)
        next_p /= norm
        step = float(np.linalg.norm(next_p - p_vector))
        p_vector = next_p
        if step <= epsilon:
            break
    return p_vector
