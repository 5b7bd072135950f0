"""Loading and validating evaluation data: a JSON Lines dataset or the reference suite.

Every problem is a one-line :class:`~summarizer.errors.InputError` that names the
line, id or path; nothing is dropped silently. With ``skip_bad=True`` a bad record
is left out and its error is kept in :attr:`Dataset.skipped` for the report.
"""

from __future__ import annotations

import codecs
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import summarizer
from summarizer import validate
from summarizer.errors import InputError

SUITE_ENV_HINT = "pass --dataset FILE.jsonl, or run from a checkout that has references/"


@dataclass(frozen=True, slots=True)
class Example:
    """One article with its human reference summaries.

    Attributes:
        id: Unique id of the article.
        article: The article text as given.
        references: One or more reference summaries, as given (sentences may be
            separated by newlines).
    """

    id: str
    article: str
    references: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Dataset:
    """Validated examples plus what was skipped (only with ``skip_bad``).

    Attributes:
        name: A short name for reports (file name or suite name).
        examples: The examples, in file order.
        skipped: One error line per skipped record.
        digest: SHA-256 of the data's bytes (the suite: of every file it names).
    """

    name: str
    examples: tuple[Example, ...]
    skipped: tuple[str, ...] = ()
    digest: str = ""


def _valid_unicode(value: str, what: str, where: str) -> str:
    """``value``, if it has no lone surrogate (JSON can spell one: ``"\\ud800"``)."""
    try:
        return validate.text(value, parameter=what)
    except InputError as error:
        raise InputError(f"{where}: {error}") from None


def _text_field(record: dict[str, Any], key: str, where: str) -> str:
    value = record.get(key)
    if not isinstance(value, str):
        raise InputError(f"{where}: field {key!r} must be a string, got {type(value).__name__}")
    if not value.strip():
        raise InputError(f"{where}: field {key!r} is empty")
    return _valid_unicode(value, f"field {key!r}", where)


def _references(record: dict[str, Any], where: str) -> tuple[str, ...]:
    """``references`` (a list) wins over ``reference``, which wins over ``highlights``."""
    if "references" in record:
        values = record["references"]
        if not isinstance(values, list) or not values:
            raise InputError(f"{where}: field 'references' must be a non-empty list of strings")
        for number, value in enumerate(values):
            if not isinstance(value, str) or not value.strip():
                raise InputError(f"{where}: references[{number}] is empty or not a string")
            _valid_unicode(value, f"references[{number}]", where)
        return tuple(values)
    for key in ("reference", "highlights"):
        if key in record:
            return (_text_field(record, key, where),)
    raise InputError(f"{where}: no reference: give 'reference', 'references' or 'highlights'")


def parse_record(line: bytes, *, number: int) -> Example:
    """Validate one JSON Lines record (``number`` is 1-based, for messages)."""
    where = f"line {number}"
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(f"{where}: not UTF-8 text (bad byte at offset {error.start}); "
                         "re-encode the file as UTF-8") from None
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"{where}: malformed JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(record).__name__}")
    identifier = _text_field(record, "id", where)
    where = f"{where} (id {identifier!r})"
    return Example(id=identifier, article=_text_field(record, "article", where),
                   references=_references(record, where))


def _numbered_lines(data: bytes) -> Iterator[tuple[int, bytes]]:
    """Non-blank lines with their 1-based numbers (blank lines hold no record).

    A leading UTF-8 byte-order mark is dropped, as ``summarize`` does (``utf-8-sig``).
    """
    for number, line in enumerate(data.removeprefix(codecs.BOM_UTF8).split(b"\n"), start=1):
        if line.strip():
            yield number, line


def _read(source: Path) -> bytes:
    try:
        return source.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read dataset {str(source)!r}: {error.strerror}") from None


def parse_records(data: bytes, *, skip_bad: bool = False) -> tuple[list[Example], list[str]]:
    """Validate every record of a JSON Lines text; return the examples and the skipped.

    Raises:
        InputError: The first bad record or duplicate id, unless ``skip_bad``.
    """
    examples: list[Example] = []
    skipped: list[str] = []
    first_line: dict[str, int] = {}
    for number, line in _numbered_lines(data):
        try:
            example = parse_record(line, number=number)
            if example.id in first_line:
                raise InputError(f"line {number}: duplicate id {example.id!r} "
                                 f"(first on line {first_line[example.id]})")
        except InputError as error:
            if not skip_bad:
                raise
            skipped.append(str(error))
            continue
        first_line[example.id] = number
        examples.append(example)
    return examples, skipped


def load_dataset(path: str | Path, *, skip_bad: bool = False) -> Dataset:
    """Read and validate a JSON Lines dataset.

    Args:
        path: File with one JSON object per line: ``id``, ``article`` and
            ``references`` (list), ``reference`` or ``highlights`` (string). UTF-8,
            with or without a byte-order mark.
        skip_bad: Leave out bad records (listed in ``skipped``) instead of failing.

    Returns:
        The dataset, examples in file order.

    Raises:
        InputError: Unreadable file, bad record (unless ``skip_bad``), duplicate id,
            or no usable record at all.
    """
    source = Path(path)
    data = _read(source)
    examples, skipped = parse_records(data, skip_bad=skip_bad)
    if not examples:
        raise InputError(f"{str(source)!r} has no usable records; expected JSON Lines with "
                         "'id', 'article' and 'reference'")
    return Dataset(name=source.name, examples=tuple(examples), skipped=tuple(skipped),
                   digest=hashlib.sha256(data).hexdigest())


def find_suite() -> Path:
    """The reference suite's folder: packaged in the wheel, or ``references/`` in a checkout.

    Raises:
        InputError: If neither exists.
    """
    package = Path(summarizer.__file__).resolve().parent
    for folder in (package / "_suite", package.parent / "references"):
        if (folder / "manifest.json").is_file():
            return folder
    raise InputError(f"the reference suite was not found; {SUITE_ENV_HINT}")


def _read_suite_text(folder: Path, relative: object, where: str) -> tuple[str, bytes]:
    if not isinstance(relative, str) or not relative:
        raise InputError(f"{where}: file paths must be non-empty strings")
    path = folder / relative
    try:
        data = path.read_bytes()
        text = data.decode("utf-8-sig")
    except OSError:
        raise InputError(f"{where}: missing file {relative!r} in {str(folder)!r}") from None
    except UnicodeDecodeError:
        raise InputError(f"{where}: {relative!r} is not UTF-8 text") from None
    if not text.strip():
        raise InputError(f"{where}: {relative!r} is empty")
    return text, data


def _suite_item(folder: Path, item: object, number: int,
                digest: hashlib._Hash) -> Example:
    where = f"manifest item {number}"
    if not isinstance(item, dict):
        raise InputError(f"{where}: expected an object with id, article and references")
    identifier = _text_field(item, "id", where)
    where = f"{where} (id {identifier!r})"
    files = item.get("references")
    if not isinstance(files, list) or not files:
        raise InputError(f"{where}: 'references' must be a non-empty list of file paths")
    texts: list[str] = []
    for relative in [item.get("article"), *files]:
        text, data = _read_suite_text(folder, relative, where)
        digest.update(f"{relative}\0".encode() + hashlib.sha256(data).digest())
        texts.append(text)
    return Example(id=identifier, article=texts[0], references=tuple(texts[1:]))


def load_suite(folder: str | Path | None = None) -> Dataset:
    """Read the reference suite (``manifest.json`` plus the files it names).

    Args:
        folder: The suite's folder; default :func:`find_suite`.

    Returns:
        The suite; ``digest`` covers the manifest and every file it names.

    Raises:
        InputError: Missing or malformed manifest, missing/empty/non-UTF-8 file,
            or duplicate id.
    """
    root = Path(folder) if folder is not None else find_suite()
    manifest_path = root / "manifest.json"
    try:
        manifest_bytes = manifest_path.read_bytes()
        manifest = json.loads(manifest_bytes.decode("utf-8-sig"))
    except OSError:
        raise InputError(f"no manifest.json in {str(root)!r}; {SUITE_ENV_HINT}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"{str(manifest_path)!r} is not valid UTF-8 JSON ({error})") from None
    items = manifest.get("items") if isinstance(manifest, dict) else None
    if not isinstance(items, list) or not items:
        raise InputError(f"{str(manifest_path)!r} needs a non-empty 'items' list")
    digest = hashlib.sha256(manifest_bytes)
    examples: list[Example] = []
    for number, item in enumerate(items, start=1):
        example = _suite_item(root, item, number, digest)
        if any(seen.id == example.id for seen in examples):
            raise InputError(f"manifest item {number}: duplicate id {example.id!r}")
        examples.append(example)
    return Dataset(name=str(manifest.get("name") or root.name), examples=tuple(examples),
                   digest=digest.hexdigest())
