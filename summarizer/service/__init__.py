"""The HTTP service: the "Get a summary" API, reader page and embeddable button.

``create_app(settings)`` returns an ASGI app for any ASGI server (``summarizer serve``
runs it with uvicorn). The service's libraries (FastAPI, uvicorn, prometheus-client,
cachetools) are the ``serve`` extra: ``pip install 'get-a-summary[serve]'``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from summarizer.service.settings import ServiceSettings

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["MissingExtraError", "ServiceSettings", "app_from_environment", "create_app"]

EXTRA_HINT = "the service needs its libraries: pip install 'get-a-summary[serve]'"


class MissingExtraError(ImportError):
    """The ``serve`` extra is not installed; the message says what to install."""


def create_app(settings: ServiceSettings | None = None) -> FastAPI:
    """Build the service's ASGI app (see :func:`summarizer.service.app.create_app`).

    Raises:
        MissingExtraError: FastAPI or another library of the ``serve`` extra is missing.
    """
    try:
        from summarizer.service.app import create_app as build
    except ModuleNotFoundError as error:
        raise MissingExtraError(f"{EXTRA_HINT} ({error.name} is missing)") from None
    return build(settings)


def app_from_environment() -> Any:
    """The app with the settings ``summarizer serve`` put in the environment (for workers)."""
    return create_app(ServiceSettings.from_environment())
