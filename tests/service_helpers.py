"""Helpers for the service tests: local HTTP sites and a real `summarizer serve`."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from tests.conftest import ROOT

LABELS = ROOT / "tests" / "data" / "pages" / "seeds"
PAGE_002 = ROOT / "references" / "articles" / "002_ad0407a9d237ef29.txt"

Route = Callable[[BaseHTTPRequestHandler], None]


def labelled_lines(stem: str) -> dict[str, set[str]]:
    """The hand labels of a seed page: label -> the stripped lines that carry it."""
    found: dict[str, set[str]] = {}
    text_lines = (ROOT / "references" / "articles" / f"{stem}.txt").read_text(
        encoding="utf-8").splitlines()
    for row in (LABELS / f"{stem}.labels").read_text(encoding="utf-8").splitlines():
        number, label = row.split("\t")[:2]
        line = text_lines[int(number) - 1].strip()
        if line:
            found.setdefault(label, set()).add(line)
    return found


def in_labelled(sentence: str, lines: set[str]) -> bool:
    """Whether a sentence is part of one of the lines."""
    return any(sentence in line for line in lines)


@contextmanager
def local_site(routes: dict[str, Route]) -> Iterator[str]:
    """A threaded HTTP server on a free loopback port; yields its base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            route = routes.get(self.path.split("?")[0])
            if route is None:
                self.send_error(404)
            else:
                route(self)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def reply(body: bytes | str, *, kind: str = "text/html; charset=utf-8", status: int = 200,
          delay: float = 0.0, headers: dict[str, str] | None = None) -> Route:
    """A route that answers with a fixed body (after ``delay`` seconds)."""
    data = body.encode("utf-8") if isinstance(body, str) else body

    def route(handler: BaseHTTPRequestHandler) -> None:
        time.sleep(delay)
        handler.send_response(status)
        handler.send_header("Content-Type", kind)
        handler.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(data)

    return route


def redirect(to: str) -> Route:
    """A route that redirects (302) to ``to``."""
    return reply(b"", status=302, headers={"Location": to})


def article_html(text: str, *, title: str = "An article") -> str:
    """A plain HTML page whose body paragraphs are the text's lines (escaped)."""
    from html import escape

    paragraphs = "".join(f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip())
    return (f"<!doctype html><html><head><title>{escape(title)}</title></head><body>"
            f"<article><h1>{escape(title)}</h1>{paragraphs}</article></body></html>")


@dataclass
class Served:
    """A running `summarizer serve`."""

    process: subprocess.Popen[str]
    url: str
    drain: threading.Thread | None = None
    log: str = ""

    def call(self, path: str, body: dict[str, Any] | None = None,
             timeout: float = 30) -> tuple[int, dict[str, str], Any]:
        """GET (or POST JSON): status, headers and the decoded JSON body."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.url + path, data=data,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                raw, status, headers = response.read(), response.status, dict(response.headers)
        except urllib.error.HTTPError as error:
            raw, status, headers = error.read(), error.code, dict(error.headers)
        headers = {name.lower(): value for name, value in headers.items()}
        kind = headers.get("content-type", "")
        return status, headers, json.loads(raw) if "json" in kind else raw.decode()

    def stop(self, timeout: float = 30) -> int:
        """SIGTERM, then wait; 0 for a clean stop.

        uvicorn re-raises the SIGTERM it caught once shutdown is complete, so a
        graceful stop ends with -SIGTERM; anything else (a crash, a hang) is returned.
        """
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(timeout=timeout)
        # Whatever the server started (uvicorn's workers, multiprocessing's resource
        # tracker) and left behind is in its session: end it, or it keeps the stderr
        # pipe open and the drain thread (and closing the pipe under it) waits forever.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)
        if self.drain is not None:
            self.drain.join(timeout=10)
        if self.process.stderr is not None and not (self.drain and self.drain.is_alive()):
            self.process.stderr.close()
        return 0 if code == -signal.SIGTERM else code


def start_server(*args: str, ready_timeout: float = 60) -> Served:
    """`summarizer serve --port 0 ARGS` in a subprocess, once /readyz says ready."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "summarizer", "serve", "--port", "0", "--log-level", "warning",
         *args], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env,
        cwd=Path(ROOT), start_new_session=True)
    assert process.stderr is not None
    line = process.stderr.readline()
    match = re.search(r"listening on (http://127\.0\.0\.1:\d+)/", line)
    if match is None:
        process.kill()
        raise AssertionError(f"serve did not start: {line}{process.stderr.read()}")
    served = Served(process=process, url=match.group(1))

    def drain() -> None:  # the server must never block on a full pipe
        assert process.stderr is not None
        for text in process.stderr:
            served.log += text

    served.drain = threading.Thread(target=drain, daemon=True)
    served.drain.start()
    deadline = time.monotonic() + ready_timeout
    while time.monotonic() < deadline:
        try:
            if served.call("/readyz", timeout=5)[0] == 200:
                return served
        except OSError:
            pass
        time.sleep(0.1)
    served.stop()
    raise AssertionError("serve never became ready")
