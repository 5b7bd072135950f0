"""Aggregation: means, percentile-bootstrap intervals and paired tests.

Knows nothing of text. The example indices are resampled ONCE per run (with an
injected ``numpy.random.Generator``) and the same resamples serve every method and
metric, so intervals are reproducible and two methods are compared on the very
same resampled test sets. (rouge-score's ``BootstrapAggregator`` draws from numpy's
global state, separately per metric, and reports the median of bootstrap means as
"mid"; here the point estimate is the plain mean of the examples.)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IndexArray = npt.NDArray[np.int64]

CONFIDENCE = 0.95
"""Two-sided level of every interval."""


@dataclass(frozen=True, slots=True)
class Interval:
    """A mean with its percentile-bootstrap interval."""

    mean: float
    low: float
    high: float


@dataclass(frozen=True, slots=True)
class Comparison:
    """Paired bootstrap comparison of system A against system B on one metric.

    Attributes:
        delta: Mean of A − B over the examples.
        low: Lower end of the bootstrap interval of the difference.
        high: Upper end.
        p_value: Two-sided p-value of "no difference" (see :func:`paired_test`).
    """

    delta: float
    low: float
    high: float
    p_value: float


def resample_indices(size: int, *, replicates: int, rng: np.random.Generator) -> IndexArray:
    """``replicates`` × ``size`` example indices drawn with replacement."""
    if size < 1 or replicates < 1:
        raise ValueError("need at least one example and one replicate")
    return rng.integers(0, size, size=(replicates, size), dtype=np.int64)


def _percentiles(means: FloatArray) -> tuple[float, float]:
    tail = (1 - CONFIDENCE) / 2 * 100
    low, high = np.percentile(means, [tail, 100 - tail])
    return float(low), float(high)


def bootstrap_interval(values: FloatArray, indices: IndexArray) -> Interval:
    """Mean and percentile interval of per-example values over the given resamples.

    ``NaN`` marks an example without a value (e.g. no second reference for the
    human row): each resample averages only the values it drew, and a resample
    that drew none is left out.

    Raises:
        ValueError: If every value is NaN.
    """
    present = ~np.isnan(values)
    if not present.any():
        raise ValueError("no values to aggregate")
    filled = np.where(present, values, 0.0)
    counts = present[indices].sum(axis=1)
    sums = filled[indices].sum(axis=1)
    means = sums[counts > 0] / counts[counts > 0]
    low, high = _percentiles(means)
    return Interval(mean=float(filled.sum() / present.sum()), low=low, high=high)


def paired_test(a: FloatArray, b: FloatArray, indices: IndexArray) -> Comparison:
    """Paired bootstrap test of A against B on the shared resamples.

    The p-value is the share of resampled mean differences at least as far from the
    observed difference as the observed difference is from zero (the bootstrap
    distribution shifted to the null; Efron & Tibshirani 1993, §16.4), with the
    usual +1 correction so it is never exactly zero.

    Raises:
        ValueError: If the arrays differ in length or contain NaN.
    """
    if a.shape != b.shape or np.isnan(a).any() or np.isnan(b).any():
        raise ValueError("a paired test needs two complete score arrays of equal length")
    diff = a - b
    observed = float(diff.mean())
    means = diff[indices].mean(axis=1)
    # A tolerance so that float noise in identical systems never counts as a difference.
    extreme = np.abs(means - observed) >= abs(observed) - 1e-12
    p_value = (1 + int(extreme.sum())) / (len(means) + 1)
    low, high = _percentiles(means)
    return Comparison(delta=observed, low=low, high=high, p_value=min(1.0, p_value))
