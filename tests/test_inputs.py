"""Reading input: encodings, binary data, size limits, HTML detection."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.inputs import decode, load_text, looks_like_html

TEXT = "Le président a déclaré que la réunion aura lieu à Genève l'été prochain.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
def test_unicode_encodings(encoding: str) -> None:
    assert decode((TEXT * 5).encode(encoding), source="x")[0] == TEXT * 5


def test_latin1_is_detected() -> None:
    text, encoding = decode((TEXT * 5).encode("latin-1"), source="x")
    assert text == TEXT * 5
    assert encoding != "utf-8"


@pytest.mark.parametrize(
    "data",
    [b"\x00\x01\x02" * 50, bytes(range(256)) * 4, b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 40],
)
def test_binary_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="binary"):
        decode(data, source="x")


def test_stdin_and_limits(tmp_path: Path) -> None:
    stream = io.BytesIO(b"A short article. It has two sentences.")
    assert load_text("-", stdin=stream).source == "<stdin>"
    with pytest.raises(InputError, match="--max-bytes"):
        load_text("-", max_bytes=10, stdin=io.BytesIO(b"x" * 11))
    path = tmp_path / "exact.txt"
    path.write_bytes(b"y" * 10)
    assert load_text(str(path), max_bytes=10).text == "y" * 10


def test_html_detection() -> None:
    assert looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    assert looks_like_html("  <div class='a'><p>Story text.</p></div>")
    assert not looks_like_html("The <b> tag was discussed. A plain article about 3 < 4.")
    assert not looks_like_html("Plain prose.\nMore prose.")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Le chef a dit que le plat était très bon.", "latin-1"),
        ("El niño comió mañana en el café de José. “Sí”, dijo — 5 €.", "cp1252"),
        ("Привет, как дела? Это тестовый текст на русском языке, достаточно длинный "
         "для определения кодировки.", "cp1251"),
        ("Zażółć gęślą jaźń, powiedział prezes spółki w środę.", "cp1250"),
    ],
)
def test_legacy_encodings_decode_without_mojibake(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding), source="x")[0] == text


def test_damaged_utf8_is_refused_not_guessed() -> None:
    data = "The café in Zürich. José Núñez said so.\n".encode() + b"Stray \xff byte.\n"
    with pytest.raises(InputError, match="not valid UTF-8"):
        decode(data, source="x")
