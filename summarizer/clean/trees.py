"""Gradient-boosted trees, evaluated with numpy from plain arrays.

The line model is trained with scikit-learn (``summarizer.clean.training``) and
shipped as arrays in a small JSON file; scoring needs only numpy, so the
installed package neither imports scikit-learn nor unpickles anything. Every
tree is walked for every row at once, level by level.

:meth:`Forest.contributions` splits each prediction into per-feature parts
(the change of the node value along the decision path, summed over trees:
Saabas's method), which is what ``--explain`` reports as "the evidence that
weighed most".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

LEAF = -1

CHUNK = 4_096
"""Rows scored at once: bounds the (rows × trees) working arrays on very long pages."""


@dataclass(frozen=True)
class Forest:
    """A sum of regression trees on the log-odds scale, plus a baseline.

    All trees are stored in flat arrays; ``roots[t]`` is the index of tree t's root.
    Internal nodes send ``x[feature] <= threshold`` left; leaves have ``feature == -1``.
    ``value`` holds every node's value (leaves: their output; internal nodes: the
    value the tree would give if it stopped there), used for contributions.
    """

    baseline: float
    roots: np.ndarray
    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray
    depth: int

    def _descend(self, x: np.ndarray, contributions: np.ndarray | None) -> np.ndarray:
        """Leaf index of every (row, tree); adds path contributions when asked."""
        rows = np.arange(len(x))[:, None]
        node = np.broadcast_to(self.roots, (len(x), len(self.roots))).copy()
        for _ in range(self.depth):
            feature = self.feature[node]
            inner = feature != LEAF
            if not inner.any():
                break
            safe = np.where(inner, feature, 0)
            go_left = x[rows, safe] <= self.threshold[node]
            child = np.where(inner, np.where(go_left, self.left[node], self.right[node]), node)
            if contributions is not None:
                delta = np.where(inner, self.value[child] - self.value[node], 0.0)
                np.add.at(contributions, (np.broadcast_to(rows, node.shape), safe), delta)
            node = child
        return node

    def decision(self, x: np.ndarray) -> np.ndarray:
        """Log-odds for each row of ``x`` (rows: units, columns: features)."""
        x = np.asarray(x, dtype=float)
        out = np.zeros(len(x))
        for start in range(0, len(x), CHUNK):
            leaves = self._descend(x[start:start + CHUNK], None)
            out[start:start + CHUNK] = self.baseline + self.value[leaves].sum(axis=1)
        return out

    def probability(self, x: np.ndarray) -> np.ndarray:
        """Probability of the positive class for each row."""
        return np.asarray(1.0 / (1.0 + np.exp(-self.decision(x))))

    def contributions(self, x: np.ndarray) -> np.ndarray:
        """Per-feature contributions to each row's log-odds (they sum to log-odds - bias).

        The bias is the baseline plus the roots' values.
        """
        x = np.asarray(x, dtype=float)
        out = np.zeros_like(x)
        for start in range(0, len(x), CHUNK):
            self._descend(x[start:start + CHUNK], out[start:start + CHUNK])
        return out

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (arrays as lists; thresholds and values rounded losslessly)."""
        return {
            "baseline": float(self.baseline), "depth": int(self.depth),
            "roots": self.roots.tolist(), "feature": self.feature.tolist(),
            "threshold": [float(v) for v in self.threshold],
            "left": self.left.tolist(), "right": self.right.tolist(),
            "value": [float(v) for v in self.value],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Forest:
        """The forest stored by :meth:`to_json`."""
        return cls(
            baseline=float(data["baseline"]), depth=int(data["depth"]),
            roots=np.asarray(data["roots"], dtype=np.int64),
            feature=np.asarray(data["feature"], dtype=np.int64),
            threshold=np.asarray(data["threshold"], dtype=float),
            left=np.asarray(data["left"], dtype=np.int64),
            right=np.asarray(data["right"], dtype=np.int64),
            value=np.asarray(data["value"], dtype=float),
        )
