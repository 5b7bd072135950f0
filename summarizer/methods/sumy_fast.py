"""sumy's summarizers with their slow inner loops replaced by numpy.

Each class overrides only the hook where sumy spends its time, computing the same
quantity from the same inputs; sumy still tokenizes, stems, filters stop words,
runs its power method and sorts. ``tests/test_methods_vs_sumy.py`` checks that each
ranks sentences as the stock class does, with scores equal within a named tolerance.

Times on a 400-sentence article, stock and fast: the README's *Speed* table
(``python benchmarks/speed.py --stock``); how each was made fast: ``docs/speed.md``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from summarizer.methods.vectors import (
    Matrix,
    normalised_power_method,
    overlap_weights,
    tfidf_cosine,
)


class FastLuhnSummarizer(LuhnSummarizer):  # type: ignore[misc]
    """Luhn with its significant words in a set.

    sumy returns them as a tuple and tests every word of every sentence against it
    (a linear scan per word).
    """

    def _get_significant_words(self, words: Sequence[str]) -> frozenset[str]:
        return frozenset(super()._get_significant_words(words))


class FastLsaSummarizer(LsaSummarizer):  # type: ignore[misc]
    """LSA without the SVD, and with the term-frequency smoothing vectorised.

    sumy rates sentence ``j`` as ``sqrt(Σᵢ σᵢ² vᵢⱼ²)`` over the first
    ``max(3, REDUCTION_RATIO · len(σ))`` singular values. With its default ratio of
    1 every singular value is kept, and then the sum is exactly the squared length
    of column ``j`` of the term matrix (``AᵀA = VΣ²Vᵀ``): the SVD, most of stock
    LSA's time on a long article, changes nothing but rounding. So with a ratio of 1 or more
    the rating is the column's length; with a smaller ratio sumy's SVD runs.
    """

    def __call__(self, document: Any, sentences_count: Any) -> Any:
        if self.REDUCTION_RATIO < 1:
            return super().__call__(document, sentences_count)
        dictionary = self._create_dictionary(document)
        if not dictionary:
            return ()
        matrix = self._compute_term_frequency(self._create_matrix(document, dictionary))
        ranks = iter(np.linalg.norm(matrix, axis=0).tolist())
        return self._get_best_sentences(document.sentences, sentences_count,
                                        lambda _sentence: next(ranks))

    def _create_dictionary(self, document: Any) -> dict[str, int]:
        """sumy's word → row map, with rows in sorted order.

        sumy numbers the words of a frozenset, so the row order follows Python's
        string hashing, which changes from process to process; the column norms then
        differ in their last bits and break ties differently from run to run.
        """
        return {word: row for row, word in enumerate(sorted(super()._create_dictionary(document)))}

    def _compute_term_frequency(self, matrix: Matrix, smooth: float = 0.4) -> Matrix:
        """Augmented tf, ``smooth + (1 - smooth) · tf / max tf``, per sentence column.

        Like sumy, every cell of a column with a non-zero maximum is smoothed
        (absent words get ``smooth``), and all-zero columns are left alone.
        """
        peaks = matrix.max(axis=0)
        smoothed = smooth + (1.0 - smooth) * matrix / np.where(peaks != 0, peaks, 1.0)
        result: Matrix = np.where(peaks != 0, smoothed, matrix)
        return result


class FastLexRankSummarizer(LexRankSummarizer):  # type: ignore[misc]
    """LexRank with document frequencies, similarities and the graph built by numpy."""

    @staticmethod
    def _compute_idf(sentences: Sequence[Sequence[str]]) -> dict[str, float]:
        """``log(n / (1 + df))``, sumy's idf, from one pass over the sentences."""
        count = len(sentences)
        frequencies = Counter(term for sentence in sentences for term in set(sentence))
        return {term: float(np.log(count / (1 + df))) for term, df in frequencies.items()}

    def _create_matrix(self, sentences: Sequence[Sequence[str]], threshold: float,
                       tf_metrics: Sequence[dict[str, float]],
                       idf_metrics: dict[str, float]) -> Matrix:
        """Edges where the cosine exceeds ``threshold``, each row divided by its degree."""
        edges = (tfidf_cosine(tf_metrics, idf_metrics) > threshold).astype(float)
        degrees = edges.sum(axis=1)
        result: Matrix = edges / np.where(degrees == 0, 1.0, degrees)[:, None]
        return result

    @staticmethod
    def power_method(matrix: Matrix, epsilon: float) -> Matrix:
        return normalised_power_method(matrix, epsilon)


class FastTextRankSummarizer(TextRankSummarizer):  # type: ignore[misc]
    """TextRank with the sentence-overlap graph built by numpy."""

    def _create_matrix(self, document: Any) -> Matrix:
        """Row-normalised overlap weights, damped as sumy does (see its docstring)."""
        words = [self._to_words_set(sentence) for sentence in document.sentences]
        weights = overlap_weights(words, single_word_edge=True)
        weights /= weights.sum(axis=1)[:, None] + self._ZERO_DIVISION_PREVENTION
        count = len(words)
        result: Matrix = (1.0 - self.damping) / count + self.damping * weights
        return result


class FastReductionSummarizer(ReductionSummarizer):  # type: ignore[misc]
    """Reduction: each sentence's summed overlap weight with every other sentence."""

    def rate_sentences(self, document: Any) -> dict[Any, float]:
        sentences = document.sentences
        weights = overlap_weights(
            [self._to_words_set(s) for s in sentences], single_word_edge=False
        )
        np.fill_diagonal(weights, 0.0)  # sumy rates pairs of distinct sentences
        return dict(zip(sentences, (float(v) for v in weights.sum(axis=1)), strict=True))
