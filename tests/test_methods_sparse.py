"""The machinery under the methods: one token pass, cached stems, blocked and grouped
products that give the same numbers as the plain ones."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from summarizer.language import Language, get_language
from summarizer.methods import all_methods, get_method, graph, tokens
from summarizer.types import Document
from tests.test_methods_support import article_document

ENGLISH = get_language("english")


@pytest.fixture(scope="module")
def long_document(cnndm_articles: list[str]) -> Document:
    return article_document(" ".join(cnndm_articles[:6]), max_sentences=150)


def counting_language(calls: list[str]) -> Language:
    """English whose stemmer records every word it is asked to stem."""
    def stem(word: str) -> str:
        calls.append(word)
        return ENGLISH.stem(word)

    return replace(ENGLISH, stem=stem)


def test_every_method_shares_one_token_pass(monkeypatch: pytest.MonkeyPatch,
                                            long_document: Document) -> None:
    built: list[int] = []
    original = tokens._build

    def counting(document: Document, language: Language) -> tokens.Tokens:
        built.append(len(document.sentences))
        return original(document, language)

    monkeypatch.setattr(tokens, "_build", counting)
    tokens.tokens_of.cache_clear()
    for method in all_methods():
        method.scorer(long_document, ENGLISH, 0)
    assert built == [len(long_document.sentences)]


def test_a_word_is_stemmed_once_per_language_and_process(long_document: Document) -> None:
    calls: list[str] = []
    language = counting_language(calls)
    half = len(long_document.sentences) // 2
    first = Document(sentences=long_document.sentences[:half])
    get_method("lexrank").scorer(first, language, 0)
    assert len(calls) == len(set(calls)) > 0
    seen = set(calls)
    get_method("lexrank").scorer(long_document, language, 0)
    assert len(calls) == len(set(calls))  # the second document's known words: no call
    assert set(calls[len(seen):]).isdisjoint(seen)


def test_edmundson_stems_stop_and_cue_words_once(long_document: Document) -> None:
    calls: list[str] = []
    language = counting_language(calls)
    scorer = get_method("edmundson").scorer
    scorer(long_document, language, 0)
    first = len(calls)
    assert first > len(language.stop_words)  # the stop words were stemmed this time
    scorer(Document(sentences=long_document.sentences[:40]), language, 0)
    assert len(calls) == first


def test_lexrank_blocks_give_the_same_graph(monkeypatch: pytest.MonkeyPatch,
                                            long_document: Document) -> None:
    counts = tokens.tokens_of(long_document, ENGLISH).content_stems
    whole = graph.lexrank_edges(counts, graph.LEXRANK_THRESHOLD)
    monkeypatch.setattr(graph, "BLOCK_PAIRS", 50)  # a handful of rows per block
    assert len(graph._row_blocks(counts, np.ones(counts.shape[1]) * 10)) > 10
    blocked = graph.lexrank_edges(counts, graph.LEXRANK_THRESHOLD)
    assert (whole != blocked).nnz == 0
    assert whole.nnz > len(long_document.sentences)  # more than the diagonal


@pytest.mark.parametrize("single_word_edge", [True, False])
def test_overlap_by_length_groups_equals_the_written_out_matrix(
    long_document: Document, single_word_edge: bool
) -> None:
    t = tokens.tokens_of(long_document, ENGLISH)
    weights = graph.Overlap.build(t.content_stems, t.content_lengths,
                                  single_word_edge=single_word_edge)
    x = np.random.default_rng(0).random(t.sentences)
    dense = weights.explicit().toarray()
    np.testing.assert_allclose(weights @ x, dense @ x, rtol=1e-12)
    np.testing.assert_allclose(weights.diagonal(), np.diag(dense), rtol=1e-12)
    np.testing.assert_allclose(dense, dense.T, rtol=1e-12)
