"""Fitting the line model (needs the ``train`` extra: scikit-learn).

The procedure, for one kind of page (plain text or HTML):

1. Lexicons are fit on the training pages; the lexical features of each
   training page come from lexicons fit *without its site* (cross-fitting), so
   the trees learn how much a lexicon helps on an unseen site, not on its own
   training lines.
2. The first-pass forest is fit on all training units; the second pass is fit
   on first-pass probabilities predicted out of fold (sites held out), for the
   same reason.
3. The title forest is fit on the units up to the first article unit.
4. For plain text, the cost of switching between article and furniture when a
   page is decoded as a sequence (:mod:`.sequence`) is chosen on the last pass's
   probabilities predicted out of fold.

Units are weighted so that every page counts alike and, inside a page, a unit
counts by its words (the benchmark's metric counts words, not lines). Every
random choice is seeded and scikit-learn runs single-threaded, so the same data
gives a byte-identical model file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from summarizer.clean.lexicon import Lexicon
from summarizer.clean.linemodel import (
    PageFeatures,
    PassModel,
    page_features,
    second_features,
    title_features,
    word_counts,
)
from summarizer.clean.overlap import aligned_share
from summarizer.clean.sequence import choose_switch_cost
from summarizer.clean.trees import LEAF, Forest
from summarizer.clean.units import Unit, tokens
from summarizer.errors import OptionError

INNER_FOLDS = 4
"""Site folds for cross-fitting the lexicons and the first pass."""

TREE_SETTINGS: dict[str, Any] = {
    "max_iter": 200, "learning_rate": 0.1, "max_leaf_nodes": 15, "min_samples_leaf": 20,
    "early_stopping": False,
}


@dataclass(frozen=True)
class TrainingPage:
    """One labelled page.

    Attributes:
        group: The site (or page style): the unit that cross-validation keeps apart.
        units: The page's units.
        body: For each unit, whether it is article text.
        title: For each unit, whether it is the title.
        weight: The page's total weight.
        stop_words: Stop words of the page's language.
        lexical: Whether its words may teach the lexicons. Generated pages should not:
            their chrome comes from one generator's word lists, so its words would
            look general (found on many "sites") while they are one author's.
    """

    group: str
    units: tuple[Unit, ...]
    body: tuple[bool, ...]
    title: tuple[bool, ...]
    weight: float = 1.0
    stop_words: frozenset[str] = frozenset()
    lexical: bool = True


def aligned_body(units: Sequence[Unit], body: str) -> tuple[bool, ...]:
    """Which units are article text: at least half their words align with ``body``."""
    return tuple(share >= 0.5 for share in aligned_share([u.text for u in units], body))


def matched_title(units: Sequence[Unit], body: Sequence[bool], title: str) -> tuple[bool, ...]:
    """The unit before the article that best matches a known title (word overlap ≥ 0.6)."""
    wanted = {w.casefold() for w in tokens(title)}
    first_body = next((i for i, is_body in enumerate(body) if is_body), len(units))
    best, best_score = -1, 0.6
    for index, unit in enumerate(units[:first_body]):
        have = {w.casefold() for w in tokens(unit.text)}
        score = len(have & wanted) / len(have | wanted) if have | wanted else 0.0
        if score > best_score:
            best, best_score = index, score
    return tuple(index == best for index in range(len(units)))


def export_forest(model: Any) -> Forest:
    """The trees of a fitted binary ``HistGradientBoostingClassifier`` as a :class:`Forest`.

    Internal node values are set to the count-weighted mean of their children, so
    that path contributions add up exactly to each prediction.
    """
    roots: list[int] = []
    feature: list[int] = []
    threshold: list[float] = []
    left: list[int] = []
    right: list[int] = []
    value: list[float] = []
    depth = 0
    for (predictor,) in model._predictors:  # the fitted trees have no public API
        nodes = predictor.nodes
        offset = len(feature)
        roots.append(offset)
        values = nodes["value"].astype(float).copy()
        for i in sorted(range(len(nodes)), key=lambda i: -int(nodes["depth"][i])):
            if not nodes["is_leaf"][i]:
                lo, hi = int(nodes["left"][i]), int(nodes["right"][i])
                n_lo, n_hi = int(nodes["count"][lo]), int(nodes["count"][hi])
                values[i] = (values[lo] * n_lo + values[hi] * n_hi) / max(n_lo + n_hi, 1)
        for i, node in enumerate(nodes):
            leaf = bool(node["is_leaf"])
            feature.append(LEAF if leaf else int(node["feature_idx"]))
            threshold.append(float(node["num_threshold"]))
            left.append(-1 if leaf else offset + int(node["left"]))
            right.append(-1 if leaf else offset + int(node["right"]))
            value.append(float(values[i]))
            depth = max(depth, int(node["depth"]))
    return Forest(baseline=float(np.ravel(model._baseline_prediction)[0]),
                  roots=np.array(roots), feature=np.array(feature),
                  threshold=np.array(threshold), left=np.array(left), right=np.array(right),
                  value=np.array(value), depth=depth + 1)


def _sklearn() -> Any:
    try:
        from sklearn.ensemble import HistGradientBoostingClassifier
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise OptionError("training the line model needs scikit-learn: "
                          "pip install 'get-a-summary[train]'") from error
    return HistGradientBoostingClassifier


def _fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, *, seed: int) -> Forest:
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):  # one thread: the same sums in the same order
        model = _sklearn()(random_state=seed, **TREE_SETTINGS).fit(x, y, sample_weight=w)
    return export_forest(model)


def unit_weights(page: TrainingPage) -> np.ndarray:
    """Each unit's weight: its words (plus a floor for short lines), summing to the page's."""
    words = np.array([len(tokens(unit.text)) + 5.0 for unit in page.units])
    return page.weight * words / words.sum() if len(words) else words


def site_folds(groups: Sequence[str], k: int) -> list[int]:
    """A fold number for each group, by sorted group name (deterministic)."""
    order = {group: i % k for i, group in enumerate(sorted(set(groups)))}
    return [order[group] for group in groups]


def _lexicons(pages: Sequence[TrainingPage], html: bool) -> tuple[Lexicon, Lexicon | None]:
    lexical = [page for page in pages if page.lexical]
    words = ((tuple(w.casefold() for w in tokens(u.text)), not b, page.group)
             for page in lexical for u, b in zip(page.units, page.body, strict=True))
    attrs = ((u.markup.attrs if u.markup else (), not b, page.group)
             for page in lexical for u, b in zip(page.units, page.body, strict=True))
    return Lexicon.fit(words), Lexicon.fit(attrs) if html else None


def _features(pages: Sequence[TrainingPage], folds: Sequence[int], html: bool
              ) -> list[PageFeatures]:
    """First-pass features of every page, with lexicons fit without the page's fold."""
    out: list[PageFeatures | None] = [None] * len(pages)
    for fold in sorted(set(folds)):
        others = [page for page, f in zip(pages, folds, strict=True) if f != fold]
        lexicon, attrs = _lexicons(others, html)
        for i, page in enumerate(pages):
            if folds[i] == fold:
                out[i] = page_features(page.units, lexicon=lexicon, attr_lexicon=attrs,
                                       stop_words=page.stop_words)
    return [features for features in out if features is not None]


def _out_of_fold(pages: Sequence[TrainingPage], x: Sequence[np.ndarray],
                 folds: Sequence[int], *, seed: int) -> list[np.ndarray]:
    """Every page's probabilities from a forest fit on ``x`` without the page's fold."""
    out: list[np.ndarray] = [np.zeros(0)] * len(pages)
    for fold in sorted(set(folds)):
        train = [i for i in range(len(pages)) if folds[i] != fold]
        forest = _fit(np.vstack([x[i] for i in train]),
                      np.concatenate([np.array(pages[i].body, dtype=int) for i in train]),
                      np.concatenate([unit_weights(pages[i]) for i in train]), seed=seed)
        for i in range(len(pages)):
            if folds[i] == fold:
                out[i] = forest.probability(x[i])
    return out


def _fit_title(pages: Sequence[TrainingPage], stacked: Sequence[np.ndarray],
               second: Forest, *, seed: int) -> Forest:
    """The title forest, on the units up to each page's first article unit."""
    rows, labels = [], []
    for page, x in zip(pages, stacked, strict=True):
        end = next((i for i, is_body in enumerate(page.body) if is_body), len(page.units))
        end = min(end + 1, len(page.units))
        rows.append(title_features(x[:end], second.probability(x[:end])))
        labels.append(np.array(page.title[:end], dtype=int))
    y = np.concatenate(labels)
    return _fit(np.vstack(rows), y, np.ones(len(y)), seed=seed)


PASSES = 2
"""Passes of the line model: the first, and the ones that see the previous verdicts."""


def fit_pass(pages: Sequence[TrainingPage], *, html: bool, seed: int = 0,
             passes: int = PASSES) -> PassModel:
    """Fit one :class:`PassModel` (see the module docstring for the procedure)."""
    if len({page.group for page in pages}) < INNER_FOLDS:
        raise OptionError(f"training needs pages from at least {INNER_FOLDS} sites")
    folds = site_folds([page.group for page in pages], INNER_FOLDS)
    firsts = _features(pages, folds, html)
    y = np.concatenate([np.array(page.body, dtype=int) for page in pages])
    w = np.concatenate([unit_weights(page) for page in pages])
    first = _fit(np.vstack([f.values for f in firsts]), y, w, seed=seed)
    x = [f.values for f in firsts]
    later: list[Forest] = []
    for _ in range(passes - 1):
        previous = _out_of_fold(pages, x, folds, seed=seed)
        x = [second_features(f, p) for f, p in zip(firsts, previous, strict=True)]
        later.append(_fit(np.vstack(x), y, w, seed=seed))
    title = _fit_title(pages, x, later[-1], seed=seed)
    lexicon, attrs = _lexicons(pages, html)
    threshold = PassModel.threshold
    switch_cost = 0.0
    # HTML lines are not decoded as a sequence: the trees there see trafilatura's verdict
    # on each block and its neighbours, and leave-sites-out HTML F1 fell with the cost its
    # folds chose (0.973 -> 0.971, the costs 0 to 1.25 from fold to fold).
    if not html:
        switch_cost = choose_switch_cost(
            _out_of_fold(pages, x, folds, seed=seed),
            [np.array(page.body, dtype=bool) for page in pages],
            [word_counts(f) for f in firsts],
            [page.weight for page in pages], threshold=threshold)
    return PassModel(names=firsts[0].names, lexicon=lexicon, attr_lexicon=attrs,
                     first=first, later=tuple(later), title=title, threshold=threshold,
                     switch_cost=switch_cost)
