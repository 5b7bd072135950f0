"""From per-example records to per-method intervals and paired comparisons.

Rules (stated in every report):

* every row gets one value per article and metric (F1); the bootstrap resamples
  articles, with the same resamples for every row and metric;
* the human row: each reference is scored against the other references of its
  article; the article's value is the mean over its references; articles with
  fewer than two references have no human value (and are left out of its mean);
* paired tests: every method and the oracle against ``lead`` and against the
  best registry method (by mean F1 on that metric); the human row is not tested,
  because its scores use one reference fewer than the methods' and cover a
  possibly different set of articles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from eval.records import HUMAN, ExampleRecord
from eval.scoring import METRICS
from eval.stats import Comparison, FloatArray, IndexArray, Interval, bootstrap_interval, paired_test

BASELINE = "lead"


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    """One paired test: ``method`` against ``against`` on ``metric``."""

    method: str
    against: str
    metric: str
    result: Comparison


def score_matrix(records: Sequence[ExampleRecord], *, ids: Sequence[str], method: str,
                 metric: str) -> FloatArray:
    """Per-article F1 of one row, in ``ids`` order; NaN where the row has no value."""
    position = {identifier: i for i, identifier in enumerate(ids)}
    sums = np.zeros(len(ids))
    counts = np.zeros(len(ids))
    for record in records:
        if record.method == method:
            sums[position[record.id]] += record.scores[metric].fmeasure
            counts[position[record.id]] += 1
    with np.errstate(invalid="ignore"):
        return np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)


def aggregate(matrices: dict[str, dict[str, FloatArray]],
              indices: IndexArray) -> dict[str, dict[str, Interval]]:
    """Mean and bootstrap interval for every row and metric (rows without values dropped)."""
    return {
        method: {metric: bootstrap_interval(values, indices)
                 for metric, values in by_metric.items()}
        for method, by_metric in matrices.items()
        if all(not np.isnan(values).all() for values in by_metric.values())
    }


def best_method(aggregates: dict[str, dict[str, Interval]], *, methods: Sequence[str],
                metric: str) -> str:
    """The registry method with the highest mean on ``metric`` (first one on ties)."""
    return max(methods, key=lambda name: (aggregates[name][metric].mean,
                                          -methods.index(name)))


def compare(matrices: dict[str, dict[str, FloatArray]],
            aggregates: dict[str, dict[str, Interval]], *, methods: Sequence[str],
            tested: Sequence[str], indices: IndexArray) -> list[ComparisonRow]:
    """Paired tests of every tested row against lead and against the best method."""
    rows: list[ComparisonRow] = []
    for metric in METRICS:
        references = [BASELINE] if BASELINE in methods else []
        best = best_method(aggregates, methods=methods, metric=metric)
        if best not in references:
            references.append(best)
        for against in references:
            for method in tested:
                if method in (against, HUMAN):
                    continue
                result = paired_test(matrices[method][metric], matrices[against][metric],
                                     indices)
                rows.append(ComparisonRow(method=method, against=against, metric=metric,
                                          result=result))
    return rows
