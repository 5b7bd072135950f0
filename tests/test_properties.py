"""Property tests: for any text, every method's summary is verbatim, ordered,
duplicate-free, within the length asked, never empty, and deterministic."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer import normalize_text, summarize
from summarizer.methods import available_methods
from summarizer.select import count_words

WORDS = st.sampled_from(
    "the council said on Monday that U.S. officials 2024 COVID-19 $3.5 billion Dr. Smith "
    "would meet again ... “Why?” she asked. Mr. Jones 'no' — and 3. it's e.g. Sen. "
    "Ukraine NATO talks peace guarantees".split()
)
SENTENCE = st.builds(
    lambda words, end: " ".join(words) + end,
    st.lists(WORDS, min_size=1, max_size=14),
    st.sampled_from([".", "!", "?", "", ".”", "..."]),
)
ARTICLE = st.builds(
    lambda paragraphs: "\n\n".join(" ".join(p) for p in paragraphs),
    st.lists(st.lists(SENTENCE, min_size=1, max_size=4), min_size=1, max_size=6),
)
ANY_TEXT = st.text(min_size=1, max_size=400).filter(lambda t: normalize_text(t).strip() != "")

PROPERTY_SETTINGS = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def check_summary(text: str, method: str, n: int, *, clean: bool) -> None:
    summary = summarize(text, method=method, sentences=n, clean=clean)
    assert 1 <= len(summary.sentences) <= n
    assert all(sentence in normalize_text(text) for sentence in summary.sentences)
    assert list(summary.indices) == sorted(set(summary.indices))
    folded = [" ".join(s.casefold().split()) for s in summary.sentences]
    assert len(folded) == len(set(folded))
    assert summarize(text, method=method, sentences=n, clean=clean) == summary


@pytest.mark.parametrize("method", available_methods())
@PROPERTY_SETTINGS
@given(text=ARTICLE, n=st.integers(min_value=1, max_value=5), clean=st.booleans())
def test_news_like_text(method: str, text: str, n: int, clean: bool) -> None:
    check_summary(text, method, n, clean=clean)


@pytest.mark.parametrize("method", available_methods())
@PROPERTY_SETTINGS
@given(text=ANY_TEXT, n=st.integers(min_value=1, max_value=4))
def test_arbitrary_text(method: str, text: str, n: int) -> None:
    check_summary(text, method, n, clean=True)


@pytest.mark.parametrize("method", available_methods())
@PROPERTY_SETTINGS
@given(text=ARTICLE, budget=st.integers(min_value=1, max_value=60))
def test_word_budget(method: str, text: str, budget: int) -> None:
    summary = summarize(text, method=method, words=budget)
    assert summary.sentences
    total = sum(count_words(s) for s in summary.sentences)
    assert total <= budget or len(summary.sentences) == 1
