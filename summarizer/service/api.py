"""The versioned JSON API (``/v1``) and the health endpoints."""

from __future__ import annotations

import time
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import ValidationError

from summarizer.errors import OptionError, SummarizerError
from summarizer.fetch import fetch_url
from summarizer.inputs import looks_like_html
from summarizer.methods import DEFAULT_METHOD, all_methods, get_method
from summarizer.pipeline import check_seed, make_length
from summarizer.service.engine import Engine, Job, Result
from summarizer.service.errors import ApiError, from_library, from_validation
from summarizer.service.models import (
    BatchOut,
    BatchRequest,
    ErrorOut,
    MethodsOut,
    SummarizeRequest,
    SummaryOut,
)

_INPUTS = ("text", "html", "url")
_OPTIONS = ("method", "sentences", "words", "ratio", "contiguous", "language", "clean",
            "seed")
_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorOut, "description": what} for status, what in (
        (400, "Bad options or a malformed request"),
        (403, "The url leads to a private address"),
        (413, "The request body or the article is too large"),
        (422, "The article cannot be summarized"),
        (502, "The url could not be fetched"),
        (503, "Saturated: retry after the Retry-After header's seconds"),
        (504, "The summary took longer than the time limit"))}

router = APIRouter()


def engine_of(request: Request) -> Engine:
    """The app's engine (set by ``create_app``)."""
    engine: Engine = request.app.state.engine
    return engine


async def article_text(body: SummarizeRequest, engine: Engine) -> str:
    """The article of a request: its text, its HTML, or the page at its URL.

    Raises:
        OptionError: Not exactly one of ``text``, ``html``, ``url``.
        ApiError: The text is larger than the limit (413).
        InputError: The URL cannot be fetched or is refused.
    """
    given = [name for name in _INPUTS if getattr(body, name) is not None]
    if len(given) != 1:
        got = " and ".join(given) if given else "none"
        raise OptionError(f"give exactly one of text, html or url (got {got})")
    if body.url is not None:
        page = await run_in_threadpool(fetch_url, body.url,
                                       limits=engine.settings.fetch_limits())
        return page.text
    text = body.text if body.text is not None else str(body.html)
    limit = engine.settings.max_bytes
    if len(text) > limit // 4 and len(text.encode("utf-8", "surrogatepass")) > limit:
        raise ApiError(413, "too_large", f"the article is larger than the {limit:,}-byte "
                       "limit; send one article at a time")
    if body.html is not None and not looks_like_html(text):
        # The caller says it is markup: make sure the HTML cleaner sees it as such.
        text = f"<html><body>{text}</body></html>"
    return text


async def summarize_one(body: SummarizeRequest, engine: Engine, *,
                        deadline: float) -> tuple[Result, bool]:
    """One document through the one code path: validate, read, summarize (cached)."""
    options = {name: getattr(body, name) for name in _OPTIONS
               if getattr(body, name) is not None}
    # The pipeline's validators, before a URL is fetched: a typo fails fast.
    get_method(options.get("method", DEFAULT_METHOD))
    make_length(sentences=body.sentences, words=body.words, ratio=body.ratio,
                contiguous=body.contiguous)
    if body.seed is not None:
        check_seed(body.seed)
    text = await article_text(body, engine)
    job = Job(text=text, options=options, include_document=body.include_document)
    return await engine.summary(job, deadline=deadline)


@router.post("/v1/summarize", response_model=SummaryOut, response_model_exclude_unset=True,
             responses=_ERRORS,
             tags=["summaries"])
async def post_summarize(body: SummarizeRequest, request: Request,
                         response: Response) -> Result:
    """Summarize one article: exactly one of ``text``, ``html`` or ``url``."""
    engine = engine_of(request)
    result, shared = await summarize_one(body, engine,
                                         deadline=time.monotonic() + engine.settings.timeout)
    response.headers["X-Cache"] = "hit" if shared else "miss"
    return result


@router.post("/v1/summarize/batch", response_model=BatchOut, response_model_exclude_unset=True,
             responses=_ERRORS,
             tags=["summaries"])
async def post_batch(body: BatchRequest, request: Request) -> dict[str, Any]:
    """Summarize several articles, in order; a bad document gets its own error."""
    engine = engine_of(request)
    count, limit = len(body.documents), engine.settings.max_batch
    if count == 0 or count > limit:
        raise OptionError(f"a batch holds 1 to {limit} documents, got {count}; "
                          "split it into several requests")
    deadline = time.monotonic() + engine.settings.timeout
    results: list[dict[str, Any]] = []
    for document in body.documents:
        try:
            one = SummarizeRequest.model_validate(document)
            summary, _ = await summarize_one(one, engine, deadline=deadline)
            results.append({"summary": summary})
        except ValidationError as error:
            results.append(from_validation(list(error.errors())).body())
        except SummarizerError as error:
            results.append(from_library(error).body())
        except ApiError as error:
            results.append(error.body())
    return {"results": results}


@router.get("/v1/methods", response_model=MethodsOut, tags=["summaries"])
async def get_methods() -> dict[str, Any]:
    """Every registered method, in registry order."""
    return {"methods": [{"name": m.name, "kind": m.kind, "description": m.description,
                         "default": m.name == DEFAULT_METHOD} for m in all_methods()]}


@router.get("/healthz", tags=["operations"])
async def healthz() -> dict[str, str]:
    """Alive: the process answers."""
    return {"status": "ok"}


@router.get("/readyz", tags=["operations"], responses={503: {"model": ErrorOut}})
async def readyz(request: Request) -> dict[str, Any]:
    """Ready: warmed up and not saturated (a load balancer should send work here)."""
    engine = engine_of(request)
    if not request.app.state.ready.is_set():
        raise ApiError(503, "starting", "still warming up; try again in a second",
                       headers={"Retry-After": "1"})
    if engine.saturated:
        raise ApiError(503, "overloaded", "every slot is busy and the queue is full",
                       headers={"Retry-After": "1"})
    return {"status": "ready", "cache": engine.cache_info()}
