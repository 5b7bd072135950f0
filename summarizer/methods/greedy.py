"""What the greedy methods (KL-Sum, SumBasic) share.

Both rank every sentence by the step at which a greedy loop picks it (the first
scores 0, the next -1, ...), as sumy does. Only the words of the chosen sentence
change between steps, so each method updates the values of the sentences that
share one of them; but every step still looks at every remaining candidate, so a
full ranking is ``n`` passes over ``n`` values: a quadratic part with a small
constant (a vector comparison per step; the README's *Scaling* table states it).
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray

Vector = NDArray[np.float64]
Ids = NDArray[np.int64]

TIE = 1e-12
"""KL-Sum candidates whose divergences differ by less than this (relative) are
tied: our sums and sumy's add the same terms in different orders, and a tie goes
to the earlier sentence, as in sumy whenever its own rounding makes the values
equal. (SumBasic needs no tolerance: it adds its terms in sumy's order.)"""


def first_lowest(values: Vector, *, offset: float = 0.0) -> int:
    """Index of the first value within :data:`TIE` of the minimum.

    ``offset`` is a constant left out of every value (it moves no candidate past
    another, only the scale the tolerance is relative to). Taken candidates carry
    ``inf`` and are never chosen while another remains.
    """
    lowest = float(values.min())
    return int(np.argmax(values <= lowest + TIE * max(1.0, abs(lowest + offset))))


def entries_of(columns: sp.csc_matrix | sp.csr_matrix, words: Ids) -> Ids:
    """Positions in ``columns.data`` of every entry in the columns (rows, for CSR) ``words``."""
    starts = columns.indptr[words]
    lengths = columns.indptr[words + 1] - starts
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    offsets = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths)
    result: Ids = offsets + np.arange(total)
    return result


def pick_order_scores(order: list[int]) -> list[float]:
    """Scores from a pick order: the first picked scores 0, the next -1, ..."""
    scores = [0.0] * len(order)
    for step, index in enumerate(order):
        scores[index] = -float(step) if step else 0.0
    return scores
