"""Running an evaluation: settings → per-example records → aggregate result.

Example:
    >>> from eval import load_suite, make_settings, run_evaluation
    >>> result = run_evaluation(load_suite(), settings=make_settings(bootstrap=200))
    >>> result.aggregate["lead"]["rouge1"].mean
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial

import numpy as np

from eval.aggregate import BASELINE, ComparisonRow, aggregate, compare, score_matrix
from eval.data import Dataset, Example
from eval.records import HUMAN, ORACLE, Budget, ExampleRecord, score_example
from eval.scoring import METRICS
from eval.stats import FloatArray, Interval, resample_indices
from summarizer.errors import OptionError
from summarizer.language import get_language
from summarizer.methods import available_methods, get_method
from summarizer.pipeline import check_seed, make_length
from summarizer.validate import whole_number

ALWAYS = ("lead", "random")
"""Baselines reported in every run, whatever ``methods`` says."""

MAX_BOOTSTRAP = 100_000
"""More resamples than this changes no reported digit, and the resample matrix
(resamples × articles indices) would need gigabytes."""

Progress = Callable[[int], None]
"""Called with the number of examples just finished."""


@dataclass(frozen=True, slots=True)
class EvalSettings:
    """Everything that determines an evaluation's numbers (see :func:`make_settings`).

    Attributes:
        methods: Registry methods to evaluate (always including lead and random).
        budget: Length, seed and cleaning shared by every method and the oracle.
        bootstrap: Number of bootstrap resamples.
        jobs: Worker processes; results are identical for any value.
    """

    methods: tuple[str, ...]
    budget: Budget
    bootstrap: int = 1000
    jobs: int = 1


@dataclass(frozen=True, slots=True)
class EvalResult:
    """The outcome of :func:`run_evaluation`.

    Attributes:
        dataset: Name of the data evaluated.
        digest: SHA-256 of the data (see :class:`~eval.data.Dataset`).
        settings: The settings used.
        rows: Reported rows in order: methods, then ``oracle`` and ``human``.
        records: Every scored summary, in example order.
        aggregate: Row → metric → mean and 95% interval of F1.
        comparisons: Paired tests against lead and the best method.
        examples: Number of articles.
        skipped: One line per record left out (only with ``skip_bad``).
    """

    dataset: str
    digest: str
    settings: EvalSettings
    rows: tuple[str, ...]
    records: tuple[ExampleRecord, ...]
    aggregate: dict[str, dict[str, Interval]]
    comparisons: tuple[ComparisonRow, ...]
    examples: int
    skipped: tuple[str, ...] = ()


def _check_positive(value: int, option: str, *, most: int | None = None) -> None:
    whole_number(value, option=option)
    if most is not None and value > most:
        raise OptionError(f"{option} must be at most {most}, got {value}")


def make_settings(*, methods: Sequence[str] | None = None, sentences: int | None = None,
                  words: int | None = None, seed: int = 0, bootstrap: int = 1000,
                  jobs: int = 1, clean: bool = True,
                  language: str = "english") -> EvalSettings:
    """Validate evaluation options.

    Args:
        methods: Registry names (default: all); lead and random are always added.
        sentences: Sentence budget for every method (default 3).
        words: Word budget instead of sentences.
        seed: Seed for random methods and the bootstrap.
        bootstrap: Number of bootstrap resamples (1 to :data:`MAX_BOOTSTRAP`).
        jobs: Worker processes (at least 1).
        clean: Clean articles before splitting.
        language: Language for splitting, stop words and stemming (case-insensitive).

    Raises:
        OptionError: Unknown method or language (the message lists the valid
            ones), both budgets, or a count out of range.
    """
    length = make_length(sentences=sentences, words=words)
    check_seed(seed)
    _check_positive(bootstrap, "--bootstrap", most=MAX_BOOTSTRAP)
    _check_positive(jobs, "--jobs")
    names = available_methods() if methods is None else tuple(methods)
    if not names:
        raise OptionError(f"no methods given: choose from {', '.join(available_methods())}")
    wanted = {get_method(name).name for name in names}
    chosen = tuple(name for name in available_methods() if name in wanted or name in ALWAYS)
    budget = Budget(sentences=length.sentences, words=length.words, seed=seed, clean=clean,
                    language=get_language(language).name)
    return EvalSettings(methods=chosen, budget=budget, bootstrap=bootstrap, jobs=jobs)


def _score_all(examples: Sequence[Example], settings: EvalSettings,
               progress: Progress | None) -> Iterator[list[ExampleRecord]]:
    """Per-example records in example order, in worker processes if ``jobs > 1``."""
    work = partial(score_example, methods=settings.methods, budget=settings.budget)
    if settings.jobs == 1 or len(examples) < 2:
        for example in examples:
            yield work(example)
            if progress:
                progress(1)
        return
    # "spawn": workers start clean (no forked locks or threads); map keeps input order.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=settings.jobs, mp_context=context) as pool:
        for records in pool.map(work, examples, chunksize=1):
            yield records
            if progress:
                progress(1)


def run_evaluation(dataset: Dataset, *, settings: EvalSettings,
                   progress: Progress | None = None) -> EvalResult:
    """Summarize, score and aggregate a dataset.

    Args:
        dataset: Validated examples (:func:`~eval.data.load_dataset` or
            :func:`~eval.data.load_suite`).
        settings: From :func:`make_settings`.
        progress: Optional callback, called as examples finish.

    Returns:
        The records, intervals and paired tests; the same settings always give the
        same result, whatever ``jobs`` is.

    Raises:
        SummarizerError: An article that yields no summary (message names its id).
    """
    records = [r for batch in _score_all(dataset.examples, settings, progress) for r in batch]
    return build_result(dataset, records, settings=settings)


def build_result(dataset: Dataset, records: Sequence[ExampleRecord], *,
                 settings: EvalSettings) -> EvalResult:
    """Aggregate records of ``dataset``'s examples (records of other ids are ignored).

    This lets a caller score once and report subsets (e.g. CNN and Daily Mail).
    """
    ids = [example.id for example in dataset.examples]
    wanted = set(ids)
    kept = [record for record in records if record.id in wanted]
    rows = (*settings.methods, ORACLE, HUMAN)
    matrices: dict[str, dict[str, FloatArray]] = {
        row: {metric: score_matrix(kept, ids=ids, method=row, metric=metric)
              for metric in METRICS}
        for row in rows
    }
    indices = resample_indices(len(ids), replicates=settings.bootstrap,
                               rng=np.random.default_rng(settings.budget.seed))
    aggregates = aggregate(matrices, indices)
    comparisons = compare(matrices, aggregates, methods=settings.methods,
                          tested=[*settings.methods, ORACLE], indices=indices)
    return EvalResult(dataset=dataset.name, digest=dataset.digest, settings=settings,
                      rows=tuple(row for row in rows if row in aggregates),
                      records=tuple(kept), aggregate=aggregates,
                      comparisons=tuple(comparisons), examples=len(ids),
                      skipped=dataset.skipped)


__all__ = ["ALWAYS", "BASELINE", "MAX_BOOTSTRAP", "EvalResult", "EvalSettings", "build_result",
           "make_settings", "run_evaluation"]
