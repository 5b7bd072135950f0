"""Reading input: bytes → text, with clear errors for everything that is not text.

* UTF-8 (a BOM is removed), or UTF-16/32 with a byte-order mark; other encodings are
  detected with charset-normalizer (Shift-JIS, GBK, Big5, EUC-KR, Cyrillic...),
  and refused when detection is not confident;
* binary data (NUL bytes, or mostly control characters) is refused, and so are
  PDF files and RSS/Atom feeds, which are text but not an article;
* a size limit protects the service; ``--max-bytes`` raises it;
* HTML is recognised by its content (not its file name) and turned into text.
"""

from __future__ import annotations

import errno
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from summarizer.errors import InputError
from summarizer.options import DEFAULT_MAX_BYTES
from summarizer.validate import whole_number

__all__ = ["DEFAULT_MAX_BYTES", "InputText", "decode", "load_text", "looks_like_html",
           "read_bytes", "refuse_non_article", "text_from_bytes"]

_CHUNK = 1 << 20
"""Files are read a megabyte at a time, so any ``--max-bytes`` works without
allocating it up front."""

# A feed's root element with the attribute every feed has, after an optional XML
# declaration, stylesheet instructions and comments.
_FEED = re.compile(
    r"(?:<\?xml[^>]*>\s*)?(?:(?:<\?[^>]*>|<!--.*?-->)\s*)*"
    r"<(?:rss\s[^>]*\bversion\s*=|feed\s[^>]*\bxmlns\s*=|rdf:RDF\s)",
    re.DOTALL,
)

_HTML_SIGNS = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:p|div|article|title|meta|br)[\s>/]",
    re.IGNORECASE,
)


_HIGH_BYTES = bytes(range(128, 256))
# ISO-2022-JP/KR/CN switch character sets with ESC $ ... sequences.
_ISO_2022 = re.compile(rb"\x1b\$[@AB()*+D]")
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
    if _ISO_2022.search(data):
        return _iso_2022(data, source=source)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        if _mostly_utf8(data):
            # Real UTF-8 around a few bad bytes: a damaged UTF-8 file, which any
            # other encoding would turn into mojibake.
            raise InputError(
                f"{source}: not valid UTF-8 (bad byte at offset {error.start}); "
                "repair the file or convert it to UTF-8"
            ) from None
    western = _as_western(data)
    if western is not None:
        return western, "cp1252"
    return _detected(data, source=source)


def _mostly_utf8(data: bytes) -> bool:
    """Whether valid UTF-8 characters outnumber the invalid bytes four to one.

    A damaged UTF-8 file has a few bad bytes among many good characters. Text in
    a legacy multibyte encoding (Shift-JIS, GBK, EUC-KR) forms a valid UTF-8
    sequence here and there by chance, but mostly invalid ones.
    """
    sequences = _UTF8_MULTIBYTE.findall(data)
    non_ascii = len(data) - len(data.translate(None, _HIGH_BYTES))
    return len(sequences) >= 4 * (non_ascii - sum(map(len, sequences)))


def _iso_2022(data: bytes, *, source: str) -> tuple[str, str]:
    """Japanese, Korean or Chinese in ISO-2022: 7-bit text with escape sequences."""
    try:
        return data.decode("iso2022_jp_2"), "iso2022_jp_2"
    except UnicodeDecodeError:
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
        guess = f" (perhaps {best.encoding})" if best is not None and best.encoding else ""
        raise InputError(
            f"{source}: the text is not UTF-8 and its encoding could not be detected with "
            f"confidence{guess}; convert it to UTF-8 from the encoding it was saved in, "
            "e.g. iconv -f SHIFT_JIS -t UTF-8 (or GBK, BIG5, EUC-KR, LATIN1...)"
        )
    return str(best), str(best.encoding)


def refuse_non_article(text: str, *, source: str) -> None:
    """Refuse a PDF file or an RSS/Atom feed: text, but not an article.

    A PDF would be "summarized" into its drawing operators, and a feed into its
    item titles. A feed is refused rather than split into items: each item's
    page is the article to summarize.

    Raises:
        InputError: Saying what the text is and what to give instead.
    """
    head = text.lstrip("\ufeff \t\r\n")[:4096]
    if head.startswith("%PDF-"):
        raise _pdf_error(source)
    if _FEED.match(head):
        raise InputError(f"{source}: this is an RSS or Atom feed, not an article; give the "
                         "page (or the text) of one of its items instead")


def _pdf_error(source: str) -> InputError:
    return InputError(f"{source}: this is a PDF file, not an article's text; extract the "
                      "text first (e.g. pdftotext FILE.pdf FILE.txt) and give that")


def _read_limited(stream: BinaryIO, max_bytes: int) -> bytes:
    """At most ``max_bytes + 1`` bytes, in chunks (one more than the limit shows it is over)."""
    chunks: list[bytes] = []
    size = 0
    while size <= max_bytes:
        chunk = stream.read(min(_CHUNK, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _open_error(source: str, error: OSError) -> InputError:
    """A one-line message for a file that cannot be opened, by its cause."""
    if error.errno == errno.ELOOP:
        return InputError(f"{source}: is a symbolic link that loops back on itself; point it "
                          "at the article file, or give that file's path")
    if error.errno == errno.ENOENT:
        dangling = Path(source).is_symlink()
        what = "a symbolic link to a file that does not exist" if dangling else "no such file"
        return InputError(f"{source}: {what}; check the path")
    if error.errno == errno.EISDIR:
        return InputError(f"{source}: is a directory; give the path of one article file")
    return InputError(f"{source}: cannot be read ({error.strerror}); check its permissions")


def read_bytes(path: str, *, max_bytes: int, stdin: BinaryIO | None = None) -> tuple[bytes, str]:
    """Read a file, or standard input for ``-``, refusing more than ``max_bytes``."""
    whole_number(max_bytes, parameter="max_bytes")
    if path == "-":
        data = _read_limited(stdin if stdin is not None else sys.stdin.buffer, max_bytes)
        source = "<stdin>"
    else:
        source = str(Path(path))
        try:
            with Path(path).open("rb") as handle:
                data = _read_limited(handle, max_bytes)
        except OSError as error:
            raise _open_error(source, error) from None
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
        InputError: Missing path, symbolic-link loop, directory, too large, binary,
            a PDF or a feed, undecodable or empty.
    """
    data, source = read_bytes(path, max_bytes=max_bytes, stdin=stdin)
    return text_from_bytes(data, source=source)


def text_from_bytes(data: bytes, *, source: str) -> InputText:
    """Decode an article's bytes, read elsewhere (a batch reads them, a worker decodes).

    Raises:
        InputError: Binary, a PDF or a feed, undecodable or empty; naming ``source``.
    """
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"%PDF-"):
        raise _pdf_error(source)  # before the binary check: a compressed PDF is binary
    text, encoding = decode(data, source=source)
    if not text.strip():
        raise InputError(f"{source}: the input is empty; give an article with some text")
    refuse_non_article(text, source=source)
    return InputText(text=text, encoding=encoding, is_html=looks_like_html(text), source=source)
