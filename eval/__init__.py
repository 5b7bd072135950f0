"""The evaluation harness of get-a-summary: ROUGE exactly as rouge-score computes it.

Modules, one job each: :mod:`eval.data` (loading and validation) →
:mod:`eval.scoring` (per-example ROUGE) and :mod:`eval.oracle` →
:mod:`eval.records` (one example, every row) → :mod:`eval.stats` and
:mod:`eval.aggregate` (intervals, paired tests) → :mod:`eval.report` and
:mod:`eval.plot` (outputs); :mod:`eval.runner` ties them together and
:mod:`eval.gate` pins the quality floors.

Example:
    >>> from eval import load_suite, make_settings, run_evaluation
    >>> result = run_evaluation(load_suite(), settings=make_settings(bootstrap=200))
    >>> round(100 * result.aggregate["lead"]["rouge1"].mean, 2)
"""

from __future__ import annotations

from eval.data import Dataset, Example, find_suite, load_dataset, load_suite
from eval.records import ExampleRecord
from eval.runner import EvalResult, EvalSettings, make_settings, run_evaluation
from eval.scoring import METRICS, Score, score, score_multi
from eval.stats import Comparison, Interval

__all__ = [
    "METRICS",
    "Comparison",
    "Dataset",
    "EvalResult",
    "EvalSettings",
    "Example",
    "ExampleRecord",
    "Interval",
    "Score",
    "find_suite",
    "load_dataset",
    "load_suite",
    "make_settings",
    "run_evaluation",
    "score",
    "score_multi",
]
