"""KL-Sum (Haghighi & Vanderwende 2009) as sumy computes it, vectorised.

sumy's ``KLSummarizer`` rates every sentence by greedily re-computing the KL
divergence of every candidate summary from scratch: O(n² · words) Python work.
This module computes the very same quantities incrementally with numpy;
``tests/test_kl.py`` checks that it ranks sentences exactly as sumy does. The
timings (stock and ours, on a 400-sentence article) are in the README's *Speed*
table: ``python benchmarks/speed.py --stock``.

Faithful to sumy, including its quirks: document frequencies come from the
lower-cased content words; the candidate sentence contributes its lower-cased content
words, but the summary so far contributes its raw words (their case kept and stop
words included) and all of them count towards the joint length.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from summarizer.language import Language, tokenize_words
from summarizer.types import Document

Vector = NDArray[np.float64]

# Candidates whose divergences differ by less than this (relative) are tied: the two
# computations round differently, and a tie goes to the earlier sentence, as in
# sumy whenever its own rounding makes the values equal.
_TIE = 1e-12


@dataclass(frozen=True, slots=True)
class _Terms:
    """The document's word distribution and each sentence's words as vocabulary ids.

    Candidate entries are flattened (``row`` = sentence, ``col`` = word id, ``count``)
    so that one ``bincount`` sums a quantity per sentence.
    """

    freq: Vector
    log_freq: Vector
    row: NDArray[np.int64]
    col: NDArray[np.int64]
    count: Vector
    content_len: Vector
    as_summary: tuple[dict[int, int], ...]
    raw_len: Vector


def _terms(raw: list[tuple[str, ...]], stop: frozenset[str]) -> _Terms:
    """Count words the way sumy's ``KLSummarizer`` does (see the module docstring)."""
    # Document distribution: filter stop words on the raw token, then lower-case.
    doc_words = [w.lower() for words in raw for w in words if w not in stop]
    vocab: dict[str, int] = {}
    for w in doc_words:
        vocab.setdefault(w, len(vocab))
    freq = np.bincount([vocab[w] for w in doc_words], minlength=len(vocab)).astype(float)
    freq /= max(len(doc_words), 1)
    rows: list[int] = []
    cols: list[int] = []
    counts: list[int] = []
    as_summary: list[dict[int, int]] = []
    content_len = np.zeros(len(raw))
    for i, words in enumerate(raw):
        content = [w for w in (w.lower() for w in words) if w not in stop]
        content_len[i] = len(content)
        tally: dict[int, int] = {}
        for w in content:
            tally[vocab[w]] = tally.get(vocab[w], 0) + 1
        rows.extend([i] * len(tally))
        cols.extend(tally)
        counts.extend(tally.values())
        # Raw case: only tokens that are already lower-case match the vocabulary.
        ids = [vocab[w] for w in words if w in vocab]
        as_summary.append({c: ids.count(c) for c in dict.fromkeys(ids)})
    return _Terms(
        freq=freq, log_freq=np.log(freq, where=freq > 0, out=np.zeros_like(freq)),
        row=np.array(rows, dtype=np.int64), col=np.array(cols, dtype=np.int64),
        count=np.array(counts, dtype=float), content_len=content_len,
        as_summary=tuple(as_summary), raw_len=np.array([len(w) for w in raw], dtype=float),
    )


def _divergences(terms: _Terms, summary: Vector, summary_len: float) -> Vector:
    """KL(document ‖ summary + candidate) for every candidate sentence at once.

    Only words in the document distribution count (sumy skips the rest); adding a
    candidate changes the terms of its own words and the joint length.
    """
    n = len(terms.content_len)
    freq, log_freq, col = terms.freq, terms.log_freq, terms.col
    in_summary = summary > 0
    safe = np.where(in_summary, summary, 1.0)
    summary_terms = np.where(in_summary, freq * (log_freq - np.log(safe)), 0.0)
    s_col = summary[col]
    delta = freq[col] * (log_freq[col] - np.log(terms.count + s_col)) - np.where(
        s_col > 0, summary_terms[col], 0.0
    )
    mass = float(freq[in_summary].sum()) + np.bincount(
        terms.row, weights=np.where(s_col > 0, 0.0, freq[col]), minlength=n
    )
    total = terms.content_len + summary_len
    log_total = np.log(np.where(total > 0, total, 1.0))
    result: Vector = (
        float(summary_terms.sum()) + np.bincount(terms.row, weights=delta, minlength=n)
        + log_total * mass
    )
    return result


def _first_minimum(values: Vector) -> int:
    """Index of the first value within ``_TIE`` of the minimum."""
    lowest = float(values.min())
    return int(np.flatnonzero(values <= lowest + _TIE * max(1.0, abs(lowest)))[0])


def score_kl(document: Document, language: Language, seed: int) -> list[float]:
    """Greedy KL-Sum order as scores: the first sentence picked scores 0, then -1, ..."""
    n = len(document.sentences)
    if n == 0:
        return []
    terms = _terms([tokenize_words(s.text) for s in document.sentences], language.stop_words)
    summary = np.zeros(len(terms.freq))
    summary_len = 0.0
    remaining = np.ones(n, dtype=bool)
    scores = [0.0] * n
    for step in range(n):
        kl = _divergences(terms, summary, summary_len)
        kl[~remaining] = np.inf
        best = _first_minimum(kl)
        remaining[best] = False
        scores[best] = -float(step) if step else 0.0
        for word, count in terms.as_summary[best].items():
            summary[word] += count
        summary_len += terms.raw_len[best]
    return scores
