"""LSA (Steinberger & Ježek 2004) as sumy computes it, without a dense matrix.

sumy builds the dense ``words × sentences`` matrix of smoothed term frequencies
(``0.4 + 0.6 · tf / max tf`` in every cell of a sentence's column, absent words
included), takes its full SVD and rates sentence ``j`` as ``sqrt(Σᵢ σᵢ² vᵢⱼ²)`` over
its first ``max(3, ratio · len(σ))`` singular values. With sumy's ratio of 1, the
one this project uses, every singular value is kept, and then the sum is exactly
the squared length of column ``j`` (``AᵀA = VΣ²Vᵀ``): computed from the sentence's
own words in ``O(words)``, with the absent words' ``0.4`` counted in bulk. For
fewer dimensions, :func:`lsa_ranks` takes a truncated SVD (ARPACK) of the matrix as
a sparse matrix plus the rank-one ``0.4`` fill, for only the components used.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray
from scipy.sparse.linalg import LinearOperator, svds

from summarizer.language import Language
from summarizer.methods.tokens import as_scores, row_peaks, tokens_of
from summarizer.types import Document

Vector = NDArray[np.float64]

SMOOTH = 0.4
"""sumy's augmented-tf smoothing: absent words get 0.4, the most frequent 1."""

SVD_SEED = 0
"""Seed of ARPACK's start vector, so a truncated SVD is the same on every run."""


def lsa_ranks(counts: sp.csr_matrix, *, dimensions: int | None = None) -> Vector:
    """Each sentence's LSA rank from its sentence × word counts (all words of the dictionary).

    Args:
        counts: Sentence × dictionary-word counts; every column is a dictionary word.
        dimensions: Singular values kept; ``None`` (sumy's default) keeps them all.
    """
    n, words = counts.shape
    peaks = row_peaks(counts)
    scale = (1.0 - SMOOTH) / np.where(peaks > 0, peaks, 1.0)
    varying = counts.multiply(scale[:, None]).tocsr()  # the part above the 0.4 floor
    filled = (peaks > 0).astype(float)  # columns sumy smooths (others stay all zero)
    if dimensions is None or dimensions >= min(n, words):
        present = np.diff(counts.indptr).astype(float)
        above = varying.copy()
        above.data = (SMOOTH + above.data) ** 2
        squares = np.asarray(above.sum(axis=1), dtype=float).ravel()
        result: Vector = np.sqrt(filled * (squares + (words - present) * SMOOTH**2))
        return result
    return _truncated_ranks(varying, filled, dimensions)


def _truncated_ranks(varying: sp.csr_matrix, filled: Vector, dimensions: int) -> Vector:
    """``sqrt(Σᵢ σᵢ² vᵢⱼ²)`` over the top ``dimensions`` singular triplets."""
    n, words = varying.shape
    ones = np.ones(words)

    def matvec(x: Vector) -> Vector:  # (sentences × words) · x
        x = np.ravel(x)
        return np.asarray(varying @ x).ravel() + SMOOTH * filled * float(ones @ x)

    def rmatvec(y: Vector) -> Vector:
        y = np.ravel(y)
        return np.asarray(varying.T @ y).ravel() + SMOOTH * ones * float(filled @ y)

    operator = LinearOperator((n, words), matvec=matvec, rmatvec=rmatvec, dtype=float)
    start = np.random.default_rng(SVD_SEED).uniform(-1.0, 1.0, min(n, words))
    left, sigma, _ = svds(operator, k=dimensions, v0=start, random_state=SVD_SEED)
    result: Vector = np.sqrt(((left * sigma) ** 2).sum(axis=1))
    return result


def score_lsa(document: Document, language: Language, seed: int) -> list[float]:
    """sumy's LSA ranks with every singular value kept."""
    tokens = tokens_of(document, language)
    if tokens.sentences == 0:
        return []
    # sumy's dictionary: the stems of every content word, headings included.
    dictionary = np.zeros(tokens.stems, dtype=bool)
    dictionary[tokens.stem[tokens.content]] = True
    if not dictionary.any():
        return [0.0] * tokens.sentences
    column = np.cumsum(dictionary) - 1
    kept = dictionary[tokens.stem]
    counts = tokens.counts(column[tokens.stem], kept, columns=int(dictionary.sum()))
    return as_scores(lsa_ranks(counts))
