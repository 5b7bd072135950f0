"""Reading a batch's documents as a stream: JSON Lines, Parquet, text and HTML files.

Nothing is read whole: JSON Lines line by line (each line at most a bounded
size), Parquet in record batches, a directory walked one folder at a time. Every
document gets a position (its 0-based rank over all inputs, in the order given)
and an id. A record that cannot be read (malformed JSON, a missing text field, a
file over the size limit) becomes an item carrying its error, so the run records
it and goes on.
"""

from __future__ import annotations

import codecs
import glob
import gzip
import io
import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import count
from pathlib import Path
from typing import Any, BinaryIO

from summarizer.batch.extras import require
from summarizer.errors import InputError
from summarizer.inputs import read_bytes

__all__ = ["DEFAULT_FIELDS", "FILE_SUFFIXES", "Fields", "Item", "Source", "count_documents",
           "open_sources", "read_items"]

FILE_SUFFIXES = (".txt", ".html", ".htm")
"""Files taken from a directory: articles as plain text or HTML."""
_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
_PARQUET_SUFFIXES = (".parquet", ".pq")
_GLOB_CHARACTERS = frozenset("*?[")
_GZIP_MAGIC = b"\x1f\x8b"
_ESCAPE_GROWTH = 6
"""A character written as ``\\uXXXX`` in JSON takes six bytes: a record's line is
at most this many times its article's byte limit (plus room for other fields)."""
_LINE_SLACK = 1 << 16
_PARQUET_BATCH = 256
_SURROGATE = re.compile("[\ud800-\udfff]")
"""JSON can spell a lone surrogate (``"\\ud800"``), which no UTF-8 output can hold."""


@dataclass(frozen=True, slots=True)
class Item:
    """One document of a batch, as read.

    Attributes:
        position: 0-based rank over all inputs; the output is in this order.
        id: The record's id field, or the file's path; for a record without one,
            ``NAME:LINE`` (``NAME:ROW`` for Parquet, 1-based).
        text: The article, from a JSON Lines or Parquet record.
        data: A file's bytes, decoded (like ``summarizer summarize FILE``) where
            it is summarized.
        source: Where it came from, for messages.
        error: Why the record could not be read; it is recorded as failed.
    """

    position: int
    id: str
    text: str | None = None
    data: bytes | None = None
    source: str = ""
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """One input argument, resolved: its kind and its path (``-`` for stdin)."""

    kind: str  # "jsonl", "parquet", "file" or "directory"
    path: str


@dataclass(frozen=True, slots=True)
class Fields:
    """Which fields of a JSON Lines or Parquet record hold the text and the id."""

    text: str = "article"
    id: str = "id"


DEFAULT_FIELDS = Fields()
"""``article`` and ``id``."""


def _kind(path: Path) -> str:
    suffixes = [suffix.lower() for suffix in path.suffixes]
    if suffixes[-1:] == [".gz"]:
        suffixes.pop()
    last = suffixes[-1] if suffixes else ""
    if last in _JSONL_SUFFIXES:
        return "jsonl"
    if last in _PARQUET_SUFFIXES:
        return "parquet"
    if last in FILE_SUFFIXES:
        return "file"
    raise InputError(f"{path}: not a batch input; give JSON Lines (.jsonl, .jsonl.gz), "
                     f"Parquet (.parquet), {', '.join(FILE_SUFFIXES)} files or a directory")


def _resolve(argument: str) -> list[Source]:
    if argument == "-":
        return [Source("jsonl", "-")]
    path = Path(argument)
    if path.is_dir():
        return [Source("directory", argument)]
    if path.is_file():
        return [Source(_kind(path), argument)]
    if _GLOB_CHARACTERS & set(argument):
        matches = sorted(glob.glob(argument, recursive=True))
        if not matches:
            raise InputError(f"{argument}: no file matches this pattern; check it")
        return [source for match in matches for source in _resolve(match)]
    raise InputError(f"{argument}: no such file or directory; check the path")


def open_sources(arguments: Sequence[str], *,
                 fields: Fields = DEFAULT_FIELDS) -> tuple[Source, ...]:
    """Resolve the input arguments, checking each exists (and Parquet's columns) first.

    Raises:
        InputError: A path that does not exist, of an unknown kind, a pattern that
            matches nothing, standard input named twice, or a Parquet file without
            the text column.
        MissingExtraError: Parquet input without pyarrow installed.
    """
    if not arguments:
        raise InputError("no input given: name JSON Lines, Parquet or text files, a "
                         "directory, or - for JSON Lines on stdin")
    sources = [source for argument in arguments for source in _resolve(argument)]
    if sum(source.path == "-" for source in sources) > 1:
        raise InputError("standard input (-) can be read only once; name it once")
    for source in sources:
        if source.kind == "parquet":
            _parquet_file(source.path, fields)
    return tuple(sources)


def _parquet_file(path: str, fields: Fields) -> Any:
    parquet = require("pyarrow.parquet", extra="parquet", purpose="Parquet input")
    try:
        handle = parquet.ParquetFile(path)
    except (OSError, ValueError) as error:
        raise InputError(f"{path}: not a readable Parquet file ({error})") from None
    names = handle.schema_arrow.names
    if fields.text not in names:
        raise InputError(f"{path}: no column {fields.text!r}; name the text column with "
                         f"--text-field (columns: {', '.join(names)})")
    return handle


def _open_binary(path: str, stdin: BinaryIO | None) -> BinaryIO:
    """The file (or stdin), decompressed when it starts with gzip's magic bytes."""
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        if not hasattr(stream, "peek"):
            stream = io.BufferedReader(stream)
        if stream.peek(2)[:2] == _GZIP_MAGIC:
            return gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[return-value]
        return stream
    try:
        with Path(path).open("rb") as handle:
            packed = handle.read(2) == _GZIP_MAGIC
        return gzip.open(path, "rb") if packed else Path(path).open("rb")  # type: ignore[return-value]
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror}); check it") from None


def _bounded_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Lines with their 1-based numbers; ``None`` for a line longer than ``limit``."""
    for number in count(1):
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := stream.readline(_LINE_SLACK)) and not rest.endswith(b"\n"):
                pass  # skip the rest of the line without holding it
            yield number, None
        else:
            yield number, line


def _record_id(record: dict[str, Any], fields: Fields, fallback: str) -> str:
    """The id field (a string or an integer); else, or if it cannot be written, ``fallback``."""
    value = record.get(fields.id)
    if isinstance(value, str) and value.strip() and not _SURROGATE.search(value):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return fallback


def _json_item(line: bytes, *, number: int, position: int, name: str, fields: Fields) -> Item:
    where = f"{name} line {number}"
    fallback = f"{name}:{number}"
    try:
        record = json.loads(line.decode("utf-8").removeprefix("\ufeff"))
    except UnicodeDecodeError as error:
        return Item(position, fallback, source=where, error=(
            f"{where}: not UTF-8 (bad byte at offset {error.start}); re-encode the file"))
    except json.JSONDecodeError as error:
        return Item(position, fallback, source=where,
                    error=f"{where}: malformed JSON ({error.msg} at column {error.colno})")
    if not isinstance(record, dict):
        return Item(position, fallback, source=where, error=(
            f"{where}: expected a JSON object, got {type(record).__name__}"))
    return _field_item(record, position=position, where=where, fallback=fallback,
                       fields=fields)


def _field_item(record: dict[str, Any], *, position: int, where: str, fallback: str,
                fields: Fields) -> Item:
    identifier = _record_id(record, fields, fallback)
    text = record.get(fields.text)
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {type(text).__name__}, not a string"
        return Item(position, identifier, source=where, error=(
            f"{where}: field {fields.text!r} is {what}; name the text field with --text-field"))
    return Item(position, identifier, text=text, source=where)


def _jsonl_items(path: str, *, start: int, fields: Fields, max_bytes: int,
                 stdin: BinaryIO | None) -> Iterator[Item]:
    name = "stdin" if path == "-" else path
    stream = _open_binary(path, stdin)
    limit = _ESCAPE_GROWTH * max_bytes + _LINE_SLACK
    position = start
    try:
        for number, line in _bounded_lines(stream, limit):
            if line is None:
                yield Item(position, f"{name}:{number}", source=f"{name} line {number}",
                           error=f"{name} line {number}: longer than {limit:,} bytes, so "
                                 "its text is over the --max-bytes limit")
            elif line.strip(codecs.BOM_UTF8 + b" \t\r\n"):
                yield _json_item(line, number=number, position=position, name=name,
                                 fields=fields)
            else:
                continue  # a blank line holds no record
            position += 1
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        raise InputError(f"{name}: cannot be read to the end ({error}); check the file") from None
    finally:
        if path != "-":
            stream.close()


def _parquet_items(path: str, *, start: int, fields: Fields) -> Iterator[Item]:
    handle = _parquet_file(path, fields)
    columns = [fields.text] + ([fields.id] if fields.id in handle.schema_arrow.names else [])
    position = start
    row = 0
    for batch in handle.iter_batches(batch_size=_PARQUET_BATCH, columns=columns):
        for record in batch.to_pylist():
            row += 1
            yield _field_item(record, position=position, where=f"{path} row {row}",
                              fallback=f"{path}:{row}", fields=fields)
            position += 1


def _walk(directory: str) -> Iterator[str]:
    """Article files under ``directory``, in sorted order, one folder listed at a time."""
    for root, folders, files in os.walk(directory):
        folders.sort()
        for name in sorted(files):
            if name.lower().endswith(FILE_SUFFIXES):
                yield os.path.join(root, name)


def _file_item(path: str, *, position: int, max_bytes: int) -> Item:
    try:
        data, source = read_bytes(path, max_bytes=max_bytes)
    except InputError as error:
        return Item(position, path, source=path, error=str(error))
    return Item(position, path, data=data, source=source)


def _file_items(paths: Iterator[str], *, start: int, max_bytes: int) -> Iterator[Item]:
    for position, path in enumerate(paths, start=start):
        yield _file_item(path, position=position, max_bytes=max_bytes)


def read_items(sources: Sequence[Source], *, fields: Fields = DEFAULT_FIELDS,
               max_bytes: int, stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Every document of the inputs, in order, as a stream.

    Raises:
        InputError: An input that cannot be read at all (a truncated gzip file...);
            a bad record or file is an item with an error instead.
    """
    position = 0
    for source in sources:
        if source.kind == "jsonl":
            items: Iterator[Item] = _jsonl_items(source.path, start=position, fields=fields,
                                                 max_bytes=max_bytes, stdin=stdin)
        elif source.kind == "parquet":
            items = _parquet_items(source.path, start=position, fields=fields)
        else:
            paths = _walk(source.path) if source.kind == "directory" else iter([source.path])
            items = _file_items(paths, start=position, max_bytes=max_bytes)
        for item in items:
            yield item
            position = item.position + 1


def count_documents(sources: Sequence[Source], *, fields: Fields = DEFAULT_FIELDS) -> int | None:
    """How many documents the inputs hold (for a progress bar's ETA); ``None`` for stdin.

    JSON Lines are counted by their non-blank lines, read in blocks; Parquet from
    its metadata; files by walking the folders.
    """
    total = 0
    for source in sources:
        if source.path == "-":
            return None
        if source.kind == "jsonl":
            stream = _open_binary(source.path, None)
            with stream:
                total += sum(1 for line in stream if line.strip())
        elif source.kind == "parquet":
            total += int(_parquet_file(source.path, fields).metadata.num_rows)
        elif source.kind == "directory":
            total += sum(1 for _ in _walk(source.path))
        else:
            total += 1
    return total
