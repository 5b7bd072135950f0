"""Options shared by every entry point (CLI, Python, HTTP, eval): defaults and checks.

This module imports nothing heavy, so the command line can show its help and
check its options before the pipeline (NLTK, sumy, trafilatura) is loaded.
"""

from __future__ import annotations

from summarizer import validate
from summarizer.errors import OptionError
from summarizer.types import Length

DEFAULT_SENTENCES = 3

DEFAULT_MAX_SENTENCES = 20_000
"""Fifty times the longest news articles. At this size the slowest methods (the
greedy KL-Sum and SumBasic, whose full ranking is quadratic with a small constant)
score in a few seconds, and no method needs more than a few hundred MB: the
README's *Scaling* table (``python benchmarks/scaling.py``)."""

DEFAULT_MAX_BYTES = 5_000_000
"""5 MB: about a hundred times the longest news article."""


def make_length(*, sentences: int | None = None, words: int | None = None,
                ratio: float | None = None, contiguous: bool | None = None) -> Length:
    """Validate the length options; at most one may be given (default: 3 sentences).

    Args:
        sentences: Number of sentences.
        words: Word budget.
        ratio: Fraction of the article's sentences, in (0, 1].
        contiguous: With ``words`` only: stop at the first ranked sentence that
            does not fit (``True``), or also take lesser ones that still fit
            (``False``); ``None`` leaves it to the method (see :class:`Length`).

    Raises:
        OptionError: For conflicting options or values out of range
            (:class:`~summarizer.errors.OptionTypeError` for a wrong type).
    """
    given = [validate.spell(name) for name, value in
             (("sentences", sentences), ("words", words), ("ratio", ratio))
             if value is not None]
    if len(given) > 1:
        raise OptionError(f"{' and '.join(given)} conflict: give only one length option")
    if sentences is not None:
        validate.whole_number(sentences, parameter="sentences")
    if words is not None:
        validate.whole_number(words, parameter="words")
    if ratio is not None:
        ratio = validate.fraction(ratio, parameter="ratio")
    if contiguous is not None:
        validate.flag(contiguous, parameter="contiguous")
        if words is None:
            raise OptionError(f"{validate.spell('contiguous')} applies to a word budget: "
                              f"give {validate.spell('words')} too, or drop it")
    if not given:
        sentences = DEFAULT_SENTENCES
    return Length(sentences=sentences, words=words, ratio=ratio, contiguous=contiguous)


def check_seed(seed: int) -> int:
    """Validate a seed: numpy's generators take whole numbers from 0 up.

    Raises:
        OptionError: For a negative or non-integer seed.
    """
    return validate.whole_number(seed, parameter="seed", minimum=0)


def check_limits(*, max_sentences: int, max_bytes: int) -> None:
    """Validate the size limits (any positive whole number; reading is chunked).

    Raises:
        OptionError: For a limit that is not a positive whole number.
    """
    validate.whole_number(max_sentences, parameter="max_sentences")
    validate.whole_number(max_bytes, parameter="max_bytes")
