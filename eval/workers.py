"""Worker processes for ``--jobs``: results in input order, and a clean Ctrl-C.

Ctrl-C at a terminal sends SIGINT to every process of the foreground group,
workers included, and a worker that is still starting (importing modules) prints
a traceback for it. So workers are started with SIGINT blocked: it stays pending
in them and is never delivered (a blocked signal mask survives ``exec``, which
the "spawn" start method uses). The parent alone turns Ctrl-C into
``KeyboardInterrupt``; it then cancels the queued work and terminates the
workers it started, so none outlives the run.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.resource_tracker
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

_JOIN_SECONDS = 5.0
"""How long to wait for a terminated worker to exit before killing it."""


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


def _stop_resource_tracker() -> None:
    """Stop (and reap) multiprocessing's resource tracker; the next pool restarts it."""
    tracker = multiprocessing.resource_tracker._resource_tracker
    stop = getattr(tracker, "_stop", None)  # private: absent in some Python versions
    if stop is not None:
        stop()


@contextmanager
def worker_map(function: Callable[..., Result], *iterables: Iterable[object],
               workers: int) -> Iterator[Iterator[Result]]:
    """``map(function, *iterables)`` in ``workers`` spawned processes, in input order.

    Use as ``with worker_map(...) as results: for result in results: ...``. On
    any exception inside the block (``KeyboardInterrupt`` included) the queued
    items are cancelled and the workers terminated before it propagates; on a
    normal exit the workers are shut down.
    """
    context = multiprocessing.get_context("spawn")
    before = set(multiprocessing.active_children())
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    try:
        with _sigint_blocked():
            # The workers are spawned by the first submit, which map does right away.
            results = pool.map(function, *iterables, chunksize=1)
        yield results
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        _stop([p for p in multiprocessing.active_children() if p not in before])
        raise
    finally:
        pool.shutdown(wait=True)
    # Only after a normal exit: after an interruption the pool's semaphores are still
    # registered, and the tracker would warn about each as it went.
    _stop_resource_tracker()
