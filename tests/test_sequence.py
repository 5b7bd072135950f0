"""The sequence decoding of a page's line verdicts (summarizer.clean.sequence)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from summarizer.clean.linemodel import shipped_models
from summarizer.clean.sequence import (
    SWITCH_COSTS,
    choose_switch_cost,
    decode,
    evidence,
)

THRESHOLD = 0.5
WORDS = 20.0


def _brute_force(p: np.ndarray, n: np.ndarray, cost: float) -> float:
    """The best objective over every in/out assignment (small pages only)."""
    gain = evidence(p, n, THRESHOLD)
    best = -np.inf
    for states in itertools.product((False, True), repeat=len(p)):
        keep = np.array(states)
        switches = int(np.count_nonzero(keep[1:] != keep[:-1]))
        best = max(best, float(gain[keep].sum()) - cost * switches)
    return best


def _objective(keep: np.ndarray, p: np.ndarray, n: np.ndarray, cost: float) -> float:
    gain = evidence(p, n, THRESHOLD)
    return float(gain[keep].sum()) - cost * int(np.count_nonzero(keep[1:] != keep[:-1]))


@pytest.mark.parametrize("seed", range(40))
def test_decoding_finds_the_best_sequence(seed: int) -> None:
    rng = np.random.default_rng(seed)
    size = int(rng.integers(1, 10))
    p = rng.random(size)
    n = rng.integers(1, 40, size).astype(float)
    cost = float(rng.choice(SWITCH_COSTS[1:]))
    keep = decode(p, n, threshold=THRESHOLD, switch_cost=cost)
    assert keep.shape == (size,)
    assert _objective(keep, p, n, cost) == pytest.approx(_brute_force(p, n, cost))


def test_without_a_switch_cost_each_line_stands_alone() -> None:
    p = np.array([0.9, 0.49, 0.51, 0.1, 0.5])
    keep = decode(p, np.full(5, WORDS), threshold=THRESHOLD, switch_cost=0.0)
    assert keep.tolist() == [True, False, True, False, True]


def test_a_doubtful_line_between_paragraphs_is_kept() -> None:
    p = np.array([0.95, 0.97, 0.4, 0.96, 0.9])
    keep = decode(p, np.array([30, 40, 6, 35, 30.0]), threshold=THRESHOLD, switch_cost=1.0)
    assert keep.all()


def test_a_doubtful_line_among_furniture_is_dropped() -> None:
    p = np.array([0.05, 0.02, 0.6, 0.03, 0.04])
    keep = decode(p, np.full(5, WORDS), threshold=THRESHOLD, switch_cost=1.0)
    assert not keep.any()


def test_sure_verdicts_hold_against_their_neighbours() -> None:
    # A sure menu line inside the article and a sure paragraph among furniture stay as scored.
    p = np.array([0.95, 0.97, 0.001, 0.96, 0.02, 0.03, 0.999, 0.02])
    keep = decode(p, np.full(8, WORDS), threshold=THRESHOLD, switch_cost=1.0)
    assert keep.tolist() == [True, True, False, True, False, False, True, False]


def test_an_impossible_threshold_keeps_nothing() -> None:
    keep = decode(np.array([0.99, 0.9]), np.full(2, WORDS), threshold=2.0, switch_cost=1.0)
    assert not keep.any()


def test_an_empty_page_decodes_to_nothing() -> None:
    assert decode(np.zeros(0), np.zeros(0), threshold=THRESHOLD, switch_cost=1.0).shape == (0,)


def test_training_picks_no_cost_when_lines_alone_are_right() -> None:
    p = [np.array([0.9, 0.8, 0.1, 0.2]), np.array([0.1, 0.7, 0.9])]
    bodies = [np.array([True, True, False, False]), np.array([False, True, True])]
    n = [np.full(4, WORDS), np.full(3, WORDS)]
    assert choose_switch_cost(p, bodies, n, [1.0, 1.0], threshold=THRESHOLD) == 0.0


def test_training_picks_a_cost_when_neighbours_settle_doubtful_lines() -> None:
    p = [np.array([0.9, 0.45, 0.9, 0.9, 0.1, 0.1]), np.array([0.1, 0.55, 0.1, 0.9, 0.9])]
    bodies = [np.array([True, True, True, True, False, False]),
              np.array([False, False, False, True, True])]
    n = [np.full(6, WORDS), np.full(5, WORDS)]
    cost = choose_switch_cost(p, bodies, n, [1.0, 1.0], threshold=THRESHOLD)
    assert cost > 0
    for page, body, words in zip(p, bodies, n, strict=True):
        assert decode(page, words, threshold=THRESHOLD, switch_cost=cost).tolist() == body.tolist()


def test_the_shipped_text_model_carries_a_learned_cost_and_html_none() -> None:
    models = shipped_models()
    assert models.text.switch_cost in SWITCH_COSTS
    assert models.html.switch_cost == 0.0


def test_a_line_of_no_words_between_paragraphs_keeps_its_own_verdict() -> None:
    p = np.array([0.95, 0.97, 0.01, 0.96, 0.9])
    keep = decode(p, np.array([30, 40, 0, 35, 30.0]), threshold=THRESHOLD, switch_cost=1.0)
    assert keep.tolist() == [True, True, False, True, True]
