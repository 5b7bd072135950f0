"""Errors the user can act on.

Every error raised for bad input or bad options is a :class:`SummarizerError` whose
message is one line that says what went wrong and what to do; the CLI prints it
without a traceback and exits non-zero (1 for input, 2 for options).

A value of the wrong type (``clean="no"``, ``summarize(None)``) raises
:class:`OptionTypeError` or :class:`InputTypeError`, which are also ``TypeError``:
callers may catch either the project's error or Python's.
"""

from __future__ import annotations


class SummarizerError(ValueError):
    """Bad input or options; the message is one line that says how to fix it."""


class InputError(SummarizerError):
    """The input cannot be read as text (missing, empty, binary, too large...)."""


class OptionError(SummarizerError):
    """An option has a value that cannot be used (unknown method, bad length...)."""


class InputTypeError(InputError, TypeError):
    """The text given is not a ``str``."""


class OptionTypeError(OptionError, TypeError):
    """An option's value has the wrong type (a string for a flag, a float for a count...)."""
