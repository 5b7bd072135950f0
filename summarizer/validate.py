"""Checks shared by every option that takes a number, with one-line messages."""

from __future__ import annotations

from summarizer.errors import OptionError


def whole_number(value: object, *, option: str, minimum: int = 1) -> int:
    """Return ``value`` if it is an ``int`` (not a bool) of at least ``minimum``.

    Raises:
        OptionError: Naming the option and the range it accepts.
    """
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        what = "a positive whole number" if minimum == 1 else f"a whole number from {minimum} up"
        raise OptionError(f"{option} must be {what}, got {value!r}")
    return value
