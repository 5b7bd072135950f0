"""get-a-summary: extractive summarization of news articles.

Example:
    >>> from summarizer import summarize
    >>> summary = summarize(article_text, method="lead", sentences=3)
    >>> print(summary)

The public functions are imported on first use, so ``import summarizer`` (and the
command line's ``--help``) does not load NLTK, sumy, numpy or trafilatura.
"""

from __future__ import annotations

import importlib
import logging
import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

from summarizer.errors import (
    InputError,
    InputTypeError,
    OptionError,
    OptionTypeError,
    SummarizerError,
)
from summarizer.types import Document, Length, Sentence, Summary

if TYPE_CHECKING:
    from summarizer.clean.model import CleanedText
    from summarizer.methods import available_methods
    from summarizer.normalize import normalize_text
    from summarizer.pipeline import clean_page as clean
    from summarizer.pipeline import summarize
    from summarizer.split import split_sentences

__all__ = [
    "CleanedText",
    "Document",
    "InputError",
    "InputTypeError",
    "Length",
    "OptionError",
    "OptionTypeError",
    "Sentence",
    "SummarizerError",
    "Summary",
    "available_methods",
    "clean",
    "normalize_text",
    "split_sentences",
    "summarize",
]

__version__ = "0.1.0"

_LAZY = {
    "CleanedText": "summarizer.clean.model:CleanedText",
    "available_methods": "summarizer.methods:available_methods",
    "clean": "summarizer.pipeline:clean_page",
    "normalize_text": "summarizer.normalize:normalize_text",
    "split_sentences": "summarizer.split:split_sentences",
    "summarize": "summarizer.pipeline:summarize",
}


def __getattr__(name: str) -> Any:
    """Import a public function the first time it is asked for."""
    if name not in _LAZY:
        raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
    module, _, attribute = _LAZY[name].partition(":")
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value
    return value


class _Package(ModuleType):
    """This package, keeping ``summarizer.clean`` the function.

    The public function ``clean`` shares its name with the subpackage
    ``summarizer.clean``, and importing a subpackage sets it as an attribute of its
    parent. Imported eagerly, the function was bound after the subpackage and won;
    imported lazily, the subpackage may come first, so it is not let in.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if name == "clean" and isinstance(value, ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

logging.getLogger(__name__).addHandler(logging.NullHandler())
