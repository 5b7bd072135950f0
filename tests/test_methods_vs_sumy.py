"""The fast versions of sumy's methods rank sentences exactly as sumy's own classes.

Both run through the same adapter (same sentences, tokens, stop words and stemmer),
so the only difference is the numpy code in :mod:`summarizer.methods.sumy_fast`.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from summarizer.language import get_language
from summarizer.methods.sumy_adapter import memoised, rate_with
from summarizer.methods.sumy_fast import (
    FastLexRankSummarizer,
    FastLsaSummarizer,
    FastLuhnSummarizer,
    FastReductionSummarizer,
    FastTextRankSummarizer,
)
from summarizer.types import Document
from tests.test_methods_support import (
    EDGE_CASES,
    article_document,
    assert_same_ranking,
    make_document,
)

PAIRS: dict[str, tuple[type[Any], type[Any]]] = {
    "luhn": (LuhnSummarizer, FastLuhnSummarizer),
    "lsa": (LsaSummarizer, FastLsaSummarizer),
    "lexrank": (LexRankSummarizer, FastLexRankSummarizer),
    "textrank": (TextRankSummarizer, FastTextRankSummarizer),
    "reduction": (ReductionSummarizer, FastReductionSummarizer),
}
ARTICLES = 4
MAX_SENTENCES = 60  # long enough for real graphs, short enough for sumy's own loops


def rate(summarizer_class: type[Any], document: Document) -> list[float]:
    """Ratings from a summarizer configured as the adapter configures it."""
    language = get_language("english")
    summarizer = summarizer_class(memoised(language.stem))
    summarizer.stop_words = language.stop_words
    # Stock LexRank divides by zero on some edge cases (tested below); keep the NaNs.
    with np.errstate(divide="ignore", invalid="ignore"):
        return rate_with(summarizer, document)


@pytest.fixture(scope="module")
def article_docs(cnndm_articles: list[str]) -> list[Document]:
    return [article_document(a, max_sentences=MAX_SENTENCES) for a in cnndm_articles[:ARTICLES]]


@pytest.mark.parametrize("name", PAIRS)
def test_fast_ranks_like_sumy_on_real_articles(name: str, article_docs: list[Document]) -> None:
    stock, fast = PAIRS[name]
    for document in article_docs:
        assert len(document.sentences) >= 8
        assert_same_ranking(rate(fast, document), rate(stock, document))


@pytest.mark.parametrize("case", EDGE_CASES)
@pytest.mark.parametrize("name", PAIRS)
def test_fast_ranks_like_sumy_on_edge_cases(name: str, case: str) -> None:
    stock, fast = PAIRS[name]
    document = EDGE_CASES[case]
    theirs = np.array(rate(stock, document))
    ours = rate(fast, document)
    assert np.all(np.isfinite(ours))
    if np.all(np.isfinite(theirs)):
        assert_same_ranking(ours, theirs.tolist())
    else:
        # The one known departure: stock LexRank's NaNs become zeros (next test).
        assert name == "lexrank"
        assert ours == [0.0] * len(ours)


def test_stock_lexrank_gives_nan_when_no_sentence_is_similar_to_any() -> None:
    # With two sentences a word found in one has idf log(2/2) = 0, so every tf-idf
    # vector is zero, the graph has no edge and sumy's power method divides 0 by 0.
    document = EDGE_CASES["two unrelated"]
    assert np.all(np.isnan(rate(LexRankSummarizer, document)))
    assert rate(FastLexRankSummarizer, document) == [0.0, 0.0]


def test_fast_lsa_runs_the_svd_when_dimensions_are_reduced(
    monkeypatch: pytest.MonkeyPatch, article_docs: list[Document]
) -> None:
    # The SVD-free shortcut is exact only when every singular value is kept.
    document = article_docs[0]
    full = rate(FastLsaSummarizer, document)
    monkeypatch.setattr(LsaSummarizer, "REDUCTION_RATIO", 0.1)
    reduced = rate(FastLsaSummarizer, document)
    assert_same_ranking(reduced, rate(LsaSummarizer, document))
    assert not np.allclose(reduced, full)


def test_fast_reduction_ignores_a_sentence_paired_with_itself() -> None:
    document = make_document(["Rain rain rain.", "Sun and sky."])
    assert rate(FastReductionSummarizer, document) == [0.0, 0.0]
