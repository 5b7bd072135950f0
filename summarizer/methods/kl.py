"""KL-Sum (Haghighi & Vanderwende 2009) as sumy computes it, with incremental updates.

sumy's ``KLSummarizer`` rates every sentence by greedily re-computing the KL
divergence of every candidate summary from scratch: O(n² · words) Python work.
Here the divergence of "summary + candidate ``i``" is split into a part shared by
all candidates, a per-candidate sum over the candidate's own words, and the log of
the joint length times the probability mass covered; when a sentence joins the
summary only the terms of its words change, so only the candidates sharing one
of them are updated. ``tests/test_kl.py`` checks that it ranks sentences exactly
as sumy does.

Faithful to sumy, including its quirks: document frequencies come from the
lower-cased words whose written form is not a stop word (so "The" counts as
"the"); the candidate sentence contributes its lower-cased content words, but the
summary so far contributes its raw words (their case kept and stop words
included, so only tokens already in lower case match) and all of them count
towards the joint length.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray

from summarizer.language import Language
from summarizer.methods.greedy import entries_of, first_lowest, pick_order_scores
from summarizer.methods.tokens import Tokens, tokens_of
from summarizer.types import Document

Vector = NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class _Terms:
    """The document's word distribution and each sentence's words, by lower-form id.

    Attributes:
        freq: Each word's probability in the document (0 for words outside it).
        candidates: Sentence × word counts of each sentence's content words.
        as_summary: Sentence × word counts a sentence adds once in the summary.
        content_len: Content words per sentence.
        raw_len: Tokens per sentence (what a sentence adds to the summary's length).
    """

    freq: Vector
    candidates: sp.csc_matrix
    as_summary: sp.csr_matrix
    content_len: Vector
    raw_len: Vector


def _terms(tokens: Tokens) -> _Terms:
    """Count words the way sumy's ``KLSummarizer`` does (see the module docstring)."""
    end, words = tokens.body_end, len(tokens.lower_forms)
    lower = tokens.lower[:end]
    counted = ~tokens.raw_is_stop[tokens.raw[:end]]
    freq = np.bincount(lower[counted], minlength=words).astype(float)
    freq /= max(int(counted.sum()), 1)
    # A raw token matches the distribution only if its written form is one of its words.
    by_form = {form: i for i, form in enumerate(tokens.lower_forms)}
    summary_id = np.array([by_form.get(form, -1) for form in tokens.raw_forms], dtype=np.int64)
    summary_id[summary_id >= 0] = np.where(freq[summary_id[summary_id >= 0]] > 0,
                                           summary_id[summary_id >= 0], -1)
    token_summary = summary_id[tokens.raw[:end]] if end else np.zeros(0, dtype=np.int64)
    candidates = tokens.counts(tokens.lower, tokens.content, columns=words)
    as_summary = tokens.counts(np.maximum(token_summary, 0), token_summary >= 0,
                               columns=words)
    return _Terms(
        freq=freq, candidates=candidates.tocsc(), as_summary=as_summary,
        content_len=np.asarray(candidates.sum(axis=1), dtype=float).ravel(),
        raw_len=np.diff(tokens.starts[: tokens.sentences + 1]).astype(float),
    )


def _entry_terms(freq: Vector, log_freq: Vector, words: NDArray[np.int64],
                 counts: Vector, summary: Vector) -> tuple[Vector, Vector]:
    """A candidate word's share of the divergence and of the covered mass.

    With the summary holding ``s`` of word ``w`` and the candidate ``c``, the joint
    count is ``c + s``: the term ``f (log f - log(c + s))`` replaces the summary's own
    ``f (log f - log s)``, and the word adds ``f`` to the mass unless the summary
    already covers it.
    """
    f, s = freq[words], summary[words]
    safe = np.where(s > 0, s, 1.0)
    own = np.where(s > 0, f * (log_freq[words] - np.log(safe)), 0.0)
    delta = f * (log_freq[words] - np.log(counts + s)) - own
    return delta, np.where(s > 0, 0.0, f)


def kl_order(terms: _Terms) -> list[int]:
    """The order in which the greedy loop takes the sentences."""
    n = len(terms.content_len)
    freq = terms.freq
    log_freq = np.log(freq, where=freq > 0, out=np.zeros_like(freq))
    columns = terms.candidates
    rows, counts = columns.indices.astype(np.int64), columns.data
    words = np.repeat(np.arange(columns.shape[1]), np.diff(columns.indptr))
    summary = np.zeros(len(freq))
    delta, mass = _entry_terms(freq, log_freq, words, counts, summary)
    divergence = np.bincount(rows, weights=delta, minlength=n)
    covered = np.bincount(rows, weights=mass, minlength=n)
    # log(content length + summary length) takes few distinct values per step.
    sizes, size_of = np.unique(terms.content_len, return_inverse=True)
    size_of = size_of.ravel()
    shared = shared_mass = summary_len = 0.0
    taken = np.zeros(n)  # inf once a sentence is in the summary
    values = np.empty(n)
    order: list[int] = []
    for _ in range(n):
        totals = sizes + summary_len
        log_total = np.log(np.where(totals > 0, totals, 1.0)).take(size_of)
        np.add(covered, shared_mass, out=values)
        values *= log_total
        values += divergence
        values += taken
        best = first_lowest(values, offset=shared)
        order.append(best)
        taken[best] = np.inf
        start, stop = terms.as_summary.indptr[best], terms.as_summary.indptr[best + 1]
        added, amounts = terms.as_summary.indices[start:stop], terms.as_summary.data[start:stop]
        summary_len += terms.raw_len[best]
        if len(added) == 0:
            continue
        old = summary[added]
        f = freq[added]
        shared -= float(np.sum(np.where(old > 0, f * (log_freq[added]
                                                      - np.log(np.where(old > 0, old, 1.0))),
                                        0.0)))
        shared_mass += float(f[old == 0].sum())
        summary[added] = old + amounts
        shared += float(np.sum(f * (log_freq[added] - np.log(summary[added]))))
        entries = entries_of(columns, added.astype(np.int64))
        new_delta, new_mass = _entry_terms(freq, log_freq, words[entries], counts[entries],
                                           summary)
        np.add.at(divergence, rows[entries], new_delta - delta[entries])
        np.add.at(covered, rows[entries], new_mass - mass[entries])
        delta[entries], mass[entries] = new_delta, new_mass
    return order


def score_kl(document: Document, language: Language, seed: int) -> list[float]:
    """Greedy KL-Sum order as scores: the first sentence picked scores 0, then -1, ..."""
    tokens = tokens_of(document, language)
    if tokens.sentences == 0:
        return []
    return pick_order_scores(kl_order(_terms(tokens)))
