"""A batch run: inputs → shards → an engine → records appended to the output, resumable."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import islice
from pathlib import Path
from typing import BinaryIO

from summarizer.batch.engines import Engine, LocalEngine
from summarizer.batch.options import BatchOptions
from summarizer.batch.output import BatchOutput, shard_lines, written_ids
from summarizer.batch.sources import DEFAULT_FIELDS, Fields, Item, open_sources, read_items
from summarizer.batch.work import BatchResult, summarize_shard
from summarizer.errors import InputError

__all__ = ["DEFAULT_SHARD_SIZE", "BatchReport", "iter_results", "run_batch"]

DEFAULT_SHARD_SIZE = 16
"""Documents per shard: big enough that sending one costs little next to
summarizing it, small enough that the shards in flight hold little memory."""

Progress = Callable[[int], None]
"""Called with the number of documents just finished (or found done on resume)."""


@dataclass(frozen=True, slots=True)
class BatchReport:
    """What a run did.

    Attributes:
        out: The output file.
        documents: Documents in the output (earlier runs' included).
        records: Records in the output (documents × methods).
        failed: Failed records among them.
        resumed: Documents an earlier run had finished.
        dropped: Bytes of an earlier run's incomplete tail that were cut off.
    """

    out: Path
    documents: int
    records: int
    failed: int
    resumed: int = 0
    dropped: int = 0


def _shards(items: Iterable[Item], size: int) -> Iterator[tuple[Item, ...]]:
    iterator = iter(items)
    while shard := tuple(islice(iterator, size)):
        yield shard


def iter_results(items: Iterable[Item], options: BatchOptions, *, engine: Engine,
                 shard_size: int = DEFAULT_SHARD_SIZE) -> Iterator[list[BatchResult]]:
    """Each shard's results, in input order, computed by ``engine``."""
    work = partial(summarize_shard, options=options)
    with engine.map(work, _shards(items, shard_size)) as results:
        yield from results


def _skip_done(items: Iterator[Item], output: BatchOutput, done: int,
               options: BatchOptions) -> None:
    """Consume the documents an earlier run finished, checking that their ids match."""
    if done == 0:
        return
    ids = written_ids(output.lines, options) if not output.finished else None
    for number in range(done):
        item = next(items, None)
        if item is None:
            raise InputError(f"--out {output.out} holds {done:,} documents but the input has "
                             f"only {number:,}; is this the same input? give another --out")
        written = next(ids, item.id) if ids is not None else item.id
        if written != item.id:
            raise InputError(f"--out {output.out}: document {number + 1} is id {written!r} "
                             f"but the input's is {item.id!r}; resume with the same input "
                             "as the first run, or give another --out")


def run_batch(inputs: Sequence[str], *, out: Path, options: BatchOptions,
              engine: Engine | None = None, resume: bool = False, fields: Fields = DEFAULT_FIELDS,
              shard_size: int = DEFAULT_SHARD_SIZE, progress: Progress | None = None,
              stdin: BinaryIO | None = None) -> BatchReport:
    """Summarize every document of ``inputs`` with every method into ``out``.

    Args:
        inputs: JSON Lines (plain or gzip), Parquet, text or HTML files, directories,
            glob patterns, or ``-`` for JSON Lines on standard input.
        out: ``.jsonl`` or ``.parquet``.
        options: From :func:`~summarizer.batch.options.make_batch_options`.
        engine: Where to run (default: this process).
        resume: Finish an interrupted run into the same ``out``.
        fields: The text and id fields of JSON Lines and Parquet records.
        shard_size: Documents per unit of work sent to a worker.
        progress: Called as documents finish.
        stdin: Standard input's binary stream (for tests).

    Raises:
        OptionError: ``out`` exists without ``resume``, or an unknown output type.
        InputError: A missing input, or (with ``resume``) an ``out`` made from
            another input or options.
    """
    output = BatchOutput(out, resume=resume)
    sources = open_sources(inputs, fields=fields)
    resumed = output.resume(options)
    if progress and resumed.documents:
        progress(resumed.documents)
    items = read_items(sources, fields=fields, max_bytes=options.max_bytes, stdin=stdin)
    done, failed = resumed.documents, resumed.failed
    complete = False
    try:
        _skip_done(items, output, done, options)
        if output.finished:
            if next(items, None) is not None:
                raise InputError(f"--out {out} is a finished run over fewer documents than "
                                 "this input; give another --out")
        else:
            work = partial(shard_lines, options=options)
            with (engine or LocalEngine()).map(work, _shards(items, shard_size)) as shards:
                for shard in shards:
                    output.write(shard.text)
                    done, failed = done + shard.documents, failed + shard.failed
                    if progress:
                        progress(shard.documents)
        complete = True
    finally:
        output.close(complete=complete)
    return BatchReport(out=out, documents=done, records=done * len(options.methods),
                       failed=failed, resumed=resumed.documents, dropped=resumed.dropped)
