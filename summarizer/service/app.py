"""The ASGI app factory: ``create_app(settings)`` for uvicorn, gunicorn or any ASGI server."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from summarizer import __version__
from summarizer.errors import SummarizerError
from summarizer.service import api, pages
from summarizer.service.engine import Engine
from summarizer.service.errors import (
    ApiError,
    TooLargeError,
    from_library,
    from_validation,
    internal,
)
from summarizer.service.metrics import CONTENT_TYPE_LATEST, Metrics
from summarizer.service.settings import ServiceSettings

log = logging.getLogger(__name__)

_DESCRIPTION = """Extractive summaries of news articles: the service behind a "No time to
read? Get a summary" button. Every error is `{"error": {"code", "message"}}`."""


def create_app(settings: ServiceSettings | None = None) -> FastAPI:
    """Build the service.

    Args:
        settings: Limits and policies; the defaults when omitted.

    Returns:
        The ASGI app: the API under ``/v1``, ``/healthz``, ``/readyz``, ``/metrics``,
        the reader page at ``/``, ``/widget.js``, ``/demo`` and OpenAPI docs at ``/docs``.
    """
    settings = settings or ServiceSettings()
    metrics = Metrics()
    app = FastAPI(title="get-a-summary", version=__version__, description=_DESCRIPTION,
                  lifespan=_lifespan)
    app.state.settings = settings
    app.state.metrics = metrics
    app.state.ready = threading.Event()
    app.state.engine = None
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.get("/metrics", include_in_schema=False)
    async def metrics_endpoint() -> Response:
        return Response(metrics.exposition(), media_type=CONTENT_TYPE_LATEST)

    _add_error_handlers(app)
    # Outermost last: CORS wraps everything, so even a 413 or 503 is readable by the page.
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    app.add_middleware(RequestMetrics)
    if settings.allow_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.allow_origins),
                           allow_methods=["GET", "POST"], allow_headers=["Content-Type"],
                           expose_headers=["Retry-After", "X-Cache"], max_age=600)
    return app


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    app.state.engine = Engine(app.state.settings, app.state.metrics)
    warm = asyncio.get_running_loop().run_in_executor(None, _warm_up, app.state.ready)
    try:
        yield
    finally:
        await warm
        app.state.engine.close()


def _warm_up(ready: threading.Event) -> None:
    """Load what the first summary would load (language data, the HTML cleaner)."""
    from summarizer.pipeline import summarize

    started = time.perf_counter()
    try:
        summarize("<html><body><p>The service is warming up. It will be ready soon.</p>"
                  "<p>Then it summarizes articles.</p></body></html>", sentences=1)
    except SummarizerError as error:  # pragma: no cover - a warm-up failure is only logged
        log.warning("warm-up summary failed: %s", error)
    ready.set()
    log.info("ready after %.2f s of warm-up", time.perf_counter() - started)


def error_response(request: Request | None, error: ApiError, metrics: Metrics) -> JSONResponse:
    """The JSON error body, counted by code."""
    metrics.errors.labels(error.code).inc()
    return JSONResponse(error.body(), status_code=error.status, headers=error.headers)


def _add_error_handlers(app: FastAPI) -> None:
    metrics: Metrics = app.state.metrics

    async def api_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, ApiError)
        return error_response(request, error, metrics)

    async def library_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, SummarizerError)
        return error_response(request, from_library(error), metrics)

    async def validation_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, RequestValidationError)
        return error_response(request, from_validation(list(error.errors())), metrics)

    async def http_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, StarletteHTTPException)
        code = {404: "not_found", 405: "method_not_allowed"}.get(error.status_code, "http_error")
        message = {404: f"no such endpoint {request.url.path}; see /docs",
                   405: f"{request.method} is not allowed on {request.url.path}; see /docs"
                   }.get(error.status_code, str(error.detail))
        return error_response(request, ApiError(error.status_code, code, message,
                                                headers=dict(error.headers or {})), metrics)

    async def unexpected(request: Request, error: Exception) -> Response:
        return error_response(request, internal(error), metrics)

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(SummarizerError, library_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(Exception, unexpected)


class BodyLimit:
    """413 for bodies over the limit, whether announced (Content-Length) or streamed."""

    def __init__(self, app: ASGIApp, *, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", ()))
        announced = headers.get(b"content-length", b"").decode("latin-1")
        if announced.isdigit() and int(announced) > self.limit:
            await self._refuse(scope, send)
            return
        body = bytearray()
        while True:  # bounded by the limit: read it all, then hand it on
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body.extend(message.get("body", b""))
            if len(body) > self.limit:
                await self._refuse(scope, send)
                return
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, send: Send) -> None:
        error = TooLargeError(self.limit)
        metrics: Metrics = scope["app"].state.metrics
        response = error_response(None, error, metrics)
        response.headers["Connection"] = "close"
        await response(scope, _no_body, send)


async def _no_body() -> Message:
    return {"type": "http.disconnect"}


class RequestMetrics:
    """Counts requests by route and status, times them, and tracks those in flight."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        metrics: Metrics = scope["app"].state.metrics
        status = 500
        started = time.perf_counter()

        async def watch(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        metrics.in_flight.inc()
        try:
            await self.app(scope, receive, watch)
        finally:
            metrics.in_flight.dec()
            route = getattr(scope.get("route"), "path", "unmatched")
            metrics.requests.labels(route, str(status)).inc()
            metrics.latency.labels(route).observe(time.perf_counter() - started)
