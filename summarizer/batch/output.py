"""Writing a batch's records: JSON Lines as they come, or Parquet at the end; resuming.

A record is the JSON that ``summarizer summarize --format json`` prints for the
same document and options, with the document's ``id`` first and ``error`` last
(``null``, or why it failed; a failed record has no sentences).

Resuming. The records are written in input order, a document's records in one
write, flushed; nothing else is in the file. So after any interruption (Ctrl-C,
``kill -9``, a power cut) the file is a run of complete records, perhaps followed
by a torn line or a document with only some of its methods. :func:`resume_point`
keeps the complete documents and cuts the rest off; the run then skips that many
documents of the input (checking their ids) and appends. Every record carries its
method and settings, so a rerun with other methods or options is refused rather
than mixed in. Parquet cannot be appended to, so its records are kept as JSON Lines
in ``OUT.partial.jsonl`` until the run ends, then converted and renamed into place.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from summarizer.batch.extras import require
from summarizer.batch.options import BatchOptions
from summarizer.batch.sources import Item
from summarizer.batch.work import BatchResult, summarize_shard
from summarizer.errors import InputError, OptionError
from summarizer.render import settings_to_dict, summary_to_dict

__all__ = ["BatchOutput", "Resumed", "ShardLines", "record", "record_line", "resume_point",
           "shard_lines", "to_parquet"]

_PARQUET_ROWS = 4096
"""Records per Parquet row group (and per conversion step, so memory stays bounded)."""


def settings_for(method: str, options: BatchOptions) -> dict[str, Any]:
    """The ``settings`` a record of ``method`` carries under ``options``."""
    return settings_to_dict(method=method, clean=options.clean, length=options.length,
                            language=options.language, seed=options.seed)


def record(result: BatchResult, options: BatchOptions) -> dict[str, Any]:
    """The output record of one result (see the module docstring)."""
    if result.summary is not None:
        body = summary_to_dict(result.summary, length=options.length,
                               language=options.language, seed=options.seed)
    else:
        body = {"method": result.method, "title": None, "language": None, "sentences": [],
                "document_sentences": None, "settings": settings_for(result.method, options),
                "warnings": []}
    return {"id": result.id, **body, "error": result.error}


def record_line(result: BatchResult, options: BatchOptions) -> str:
    """The record as one line of JSON Lines, with its newline."""
    return json.dumps(record(result, options), ensure_ascii=False) + "\n"


@dataclass(frozen=True, slots=True)
class ShardLines:
    """A shard's records as JSON Lines, made where the shard was summarized.

    Attributes:
        text: The records' lines, in order, each with its newline.
        documents: How many documents they are.
        failed: How many of the records failed.
    """

    text: str
    documents: int
    failed: int


def shard_lines(items: Sequence[Item], options: BatchOptions) -> ShardLines:
    """:func:`~summarizer.batch.work.summarize_shard`, its results written as records.

    Run by the workers, so the process that writes the output only appends text.
    """
    results = summarize_shard(items, options)
    return ShardLines(text="".join(record_line(result, options) for result in results),
                      documents=len(items), failed=sum(not result.ok for result in results))


@dataclass(frozen=True, slots=True)
class Resumed:
    """What an earlier, interrupted run left.

    Attributes:
        documents: Complete documents already written (all their methods).
        failed: Failed records among them.
        size: Bytes kept; anything after is cut off.
        dropped: Bytes cut off (a torn line, or a document's first methods only).
    """

    documents: int
    failed: int
    size: int
    dropped: int


def _expected(options: BatchOptions) -> list[tuple[str, dict[str, Any]]]:
    return [(method, settings_for(method, options)) for method in options.methods]


def _parse(line: bytes) -> dict[str, Any] | None:
    if not line.endswith(b"\n"):
        return None
    try:
        value = json.loads(line)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    return value if isinstance(value, dict) and {"id", "method", "settings",
                                                 "error"} <= value.keys() else None


def resume_point(path: Path, options: BatchOptions) -> Resumed:
    """Find the complete documents at the start of ``path`` (see the module docstring).

    Raises:
        InputError: The file is not this batch's output: a record of another
            method or settings, or a first line that is not a record at all.
    """
    expected = _expected(options)
    documents = failed = kept = 0
    pending_failed = offset = 0
    with path.open("rb") as handle:
        for number, line in enumerate(handle):
            value = _parse(line)
            if value is None:
                if number == 0 and line.endswith(b"\n"):
                    raise InputError(f"{path}: is not the output of summarizer batch; "
                                     "give another --out (or delete it)")
                break  # a torn tail: cut off from here
            method, settings = expected[number % len(expected)]
            if (value["method"], value["settings"]) != (method, settings):
                raise InputError(
                    f"{path}: record {number + 1} is {value['method']} with settings "
                    f"{json.dumps(value['settings'])}, but this run writes {method} with "
                    f"{json.dumps(settings)}; rerun with the options of the first run, "
                    "or give another --out")
            offset += len(line)
            pending_failed += value["error"] is not None
            if number % len(expected) == len(expected) - 1:
                documents, kept = documents + 1, offset
                failed, pending_failed = failed + pending_failed, 0
    size = path.stat().st_size
    return Resumed(documents=documents, failed=failed, size=kept, dropped=size - kept)


def written_ids(path: Path, options: BatchOptions) -> Iterator[str]:
    """The id of each complete document of ``path``, in order (one per document)."""
    step = len(options.methods)
    with path.open("rb") as handle:
        for number, line in enumerate(handle):
            if number % step == 0:
                value = _parse(line)
                if value is None:
                    return
                yield str(value["id"])


class BatchOutput:
    """The output file being written: JSON Lines appended as documents finish."""

    def __init__(self, out: Path, *, resume: bool) -> None:
        """Open ``out`` (or Parquet's staging file) to write or, with ``resume``, to append.

        Raises:
            OptionError: ``out`` exists and ``resume`` is not set, or its type is unknown.
            MissingExtraError: Parquet output without pyarrow.
        """
        self.out = out
        self.parquet = out.suffix.lower() in (".parquet", ".pq")
        if not self.parquet and out.suffix.lower() not in (".jsonl", ".ndjson", ".json"):
            raise OptionError(f"--out {out}: give a .jsonl or .parquet file name")
        if self.parquet:
            require("pyarrow.parquet", extra="parquet", purpose="Parquet output")
        self.lines = out.with_name(out.name + ".partial.jsonl") if self.parquet else out
        self.finished = self.parquet and out.exists() and not self.lines.exists()
        if not resume and (self.lines.exists() or out.exists()):
            raise OptionError(f"--out {out} exists: add --resume to finish that run, or "
                              "delete it (or give another --out) to start afresh")
        self._handle: IO[str] | None = None

    def resume(self, options: BatchOptions) -> Resumed:
        """What the earlier run wrote; cuts off its incomplete tail.

        Raises:
            InputError: The file holds another run's records (see :func:`resume_point`).
        """
        if self.finished:
            return _finished_parquet(self.out, options)
        if not self.lines.exists():
            return Resumed(documents=0, failed=0, size=0, dropped=0)
        resumed = resume_point(self.lines, options)
        if resumed.dropped:
            os.truncate(self.lines, resumed.size)
        return resumed

    def write(self, text: str) -> None:
        """Append a shard's lines in one write, and flush them."""
        if self._handle is None:
            self.lines.parent.mkdir(parents=True, exist_ok=True)
            self._handle = self.lines.open("a", encoding="utf-8", newline="\n")
        self._handle.write(text)
        self._handle.flush()

    def close(self, *, complete: bool) -> None:
        """Close the file; when the run is ``complete``, make the Parquet file."""
        if self._handle is not None:
            os.fsync(self._handle.fileno())
            self._handle.close()
            self._handle = None
        if complete and self.parquet and not self.finished:
            if not self.lines.exists():  # an empty input: still an (empty) output
                self.lines.touch()
            to_parquet(self.lines, self.out)
            self.lines.unlink()
        elif complete and not self.lines.exists():
            self.lines.touch()


def _finished_parquet(out: Path, options: BatchOptions) -> Resumed:
    """A finished Parquet output: its documents and failures, from two columns."""
    parquet = require("pyarrow.parquet", extra="parquet", purpose="Parquet output")
    table = parquet.read_table(out, columns=["method", "error"])
    methods = table.column("method").to_pylist()
    if methods != list(options.methods) * (len(methods) // len(options.methods)) or (
            len(methods) % len(options.methods)):
        raise InputError(f"{out}: holds records of other methods than this run's; rerun with "
                         "the options of the first run, or give another --out")
    failed = len(methods) - table.column("error").null_count
    return Resumed(documents=len(methods) // len(options.methods), failed=failed, size=0,
                   dropped=0)


def _schema() -> Any:
    pa = require("pyarrow", extra="parquet", purpose="Parquet output")
    sentence = pa.struct([("index", pa.int64()), ("text", pa.string()),
                          ("score", pa.float64())])
    settings = pa.struct([("clean", pa.bool_()), ("sentences", pa.int64()),
                          ("words", pa.int64()), ("ratio", pa.float64()),
                          ("contiguous", pa.bool_()), ("language", pa.string()),
                          ("seed", pa.int64())])
    return pa.schema([("id", pa.string()), ("method", pa.string()), ("title", pa.string()),
                      ("language", pa.string()), ("sentences", pa.list_(sentence)),
                      ("document_sentences", pa.int64()), ("settings", settings),
                      ("warnings", pa.list_(pa.string())), ("error", pa.string())])


def to_parquet(lines: Path, out: Path) -> None:
    """Convert JSON Lines records to Parquet, a row group at a time, then rename into place."""
    pa = require("pyarrow", extra="parquet", purpose="Parquet output")
    parquet = require("pyarrow.parquet", extra="parquet", purpose="Parquet output")
    schema = _schema()
    temporary = out.with_name(out.name + ".tmp")
    with parquet.ParquetWriter(temporary, schema) as writer, lines.open("rb") as handle:
        rows: list[dict[str, Any]] = []
        for line in handle:
            rows.append(json.loads(line))
            if len(rows) == _PARQUET_ROWS:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        if rows:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    os.replace(temporary, out)
