"""Running an evaluation: settings → per-example records → aggregate result.

Example:
    >>> from eval import load_suite, make_settings, run_evaluation
    >>> result = run_evaluation(load_suite(), settings=make_settings(bootstrap=200))
    >>> result.aggregate["lead"]["rouge1"].mean
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, replace
from functools import partial

import numpy as np

from eval.aggregate import BASELINE, ComparisonRow, aggregate, compare, score_matrix
from eval.data import Dataset, Example
from eval.records import HUMAN, ORACLE, Budget, ExampleRecord, prepare_document, score_example
from eval.scoring import METRICS
from eval.stats import FloatArray, Interval, resample_indices
from summarizer import validate
from summarizer.batch.engines import MAX_JOBS, Engine, make_engine
from summarizer.errors import InputError, OptionError, OptionTypeError
from summarizer.methods import available_methods, get_method
from summarizer.pipeline import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_SENTENCES,
    check_language,
    check_seed,
    make_length,
)
from summarizer.types import Document

ALWAYS = ("lead", "random")
"""Baselines reported in every run, whatever ``methods`` says."""

MAX_BOOTSTRAP = 100_000
"""More resamples than this changes no reported digit, and the resample matrix
(resamples × articles indices) would need gigabytes."""

SHARD_SIZE = 4
"""Articles per unit of work sent to a worker (each one is scored with every method)."""

Progress = Callable[[int], None]
"""Called with the number of examples just finished."""


@dataclass(frozen=True, slots=True)
class EvalSettings:
    """Everything that determines an evaluation's numbers (see :func:`make_settings`).

    Attributes:
        methods: Registry methods to evaluate (always including lead and random).
        budget: Length, seed and cleaning shared by every method and the oracle.
        bootstrap: Number of bootstrap resamples.
        jobs: Worker processes (or local Dask workers); results are identical for any value.
        max_sentences: Articles with more body sentences are refused (or skipped).
        max_bytes: Articles longer than this in UTF-8 are refused (or skipped).
        engine: Where the articles are scored: ``"local"`` or ``"dask"`` (same results).
        scheduler: The Dask scheduler's address; ``None``: a local cluster of ``jobs``.
    """

    methods: tuple[str, ...]
    budget: Budget
    bootstrap: int = 1000
    jobs: int = 1
    max_sentences: int = DEFAULT_MAX_SENTENCES
    max_bytes: int = DEFAULT_MAX_BYTES
    engine: str = "local"
    scheduler: str | None = None


@dataclass(frozen=True, slots=True)
class PreparedDataset:
    """A dataset whose articles are cleaned and split, within the limits.

    Attributes:
        dataset: The examples kept; its ``skipped`` lists every record left out.
        documents: One document per kept example, in the same order.
    """

    dataset: Dataset
    documents: tuple[Document, ...]


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


def _method_names(methods: Sequence[str] | None) -> tuple[str, ...]:
    """The registry methods to run, in registry order, with the baselines."""
    if isinstance(methods, str) or not (methods is None or isinstance(methods, Sequence)):
        raise OptionTypeError(
            f"{validate.spell('methods')} must be a list of method names, got {methods!r}")
    names = available_methods() if methods is None else tuple(methods)
    if not names:
        raise OptionError(f"no methods given: choose from {', '.join(available_methods())}")
    wanted = {get_method(name).name for name in names}
    return tuple(name for name in available_methods() if name in wanted or name in ALWAYS)


def make_settings(*, methods: Sequence[str] | None = None, sentences: int | None = None,
                  words: int | None = None, seed: int = 0, bootstrap: int = 1000,
                  jobs: int = 1, clean: bool = True, language: str = "english",
                  max_sentences: int = DEFAULT_MAX_SENTENCES,
                  max_bytes: int = DEFAULT_MAX_BYTES, engine: str = "local",
                  scheduler: str | None = None) -> EvalSettings:
    """Validate evaluation options.

    Args:
        methods: Registry names (default: all); lead and random are always added.
        sentences: Sentence budget for every method (default 3).
        words: Word budget instead of sentences.
        seed: Seed for random methods and the bootstrap.
        bootstrap: Number of bootstrap resamples (1 to :data:`MAX_BOOTSTRAP`).
        jobs: Worker processes (1 to :data:`MAX_JOBS`).
        clean: Clean articles before splitting.
        language: Language for splitting, stop words and stemming (case-insensitive).
        max_sentences: Refuse (or, with ``skip_bad``, skip) longer articles.
        max_bytes: Refuse (or skip) articles longer than this in UTF-8.
        engine: ``"local"`` (``jobs`` processes) or ``"dask"`` (the batch engines of
            :mod:`summarizer.batch.engines`).
        scheduler: With ``engine="dask"``: a running scheduler's address.

    Raises:
        OptionError: Unknown method or language (the message lists the valid
            ones), both budgets, or a value of the wrong type or out of range.
    """
    length = make_length(sentences=sentences, words=words)
    check_seed(seed)
    validate.whole_number(bootstrap, parameter="bootstrap", maximum=MAX_BOOTSTRAP)
    make_engine(engine=engine, jobs=jobs, scheduler=scheduler)  # checks jobs too
    validate.flag(clean, parameter="clean")
    validate.whole_number(max_sentences, parameter="max_sentences")
    validate.whole_number(max_bytes, parameter="max_bytes")
    budget = Budget(sentences=length.sentences, words=length.words, seed=seed, clean=clean,
                    language=check_language(language))
    return EvalSettings(methods=_method_names(methods), budget=budget, bootstrap=bootstrap,
                        jobs=jobs, max_sentences=max_sentences, max_bytes=max_bytes,
                        engine=engine.strip().lower(), scheduler=scheduler)


def check_examples(dataset: Dataset, *, settings: EvalSettings, skip_bad: bool = False,
                   progress: Progress | None = None) -> PreparedDataset:
    """Clean and split every article within the limits, before anything is scored.

    Args:
        dataset: Validated examples.
        settings: From :func:`make_settings` (cleaning, language and limits).
        skip_bad: Leave out an article that fails (over a limit, no sentences)
            and list it in ``skipped``, instead of failing.
        progress: Optional callback, called as articles are checked.

    Raises:
        InputError: The first failing article (its id in the message), unless
            ``skip_bad``; or no article left.
    """
    kept, documents, skipped = [], [], list(dataset.skipped)
    for example in dataset.examples:
        try:
            documents.append(prepare_document(example.article, settings.budget,
                                              max_sentences=settings.max_sentences,
                                              max_bytes=settings.max_bytes))
            kept.append(example)
        except InputError as error:
            message = f"id {example.id!r}: {error}"
            if not skip_bad:
                raise InputError(message) from None
            skipped.append(message)
        if progress:
            progress(1)
    if not kept:
        raise InputError(f"no article of {dataset.name!r} is left to evaluate: "
                         f"{len(skipped)} skipped")
    return PreparedDataset(dataset=replace(dataset, examples=tuple(kept),
                                           skipped=tuple(skipped)),
                           documents=tuple(documents))


def score_shard(pairs: Sequence[tuple[Example, Document]], *, methods: tuple[str, ...],
                budget: Budget) -> list[list[ExampleRecord]]:
    """Each article's records: the unit of work an engine maps over the dataset."""
    return [score_example(example, document, methods=methods, budget=budget)
            for example, document in pairs]


def _shards(prepared: PreparedDataset) -> Iterator[tuple[tuple[Example, Document], ...]]:
    pairs = list(zip(prepared.dataset.examples, prepared.documents, strict=True))
    for start in range(0, len(pairs), SHARD_SIZE):
        yield tuple(pairs[start:start + SHARD_SIZE])


def _engine(settings: EvalSettings, examples: int) -> Engine:
    """The batch engine the settings ask for, with no more workers than articles."""
    jobs = min(settings.jobs, examples) if settings.engine == "local" else settings.jobs
    return make_engine(engine=settings.engine, jobs=max(jobs, 1), scheduler=settings.scheduler)


def _score_all(prepared: PreparedDataset, settings: EvalSettings,
               progress: Progress | None) -> Generator[list[ExampleRecord], None, None]:
    """Per-example records in example order, on the engine the settings name.

    The work is the batch command's: shards of articles mapped by the same engines
    (local spawned processes, or Dask), results in input order.
    """
    work = partial(score_shard, methods=settings.methods, budget=settings.budget)
    engine = _engine(settings, len(prepared.dataset.examples))
    with engine.map(work, _shards(prepared)) as results:
        for shard in results:
            for records in shard:
                yield records
                if progress:
                    progress(1)


def run_evaluation(dataset: Dataset | PreparedDataset, *, settings: EvalSettings,
                   progress: Progress | None = None) -> EvalResult:
    """Summarize, score and aggregate a dataset.

    Args:
        dataset: Validated examples (:func:`~eval.data.load_dataset` or
            :func:`~eval.data.load_suite`), or already checked by
            :func:`check_examples` (which is otherwise done here, failing on the
            first article over a limit).
        settings: From :func:`make_settings`.
        progress: Optional callback, called as examples finish scoring.

    Returns:
        The records, intervals and paired tests; the same settings always give the
        same result, whatever ``jobs`` is.

    Raises:
        SummarizerError: An article that yields no summary (message names its id).
    """
    prepared = (dataset if isinstance(dataset, PreparedDataset)
                else check_examples(dataset, settings=settings))
    with closing(_score_all(prepared, settings, progress)) as batches:
        records = [record for batch in batches for record in batch]
    return build_result(prepared.dataset, records, settings=settings)


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


__all__ = ["ALWAYS", "BASELINE", "MAX_BOOTSTRAP", "MAX_JOBS", "EvalResult", "EvalSettings",
           "PreparedDataset", "build_result", "check_examples", "make_settings",
           "run_evaluation", "score_shard"]
