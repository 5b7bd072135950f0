"""What a batch run asks of every document: methods, length, language, limits.

Light on purpose (no NLTK, sumy or numpy), so the command line checks its options
before anything heavy is loaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from summarizer import validate
from summarizer.errors import OptionError, OptionTypeError
from summarizer.language import AUTO, language_name, supported_languages
from summarizer.methods import DEFAULT_METHOD, available_methods, get_method
from summarizer.options import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_SENTENCES,
    DEFAULT_SENTENCES,
    check_limits,
    check_seed,
    make_length,
)
from summarizer.types import Length

__all__ = ["BatchOptions", "make_batch_options", "method_list"]


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """The options every document of a batch is summarized with.

    Attributes:
        methods: Registry methods, in the order given; one record per document and method.
        length: The length budget (``contiguous=None``: each method's default).
        language: The language as given (a name, an ISO code or ``"auto"``), as
            ``summarizer summarize --format json`` reports it in ``settings``.
        seed: Seed for methods that use randomness.
        clean: Remove page chrome, captions, bylines and comments first.
        max_sentences: A document with more body sentences is recorded as failed.
        max_bytes: A document larger than this in UTF-8 is recorded as failed.
    """

    methods: tuple[str, ...] = (DEFAULT_METHOD,)
    length: Length = field(default_factory=lambda: Length(sentences=DEFAULT_SENTENCES))
    language: str = AUTO
    seed: int = 0
    clean: bool = True
    max_sentences: int = DEFAULT_MAX_SENTENCES
    max_bytes: int = DEFAULT_MAX_BYTES


def method_list(methods: str | Sequence[str]) -> tuple[str, ...]:
    """Registry names from a comma-separated string or a sequence, checked, duplicates dropped.

    Raises:
        OptionError: An unknown method (the message lists the valid ones), or none at all.
    """
    if isinstance(methods, str):
        names = [name.strip() for name in methods.split(",") if name.strip()]
    elif isinstance(methods, Sequence):
        names = list(methods)
    else:
        raise OptionTypeError(f"{validate.spell('methods')} must be a list of method names, "
                              f"got {methods!r}")
    if not names:
        raise OptionError(f"no methods given: choose from {', '.join(available_methods())}")
    return tuple(dict.fromkeys(get_method(name).name for name in names))


def make_batch_options(*, methods: str | Sequence[str] = DEFAULT_METHOD,
                       sentences: int | None = None, words: int | None = None,
                       ratio: float | None = None, contiguous: bool | None = None,
                       language: str = AUTO, seed: int = 0, clean: bool = True,
                       max_sentences: int = DEFAULT_MAX_SENTENCES,
                       max_bytes: int = DEFAULT_MAX_BYTES) -> BatchOptions:
    """Check batch options the way :func:`summarizer.summarize` checks its own.

    Args:
        methods: Registry names, as a list or comma-separated.
        sentences: Number of sentences (default 3 when no other length is given).
        words: Word budget.
        ratio: Fraction of each article's sentences, in (0, 1].
        contiguous: With ``words``: how the budget is filled (see :class:`Length`).
        language: A name or ISO code, or ``"auto"`` to detect each document's.
        seed: Seed for methods that use randomness.
        clean: Remove page chrome first.
        max_sentences: Fail a document with more body sentences than this.
        max_bytes: Fail a document larger than this in UTF-8.

    Raises:
        OptionError: The first bad option, named as the caller spells it.
    """
    names = method_list(methods)
    length = make_length(sentences=sentences, words=words, ratio=ratio, contiguous=contiguous)
    check_seed(seed)
    validate.flag(clean, parameter="clean")
    check_limits(max_sentences=max_sentences, max_bytes=max_bytes)
    if not isinstance(language, str):
        validate.name(language, parameter="language",
                      choices=", ".join((AUTO, *supported_languages())))
    language_name(language)  # an unknown language fails here, listing the supported ones
    return BatchOptions(methods=names, length=length, language=language, seed=seed,
                        clean=clean, max_sentences=max_sentences, max_bytes=max_bytes)
