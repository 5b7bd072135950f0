"""Prometheus metrics: requests, latency, errors by kind, work in flight, the cache.

Each app gets its own registry (so tests can build many apps). With several worker
processes (``summarizer serve --workers N``) prometheus_client's multiprocess mode
is used: ``PROMETHEUS_MULTIPROC_DIR`` is set by ``serve`` before the workers start,
and ``/metrics`` adds up every worker's figures whichever worker answers.
"""

from __future__ import annotations

import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from prometheus_client import multiprocess as prometheus_multiprocess

__all__ = ["CONTENT_TYPE_LATEST", "Metrics"]

# Latency buckets from a cache hit (a millisecond) to the time limit.
_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
            20.0, 60.0)


class Metrics:
    """The service's metrics, in one registry."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.requests = Counter("summarizer_http_requests", "HTTP requests answered.",
                                ["route", "status"], registry=r)
        self.latency = Histogram("summarizer_http_request_duration_seconds",
                                 "Time to answer an HTTP request.", ["route"],
                                 buckets=_BUCKETS, registry=r)
        self.errors = Counter("summarizer_errors", "Error responses, by error code.",
                              ["code"], registry=r)
        self.in_flight = Gauge("summarizer_http_requests_in_flight",
                               "HTTP requests being answered.", registry=r,
                               multiprocess_mode="livesum")
        self.running = Gauge("summarizer_summaries_running", "Summaries being computed.",
                             registry=r, multiprocess_mode="livesum")
        self.waiting = Gauge("summarizer_summaries_waiting",
                             "Summaries waiting for a free slot.", registry=r,
                             multiprocess_mode="livesum")
        self.summaries = Counter("summarizer_summaries",
                                 "Summaries served, by method and cache result.",
                                 ["method", "cache"], registry=r)
        self.compute = Histogram("summarizer_summary_compute_seconds",
                                 "Time to compute one summary (cache misses).", ["method"],
                                 buckets=_BUCKETS, registry=r)

    def exposition(self) -> bytes:
        """The metrics in Prometheus' text format (all workers' in multiprocess mode)."""
        if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
            registry = CollectorRegistry()
            prometheus_multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
            return generate_latest(registry)
        return generate_latest(self.registry)
