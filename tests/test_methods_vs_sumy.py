"""Our scorers rank sentences exactly as sumy's own classes do.

Both see the same sentences, tokens, stop words and stemmer (stock sumy through
:mod:`summarizer.methods.sumy_adapter`); the only difference is the algorithm's
code: sparse matrices and incremental updates here, Python loops in sumy. Scores
agree within :data:`tests.test_methods_support.RELATIVE_TOLERANCE`; the greedy
methods (KL-Sum, SumBasic) return pick orders, which must be identical.
``benchmarks/scaling.py`` repeats the comparison at 1,000 sentences.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from sumy.summarizers.lsa import LsaSummarizer

from summarizer.language import get_language
from summarizer.methods import get_method
from summarizer.methods.lsa import lsa_ranks
from summarizer.methods.sumbasic import _Means
from summarizer.methods.sumy_adapter import STOCK_CLASSES, rate_with, stock_summarizer
from summarizer.methods.tokens import tokens_of
from summarizer.types import Document
from tests.test_methods_support import (
    EDGE_CASES,
    article_document,
    assert_same_ranking,
    make_document,
)

ARTICLES = 4
MAX_SENTENCES = 60  # long enough for real graphs, short enough for sumy's own loops
GREEDY = ("kl", "sumbasic")
ENGLISH = get_language("english")


def stock(name: str, document: Document, language: str = "english") -> list[float]:
    """Ratings from sumy's own class, configured as our scorer is."""
    # Stock LexRank divides by zero on some edge cases (tested below); keep the NaNs.
    with np.errstate(divide="ignore", invalid="ignore"):
        return rate_with(stock_summarizer(name, get_language(language)), document)


def ours(name: str, document: Document, language: str = "english") -> list[float]:
    return get_method(name).scorer(document, get_language(language), 0)


def assert_like_sumy(name: str, document: Document, language: str = "english") -> None:
    if name in GREEDY:
        assert ours(name, document, language) == stock(name, document, language)
    else:
        assert_same_ranking(ours(name, document, language), stock(name, document, language))


def with_structure(document: Document) -> Document:
    """The same sentences in two paragraphs, with a title and a subheading."""
    texts = [s.text for s in document.sentences]
    half = len(texts) // 2
    return replace(make_document(texts[:half], texts[half:],
                                 title="Police said Monday's fire hit the budget"),
                   headings=("What the mayor said about the budget",))


@pytest.fixture(scope="module")
def article_docs(cnndm_articles: list[str]) -> list[Document]:
    return [article_document(a, max_sentences=MAX_SENTENCES) for a in cnndm_articles[:ARTICLES]]


@pytest.mark.parametrize("name", STOCK_CLASSES)
def test_ranks_like_sumy_on_real_articles(name: str, article_docs: list[Document]) -> None:
    for document in article_docs:
        assert len(document.sentences) >= 8
        assert_like_sumy(name, document)


@pytest.mark.parametrize("name", STOCK_CLASSES)
def test_ranks_like_sumy_with_paragraphs_title_and_headings(
    name: str, article_docs: list[Document]
) -> None:
    # Headings feed Luhn's and LSA's vocabularies and Edmundson's title words;
    # paragraphs feed Edmundson's location bonus.
    for document in article_docs[:2]:
        assert_like_sumy(name, with_structure(document))


@pytest.mark.parametrize("name", STOCK_CLASSES)
def test_ranks_like_sumy_in_another_language(name: str) -> None:
    document = make_document(
        ["Der Rat hat am Montag den Haushalt für das Jahr beschlossen.",
         "Der Haushalt erhöht die Ausgaben für Schulen und Straßen.",
         "Kritiker sagten, der Rat habe die älteren Bewohner vergessen.",
         "Der Bürgermeister verteidigte den Haushalt am Dienstag."],
        title="Rat beschließt Haushalt",
    )
    assert_like_sumy(name, document, "german")


@pytest.mark.parametrize("case", EDGE_CASES)
@pytest.mark.parametrize("name", STOCK_CLASSES)
def test_ranks_like_sumy_on_edge_cases(name: str, case: str) -> None:
    document = EDGE_CASES[case]
    theirs = np.array(stock(name, document))
    mine = ours(name, document)
    assert np.all(np.isfinite(mine))
    if np.all(np.isfinite(theirs)):
        assert_like_sumy(name, document)
    else:
        # The one known departure: stock LexRank's NaNs become zeros (next test).
        assert name == "lexrank"
        assert mine == [0.0] * len(mine)


def test_stock_lexrank_gives_nan_when_no_sentence_is_similar_to_any() -> None:
    # With two sentences a word found in one has idf log(2/2) = 0, so every tf-idf
    # vector is zero, the graph has no edge and sumy's power method divides 0 by 0.
    document = EDGE_CASES["two unrelated"]
    assert np.all(np.isnan(stock("lexrank", document)))
    assert ours("lexrank", document) == [0.0, 0.0]


def test_truncated_lsa_matches_sumy_with_fewer_dimensions(
    monkeypatch: pytest.MonkeyPatch, article_docs: list[Document]
) -> None:
    # Our LSA keeps every singular value, as sumy does by default; with fewer, the
    # sparse truncated SVD must give sumy's ranks for those components.
    document = article_docs[0]
    monkeypatch.setattr(LsaSummarizer, "REDUCTION_RATIO", 0.1)
    theirs = stock("lsa", document)
    tokens = tokens_of(document, ENGLISH)
    dictionary = np.zeros(tokens.stems, dtype=bool)
    dictionary[tokens.stem[tokens.content]] = True
    column = np.cumsum(dictionary) - 1
    counts = tokens.counts(column[tokens.stem], dictionary[tokens.stem],
                           columns=int(dictionary.sum()))
    dimensions = max(3, int(min(counts.shape) * 0.1))
    assert_same_ranking(lsa_ranks(counts, dimensions=dimensions).tolist(), theirs)
    assert not np.allclose(theirs, ours("lsa", document))


def test_reduction_ignores_a_sentence_paired_with_itself() -> None:
    document = make_document(["Rain rain rain.", "Sun and sky."])
    assert ours("reduction", document) == [0.0, 0.0]


def test_sumbasic_means_are_sumys_to_the_last_bit(article_docs: list[Document]) -> None:
    # Ties between sentences are common in SumBasic and sumy breaks them with its own
    # rounding, so each mean must be computed as sumy does: sum() in word order.
    document = article_docs[0]
    tokens = tokens_of(document, ENGLISH)
    probability = np.append(np.random.default_rng(0).random(tokens.stems) ** 3, 0.0)
    means = _Means(tokens, padding=tokens.stems)
    end = tokens.body_end
    for row in range(tokens.sentences):
        words = [int(tokens.stem[k]) for k in range(tokens.starts[row], tokens.starts[row + 1])
                 if k < end and tokens.content[k]]
        expected = sum(float(probability[w]) for w in words) / len(words) if words else 0.0
        assert means(np.array([row]), probability)[0] == expected  # a lone sentence
        assert means(np.arange(tokens.sentences), probability)[row] == expected
