"""get-a-summary: extractive summarization of news articles.

Example:
    >>> from summarizer import summarize
    >>> summary = summarize(article_text, method="lead", sentences=3)
    >>> print(summary)
"""

from __future__ import annotations

import logging

from summarizer.clean import CleanedText, clean
from summarizer.errors import InputError, OptionError, SummarizerError
from summarizer.methods import available_methods
from summarizer.pipeline import summarize
from summarizer.split import split_sentences
from summarizer.types import Document, Length, Sentence, Summary

__all__ = [
    "CleanedText",
    "Document",
    "InputError",
    "Length",
    "OptionError",
    "Sentence",
    "SummarizerError",
    "Summary",
    "available_methods",
    "clean",
    "split_sentences",
    "summarize",
]

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
