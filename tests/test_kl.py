"""KL-Sum: why sumy's ``KLSummarizer`` is slow (our parity with it is in
``test_methods_vs_sumy.py``).

sumy re-computes the divergence of every candidate summary from scratch, which is
the cubic-time defect (see the README's *Speed* table); the documents here are short
so that sumy's version stays quick.
"""

from __future__ import annotations

import pytest
from sumy.summarizers.kl import KLSummarizer

from summarizer.language import get_language
from summarizer.methods.sumy_adapter import rate_with, stock_summarizer
from summarizer.types import Document
from tests.test_methods_support import article_document

MAX_SENTENCES = 25


def sumy_kl(document: Document) -> list[float]:
    return rate_with(stock_summarizer("kl", get_language("english")), document)


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
