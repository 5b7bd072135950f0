"""Checks shared by every option and by the text itself, with one-line messages.

Messages name a parameter the way the caller wrote it: ``max_sentences`` from
Python (and from the HTTP service's JSON), ``--max-sentences`` inside the command
line, which runs its commands under :func:`cli_spelling`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from summarizer.errors import InputError, InputTypeError, OptionError, OptionTypeError

_CLI_SPELLING: ContextVar[bool] = ContextVar("summarizer_cli_spelling", default=False)
_SURROGATE = re.compile("[\ud800-\udfff]")


def spell(parameter: str) -> str:
    """The parameter as the caller knows it: ``max_sentences`` or ``--max-sentences``."""
    return "--" + parameter.replace("_", "-") if _CLI_SPELLING.get() else parameter


@contextmanager
def cli_spelling() -> Iterator[None]:
    """Within this block, messages name parameters as command-line flags."""
    token = _CLI_SPELLING.set(True)
    try:
        yield
    finally:
        _CLI_SPELLING.reset(token)


def _type_name(value: object) -> str:
    return type(value).__name__


def whole_number(value: object, *, parameter: str, minimum: int = 1,
                 maximum: int | None = None) -> int:
    """Return ``value`` if it is an ``int`` (not a bool) in ``[minimum, maximum]``.

    Raises:
        OptionTypeError: Not an ``int``.
        OptionError: Out of range; the message names the parameter and the range.
    """
    what = "a positive whole number" if minimum == 1 else f"a whole number from {minimum} up"
    if isinstance(value, bool) or not isinstance(value, int):
        raise OptionTypeError(f"{spell(parameter)} must be {what}, got {value!r} "
                              f"({_type_name(value)})")
    if value < minimum:
        raise OptionError(f"{spell(parameter)} must be {what}, got {value!r}")
    if maximum is not None and value > maximum:
        raise OptionError(f"{spell(parameter)} must be at most {maximum}, got {value}")
    return value


def fraction(value: object, *, parameter: str) -> float:
    """Return ``value`` as a float if it is a number in (0, 1].

    Raises:
        OptionTypeError: Not a number (bools are not numbers here).
        OptionError: Out of range, infinite or NaN.
    """
    message = f"{spell(parameter)} must be a fraction in (0, 1], got {value!r}"
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise OptionTypeError(f"{message} ({_type_name(value)})")
    if not (math.isfinite(value) and 0 < value <= 1):
        raise OptionError(message)
    return float(value)


def flag(value: object, *, parameter: str) -> bool:
    """Return ``value`` if it is a ``bool``: ``"no"`` or ``None`` is not a switch.

    Raises:
        OptionTypeError: Anything but ``True`` or ``False``.
    """
    if not isinstance(value, bool):
        raise OptionTypeError(f"{spell(parameter)} must be True or False, got {value!r} "
                              f"({_type_name(value)})")
    return value


def name(value: object, *, parameter: str, choices: str) -> str:
    """Return ``value`` if it is a ``str`` (a method, language or format name).

    Raises:
        OptionTypeError: Not a string; the message lists the ``choices``.
    """
    if not isinstance(value, str):
        raise OptionTypeError(f"{spell(parameter)} must be a name, one of {choices}; got "
                              f"{value!r} ({_type_name(value)})")
    return value


def text(value: object, *, parameter: str = "text") -> str:
    """Return ``value`` if it is a ``str`` of valid Unicode.

    A lone surrogate (``"\\ud800"``, which Python strings allow but no encoding
    does) is refused rather than replaced: every entry point treats it the same.

    Raises:
        InputTypeError: Not a string.
        InputError: A lone surrogate, with its position.
    """
    if not isinstance(value, str):
        raise InputTypeError(f"the {parameter} must be a string, got {_type_name(value)}")
    bad = _SURROGATE.search(value)
    if bad is not None:
        raise InputError(
            f"the {parameter} has a lone surrogate (U+{ord(bad.group()):04X}) at character "
            f"{bad.start():,}, which is not valid Unicode; decode the source with "
            "errors='replace' or fix it"
        )
    return value
