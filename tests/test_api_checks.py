"""The Python API checks every parameter, names it as the caller wrote it, and
applies the command line's limits and input checks before any slow stage."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

import summarizer
from summarizer import (
    InputError,
    InputTypeError,
    OptionError,
    OptionTypeError,
    split_sentences,
    summarize,
)

TEXT = ("The city council approved the new budget on Monday. It includes more money for "
        "schools. Critics said the plan ignores transit. The mayor will sign it this week.")

# One wrong value per parameter of summarize() (and the name the message must start with).
BAD_TYPES: list[tuple[str, object]] = [
    ("method", 5), ("method", None),
    ("sentences", "3"), ("sentences", 2.5), ("sentences", True),
    ("words", 10.7), ("words", "ten"),
    ("ratio", "half"), ("ratio", True),
    ("contiguous", "yes"), ("contiguous", 1),
    ("language", None), ("language", 3),
    ("seed", 1.5), ("seed", "1"),
    ("clean", None), ("clean", "no"), ("clean", 1),
    ("max_sentences", "10"), ("max_sentences", 1e9),
    ("max_bytes", None), ("max_bytes", 5e6),
]  # fmt: skip


def test_every_parameter_has_a_type_check_below() -> None:
    """A new parameter of summarize() must be added to BAD_TYPES (and checked)."""
    parameters = set(inspect.signature(summarize).parameters) - {"text"}
    assert parameters == {name for name, _ in BAD_TYPES}


@pytest.mark.parametrize(("parameter", "value"), BAD_TYPES)
def test_a_wrong_type_is_an_option_type_error_naming_the_parameter(parameter: str,
                                                                   value: object) -> None:
    options: dict[str, Any] = {parameter: value}
    if parameter == "contiguous":
        options["words"] = 40
    with pytest.raises(OptionTypeError) as raised:
        summarize(TEXT, **options)
    assert isinstance(raised.value, TypeError)
    assert isinstance(raised.value, OptionError)
    message = str(raised.value)
    assert message.startswith(f"{parameter} must be "), message
    assert "--" not in message
    assert "\n" not in message


@pytest.mark.parametrize(("options", "message"), [
    ({"sentences": 0}, "sentences must be a positive whole number, got 0"),
    ({"sentences": 2, "words": 10}, "sentences and words conflict"),
    ({"ratio": 1.5}, "ratio must be a fraction in (0, 1], got 1.5"),
    ({"seed": -1}, "seed must be a whole number from 0 up, got -1"),
    ({"max_sentences": 0}, "max_sentences must be a positive whole number"),
    ({"contiguous": True}, "contiguous applies to a word budget: give words too"),
])  # fmt: skip
def test_messages_name_the_python_parameter(options: dict[str, Any], message: str) -> None:
    with pytest.raises(OptionError) as raised:
        summarize(TEXT, **options)
    assert str(raised.value).startswith(message)


@pytest.mark.parametrize("call", [summarize, split_sentences, summarizer.clean])
@pytest.mark.parametrize("value", [None, b"bytes", 42, ["a list"]])
def test_text_that_is_not_a_string(call: Any, value: object) -> None:
    with pytest.raises(InputTypeError) as raised:
        call(value)
    assert isinstance(raised.value, TypeError)
    assert str(raised.value) == f"the text must be a string, got {type(value).__name__}"


@pytest.mark.parametrize("call", [summarize, split_sentences, summarizer.clean])
def test_a_lone_surrogate_is_refused_by_every_entry_point(call: Any) -> None:
    with pytest.raises(InputError, match=r"lone surrogate \(U\+D83D\) at character 4"):
        call("Bad \ud83d text. More text here.")


def test_the_byte_limit_is_checked_before_any_work(monkeypatch: pytest.MonkeyPatch) -> None:
    import summarizer.pipeline

    def tripwire(*args: object, **kwargs: object) -> None:
        raise AssertionError("cleaning started on a text over the byte limit")

    monkeypatch.setattr(summarizer.pipeline, "clean_text", tripwire)
    monkeypatch.setattr(summarizer.pipeline, "no_clean", tripwire)
    with pytest.raises(InputError, match=r"5,000,000-byte limit .*raise it with max_bytes"):
        summarize("A sentence of news. " * 1_000_000)  # 20 MB
    # Bytes, not characters: 30 two-byte letters are 60 bytes.
    with pytest.raises(InputError, match="50-byte limit"):
        summarize("é" * 30, max_bytes=50)
    with pytest.raises(InputError, match="10-byte limit"):
        summarizer.clean("Twelve bytes", max_bytes=10)


def test_the_byte_limit_is_inclusive_and_can_be_raised() -> None:
    text = "A sentence of news. " * 5  # 100 bytes
    with pytest.raises(InputError, match="99-byte limit"):
        summarize(text, max_bytes=99)
    assert summarize(text, max_bytes=100).sentences
    assert summarize(text, max_bytes=10**30).sentences


@pytest.mark.parametrize(("text", "fragment"), [
    ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nBT /F1 12 Tf (Hello) Tj ET\n",
     "this is a PDF file"),
    ('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>News</title><item>'
     "<title>Storm hits coast</title></item></channel></rss>", "RSS or Atom feed"),
    ('<?xml version="1.0" encoding="utf-8"?>\n<!-- generator -->\n<feed '
     'xmlns="http://www.w3.org/2005/Atom"><title>Blog</title></feed>', "RSS or Atom feed"),
    ('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><item/></rdf:RDF>',
     "RSS or Atom feed"),
])  # fmt: skip
def test_pdf_and_feeds_are_refused(text: str, fragment: str) -> None:
    for call in (summarize, summarizer.clean):
        with pytest.raises(InputError, match=fragment):
            call(text)


def test_xhtml_and_prose_mentioning_rss_are_articles() -> None:
    page = ('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>'
            + "The council approved the budget on Monday after a long debate. " * 3
            + "</p></body></html>")
    assert summarize(page, sentences=1).sentences
    assert summarize("<rss> feeds are old. People still use them. We did too.").sentences
