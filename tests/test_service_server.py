"""A real `summarizer serve` in a subprocess on a free loopback port, stopped with SIGTERM."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("uvicorn", reason="the service extra is not installed")

from summarizer import summarize
from tests.conftest import ARTICLES
from tests.service_helpers import (
    PAGE_002,
    Served,
    article_html,
    labelled_lines,
    local_site,
    reply,
    start_server,
)

PAGE = PAGE_002.read_text(encoding="utf-8")
BARE = (ARTICLES / "001_d3225705ede13dcf.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    routes = {"/story.html": reply(article_html(BARE, title="Two Words")),
              "/slow.html": reply(article_html(BARE, title="Two Words"), delay=2.0)}
    with local_site(routes) as base:
        yield base


@pytest.fixture(scope="module")
def server() -> Iterator[Served]:
    served = start_server()
    yield served
    assert served.stop() == 0


def test_summarize_over_http(server: Served) -> None:
    status, headers, body = server.call("/v1/summarize", {"text": PAGE, "method": "textrank"})
    assert status == 200
    assert [s["text"] for s in body["sentences"]] == list(
        summarize(PAGE, method="textrank").sentences)
    assert headers["x-cache"] == "miss"
    comments = labelled_lines("002_ad0407a9d237ef29")["comments"]
    assert not any(s["text"] in line for s in body["sentences"] for line in comments)


def test_errors_over_http_are_json(server: Served) -> None:
    status, headers, body = server.call("/v1/summarize", {"text": PAGE, "sentences": -2})
    assert status == 400
    assert body["error"]["code"] == "bad_option"
    assert headers["content-type"] == "application/json"
    status, _, body = server.call("/v1/summarize/batch", {"documents": [{"text": ""}]})
    assert status == 200
    assert body["results"][0]["error"]["code"] == "bad_input"
    status, _, body = server.call("/no/such/page")
    assert status == 404
    assert body["error"]["code"] == "not_found"


def test_pages_and_metrics_are_served(server: Served) -> None:
    status, headers, page = server.call("/")
    assert status == 200
    assert "<form" in page
    assert "script-src 'self'" in headers["content-security-policy"]
    status, headers, script = server.call("/widget.js")
    assert status == 200
    assert "No time to read? Get a summary" in script
    status, _, demo = server.call("/demo")
    assert status == 200
    assert "Reader comments" in demo
    assert 'src="/widget.js"' in demo
    status, _, metrics = server.call("/metrics")
    assert status == 200
    assert "summarizer_http_requests_total" in metrics


def test_url_refused_by_default(server: Served, site: str) -> None:
    status, _, body = server.call("/v1/summarize", {"url": f"{site}/story.html"})
    assert status == 403
    assert body["error"]["code"] == "url_refused"


def test_url_allowed_with_the_option_and_sigterm_lets_requests_finish(site: str) -> None:
    served = start_server("--allow-private-urls", "--workers", "2")
    try:
        status, _, body = served.call("/v1/summarize", {"url": f"{site}/story.html"})
        assert status == 200
        assert body["sentences"][0]["text"].startswith("Could Security Guarantees")
        # A request in flight (its page takes 2 s to arrive) when SIGTERM comes finishes.
        answers: list[Any] = []
        caller = threading.Thread(target=lambda: answers.append(
            served.call("/v1/summarize", {"url": f"{site}/slow.html", "sentences": 1})))
        caller.start()
        time.sleep(0.7)
        status, _, metrics = served.call("/metrics")
        # Two workers, one set of figures: the multiprocess collector adds them up.
        assert 'summarizer_http_requests_in_flight ' in metrics
        assert served.stop() == 0
        caller.join(timeout=30)
        assert answers
        assert answers[0][0] == 200
        assert answers[0][2]["sentences"][0]["text"].startswith("Could Security Guarantees")
    finally:
        if served.process.poll() is None:
            served.process.kill()
            served.stop()


def test_busy_port_is_one_line() -> None:
    served = start_server()
    try:
        port = served.url.rsplit(":", 1)[1]
        busy = subprocess.run([sys.executable, "-m", "summarizer", "serve", "--port", port],
                              capture_output=True, text=True, timeout=60)
        assert busy.returncode == 1
        assert busy.stderr.startswith("error: cannot listen on 127.0.0.1:")
        assert busy.stderr.count("\n") == 1
    finally:
        assert served.stop() == 0


def test_missing_extra_names_what_to_install() -> None:
    code = ("import sys; sys.modules['fastapi'] = None; sys.modules['uvicorn'] = None; "
            "sys.argv = ['summarizer', 'serve']; from summarizer.cli import main; main()")
    missing = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             timeout=60)
    assert missing.returncode == 1
    assert "pip install 'get-a-summary[serve]'" in missing.stderr
    assert missing.stderr.count("\n") == 1
