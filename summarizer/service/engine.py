"""Running summaries for the service: one code path, bounded work, a bounded cache.

* The summary itself is :func:`summarizer.pipeline.summarize` (the same call as the
  CLI and the Python API), run in a thread so the event loop keeps answering
  health checks, metrics and refusals while a summary is computed.
* At most ``max_concurrent`` summaries run at once per worker and at most
  ``max_queue`` requests wait; beyond that a request gets 503 with Retry-After
  at once, and one that cannot get a slot before its deadline gets 503 too.
* A request that runs past its deadline gets 504 at once. Its thread cannot be
  killed, so it keeps its slot until it ends (``max_sentences`` bounds how long
  that is): the count of running summaries never exceeds the limit.
* Results are cached by (article, options) in an LRU bounded in bytes, and
  identical requests that arrive while the first is being computed wait for it
  rather than computing it again: a popular article is summarized once.
"""

from __future__ import annotations

import asyncio
import hashlib
import inspect
import json
import math
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from cachetools import LRUCache

from summarizer.pipeline import make_length, prepare_document, summarize
from summarizer.render import summary_to_dict
from summarizer.service.errors import OverloadedError, TimedOutError
from summarizer.service.metrics import Metrics
from summarizer.service.settings import ServiceSettings

Result = dict[str, Any]

# The pipeline's own defaults, so the settings echoed in a response are the ones used.
_DEFAULTS = {name: p.default for name, p in inspect.signature(summarize).parameters.items()
             if p.default is not inspect.Parameter.empty}
_PER_ENTRY_OVERHEAD = 512
"""Bytes charged per cache entry on top of its JSON size (dict, key, bookkeeping)."""


@dataclass(frozen=True, slots=True)
class Job:
    """One article and the options given for it (only those given: the pipeline's
    defaults apply to the rest).

    Attributes:
        text: The article: text, a page dump, or HTML.
        options: Keyword options for :func:`summarizer.summarize`.
        include_document: Also return every body sentence (for highlighting).
    """

    text: str
    options: dict[str, Any] = field(default_factory=dict)
    include_document: bool = False

    def key(self) -> str:
        """The cache key: a digest of the article and the options."""
        digest = hashlib.sha256(self.text.encode("utf-8", "surrogatepass"))
        digest.update(json.dumps([self.options, self.include_document], sort_keys=True,
                                 default=repr).encode())
        return digest.hexdigest()


def compute(job: Job, *, max_sentences: int, max_bytes: int) -> Result:
    """The summary as the API returns it: :func:`summarize`, then the JSON shape of the CLI."""
    options = job.options
    length = make_length(sentences=options.get("sentences"), words=options.get("words"),
                         ratio=options.get("ratio"), contiguous=options.get("contiguous"))
    summary = summarize(job.text, **options, max_sentences=max_sentences, max_bytes=max_bytes)
    result = summary_to_dict(summary, length=length,
                             language=options.get("language", _DEFAULTS.get("language")),
                             seed=options.get("seed", _DEFAULTS.get("seed")))
    if job.include_document:
        # The same clean and split stages summarize() ran, so indices match.
        document, _ = prepare_document(job.text, language=summary.language,
                                       clean=summary.cleaned, max_sentences=max_sentences,
                                       max_bytes=max_bytes)
        result["document"] = {"sentences": [
            {"index": s.index, "text": s.text, "paragraph": s.paragraph}
            for s in document.sentences]}
    return result


class Engine:
    """Slots, queue, deadlines and cache for one worker process (event-loop side only)."""

    def __init__(self, settings: ServiceSettings, metrics: Metrics) -> None:
        self.settings = settings
        self.metrics = metrics
        self._executor = ThreadPoolExecutor(max_workers=settings.max_concurrent,
                                            thread_name_prefix="summarize")
        self._slots = asyncio.Semaphore(settings.max_concurrent)
        self._waiting = 0
        self._mean_seconds = 0.05
        self._cache: LRUCache[str, tuple[Result, int]] | None = (
            LRUCache(maxsize=settings.cache_bytes, getsizeof=lambda entry: entry[1])
            if settings.cache_bytes else None)
        self._pending: dict[str, asyncio.Future[Result]] = {}

    @property
    def saturated(self) -> bool:
        """True when a new request would be refused with 503."""
        return self._slots.locked() and self._waiting >= self.settings.max_queue

    def cache_info(self) -> dict[str, int]:
        """Entries and bytes held by the result cache."""
        if self._cache is None:
            return {"entries": 0, "bytes": 0, "max_bytes": 0}
        return {"entries": len(self._cache), "bytes": int(self._cache.currsize),
                "max_bytes": int(self._cache.maxsize)}

    async def summary(self, job: Job, *, deadline: float) -> tuple[Result, bool]:
        """The result for ``job`` and whether it was shared (cached or being computed).

        Raises:
            OverloadedError: No slot free and the queue full, or none free before the deadline.
            TimedOutError: The summary was not ready by the deadline.
            SummarizerError: Bad input or options, from the pipeline.
        """
        method = str(job.options.get("method", _DEFAULTS.get("method")))
        key = job.key()
        if self._cache is not None and key in self._cache:
            self.metrics.summaries.labels(method, "hit").inc()
            return self._cache[key][0], True
        shared = self._pending.get(key)
        leader = shared is None
        if shared is None:
            shared = asyncio.get_running_loop().create_future()
            self._pending[key] = shared
            try:
                await self._start(job, key, shared, deadline, method)
            except BaseException as error:
                del self._pending[key]
                shared.set_exception(error if isinstance(error, Exception) else
                                     self._overloaded("the first request for it was dropped"))
                shared.exception()  # followers re-raise it; none is left unread
                raise
        result = await self._await(shared, deadline)
        self.metrics.summaries.labels(method, "miss" if leader else "hit").inc()
        return result, not leader

    async def _start(self, job: Job, key: str, shared: asyncio.Future[Result],
                     deadline: float, method: str) -> None:
        """Wait for a slot, then start computing in a thread; ``shared`` gets the outcome."""
        if self.saturated:
            raise self._overloaded("every summary slot is busy and the queue is full")
        self._waiting += 1
        self.metrics.waiting.inc()
        try:
            await asyncio.wait_for(self._slots.acquire(), timeout=_left(deadline))
        except TimeoutError:
            raise self._overloaded("no summary slot came free in time") from None
        finally:
            self._waiting -= 1
            self.metrics.waiting.dec()
        self.metrics.running.inc()
        started = time.perf_counter()
        work: Callable[[], Result] = lambda: compute(  # noqa: E731
            job, max_sentences=self.settings.max_sentences, max_bytes=self.settings.max_bytes)
        task = asyncio.get_running_loop().run_in_executor(self._executor, work)
        task.add_done_callback(lambda done: self._finished(done, key, shared, started, method))

    def _finished(self, done: asyncio.Future[Result], key: str, shared: asyncio.Future[Result],
                  started: float, method: str) -> None:
        """When the thread really ends (after a 504, too): free the slot, share, cache."""
        seconds = time.perf_counter() - started
        self._mean_seconds = 0.9 * self._mean_seconds + 0.1 * seconds
        self.metrics.compute.labels(method).observe(seconds)
        self.metrics.running.dec()
        self._slots.release()
        self._pending.pop(key, None)
        error = done.exception()
        if error is not None:
            shared.set_exception(error)
            shared.exception()  # read: if every waiter gave up, it is not logged as lost
            return
        result = done.result()
        shared.set_result(result)
        if self._cache is not None:
            size = len(json.dumps(result, ensure_ascii=False)) + _PER_ENTRY_OVERHEAD
            if size <= self._cache.maxsize:
                self._cache[key] = (result, size)

    async def _await(self, future: asyncio.Future[Result], deadline: float) -> Result:
        try:
            return await asyncio.wait_for(asyncio.shield(future), timeout=_left(deadline))
        except TimeoutError:
            raise TimedOutError(self.settings.timeout) from None

    def _overloaded(self, why: str) -> OverloadedError:
        backlog = self._waiting + self.settings.max_concurrent
        retry = max(1, math.ceil(backlog * self._mean_seconds / self.settings.max_concurrent))
        return OverloadedError(f"{why}; try again in {retry} s", retry_after=retry)

    def close(self) -> None:
        """Let running summaries finish, then stop the threads."""
        self._executor.shutdown(wait=True)


def _left(deadline: float) -> float:
    return max(0.0, deadline - time.monotonic())
