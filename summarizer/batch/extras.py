"""Optional libraries, imported when first needed, with a message saying what to install."""

from __future__ import annotations

import importlib
from types import ModuleType

from summarizer.errors import SummarizerError

__all__ = ["MissingExtraError", "require"]


class MissingExtraError(SummarizerError):
    """An optional library is not installed; the message names the extra to install."""


def require(module: str, *, extra: str, purpose: str) -> ModuleType:
    """Import ``module``, or fail with one line: what needs it and the pip command.

    Raises:
        MissingExtraError: The module (or one it needs) is not installed.
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(f"{purpose} needs {module.split('.')[0]}: "
                                f"pip install 'get-a-summary[{extra}]'") from None
