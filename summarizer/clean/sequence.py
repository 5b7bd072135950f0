"""The article as a sequence: the likeliest run of in/out decisions, not one line at a time.

An article is a few long runs of lines, and so is the furniture around it. A
line the forest scores just below the threshold between two paragraphs is
more likely a short paragraph than a menu, and a lone comment just above it in
a thread of dropped comments is more likely one more comment. Decoding the
page's lines as a two-state chain (article or not), where every change of
state costs ``switch_cost`` against the forest's log-odds, keeps the verdicts
the forest is sure of and lets the neighbours settle the doubtful ones.

The cost is learned: training picks it (:func:`choose_switch_cost`) from the
second pass's out-of-fold probabilities of the training pages, and a model that
does better without it carries 0 (plain thresholding). HTML models always carry 0
(see :func:`summarizer.clean.training.fit_pass`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

WEIGHT_WORDS = 20
"""A line of this many words weighs its log-odds in full; shorter ones weigh less
(by the log of their words), so one sure menu item cannot hold a long run apart
and a long paragraph is not easily dropped."""

SWITCH_COSTS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
"""The switch costs training chooses among."""

_CLIP = 1e-4


def evidence(p: np.ndarray, n_tokens: np.ndarray, threshold: float) -> np.ndarray:
    """Each line's weighted log-odds of being article text, relative to the threshold."""
    q = np.clip(p, _CLIP, 1 - _CLIP)
    t = min(max(threshold, _CLIP), 1 - _CLIP)
    odds = np.log(q / (1 - q)) - math.log(t / (1 - t))
    weighted: np.ndarray = odds * np.log1p(n_tokens) / math.log1p(WEIGHT_WORDS)
    return weighted


def decode(p: np.ndarray, n_tokens: np.ndarray, *, threshold: float,
           switch_cost: float) -> np.ndarray:
    """Which lines are article text: over the lines with words, the state sequence
    maximising the summed evidence of its article lines minus ``switch_cost`` per change
    of state (Viterbi, linear time).

    With ``switch_cost`` 0 this is ``p >= threshold``.
    """
    alone = np.asarray(p >= threshold)
    # A line of no words (a "* * *" between sections) has no say in the chain and is
    # not settled by it: it keeps its own verdict.
    worded = np.flatnonzero(n_tokens > 0)
    if switch_cost <= 0 or len(worded) == 0:
        return alone
    keep = alone.copy()
    keep[worded] = _viterbi(evidence(p[worded], n_tokens[worded], threshold), switch_cost)
    return keep


def _viterbi(gain: np.ndarray, switch_cost: float) -> np.ndarray:
    """The in/out sequence with the best summed ``gain`` of its "in" lines less the costs."""
    n = len(gain)
    # came_in[i, s]: whether the best path into state s at line i was "article" at i - 1
    came_in = np.zeros((n, 2), dtype=bool)
    out_score, in_score = 0.0, float(gain[0])
    for i in range(1, n):
        stay_out, enter_out = out_score, in_score - switch_cost
        stay_in, enter_in = in_score, out_score - switch_cost
        came_in[i, 0] = enter_out > stay_out
        came_in[i, 1] = stay_in >= enter_in
        out_score = max(stay_out, enter_out)
        in_score = max(stay_in, enter_in) + float(gain[i])
    keep = np.zeros(n, dtype=bool)
    state = in_score > out_score
    for i in range(n - 1, -1, -1):
        keep[i] = state
        state = bool(came_in[i, int(state)])
    return keep


def _f1(keep: np.ndarray, body: np.ndarray, words: np.ndarray) -> float:
    """Word-weighted F1 of kept lines against the article's (1 when both are empty)."""
    hit = float(words[keep & body].sum())
    kept, true = float(words[keep].sum()), float(words[body].sum())
    if not kept and not true:
        return 1.0
    return 2 * hit / (kept + true) if kept + true else 0.0


def choose_switch_cost(probabilities: Sequence[np.ndarray], bodies: Sequence[np.ndarray],
                       n_tokens: Sequence[np.ndarray], page_weights: Sequence[float], *,
                       threshold: float) -> float:
    """The cost from :data:`SWITCH_COSTS` with the best page-weighted mean word F1 (the
    benchmark's metric is a mean over pages); ties go to the smaller cost."""
    weights = np.asarray(page_weights, dtype=float)
    total = max(float(weights.sum()), 1e-12)
    best, best_score = 0.0, -1.0
    for cost in SWITCH_COSTS:
        scores = np.array([
            _f1(decode(p, n, threshold=threshold, switch_cost=cost), body, n)
            for p, body, n in zip(probabilities, bodies, n_tokens, strict=True)])
        score = float((scores * weights).sum() / total)
        if score > best_score + 1e-12:
            best, best_score = cost, score
    return best
