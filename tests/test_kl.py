"""KL-Sum: our vectorised version ranks sentences exactly as sumy's ``KLSummarizer``.

sumy re-computes the divergence of every candidate summary from scratch, which is
the cubic-time defect (see the README's *Speed* table); the documents here are short
so that sumy's version stays quick.
"""

from __future__ import annotations

import pytest
from sumy.summarizers.kl import KLSummarizer

from summarizer.language import get_language
from summarizer.methods.kl import score_kl
from summarizer.methods.sumy_adapter import rate_with
from summarizer.types import Document
from tests.test_methods_support import EDGE_CASES, article_document

MAX_SENTENCES = 25


def sumy_kl(document: Document) -> list[float]:
    summarizer = KLSummarizer()
    summarizer.stop_words = get_language("english").stop_words
    return rate_with(summarizer, document)


def ours(document: Document) -> list[float]:
    return score_kl(document, get_language("english"), 0)


def test_same_order_as_sumy_on_real_articles(cnndm_articles: list[str]) -> None:
    for article in cnndm_articles[:4]:
        document = article_document(article, max_sentences=MAX_SENTENCES)
        # Scores are the greedy pick order (0, -1, -2, ...), so they must be identical.
        assert ours(document) == sumy_kl(document)


@pytest.mark.parametrize("case", EDGE_CASES)
def test_same_order_as_sumy_on_edge_cases(case: str) -> None:
    assert ours(EDGE_CASES[case]) == sumy_kl(EDGE_CASES[case])


def test_sumy_recomputes_every_candidate_summary_from_scratch(
    cnndm_articles: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The slowness, measured as work rather than time: at step k sumy rebuilds the
    # joint word counts of each of the n - k candidates with the whole summary so
    # far, so the words it counts grow with the cube of the number of sentences.
    counted: list[int] = []
    original = KLSummarizer._joint_freq

    def counting(self: KLSummarizer, first: list[str], second: list[str]) -> object:
        counted[-1] += len(first) + len(second)
        return original(self, first, second)

    monkeypatch.setattr(KLSummarizer, "_joint_freq", counting)
    document = article_document(cnndm_articles[0], max_sentences=MAX_SENTENCES)
    for size in (8, 16):
        counted.append(0)
        sumy_kl(Document(sentences=document.sentences[:size]))
    assert counted[1] > 5 * counted[0]  # doubling n costs ~8x, not ~2x
