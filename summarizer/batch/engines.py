"""Where the shards of a batch run: this process, local worker processes, or Dask.

An engine maps one function over a stream of shards and gives the results back
in input order, holding only a few shards in flight, so memory stays bounded
whatever the input's size. The function never knows which engine runs it.

Local processes and Ctrl-C: a terminal sends SIGINT to every process of the
foreground group, workers included, and a worker still importing modules prints
a traceback for it. So workers are started with SIGINT blocked (a blocked signal
mask survives ``exec``, which the "spawn" start method uses). The parent alone
turns Ctrl-C into ``KeyboardInterrupt``; it then cancels the queued work and
terminates the workers it started, so none outlives the run.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.resource_tracker
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from summarizer import validate
from summarizer.batch.extras import require
from summarizer.errors import OptionError

__all__ = ["ENGINES", "MAX_JOBS", "DaskEngine", "Engine", "LocalEngine", "make_engine"]

Shard = TypeVar("Shard")
Result = TypeVar("Result")

_THREAD_EXIT_SECONDS = 10.0
"""How long an interrupted run waits for the pool's manager thread, once the workers
are stopped (it exits within milliseconds; the bound keeps Ctrl-C from ever hanging)."""

ENGINES = ("local", "dask")
MAX_JOBS = 64
"""Each worker is a Python process with the libraries loaded (about 150 MB)."""
_IN_FLIGHT_PER_WORKER = 2
"""Shards queued per worker: one running, one ready, so no worker waits for the next."""
_JOIN_SECONDS = 5.0
"""How long to wait for a terminated worker to exit before killing it."""


class Engine(Protocol):
    """Runs a function over shards, results in input order (see :class:`LocalEngine`)."""

    def map(self, function: Callable[[Shard], Result], shards: Iterable[Shard]
            ) -> AbstractContextManager[Iterator[Result]]:
        """``map(function, shards)`` as a context manager that cleans up on exit."""
        ...


@contextmanager
def _sigint_blocked() -> Iterator[None]:
    """Block SIGINT in this thread (children inherit the mask); deliver it afterwards."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread receives Ctrl-C anyway
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _stop(started: Iterable[multiprocessing.process.BaseProcess]) -> None:
    """Terminate the workers, then kill any that does not exit in time."""
    for process in started:
        process.terminate()
    for process in started:
        process.join(_JOIN_SECONDS)
        if process.is_alive():
            process.kill()
            process.join()


def _ordered(submit: Callable[[Shard], Any], shards: Iterable[Shard], *,
             window: int) -> Iterator[Any]:
    """Submit at most ``window`` shards ahead; yield each result in input order."""
    pending: deque[Any] = deque()
    for shard in shards:
        pending.append(submit(shard))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _stop_resource_tracker() -> None:
    """Stop (and reap) multiprocessing's resource tracker; the next pool restarts it.

    "spawn" starts the tracker besides the workers; left running, it outlives the
    command and lingers as a zombie in its process group.
    """
    tracker = multiprocessing.resource_tracker._resource_tracker
    stop = getattr(tracker, "_stop", None)  # private: absent in some Python versions
    if stop is not None:
        stop()


@dataclass(frozen=True, slots=True)
class LocalEngine:
    """This machine: in this process (``jobs=1``) or in ``jobs`` spawned processes.

    Attributes:
        jobs: Worker processes; 1 runs everything in the calling process.
    """

    jobs: int = 1

    @contextmanager
    def map(self, function: Callable[[Shard], Result], shards: Iterable[Shard]
            ) -> Iterator[Iterator[Result]]:
        """Results of ``function`` over ``shards`` in input order.

        On any exception inside the block (``KeyboardInterrupt`` included) the
        queued shards are cancelled and the workers terminated before it
        propagates; on a normal exit (or an early ``break``) they are shut down.
        """
        if self.jobs == 1:
            yield map(function, shards)
            return
        context = multiprocessing.get_context("spawn")  # workers start clean: no forked locks
        before = set(multiprocessing.active_children())
        threads_before = set(threading.enumerate())
        pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=context)

        def submit(shard: Shard) -> Future[Result]:
            with _sigint_blocked():  # a worker may be spawned by this submit
                return pool.submit(function, shard)

        try:
            yield _ordered(submit, shards, window=_IN_FLIGHT_PER_WORKER * self.jobs)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            _stop([p for p in multiprocessing.active_children() if p not in before])
            # The pool's manager thread closes its wake-up pipe as it exits; if the
            # interpreter's exit hook writes to that pipe meanwhile, it prints an EBADF
            # traceback after our one-line error. Let it finish first (only the pool's
            # own thread: the caller's other threads are none of our business).
            for thread in set(threading.enumerate()) - threads_before:
                if type(thread).__module__ == ProcessPoolExecutor.__module__:
                    thread.join(timeout=_THREAD_EXIT_SECONDS)
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        # Only after a normal exit: after an interruption the pool's semaphores are still
        # registered, and the tracker would warn about each as it went.
        _stop_resource_tracker()


@dataclass(frozen=True, slots=True)
class DaskEngine:
    """A Dask cluster: the scheduler at ``scheduler``, or a local cluster of ``jobs`` workers.

    Every worker needs this package (same version) and its extras installed; the
    documents travel from the calling process to the workers and the results back,
    so the input and the output stay on the machine that runs the batch.

    Attributes:
        scheduler: A running scheduler's address (``tcp://host:8786``); ``None``
            starts a ``LocalCluster`` for the run.
        jobs: Workers of the local cluster (one thread each).
        processes: Local cluster workers as processes (``False``: threads of this
            process, quick to start; for tests).
    """

    scheduler: str | None = None
    jobs: int = 2
    processes: bool = True

    @contextmanager
    def _client(self) -> Iterator[Any]:
        distributed = require("distributed", extra="dask", purpose="--engine dask")
        if self.scheduler is not None:
            try:
                client = distributed.Client(self.scheduler, timeout=30)
            except OSError as error:
                raise OptionError(f"cannot reach the Dask scheduler at {self.scheduler!r} "
                                  f"({error}); check --scheduler and that it is running"
                                  ) from None
            with client:
                yield client
            return
        with distributed.LocalCluster(n_workers=self.jobs, threads_per_worker=1,
                                      processes=self.processes, dashboard_address=None,
                                      silence_logs=logging.ERROR) as cluster, \
                distributed.Client(cluster) as client:
            yield client

    @contextmanager
    def map(self, function: Callable[[Shard], Result], shards: Iterable[Shard]
            ) -> Iterator[Iterator[Result]]:
        """Results of ``function`` over ``shards`` in input order, computed on the cluster."""
        with self._client() as client:
            threads = max(1, sum(client.nthreads().values()))

            def submit(shard: Shard) -> Any:
                return client.submit(function, shard, pure=False)

            yield _ordered(submit, shards, window=_IN_FLIGHT_PER_WORKER * threads)


def make_engine(*, engine: str = "local", jobs: int = 1, scheduler: str | None = None) -> Engine:
    """Check the engine options and build the engine.

    Raises:
        OptionError: An unknown engine, a bad ``jobs``, or ``scheduler`` without Dask.
    """
    validate.name(engine, parameter="engine", choices=", ".join(ENGINES))
    validate.whole_number(jobs, parameter="jobs", maximum=MAX_JOBS)
    name = engine.strip().lower()
    if name not in ENGINES:
        raise OptionError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")
    if name == "local":
        if scheduler is not None:
            raise OptionError(f"{validate.spell('scheduler')} is for the Dask engine: add "
                              f"{validate.spell('engine')} dask, or drop it")
        return LocalEngine(jobs=jobs)
    return DaskEngine(scheduler=scheduler, jobs=jobs)
