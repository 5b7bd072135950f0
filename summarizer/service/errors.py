"""Every failure as ``{"error": {"code", "message"}}``: never a traceback, never HTML.

Errors of the library map to HTTP statuses by their class, so a new
:class:`~summarizer.errors.SummarizerError` subclass needs no change here:

| error | status | code |
|---|---|---|
| ``OptionError``, a malformed request | 400 | ``bad_option``, ``bad_request`` |
| ``BlockedAddressError`` (a ``url`` into a private network) | 403 | ``url_refused`` |
| ``InputError`` and any other ``SummarizerError`` | 422 | ``bad_input`` |
| ``FetchError`` (the ``url`` could not be fetched) | 502 | ``fetch_failed`` |
"""

from __future__ import annotations

import logging
from typing import Any

from summarizer.errors import OptionError, SummarizerError
from summarizer.fetch import BlockedAddressError, FetchError

log = logging.getLogger(__name__)


class ApiError(Exception):
    """A failure with its HTTP status, a stable code and a one-line message."""

    def __init__(self, status: int, code: str, message: str, *,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        """The JSON body."""
        return {"error": {"code": self.code, "message": self.message}}


class OverloadedError(ApiError):
    """Every slot is busy and the queue is full: 503 with Retry-After."""

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(503, "overloaded", message,
                         headers={"Retry-After": str(retry_after)})


class TimedOutError(ApiError):
    """The request took longer than the time limit: 504."""

    def __init__(self, timeout: float) -> None:
        super().__init__(504, "timeout",
                         f"the summary took longer than the {timeout:g}-second limit; "
                         "try a shorter article or a faster method such as lead")


class TooLargeError(ApiError):
    """The request body is over the limit: 413."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, "too_large",
                         f"the request body is larger than the {limit:,}-byte limit; "
                         "send one article at a time, or ask the operator to raise "
                         "--max-body-bytes")


# Most specific first: FetchError and BlockedAddressError are InputErrors.
_LIBRARY_ERRORS: tuple[tuple[type[SummarizerError], int, str], ...] = (
    (BlockedAddressError, 403, "url_refused"),
    (FetchError, 502, "fetch_failed"),
    (OptionError, 400, "bad_option"),
    (SummarizerError, 422, "bad_input"),
)


def from_library(error: SummarizerError) -> ApiError:
    """The HTTP form of a library error (see the module's table)."""
    for kind, status, code in _LIBRARY_ERRORS:
        if isinstance(error, kind):
            return ApiError(status, code, str(error))
    raise AssertionError("unreachable: SummarizerError is in the table")  # pragma: no cover


def from_validation(errors: list[Any]) -> ApiError:
    """A malformed request (wrong type, unknown field...) as one line."""
    first = errors[0] if errors else {}
    where = ".".join(str(part) for part in first.get("loc", ()) if part != "body") or "body"
    message = str(first.get("msg", "invalid request")).rstrip(".")
    if first.get("type") == "extra_forbidden":
        message = "unknown field"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return ApiError(400, "bad_request",
                    f"{where}: {message}{more}; see /docs for the request schema")


def internal(error: BaseException) -> ApiError:
    """An unexpected failure: logged with its traceback, reported without it."""
    log.error("unexpected error", exc_info=error)
    return ApiError(500, "internal",
                    f"unexpected {type(error).__name__}; the operator's log has the details")
