"""The PNG plot: mean ROUGE F1 per row and metric, with 95% interval whiskers."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from eval.runner import EvalResult
from eval.scoring import METRICS
from eval.stats import FloatArray, Interval


def whiskers(values: Sequence[Interval]) -> tuple[FloatArray, FloatArray]:
    """Whisker lengths below and above each mean (× 100), clipped at zero.

    A percentile interval need not contain the mean (with few resamples, e.g.
    ``--bootstrap 1``, it is one resampled mean); the plot then draws no whisker on
    the side the interval misses, while the tables print the interval as computed.
    """
    means = np.array([v.mean for v in values])
    below = np.maximum(0.0, means - np.array([v.low for v in values]))
    above = np.maximum(0.0, np.array([v.high for v in values]) - means)
    return 100 * below, 100 * above


def plot(result: EvalResult, path: Path) -> None:
    """Grouped bars (rows × metrics) with bootstrap-interval whiskers, saved as PNG."""
    import matplotlib

    matplotlib.use("Agg")  # headless: never needs a display
    import matplotlib.pyplot as plt

    rows = list(result.rows)
    width = 0.8 / len(METRICS)
    positions = np.arange(len(rows))
    figure, axes = plt.subplots(figsize=(max(6.0, 1.1 * len(rows)), 4.0))
    try:
        for k, metric in enumerate(METRICS):
            values = [result.aggregate[row][metric] for row in rows]
            means = np.array([100 * v.mean for v in values])
            errors = np.vstack(whiskers(values))
            axes.bar(positions + (k - (len(METRICS) - 1) / 2) * width, means, width,
                     yerr=errors, capsize=2, label=metric)
        axes.set_xticks(positions, rows, rotation=30, ha="right")
        axes.set_ylabel("ROUGE F1 × 100")
        axes.set_title(f"{result.dataset}: {result.examples} articles, 95% bootstrap intervals")
        axes.legend(ncols=len(METRICS), fontsize="small")
        figure.tight_layout()
        figure.savefig(path, dpi=120)
    finally:
        plt.close(figure)
