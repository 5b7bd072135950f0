"""One tokenise-and-stem pass per document, shared by every method.

Each distinct token form of a document is lower-cased, looked up in the stop
words and stemmed once; sentences become arrays of integer ids. Every method
reads the same :class:`Tokens` (the last few documents' passes are kept, so
scoring one document with ten methods, as the evaluation does, tokenises it
once), and stems are remembered per language for the life of the process, so a
word is stemmed once however many articles use it.

The forms follow sumy's conventions, which the parity tests hold us to: a
word's *lower* form is ``word.lower()``, its *stem* is ``language.stem(lower)``,
and it is a stop word when its lower form is in ``language.stop_words``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray

from summarizer.language import Language, tokenize_words
from summarizer.types import Document

__all__ = ["Tokens", "as_scores", "row_peaks", "stem_table", "stemmed", "tokens_of"]

Ids = NDArray[np.int64]

MAX_STEMS = 500_000
"""Remembered stems per language; past this the table starts afresh. A language's
real vocabulary fits many times over; the bound keeps a long-running service's
memory flat however many numbers and names it meets."""

DOCUMENTS_KEPT = 4
"""Tokenised documents kept: one article scored by every method in turn hits."""


def as_scores(values: NDArray[np.float64]) -> list[float]:
    """A score vector as the list of Python floats a scorer returns."""
    scores: list[float] = values.tolist()
    return scores


def row_peaks(matrix: sp.csr_matrix) -> NDArray[np.float64]:
    """Each row's largest value (0 for an empty row, or when there are no columns)."""
    if matrix.shape[1] == 0:
        return np.zeros(matrix.shape[0])
    peaks: NDArray[np.float64] = matrix.max(axis=1).toarray().ravel()
    return peaks


@cache
def stem_table(language: Language) -> dict[str, str]:
    """The process-wide memory of ``language.stem`` (lower form → stem)."""
    return {}


def stemmed(language: Language, lower: str) -> str:
    """``language.stem(lower)``, computed once per word and language."""
    table = stem_table(language)
    stem = table.get(lower)
    if stem is None:
        if len(table) >= MAX_STEMS:
            table.clear()
        stem = table[lower] = language.stem(lower)
    return stem


@cache
def stemmed_set(language: Language, words: frozenset[str]) -> frozenset[str]:
    """The stems of ``words`` (each lower-cased first), computed once per language."""
    return frozenset(stemmed(language, w.lower()) for w in words)


class _Interner:
    """Numbers strings in order of first appearance."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def __call__(self, form: str) -> int:
        found = self.ids.get(form)
        if found is None:
            found = self.ids[form] = len(self.ids)
        return found


@dataclass(frozen=True, eq=False)
class Tokens:
    """A document's tokens as integer ids, with their lower forms and stems.

    Sentence ``i``'s tokens are ``raw[starts[i]:starts[i + 1]]``; headings (the
    title first) follow the sentences, so ``starts`` has one entry per sentence
    and heading plus one. Ids index the per-form arrays.

    Attributes:
        sentences: Number of body sentences.
        starts: Offsets of each sentence's (then heading's) tokens.
        raw: Raw-form id of every token.
        raw_forms: Each raw form (as written).
        lower_of_raw: Lower-form id of each raw form.
        raw_is_stop: Whether the raw form itself is a stop word (KL-Sum's quirk).
        lower_forms: Each lower form.
        lower_is_stop: Whether the lower form is a stop word.
        stem_of_lower: Stem id of each lower form.
        stem_forms: Each stem.
    """

    sentences: int
    starts: Ids
    raw: Ids
    raw_forms: tuple[str, ...]
    lower_of_raw: Ids
    raw_is_stop: NDArray[np.bool_]
    lower_forms: tuple[str, ...]
    lower_is_stop: NDArray[np.bool_]
    stem_of_lower: Ids
    stem_forms: tuple[str, ...]

    @property
    def stems(self) -> int:
        """Number of distinct stems."""
        return len(self.stem_forms)

    @property
    def heading_count(self) -> int:
        """Number of headings (title included)."""
        return len(self.starts) - 1 - self.sentences

    @cached_property
    def lower(self) -> Ids:
        """Lower-form id of every token."""
        return self.lower_of_raw[self.raw]

    @cached_property
    def stem(self) -> Ids:
        """Stem id of every token."""
        return self.stem_of_lower[self.lower]

    @cached_property
    def content(self) -> NDArray[np.bool_]:
        """Whether each token is a content word (its lower form is no stop word)."""
        return ~self.lower_is_stop[self.lower]

    @cached_property
    def owner(self) -> Ids:
        """Sentence (or heading) number of every token."""
        return np.repeat(np.arange(len(self.starts) - 1), np.diff(self.starts))

    @property
    def body_end(self) -> int:
        """Number of tokens in the body sentences (headings follow)."""
        return int(self.starts[self.sentences])

    def counts(self, ids: Ids, keep: NDArray[np.bool_] | None = None, *,
               columns: int) -> sp.csr_matrix:
        """Sentence × id counts of the body tokens' ``ids`` (where ``keep``)."""
        end = self.body_end
        rows, cols = self.owner[:end], ids[:end]
        if keep is not None:
            rows, cols = rows[keep[:end]], cols[keep[:end]]
        matrix = sp.csr_matrix((np.ones(len(rows)), (rows, cols)),
                               shape=(self.sentences, columns))
        matrix.sum_duplicates()
        return matrix

    def flags(self, forms: tuple[str, ...], chosen: frozenset[str]) -> NDArray[np.bool_]:
        """Whether each of ``forms`` (e.g. :attr:`stem_forms`) is in ``chosen``."""
        return np.array([form in chosen for form in forms], dtype=bool)

    @cached_property
    def content_stems(self) -> sp.csr_matrix:
        """Sentence × stem counts of the content words (LexRank, TextRank, ...)."""
        return self.counts(self.stem, self.content, columns=self.stems)

    @cached_property
    def content_lengths(self) -> NDArray[np.float64]:
        """Content words per sentence, repeats included."""
        return np.asarray(self.content_stems.sum(axis=1), dtype=float).ravel()


def _build(document: Document, language: Language) -> Tokens:
    raw_ids = _Interner()
    texts = [s.text for s in document.sentences]
    texts += [h for h in (document.title, *document.headings) if h]
    starts = [0]
    flat: list[int] = []
    for text in texts:
        flat.extend(map(raw_ids, tokenize_words(text)))
        starts.append(len(flat))
    raw_forms = tuple(raw_ids.ids)
    stop = language.stop_words
    lower_ids = _Interner()
    lower_of_raw = [lower_ids(form.lower()) for form in raw_forms]
    lower_forms = tuple(lower_ids.ids)
    stem_ids = _Interner()
    stem_of_lower = [stem_ids(stemmed(language, form)) for form in lower_forms]
    return Tokens(
        sentences=len(document.sentences),
        starts=np.array(starts, dtype=np.int64),
        raw=np.array(flat, dtype=np.int64),
        raw_forms=raw_forms,
        lower_of_raw=np.array(lower_of_raw, dtype=np.int64),
        raw_is_stop=np.array([f in stop for f in raw_forms], dtype=bool),
        lower_forms=lower_forms,
        lower_is_stop=np.array([f in stop for f in lower_forms], dtype=bool),
        stem_of_lower=np.array(stem_of_lower, dtype=np.int64),
        stem_forms=tuple(stem_ids.ids),
    )


@lru_cache(maxsize=DOCUMENTS_KEPT)
def tokens_of(document: Document, language: Language) -> Tokens:
    """The document's tokens, computed once for every method that scores it."""
    return _build(document, language)
