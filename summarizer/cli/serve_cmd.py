"""``summarizer serve``: the HTTP service on uvicorn (the ``serve`` extra)."""

from __future__ import annotations

import os
import shutil
import socket
import tempfile

import typer

from summarizer.cli.app import app, fail
from summarizer.service.settings import ENVIRONMENT_VARIABLE, ServiceSettings

_DEFAULTS = ServiceSettings()
_EXAMPLES = """\b
Examples:
  summarizer serve                                   # http://127.0.0.1:8000/
  summarizer serve --port 8080 --workers 2
  summarizer serve --allow-origin https://news.example.com --timeout 10
  curl -s localhost:8000/v1/summarize -H 'Content-Type: application/json' \\
       -d '{"text": "…", "sentences": 2}'
"""


@app.command("serve", epilog=_EXAMPLES)
def serve_command(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", help="Port (0: any free port, printed)."),
    workers: int = typer.Option(1, "--workers", help="Worker processes (one per core)."),
    allow_origin: list[str] | None = typer.Option(  # noqa: B008 - typer reads defaults
        None, "--allow-origin", help="An origin whose pages may call the API (repeatable; "
        "'*' for any). Default: none, only this service's own pages."),
    max_body_bytes: int = typer.Option(_DEFAULTS.max_body_bytes, "--max-body-bytes",
                                       help="Larger request bodies get 413."),
    max_bytes: int = typer.Option(_DEFAULTS.max_bytes, "--max-bytes",
                                  help="Largest article (text, HTML or fetched page)."),
    max_sentences: int = typer.Option(_DEFAULTS.max_sentences, "--max-sentences",
                                      help="Refuse articles with more sentences (422)."),
    max_batch: int = typer.Option(_DEFAULTS.max_batch, "--max-batch",
                                  help="Most documents in one batch request."),
    timeout: float = typer.Option(_DEFAULTS.timeout, "--timeout",
                                  help="Seconds per request, waiting included (then 504)."),
    max_concurrent: int = typer.Option(_DEFAULTS.max_concurrent, "--max-concurrent",
                                       help="Summaries computed at once per worker."),
    max_queue: int = typer.Option(_DEFAULTS.max_queue, "--max-queue",
                                  help="Requests waiting per worker; beyond, 503."),
    cache_bytes: int = typer.Option(_DEFAULTS.cache_bytes, "--cache-bytes",
                                    help="Memory for recent results per worker (0: off)."),
    allow_private_urls: bool = typer.Option(
        False, "--allow-private-urls",
        help="Let url inputs reach loopback, private or link-local addresses."),
    fetch_timeout: float = typer.Option(_DEFAULTS.fetch_timeout, "--fetch-timeout",
                                        help="Seconds to fetch a url input."),
    max_redirects: int = typer.Option(_DEFAULTS.max_redirects, "--max-redirects",
                                      help="Redirects followed when fetching a url."),
    log_level: str = typer.Option("info", "--log-level",
                                  help="uvicorn's log level (warning: no access log)."),
) -> None:
    """Serve the API, the reader page (/), the widget (/widget.js) and its demo (/demo)."""
    settings = ServiceSettings(
        max_body_bytes=max_body_bytes, max_bytes=max_bytes, max_sentences=max_sentences,
        max_batch=max_batch, timeout=timeout, max_concurrent=max_concurrent,
        max_queue=max_queue, cache_bytes=cache_bytes, allow_origins=tuple(allow_origin or ()),
        allow_private_urls=allow_private_urls, fetch_timeout=fetch_timeout,
        max_redirects=max_redirects)
    from summarizer.cli.app import USAGE
    from summarizer.service import EXTRA_HINT

    if workers < 1:
        fail(f"--workers must be a positive whole number, got {workers}", code=USAGE)
    try:
        import uvicorn
        from uvicorn.supervisors import Multiprocess

        from summarizer.service import app as _service_app  # noqa: F401 - fail before binding
    except ModuleNotFoundError as error:
        fail(f"{EXTRA_HINT} ({error.name} is missing)")
    sock = _bind(host, port)
    os.environ[ENVIRONMENT_VARIABLE] = settings.to_environment()
    metrics_dir = tempfile.mkdtemp(prefix="summarizer-metrics-") if workers > 1 else None
    if metrics_dir:
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = metrics_dir
    config = uvicorn.Config(
        "summarizer.service:app_from_environment", factory=True, workers=workers,
        log_level=log_level.lower(), access_log=log_level.lower() in ("debug", "info"),
        # In-flight requests get their full time limit to finish after SIGTERM.
        timeout_graceful_shutdown=int(timeout) + 5)
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"summarizer serve: listening on http://{shown}:{sock.getsockname()[1]}/ "
               f"({workers} worker{'s' * (workers > 1)}; SIGTERM or Ctrl-C stops)", err=True)
    server = uvicorn.Server(config)
    try:
        if workers > 1:
            Multiprocess(config, sockets=[sock]).run()
        else:
            server.run(sockets=[sock])
    finally:
        sock.close()
        if metrics_dir:
            shutil.rmtree(metrics_dir, ignore_errors=True)


def _bind(host: str, port: int) -> socket.socket:
    """The listening socket, bound here so a busy port is one clear line."""
    from summarizer.cli.app import USAGE

    if not 0 <= port <= 65535:
        fail(f"--port must be from 0 to 65535, got {port}", code=USAGE)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP, or asyncio does not set TCP_NODELAY on accepted connections and
    # every keep-alive request waits 40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as error:
        sock.close()
        fail(f"cannot listen on {host}:{port} ({error.strerror or error}); "
             "choose another --port or --host")
    sock.set_inheritable(True)
    return sock
