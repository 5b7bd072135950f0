"""Summarizing many documents: a stream in, a stream of results out, on any engine.

Example:
    >>> from summarizer.batch import summarize_many
    >>> for result in summarize_many(["First article...", "Second..."], methods=["lead"]):
    ...     print(result.id, result.method, result.summary or result.error)

``summarizer batch`` is the command line over the same functions: it reads
JSON Lines, Parquet or files, and writes records to JSON Lines or Parquet,
resumably (:mod:`summarizer.batch.run`). The engines (this process, local worker
processes, a Dask cluster) all map the one per-shard function of
:mod:`summarizer.batch.work`, so results are the same whatever runs them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from summarizer import validate
from summarizer.batch.engines import DaskEngine, Engine, LocalEngine, make_engine
from summarizer.batch.options import BatchOptions, make_batch_options
from summarizer.batch.run import DEFAULT_SHARD_SIZE, BatchReport, iter_results, run_batch
from summarizer.batch.sources import Fields, Item
from summarizer.batch.work import BatchResult
from summarizer.errors import InputError
from summarizer.language import AUTO
from summarizer.methods import DEFAULT_METHOD
from summarizer.options import DEFAULT_MAX_BYTES, DEFAULT_MAX_SENTENCES

__all__ = ["BatchOptions", "BatchReport", "BatchResult", "DaskEngine", "Engine", "Fields",
           "LocalEngine", "make_batch_options", "make_engine", "run_batch", "summarize_many"]


def _item(position: int, document: object) -> Item:
    """A document given as a text, or as an ``(id, text)`` pair."""
    identifier, text = str(position), document
    if isinstance(document, tuple) and len(document) == 2:
        identifier, text = str(document[0]), document[1]
    try:
        return Item(position, identifier, text=validate.text(text))
    except InputError as error:
        return Item(position, identifier, error=f"document {position} ({identifier}): {error}")


def summarize_many(documents: Iterable[str | tuple[str, str]], *,
                   methods: str | Sequence[str] = DEFAULT_METHOD,
                   sentences: int | None = None, words: int | None = None,
                   ratio: float | None = None, contiguous: bool | None = None,
                   language: str = AUTO, seed: int = 0, clean: bool = True,
                   max_sentences: int = DEFAULT_MAX_SENTENCES,
                   max_bytes: int = DEFAULT_MAX_BYTES, engine: Engine | None = None,
                   shard_size: int = DEFAULT_SHARD_SIZE) -> Iterator[BatchResult]:
    """Summarize a stream of documents with one or more methods, lazily, in input order.

    The options are those of :func:`summarizer.summarize` (checked here, before
    any document is read); each result's summary is the one ``summarize()`` gives.

    Args:
        documents: Texts, or ``(id, text)`` pairs (a text's id is its 0-based
            position); read as they are needed, a few shards ahead.
        methods: Registry names, a list or comma-separated; one result per
            document and method, in this order.
        sentences: Number of sentences (default 3 when no other length is given).
        words: Word budget.
        ratio: Fraction of each article's sentences, in (0, 1].
        contiguous: With ``words``: how the budget is filled.
        language: A name or ISO code, or ``"auto"`` to detect each document's.
        seed: Seed for methods that use randomness.
        clean: Remove page chrome first.
        max_sentences: Fail a document with more body sentences than this.
        max_bytes: Fail a document larger than this in UTF-8.
        engine: :class:`LocalEngine` (default: this process; ``jobs=N`` for N
            worker processes) or :class:`DaskEngine`.
        shard_size: Documents per unit of work sent to a worker.

    Returns:
        An iterator of :class:`BatchResult`: ``summary`` set, or ``error`` saying
        why the document failed (a bad document never stops the stream).

    Raises:
        OptionError: A bad option, before anything is read.
    """
    options = make_batch_options(methods=methods, sentences=sentences, words=words,
                                 ratio=ratio, contiguous=contiguous, language=language,
                                 seed=seed, clean=clean, max_sentences=max_sentences,
                                 max_bytes=max_bytes)
    validate.whole_number(shard_size, parameter="shard_size")
    items = (_item(position, document) for position, document in enumerate(documents))
    return _flatten(iter_results(items, options, engine=engine or LocalEngine(),
                                 shard_size=shard_size))


def _flatten(shards: Iterator[list[BatchResult]]) -> Iterator[BatchResult]:
    for results in shards:
        yield from results
