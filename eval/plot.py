"""The PNG plot: mean ROUGE F1 per row and metric, with 95% interval whiskers."""

from __future__ import annotations

from pathlib import Path

from eval.runner import EvalResult
from eval.scoring import METRICS


def plot(result: EvalResult, path: Path) -> None:
    """Grouped bars (rows × metrics) with bootstrap-interval whiskers, saved as PNG."""
    import matplotlib

    matplotlib.use("Agg")  # headless: never needs a display
    import matplotlib.pyplot as plt
    import numpy as np

    rows = list(result.rows)
    width = 0.8 / len(METRICS)
    positions = np.arange(len(rows))
    figure, axes = plt.subplots(figsize=(max(6.0, 1.1 * len(rows)), 4.0))
    try:
        for k, metric in enumerate(METRICS):
            values = [result.aggregate[row][metric] for row in rows]
            means = np.array([100 * v.mean for v in values])
            errors = np.array([[100 * (v.mean - v.low) for v in values],
                               [100 * (v.high - v.mean) for v in values]])
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
