"""The operator's settings for the service: limits, CORS origins, URL fetching."""

from __future__ import annotations

import json
import math
import os
from dataclasses import asdict, dataclass, field, fields

from summarizer.errors import OptionError
from summarizer.fetch import FetchLimits
from summarizer.inputs import DEFAULT_MAX_BYTES
from summarizer.options import DEFAULT_MAX_SENTENCES
from summarizer.validate import spell, whole_number

ENVIRONMENT_VARIABLE = "SUMMARIZER_SERVICE_SETTINGS"
"""How ``summarizer serve --workers N`` hands the settings to each worker process."""


@dataclass(frozen=True, slots=True)
class ServiceSettings:
    """Limits and policies of one service (each worker process applies them on its own).

    Attributes:
        max_body_bytes: Request bodies larger than this get 413.
        max_bytes: Largest article (text, HTML or fetched page) in bytes.
        max_sentences: Articles with more body sentences are refused (422).
        max_batch: Most documents in one batch request.
        timeout: Seconds a request may take, waiting included; then 504.
        max_concurrent: Summaries computed at once by one worker.
        max_queue: Requests that may wait for a free slot; beyond, 503 + Retry-After.
        cache_bytes: Memory for recent results (0 turns the cache off).
        allow_origins: Origins whose pages may call the API (CORS); ``*`` allows any.
        allow_private_urls: Let ``url`` inputs reach loopback/private/link-local addresses.
        fetch_timeout: Seconds for fetching a ``url`` input, redirects included.
        max_redirects: Redirects followed when fetching a ``url`` input.
    """

    max_body_bytes: int = 2 * DEFAULT_MAX_BYTES
    max_bytes: int = DEFAULT_MAX_BYTES
    max_sentences: int = DEFAULT_MAX_SENTENCES
    max_batch: int = 32
    timeout: float = 20.0
    max_concurrent: int = 2
    max_queue: int = 64
    cache_bytes: int = 32_000_000
    allow_origins: tuple[str, ...] = field(default=())
    allow_private_urls: bool = False
    fetch_timeout: float = 10.0
    max_redirects: int = 5

    def __post_init__(self) -> None:
        for name in ("max_body_bytes", "max_bytes", "max_sentences", "max_batch",
                     "max_concurrent"):
            whole_number(getattr(self, name), parameter=name)
        for name in ("max_queue", "cache_bytes"):
            whole_number(getattr(self, name), parameter=name, minimum=0)
        if isinstance(self.timeout, bool) or not isinstance(self.timeout, int | float) \
                or not (math.isfinite(self.timeout) and self.timeout > 0):
            raise OptionError(f"{spell('timeout')} must be a positive number of seconds, "
                              f"got {self.timeout!r}")
        for origin in self.allow_origins:
            if origin != "*" and not origin.startswith(("http://", "https://")):
                raise OptionError(f"--allow-origin must be '*' or an origin such as "
                                  f"https://news.example.com, got {origin!r}")
        self.fetch_limits()  # checks fetch_timeout and max_redirects

    def fetch_limits(self) -> FetchLimits:
        """The bounds for fetching ``url`` inputs."""
        return FetchLimits(max_bytes=self.max_bytes, timeout=self.fetch_timeout,
                           max_redirects=self.max_redirects,
                           allow_private=self.allow_private_urls)

    def to_environment(self) -> str:
        """JSON for :data:`ENVIRONMENT_VARIABLE`."""
        return json.dumps(asdict(self))

    @classmethod
    def from_environment(cls) -> ServiceSettings:
        """The settings in :data:`ENVIRONMENT_VARIABLE`, or the defaults."""
        raw = os.environ.get(ENVIRONMENT_VARIABLE)
        if not raw:
            return cls()
        values = json.loads(raw)
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in values.items() if k in known}
        values["allow_origins"] = tuple(values.get("allow_origins", ()))
        return cls(**values)
