"""The graph methods (LexRank, TextRank, Reduction) on sparse matrices.

All three compare sentences through their content-word stems, as sumy does
(the same quantities; ``tests/test_methods_vs_sumy.py`` holds them to sumy's
scores). Nothing here is ``n × n`` and dense:

* LexRank's idf-modified cosine (Erkan & Radev 2004, eq. 3) is a sparse product of
  length-normalised tf-idf rows, taken a block of rows at a time and thresholded
  as it goes, so only the edges are ever kept. Its cost is the number of sentence
  pairs that share a stem: that part is inherently quadratic (see the README's
  *Scaling* table for its constant).
* TextRank's and Reduction's edge weight is the word overlap over the sum of the two
  sentences' log lengths. The denominator depends on a pair only through the two
  lengths, and a document has few distinct sentence lengths, so a product with the
  weight matrix is, for each length ``g``, an overlap product restricted to the
  sentences of that length, divided by ``log g + log len``: ``O(words × lengths)``,
  linear in the document. The sparse weight matrix is written out only when it is
  smaller than that (short articles), where applying it is cheaper.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray

from summarizer.language import Language
from summarizer.methods.tokens import as_scores, row_peaks, tokens_of
from summarizer.types import Document

Vector = NDArray[np.float64]

MAX_POWER_ITERATIONS = 10_000
"""sumy's power methods stop when a step is below epsilon; a chain that never
settles would loop forever, so stop after this many steps (never reached in practice)."""

LEXRANK_THRESHOLD = 0.1
LEXRANK_EPSILON = 0.1
TEXTRANK_EPSILON = 1e-4
TEXTRANK_DAMPING = 0.85
_ZERO_DIVISION_PREVENTION = 1e-7  # sumy's, added to TextRank's row sums

BLOCK_PAIRS = 4_000_000
"""Sentence pairs compared per block of LexRank rows: bounds the temporary product
at a few tens of MB whatever the document's size."""


def _row_blocks(matrix: sp.csr_matrix, column_counts: Vector) -> list[tuple[int, int]]:
    """Consecutive row ranges whose products with ``matrix.T`` stay near BLOCK_PAIRS."""
    pairs = sp.csr_matrix((column_counts[matrix.indices], matrix.indices, matrix.indptr),
                          shape=matrix.shape)
    cumulative = np.cumsum(np.asarray(pairs.sum(axis=1), dtype=float).ravel())
    blocks: list[tuple[int, int]] = []
    start = 0
    rows = matrix.shape[0]
    while start < rows:
        limit = (cumulative[start - 1] if start else 0.0) + BLOCK_PAIRS
        stop = max(start + 1, int(np.searchsorted(cumulative, limit, side="right")))
        blocks.append((start, min(stop, rows)))
        start = stop
    return blocks


def _scale_rows(matrix: sp.csr_matrix, factors: Vector) -> sp.csr_matrix:
    """``diag(factors) @ matrix`` without building the diagonal."""
    scaled = matrix.copy()
    scaled.data = scaled.data * np.repeat(factors, np.diff(matrix.indptr))
    return scaled


def lexrank_edges(counts: sp.csr_matrix, threshold: float) -> sp.csr_matrix:
    """Pairs whose idf-modified cosine exceeds ``threshold`` (1.0 each), as sumy builds them.

    tf is a count over the sentence's largest count; idf is ``log(n / (1 + df))``;
    a sentence with a zero tf-idf vector is similar to nothing (cosine 0).
    """
    n = counts.shape[0]
    present = counts.copy()
    present.data = np.ones_like(present.data)
    df = np.asarray(present.sum(axis=0), dtype=float).ravel()
    idf = np.log(n / (1.0 + df))
    peaks = row_peaks(counts)
    weights = _scale_rows(counts, 1.0 / np.where(peaks > 0, peaks, 1.0))
    weights.data *= idf[weights.indices]
    norms = np.sqrt(np.asarray(weights.multiply(weights).sum(axis=1), dtype=float).ravel())
    unit = _scale_rows(weights, np.divide(1.0, norms, out=np.zeros(n), where=norms > 0))
    unit.eliminate_zeros()
    transposed = unit.T.tocsr()
    pieces = []
    for start, stop in _row_blocks(unit, df):
        block = (unit[start:stop] @ transposed).tocsr()
        block.data = np.where(block.data > threshold, 1.0, 0.0)
        block.eliminate_zeros()
        pieces.append(block)
    if not pieces:
        return sp.csr_matrix((n, n))
    edges: sp.csr_matrix = sp.vstack(pieces, format="csr")
    return edges


def normalised_power_method(transition_t: sp.csr_matrix | _Operator, start: Vector,
                            epsilon: float) -> Vector:
    """LexRank's power method: ``p ← Mᵀp / ‖Mᵀp‖`` until a step is at most ``epsilon``.

    Where sumy divides by a zero norm (no sentence is similar to any other, not even
    to itself) and returns NaN scores, this returns zeros: no evidence for any sentence.
    """
    p_vector = start
    for _ in range(MAX_POWER_ITERATIONS):
        next_p: Vector = transition_t @ p_vector
        norm = float(np.linalg.norm(next_p))
        if norm == 0.0:
            return np.zeros(len(start))
        next_p /= norm
        step = float(np.linalg.norm(next_p - p_vector))
        p_vector = next_p
        if step <= epsilon:
            break
    return p_vector


@dataclass(frozen=True, slots=True)
class _Operator:
    """``x ↦ Mᵀx`` for a matrix given as a function (``@`` like a sparse matrix)."""

    apply: Callable[[Vector], Vector]

    def __matmul__(self, vector: Vector) -> Vector:
        return self.apply(vector)


def score_lexrank(document: Document, language: Language, seed: int) -> list[float]:
    """LexRank centrality (Erkan & Radev 2004) with sumy's threshold and epsilon."""
    tokens = tokens_of(document, language)
    if tokens.sentences == 0:
        return []
    return as_scores(lexrank_scores(tokens.content_stems))


def lexrank_scores(counts: sp.csr_matrix, *, threshold: float = LEXRANK_THRESHOLD,
                   epsilon: float = LEXRANK_EPSILON) -> Vector:
    """LexRank scores from a sentence × stem count matrix."""
    n = counts.shape[0]
    edges = lexrank_edges(counts, threshold)
    degrees = np.asarray(edges.sum(axis=1), dtype=float).ravel()
    inverse = 1.0 / np.where(degrees == 0, 1.0, degrees)
    # M = D⁻¹E, so Mᵀp = Eᵀ(D⁻¹p); Eᵀ is a view of E (CSC), not a copy.
    operator = _Operator(lambda p: edges.T @ (inverse * p))
    return normalised_power_method(operator, np.full(n, 1.0 / n), epsilon)


@dataclass(frozen=True)
class Overlap:
    """``x ↦ Wx`` for the overlap weights ``W`` of TextRank and Reduction.

    ``W[i, j] = O[i, j] / (log len i + log len j)`` where ``O = C Cᵀ`` counts
    matching word pairs (Mihalcea & Tarau 2004, eq. 1). When both sentences are one
    word long the denominator is 0: TextRank then uses the overlap itself
    (``single_word_edge``), Reduction 0, as sumy does. ``W`` is symmetric.
    """

    counts: sp.csr_matrix
    transposed: sp.csr_matrix
    groups: sp.csr_matrix
    inverse: NDArray[np.float64]

    @classmethod
    def build(cls, counts: sp.csr_matrix, lengths: Vector, *,
              single_word_edge: bool) -> Overlap:
        """From sentence × stem counts and the sentences' content lengths."""
        n = counts.shape[0]
        sizes, group = np.unique(lengths, return_inverse=True)
        log_own = np.log(np.maximum(lengths, 1.0))
        log_group = np.log(np.maximum(sizes, 1.0))
        denominators = log_own[:, None] + log_group[None, :]
        ones = (lengths == 1)[:, None] & (sizes == 1)[None, :]
        inverse = np.divide(1.0, denominators, out=np.zeros(denominators.shape),
                            where=denominators > 0)
        if single_word_edge:
            inverse[ones] = 1.0
        # An empty sentence overlaps nothing; its (zero) products must stay zero.
        inverse[(lengths == 0)[:, None] | (sizes == 0)[None, :]] = 0.0
        groups = sp.csr_matrix((np.ones(n), (np.arange(n), group.ravel())),
                               shape=(n, len(sizes)))
        return cls(counts=counts, transposed=counts.T.tocsr(), groups=groups,
                   inverse=inverse)

    def __matmul__(self, vector: Vector) -> Vector:
        by_length = self.transposed @ self.groups.multiply(vector[:, None]).tocsr()
        overlaps = np.asarray((self.counts @ by_length).todense())
        result: Vector = (overlaps * self.inverse).sum(axis=1)
        return result

    def pairs(self) -> float:
        """Sentence pairs that share a word: the size of ``W`` written out."""
        df = np.diff(self.transposed.indptr).astype(float)
        return float(df @ df)

    def explicit(self) -> sp.csr_matrix:
        """``W`` written out as a sparse matrix (cheaper to apply when it is small)."""
        overlap = (self.counts @ self.transposed).tocsr()
        group_of = self.groups.indices  # one entry per row: the sentence's length group
        rows = np.repeat(np.arange(overlap.shape[0]), np.diff(overlap.indptr))
        overlap.data = overlap.data * self.inverse[rows, group_of[overlap.indices]]
        return overlap

    def cheapest(self) -> sp.csr_matrix | Overlap:
        """``W`` written out if that makes ``W x`` cheaper than by length groups."""
        grouped = 2.0 * self.counts.nnz * self.inverse.shape[1]
        return self.explicit() if self.pairs() <= min(grouped, BLOCK_PAIRS) else self

    def diagonal(self) -> Vector:
        """``W[i, i]``: a sentence's overlap with itself over twice its log length."""
        own = np.asarray(self.counts.multiply(self.counts).sum(axis=1), dtype=float).ravel()
        rows, cols = self.groups.nonzero()
        inverse = np.zeros(self.counts.shape[0])
        inverse[rows] = self.inverse[rows, cols]
        result: Vector = own * inverse
        return result


def textrank_scores(counts: sp.csr_matrix, lengths: Vector, *,
                    damping: float = TEXTRANK_DAMPING,
                    epsilon: float = TEXTRANK_EPSILON) -> Vector:
    """TextRank's stationary vector as sumy computes it, from sentence × stem counts.

    sumy's transition matrix is ``(1 - d)/n + d · W / (rowsum W + 1e-7)`` (its random
    jump divided by ``n``; see its docstring), and its power method stops without
    normalising when a step is at most ``epsilon``.
    """
    n = counts.shape[0]
    weights = Overlap.build(counts, lengths, single_word_edge=True).cheapest()
    inverse = 1.0 / (weights @ np.ones(n) + _ZERO_DIVISION_PREVENTION)
    p_vector = np.full(n, 1.0 / n)
    for _ in range(MAX_POWER_ITERATIONS):
        next_p = (1.0 - damping) / n * p_vector.sum() + damping * (weights @ (inverse * p_vector))
        step = float(np.linalg.norm(next_p - p_vector))
        p_vector = next_p
        if step <= epsilon:
            break
    return p_vector


def reduction_scores(counts: sp.csr_matrix, lengths: Vector) -> Vector:
    """Each sentence's summed overlap weight with every other sentence."""
    weights = Overlap.build(counts, lengths, single_word_edge=False)
    result: Vector = weights @ np.ones(counts.shape[0]) - weights.diagonal()
    return result


def score_textrank(document: Document, language: Language, seed: int) -> list[float]:
    """TextRank (Mihalcea & Tarau 2004): PageRank over the word-overlap graph."""
    tokens = tokens_of(document, language)
    if tokens.sentences == 0:
        return []
    return as_scores(textrank_scores(tokens.content_stems, tokens.content_lengths))


def score_reduction(document: Document, language: Language, seed: int) -> list[float]:
    """Reduction: a sentence's summed overlap weight with all the others."""
    tokens = tokens_of(document, language)
    if tokens.sentences == 0:
        return []
    return as_scores(reduction_scores(tokens.content_stems, tokens.content_lengths))
