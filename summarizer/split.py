"""Sentence splitting (placeholder: pysbd per line; to be replaced by the measured choice)."""

from __future__ import annotations

from functools import cache

import pysbd


@cache
def _segmenter(language: str) -> pysbd.Segmenter:
    return pysbd.Segmenter(language=language[:2], clean=False, char_span=True)


def split_paragraphs(text: str) -> list[str]:
    """Non-empty lines, stripped: a sentence never spans two lines."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def split_sentences(text: str, *, language: str = "english") -> list[str]:
    """Split text into sentences, verbatim, never across a line break."""
    sentences: list[str] = []
    for line in split_paragraphs(text):
        for span in _segmenter("en").segment(line):
            piece = span.sent.strip()
            if piece:
                sentences.append(piece)
    return sentences
