"""Reading input: bytes → text, with clear errors for everything that is not text.

* UTF-8 (a BOM is removed), or UTF-16/32 with a byte-order mark; other encodings are
  detected with charset-normalizer,
  and refused when detection is not confident;
* binary data (NUL bytes, or mostly control characters) is refused;
* a size limit protects the service; ``--max-bytes`` raises it;
* HTML is recognised by its content (not its file name) and turned into text.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from summarizer.errors import InputError
from summarizer.validate import whole_number

DEFAULT_MAX_BYTES = 5_000_000
"""5 MB: about a hundred times the longest news article."""

_HTML_SIGNS = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:p|div|article|title|meta|br)[\s>/]",
    re.IGNORECASE,
)


# A valid 2-, 3- or 4-byte UTF-8 sequence.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_TYPOGRAPHY = frozenset("‘’‚“”„–—…•€£¥©®°±·«»§¶×÷¢¿¡ºª\u00a0")
_MAX_CHAOS = 0.1
"""charset-normalizer's "mess" ratio above which its guess is refused."""

# UTF-32 first: its little-endian mark begins with UTF-16's.
_UTF16_32_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


@dataclass(frozen=True, slots=True)
class InputText:
    """Decoded input.

    Attributes:
        text: The text, as decoded (HTML is kept as markup; see ``is_html``).
        encoding: The encoding it was decoded from.
        is_html: Whether the content looks like an HTML page or fragment.
        source: Where it came from (a path or ``"<stdin>"``), for messages.
    """

    text: str
    encoding: str
    is_html: bool
    source: str


def looks_like_html(text: str) -> bool:
    """True for markup: starts with a tag and has an HTML tag, or has several of them."""
    head = text[:8192]
    signs = len(_HTML_SIGNS.findall(head))
    return signs >= 3 or (signs >= 1 and head.lstrip()[:1] == "<")


def _is_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(sample) // 100)


def decode(data: bytes, *, source: str) -> tuple[str, str]:
    """Decode bytes as UTF-8 (BOM or not) or a confidently detected encoding."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for bom, encoding in _UTF16_32_BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), encoding
            except UnicodeDecodeError:
                raise InputError(
                    f"{source}: starts with a {encoding} byte-order mark but is not valid "
                    f"{encoding}; re-save it as UTF-8"
                ) from None
    if _is_binary(data):
        raise InputError(
            f"{source}: this looks like a binary file, not text; give a plain-text or HTML article"
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        if _UTF8_MULTIBYTE.search(data):
            # Real UTF-8 sequences around a bad byte: a damaged UTF-8 file, which any
            # other encoding would turn into mojibake.
            raise InputError(
                f"{source}: not valid UTF-8 (bad byte at offset {error.start}); "
                "repair the file or convert it to UTF-8"
            ) from None
    western = _as_western(data)
    if western is not None:
        return western, "cp1252"
    return _detected(data, source=source)


def _as_western(data: bytes) -> str | None:
    """Windows-1252 (a superset of Latin-1), if the text then reads as Western prose.

    Detectors guess badly on short Western texts ("très" comes back as Big5 or
    Central European); the commonest legacy encoding of news is tried first, and
    accepted only when every non-ASCII character is a Latin letter or common
    typography and they are a minority of the letters (cp1251 Cyrillic would also
    decode, but as a text made almost only of accented letters).
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    extra = [c for c in text if ord(c) > 127]
    letters = sum(c.isalpha() for c in text)
    if all(("\u00c0" <= c <= "\u024f" and c.isalpha()) or c in _TYPOGRAPHY for c in extra) and (
        len(extra) <= 0.3 * max(letters, 1)
    ):
        return text
    return None


def _detected(data: bytes, *, source: str) -> tuple[str, str]:
    """Another encoding, when charset-normalizer is confident about it."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None or best.chaos > _MAX_CHAOS:
        raise InputError(
            f"{source}: the text is not UTF-8 and its encoding could not be detected; "
            "convert it to UTF-8 (e.g. iconv -f LATIN1 -t UTF-8)"
        )
    return str(best), str(best.encoding)


def read_bytes(path: str, *, max_bytes: int, stdin: BinaryIO | None = None) -> tuple[bytes, str]:
    """Read a file, or standard input for ``-``, refusing more than ``max_bytes``."""
    whole_number(max_bytes, option="--max-bytes")
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_bytes + 1)
        source = "<stdin>"
    else:
        file = Path(path)
        source = str(file)
        if not file.exists():
            raise InputError(f"{source}: no such file; check the path")
        if file.is_dir():
            raise InputError(f"{source}: is a directory; give the path of one article file")
        try:
            with file.open("rb") as handle:
                data = handle.read(max_bytes + 1)
        except OSError as error:
            raise InputError(
                f"{source}: cannot be read ({error.strerror}); check its permissions"
            ) from None
    if len(data) > max_bytes:
        raise InputError(
            f"{source}: larger than the {max_bytes:,}-byte limit; "
            "raise it with --max-bytes if this is really one article"
        )
    return data, source


def load_text(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
              stdin: BinaryIO | None = None) -> InputText:
    """Read and decode an article from a path or ``-`` (standard input).

    Raises:
        InputError: Missing path, directory, too large, binary, undecodable or empty.
    """
    data, source = read_bytes(path, max_bytes=max_bytes, stdin=stdin)
    text, encoding = decode(data, source=source)
    if not text.strip():
        raise InputError(f"{source}: the input is empty; give an article with some text")
    return InputText(text=text, encoding=encoding, is_html=looks_like_html(text), source=source)
