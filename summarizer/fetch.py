"""Fetching an article from a URL, bounded and guarded against server-side request forgery.

A summarization service that fetches URLs for anyone must not become a way into the
network it runs in. Every connection, the first and each redirect's, goes through
:class:`GuardedTransport`, which resolves the host name once, refuses it if *any* of
its addresses is loopback, private, link-local (cloud metadata lives at
169.254.169.254), multicast, reserved or unspecified, and then connects to the
address it checked (the name is kept for the ``Host`` header and TLS), so a DNS
answer that changes between the check and the connection cannot get through.
Proxies from the environment are ignored for the same reason. Size, time and the
number of redirects are bounded; the body is decoded like a file
(:func:`summarizer.inputs.decode`).
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summarizer.errors import InputError, OptionError
from summarizer.inputs import DEFAULT_MAX_BYTES, InputText, decode, looks_like_html
from summarizer.validate import whole_number

if TYPE_CHECKING:
    import httpx

__all__ = ["BlockedAddressError", "FetchError", "FetchLimits", "fetch_url", "is_url"]

_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_USER_AGENT = "get-a-summary/0.1 (+summarizer; article fetcher)"


class FetchError(InputError):
    """The URL could not be fetched (unreachable, timed out, an error status...)."""


class BlockedAddressError(InputError):
    """The URL leads to an address that is refused (loopback, private, link-local...)."""


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """Bounds on one fetch.

    Attributes:
        max_bytes: Refuse bodies larger than this (never truncated).
        timeout: Seconds for the whole fetch, redirects included.
        max_redirects: Redirects followed before giving up.
        allow_private: Allow loopback, private and link-local addresses (for an
            operator who fetches from their own network on purpose).
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = 10.0
    max_redirects: int = 5
    allow_private: bool = False

    def __post_init__(self) -> None:
        whole_number(self.max_bytes, parameter="max_bytes")
        whole_number(self.max_redirects, parameter="max_redirects", minimum=0)
        if isinstance(self.timeout, bool) or not isinstance(self.timeout, int | float) \
                or not 0 < self.timeout <= 3600:
            raise OptionError(f"the fetch timeout must be seconds in (0, 3600], "
                              f"got {self.timeout!r}")


def is_url(text: str) -> bool:
    """True for an ``http://`` or ``https://`` address (what ``summarize URL`` fetches)."""
    return text[:8].lower().startswith(("http://", "https://"))


def refusal(address: str) -> str | None:
    """Why an IP address is refused by default, or None if it is a public address."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    for kind, flag in (("loopback", ip.is_loopback), ("link-local", ip.is_link_local),
                       ("multicast", ip.is_multicast), ("unspecified", ip.is_unspecified),
                       ("reserved", ip.is_reserved), ("private", ip.is_private),
                       ("non-public", not ip.is_global)):
        if flag:
            return kind
    return None


def resolve(host: str, port: int, *, allow_private: bool) -> str:
    """The address to connect to: every address of ``host`` must pass the check.

    Raises:
        FetchError: The name does not resolve.
        BlockedAddressError: One of its addresses is refused.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(f"cannot resolve host {host!r} ({error}); check the URL") from None
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not allow_private:
        for address in addresses:
            kind = refusal(address)
            if kind is not None:
                where = host if host == address else f"{host} resolves to {address}, which"
                raise BlockedAddressError(
                    f"{where} is a {kind} address: refused to protect "
                    "the network this runs in; an operator who means it can allow it "
                    "(--allow-private-urls)"
                )
    return addresses[0]


def _guarded_transport(*, allow_private: bool) -> httpx.BaseTransport:
    import httpx

    class GuardedTransport(httpx.BaseTransport):
        """Resolves, checks, and connects to the checked address (see the module doc)."""

        def __init__(self, *, allow_private: bool) -> None:
            self._allow_private = allow_private
            self._inner = httpx.HTTPTransport(trust_env=False)

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            host = request.url.raw_host.decode("ascii")  # IDNA-encoded, as DNS wants it
            port = request.url.port or (443 if request.url.scheme == "https" else 80)
            address = resolve(host, port, allow_private=self._allow_private)
            pinned = request.url.copy_with(host=address)
            extensions = {**request.extensions, "sni_hostname": host}
            forward = httpx.Request(request.method, pinned, headers=request.headers,
                                    stream=request.stream, extensions=extensions)
            return self._inner.handle_request(forward)

        def close(self) -> None:
            self._inner.close()

    return GuardedTransport(allow_private=allow_private)


def fetch_url(url: str, *, limits: FetchLimits | None = None) -> InputText:
    """Fetch an article page, within the limits.

    Args:
        url: An ``http://`` or ``https://`` address.
        limits: Size, time and redirect bounds, and whether private addresses are allowed.

    Returns:
        The decoded page (``source`` is the final URL after redirects).

    Raises:
        BlockedAddressError: The URL (or a redirect) leads to a refused address.
        FetchError: Unreachable, timed out, too many redirects, or an error status.
        InputError: Not HTML or text, too large, undecodable or empty.
    """
    import httpx

    limits = limits or FetchLimits()
    if not isinstance(url, str) or not is_url(url.strip()):
        raise InputError(f"not an http(s) URL: {url!r}; give an address such as "
                         "https://example.com/article")
    url = url.strip()
    deadline = time.monotonic() + limits.timeout
    transport = _guarded_transport(allow_private=limits.allow_private)
    try:
        with httpx.Client(transport=transport, follow_redirects=True,
                          max_redirects=limits.max_redirects, timeout=limits.timeout,
                          headers={"User-Agent": _USER_AGENT,
                                   "Accept": "text/html,application/xhtml+xml,text/plain"}
                          ) as client, client.stream("GET", url) as response:
            return _read(response, url=url, limits=limits, deadline=deadline)
    except httpx.TooManyRedirects:
        raise FetchError(f"{url}: more than {limits.max_redirects} redirects; "
                         "give the article's final address") from None
    except httpx.TimeoutException:
        raise FetchError(f"{url}: no answer within {limits.timeout:g} s; "
                         "try again later or give the article's text") from None
    except httpx.InvalidURL as error:
        raise InputError(f"{url}: not a valid URL ({error})") from None
    except httpx.HTTPError as error:
        raise FetchError(f"{url}: the fetch failed ({type(error).__name__}: {error}); "
                         "check the address, or give the article's text") from None


def _read(response: httpx.Response, *, url: str, limits: FetchLimits,
          deadline: float) -> InputText:
    """Check status and type, read at most ``max_bytes`` before the deadline, decode."""
    final = str(response.url)
    if response.status_code >= 400:
        raise FetchError(f"{final}: the server answered {response.status_code} "
                         f"{response.reason_phrase}; check the address")
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind and kind not in _TEXT_TYPES:
        raise InputError(f"{final}: the server sent {kind}, not an HTML page or text; "
                         "give the address of the article's web page")
    body = bytearray()
    for chunk in response.iter_bytes():  # decompressed: a gzip bomb counts in full
        body.extend(chunk)
        if len(body) > limits.max_bytes:
            raise InputError(f"{final}: larger than the {limits.max_bytes:,}-byte limit; "
                             "raise it with --max-bytes if this is really one article")
        if time.monotonic() > deadline:
            raise FetchError(f"{final}: not finished within {limits.timeout:g} s; "
                             "try again later or give the article's text")
    text, encoding = _decode(bytes(body), charset=response.charset_encoding, source=final)
    if not text.strip():
        raise InputError(f"{final}: the page is empty; check the address")
    return InputText(text=text, encoding=encoding,
                     is_html=kind != "text/plain" and looks_like_html(text), source=final)


def _decode(data: bytes, *, charset: str | None, source: str) -> tuple[str, str]:
    """The declared charset when it works, else the same detection as for files."""
    if charset:
        try:
            return data.decode(charset), charset.lower()
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data, source=source)
