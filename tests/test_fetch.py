"""URL input: bounded fetches, and refusal of private addresses on every hop (SSRF)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from summarizer import fetch
from summarizer.cli import app
from summarizer.errors import InputError, OptionError
from summarizer.fetch import BlockedAddressError, FetchError, FetchLimits, fetch_url, refusal
from tests.conftest import ARTICLES
from tests.service_helpers import article_html, local_site, redirect, reply

ARTICLE = (ARTICLES / "001_d3225705ede13dcf.txt").read_text(encoding="utf-8")
ALLOW = FetchLimits(allow_private=True)


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    routes = {
        "/article.html": reply(article_html(ARTICLE, title="Two Words")),
        "/latin1.html": reply("<html><body><p>Le café était très bon.</p></body></html>"
                              .encode("latin-1"), kind="text/html; charset=iso-8859-1"),
        "/plain.txt": reply(ARTICLE, kind="text/plain; charset=utf-8"),
        "/moved": redirect("/article.html"),
        "/loop": redirect("/loop"),
        "/photo.jpg": reply(b"\xff\xd8\xff\xe0" + b"\x00" * 100, kind="image/jpeg"),
        "/big.html": reply("<html><body>" + "<p>Words and more words.</p>" * 5000
                           + "</body></html>"),
        "/missing": reply("gone", status=404, kind="text/plain"),
        "/slow.html": reply(article_html(ARTICLE), delay=3),
        "/empty.html": reply(" \n "),
    }
    with local_site(routes) as base:
        yield base


@pytest.mark.parametrize(("address", "kind"), [
    ("127.0.0.1", "loopback"), ("127.8.9.10", "loopback"), ("::1", "loopback"),
    ("::ffff:127.0.0.1", "loopback"), ("10.1.2.3", "private"), ("192.168.1.1", "private"),
    ("172.16.0.9", "private"), ("169.254.169.254", "link-local"), ("fe80::1", "link-local"),
    ("224.0.0.251", "multicast"), ("0.0.0.0", "unspecified"), ("240.0.0.1", "reserved"),
    ("fd00::1", "private"), ("100.64.0.1", "non-public"),
])
def test_non_public_addresses_are_refused(address: str, kind: str) -> None:
    assert refusal(address) == kind


@pytest.mark.parametrize("address", ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111"])
def test_public_addresses_pass(address: str) -> None:
    assert refusal(address) is None


def test_loopback_is_refused_by_default(site: str) -> None:
    with pytest.raises(BlockedAddressError, match=r"loopback address.*--allow-private-urls"):
        fetch_url(f"{site}/article.html")
    with pytest.raises(BlockedAddressError, match="localhost resolves to"):
        fetch_url(f"{site.replace('127.0.0.1', 'localhost')}/article.html")


def test_allowed_with_the_option(site: str) -> None:
    page = fetch_url(f"{site}/article.html", limits=ALLOW)
    assert page.is_html
    assert "Macron" in page.text
    assert page.source == f"{site}/article.html"


def test_redirects_are_followed_and_bounded(site: str) -> None:
    page = fetch_url(f"{site}/moved", limits=ALLOW)
    assert page.source == f"{site}/article.html"
    with pytest.raises(FetchError, match="more than 2 redirects"):
        fetch_url(f"{site}/loop", limits=FetchLimits(allow_private=True, max_redirects=2))


def test_every_redirect_is_checked_again(site: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A public-looking host that redirects into the private network is refused at the hop."""
    port = site.rsplit(":", 1)[1]
    real = fetch.resolve
    hops: list[str] = []

    def resolve(host: str, port: int, *, allow_private: bool) -> str:
        hops.append(host)
        if host == "news.test":  # stands for a public site; it happens to live on loopback
            return "127.0.0.1"
        return real(host, port, allow_private=allow_private)

    monkeypatch.setattr(fetch, "resolve", resolve)
    public = f"http://news.test:{port}"
    assert "Macron" in fetch_url(f"{public}/article.html").text
    with local_site({"/to-private": redirect(f"{site}/article.html")}) as other:
        def resolve_other(host: str, port: int, *, allow_private: bool) -> str:
            hops.append(host)
            if port == int(other.rsplit(":", 1)[1]):
                return "127.0.0.1"
            return real(host, port, allow_private=allow_private)

        monkeypatch.setattr(fetch, "resolve", resolve_other)
        with pytest.raises(BlockedAddressError, match="loopback"):
            fetch_url(f"http://news.test:{other.rsplit(':', 1)[1]}/to-private")
    assert hops[-2:] == ["news.test", "127.0.0.1"]


def test_declared_charset_and_plain_text(site: str) -> None:
    assert "café était très" in fetch_url(f"{site}/latin1.html", limits=ALLOW).text
    page = fetch_url(f"{site}/plain.txt", limits=ALLOW)
    assert not page.is_html
    assert page.text == ARTICLE


@pytest.mark.parametrize(("path", "error", "fragment"), [
    ("/photo.jpg", InputError, "image/jpeg, not an HTML page"),
    ("/missing", FetchError, "answered 404"),
    ("/empty.html", InputError, "the page is empty"),
])
def test_bad_pages_give_clear_errors(site: str, path: str, error: type[Exception],
                                     fragment: str) -> None:
    with pytest.raises(error, match=fragment):
        fetch_url(site + path, limits=ALLOW)


def test_size_and_time_are_bounded(site: str) -> None:
    with pytest.raises(InputError, match="larger than the 10,000-byte limit"):
        fetch_url(f"{site}/big.html", limits=FetchLimits(allow_private=True, max_bytes=10_000))
    with pytest.raises(FetchError, match=r"no answer within 0\.5 s"):
        fetch_url(f"{site}/slow.html", limits=FetchLimits(allow_private=True, timeout=0.5))


def test_unreachable_and_malformed() -> None:
    with pytest.raises(FetchError, match="cannot resolve host"):
        fetch_url("http://no-such-host.invalid/story")
    with pytest.raises(InputError, match="not an http"):
        fetch_url("ftp://example.com/story")
    with pytest.raises(OptionError, match="fetch timeout"):
        FetchLimits(timeout=0)
    with pytest.raises(OptionError, match=r"^max_redirects must be"):
        FetchLimits(max_redirects=-1)


def test_cli_summarizes_a_url(site: str) -> None:
    runner = CliRunner()
    refused = runner.invoke(app, ["summarize", f"{site}/article.html"])
    assert refused.exit_code == 1
    assert refused.stderr.startswith("error: 127.0.0.1 is a loopback address")
    assert "no such file" not in refused.stderr
    allowed = runner.invoke(app, ["summarize", f"{site}/article.html", "--allow-private-urls",
                                  "-n", "2"])
    assert allowed.exit_code == 0, allowed.stderr
    assert allowed.stdout.splitlines()[0].startswith("Could Security Guarantees End the War")
    missing = runner.invoke(app, ["summarize", f"{site}/missing", "--allow-private-urls"])
    assert missing.exit_code == 1
    assert "answered 404" in missing.stderr
