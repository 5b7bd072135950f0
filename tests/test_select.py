"""The shared selection stage: ranking, de-duplication and length budgets."""

from __future__ import annotations

import pytest

from summarizer.select import count_words, length_warnings, rank, select
from summarizer.types import Document, Length, Sentence


def doc(*texts: str) -> Document:
    return Document(sentences=tuple(Sentence(i, t, 0) for i, t in enumerate(texts)))


def test_rank_orders_by_score_then_position() -> None:
    assert rank([1.0, 3.0, 3.0, 2.0]) == [1, 2, 3, 0]


def test_top_n_returned_in_document_order() -> None:
    d = doc("a one.", "b two.", "c three.", "d four.")
    assert select(d, [0.1, 0.9, 0.2, 0.8], Length(sentences=2)) == [1, 3]


def test_identical_sentences_are_never_both_chosen() -> None:
    d = doc("Same words here.", "Other text.", "Same  words HERE.", "More.")
    assert select(d, [0.9, 0.1, 0.9, 0.5], Length(sentences=2)) == [0, 3]


def test_fewer_sentences_than_asked_gives_all() -> None:
    d = doc("One.", "Two.")
    assert select(d, [0.0, 0.0], Length(sentences=5)) == [0, 1]


def test_ratio_takes_at_least_one() -> None:
    d = doc(*(f"S{i}." for i in range(10)))
    scores = [float(i) for i in range(10)]
    assert select(d, scores, Length(ratio=0.01)) == [9]
    assert select(d, scores, Length(ratio=0.3)) == [7, 8, 9]


def test_word_budget_is_never_exceeded_and_fills_gaps() -> None:
    d = doc("one two three four five six.", "one two.", "one two three.", "x y z w.")
    chosen = select(d, [0.9, 0.8, 0.7, 0.6], Length(words=6))
    assert chosen == [0]
    chosen = select(d, [0.1, 0.8, 0.7, 0.6], Length(words=6))
    assert chosen == [1, 2]
    assert sum(count_words(d.sentences[i].text) for i in chosen) <= 6


def test_word_budget_smaller_than_any_sentence_returns_best_alone() -> None:
    d = doc("one two three.", "four five six seven.")
    assert select(d, [0.2, 0.9], Length(words=1)) == [1]


def test_best_sentence_over_budget_is_returned_alone_not_a_lesser_one() -> None:
    d = doc("one two three four five six seven eight.", "short one.", "tiny.")
    assert select(d, [0.9, 0.5, 0.1], Length(words=4)) == [0]


def test_ratio_rounds_half_up() -> None:
    d = doc(*(f"S{i}." for i in range(5)))
    assert len(select(d, [0.0] * 5, Length(ratio=0.5))) == 3


def test_score_count_must_match() -> None:
    with pytest.raises(ValueError, match="scores"):
        select(doc("a."), [1.0, 2.0], Length(sentences=1))


def words(count: int, tag: str) -> str:
    return " ".join([tag] * (count - 1) + [f"{tag}."])


# Lengths 20, 30, 25, 5, 8 words; ranked in document order (as lead ranks).
OPENING = doc(words(20, "a"), words(30, "b"), words(25, "c"), words(5, "d"), words(8, "e"))
IN_ORDER = [5.0, 4.0, 3.0, 2.0, 1.0]


def test_contiguous_budget_takes_the_ranking_head_and_stops() -> None:
    """The issue's `lead --words 60` picked sentences 0, 1 and 3: a hole in the opening."""
    assert select(OPENING, IN_ORDER, Length(words=60, contiguous=False)) == [0, 1, 3]
    assert select(OPENING, IN_ORDER, Length(words=60, contiguous=True)) == [0, 1]
    assert select(OPENING, IN_ORDER, Length(words=60)) == [0, 1, 3]  # None reads as False


def test_contiguous_follows_the_ranking_not_the_document() -> None:
    scores = [1.0, 5.0, 4.0, 3.0, 2.0]  # ranking: 1 (30), 2 (25), 3 (5), 4 (8), 0 (20)
    assert select(OPENING, scores, Length(words=60, contiguous=True)) == [1, 2, 3]
    assert select(OPENING, scores, Length(words=60, contiguous=False)) == [1, 2, 3]
    assert select(OPENING, scores, Length(words=40, contiguous=True)) == [1]
    assert select(OPENING, scores, Length(words=40, contiguous=False)) == [1, 3]


def test_contiguous_still_returns_an_overlong_first_sentence_alone() -> None:
    assert select(OPENING, IN_ORDER, Length(words=10, contiguous=True)) == [0]


def test_warning_when_longer_than_asked() -> None:
    chosen = select(OPENING, IN_ORDER, Length(words=10))
    assert length_warnings(OPENING, chosen, Length(words=10)) == (
        "the summary has 20 words, more than the 10 asked: the top-ranked sentence alone "
        "is that long, and sentences are never cut",)
    fits = select(OPENING, IN_ORDER, Length(words=60))
    assert length_warnings(OPENING, fits, Length(words=60)) == ()


def test_warning_when_shorter_than_asked() -> None:
    length = Length(sentences=100)
    chosen = select(OPENING, IN_ORDER, length)
    assert length_warnings(OPENING, chosen, length) == (
        "the summary has 5 sentences, fewer than the 100 asked: the article has only 5 "
        "sentences",)
    repeated = doc("Same here.", "Other text.", "same  HERE.")
    chosen = select(repeated, [3.0, 2.0, 1.0], Length(ratio=1.0))
    assert length_warnings(repeated, chosen, Length(ratio=1.0)) == (
        "the summary has 2 sentences, fewer than the 3 asked: the article has only 2 "
        "distinct sentences among its 3",)
    assert length_warnings(OPENING, [0, 1, 2], Length(sentences=3)) == ()
