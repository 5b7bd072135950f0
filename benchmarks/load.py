"""Load benchmark of `summarizer serve`, on loopback only, bounded in requests and seconds.

    python benchmarks/load.py            # prints the README's table (about 5 minutes)
    python benchmarks/load.py --quick    # a smaller run, to try it out

Starts the service in a subprocess on a free 127.0.0.1 port with the result cache off
(every request is computed: the figures are the summarizer's, not the cache's), sends
typical CNN/DM articles (the middle half by length of ../shared/data/cnndm_dev.jsonl)
at concurrency 1, 8 and 32 for lead and lexrank, then compares --workers 2 with one
worker, shows what happens beyond capacity (a short queue: 503 + Retry-After, never a
timeout), and soaks one worker with 20,000 requests to check that its memory is flat.
The client runs on the same two cores as the server: its CPU is part of the figures, so
it is kept small (raw HTTP/1.1, requests encoded up front) and measured (the last column).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "cnndm_dev.jsonl"


@dataclass
class Run:
    """What one level of load gave."""

    label: str
    requests: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    rss_before: int = 0
    rss_after: int = 0
    client_cpu: float = 0.0

    def row(self) -> str:
        ms = sorted(x * 1000 for x in self.latencies) or [0.0]

        def pct(p: float) -> float:
            return ms[min(len(ms) - 1, int(p / 100 * len(ms)))]

        errors = ", ".join(f"{k}: {v}" for k, v in sorted(self.errors.items())) or "0"
        return (f"| {self.label} | {self.requests:,} | {self.requests / self.seconds:,.1f} | "
                f"{statistics.median(ms):.1f} | {pct(95):.1f} | {pct(99):.1f} | {errors} | "
                f"{self.rss_before / 1e6:.0f} → {self.rss_after / 1e6:.0f} | "
                f"{1000 * self.client_cpu / max(self.requests, 1):.2f} |")


def typical_articles() -> list[str]:
    """The middle half of the CNN/DM sample by length."""
    with DATA.open(encoding="utf-8") as handle:
        articles = [json.loads(line)["article"] for line in handle if line.strip()]
    articles.sort(key=len)
    quarter = len(articles) // 4
    return articles[quarter:-quarter]


def rss(pid: int) -> int:
    """Resident memory of a process and its children, in bytes."""
    total = 0
    pids = [pid]
    while pids:
        current = pids.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) * 1024  # type: ignore[union-attr]
            for task in Path(f"/proc/{current}/task").iterdir():
                children = (task / "children").read_text().split()
                pids.extend(int(child) for child in children)
        except (OSError, AttributeError):
            continue
    return total


class Server:
    """`summarizer serve` on a free loopback port."""

    def __init__(self, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "summarizer", "serve", "--port", "0", "--log-level",
             "warning", "--cache-bytes", "0", *args],
            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, cwd=ROOT)
        assert self.process.stderr is not None
        line = self.process.stderr.readline()
        match = re.search(r"listening on (http://127\.0\.0\.1:\d+)/", line)
        if not match:
            raise SystemExit(f"the server did not start: {line}")
        self.url = match.group(1)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/readyz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise SystemExit("the server never became ready")

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=60)


def encode_requests(host: str, articles: list[str], method: str, *, close: bool = False
                    ) -> list[bytes]:
    """Every request, encoded once: the client's own work per request must stay small."""
    out = []
    connection = b"\r\nConnection: close" if close else b""
    for article in articles:
        body = json.dumps({"text": article, "method": method}).encode()
        out.append(b"POST /v1/summarize HTTP/1.1\r\nHost: " + host.encode() + connection
                   + b"\r\nContent-Type: application/json\r\nContent-Length: "
                   + str(len(body)).encode() + b"\r\n\r\n" + body)
    return out


async def exchange(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                   request: bytes) -> tuple[str, bool]:
    """One request on a connection: the response's status code, and whether the
    server closed the connection after it."""
    writer.write(request)
    head = await reader.readuntil(b"\r\n\r\n")
    status = head.split(b" ", 2)[1].decode()
    match = re.search(rb"(?i)\r\ncontent-length: *(\d+)", head)
    await reader.readexactly(int(match.group(1)) if match else 0)
    return status, bool(re.search(rb"(?i)\r\nconnection: *close", head))


async def load(url: str, articles: list[str], *, method: str, concurrency: int,
               requests: int, seconds: float, label: str, pid: int,
               fresh: bool = False) -> Run:
    """Send ``requests`` requests (or stop after ``seconds``) from ``concurrency`` clients.

    The client is raw HTTP/1.1 over asyncio streams with the requests encoded up front
    (about 0.1 ms of CPU per request): a general-purpose client such as httpx spends
    several milliseconds per request, and on a 2-core machine shared with the server
    that alone capped the throughput near 160 requests/s whatever the server did.
    ``fresh``: a new connection for every request (``Connection: close``), so that
    with several server workers each request goes to whichever worker accepts it; a
    kept-alive connection stays with the worker that accepted it first.
    """
    assert url.startswith("http://127.0.0.1:"), "loopback only"
    host = url.removeprefix("http://")
    port = int(host.rsplit(":", 1)[1])
    encoded = encode_requests(host, articles, method, close=fresh)
    run = Run(label=label, rss_before=rss(pid))
    counter = iter(range(requests))
    stop_at = time.monotonic() + seconds

    async def connect() -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=2**22)
        sock = writer.get_extra_info("socket")
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return reader, writer

    async def worker() -> None:
        connection = None
        for n in counter:
            if time.monotonic() > stop_at:
                break
            started = time.perf_counter()
            try:
                if connection is None:
                    connection = await connect()
                status, closed = await asyncio.wait_for(
                    exchange(*connection, encoded[n % len(encoded)]), timeout=60)
                if closed:
                    connection[1].close()
                    connection = None
            except (TimeoutError, OSError, asyncio.IncompleteReadError) as error:
                status = type(error).__name__
                if connection is not None:
                    connection[1].close()
                connection = None
            run.latencies.append(time.perf_counter() - started)
            run.requests += 1
            if status != "200":
                run.errors[status] = run.errors.get(status, 0) + 1
        if connection is not None:
            connection[1].close()

    cpu = time.process_time()
    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    run.seconds = time.perf_counter() - started
    run.client_cpu = time.process_time() - cpu
    run.rss_after = rss(pid)
    return run


def measure(server: Server, articles: list[str], *, method: str, concurrency: int,
            requests: int, seconds: float, label: str, fresh: bool = False) -> Run:
    return asyncio.run(load(server.url, articles, method=method, concurrency=concurrency,
                            requests=requests, seconds=seconds, label=label,
                            pid=server.process.pid, fresh=fresh))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer requests, shorter soak")
    parser.add_argument("--soak", type=int, default=20_000, help="soak requests (default 20,000)")
    args = parser.parse_args()
    if not DATA.exists():
        raise SystemExit(f"{DATA} is missing: the benchmark needs ../shared/data")
    per_level, seconds = (60, 10.0) if args.quick else (400, 30.0)
    soak = 2_000 if args.quick else args.soak
    articles = typical_articles()
    rows: list[str] = []
    load_before = os.getloadavg()

    server = Server("--workers", "1", "--max-queue", "256")
    try:
        measure(server, articles, method="lead", concurrency=4, requests=40, seconds=10,
                label="warm-up")
        for method in ("lead", "lexrank"):
            for concurrency in (1, 8, 32):
                rows.append(measure(server, articles, method=method, concurrency=concurrency,
                                    requests=per_level, seconds=seconds,
                                    label=f"{method}, 1 worker, concurrency {concurrency}").row())
        soak_run = measure(server, articles, method="lead", concurrency=8, requests=soak,
                           seconds=600, label="soak: lead, 1 worker, concurrency 8")
        rows.append(soak_run.row())
    finally:
        server.stop()

    throughput = {}
    for workers in (1, 2):
        server = Server("--workers", str(workers), "--max-queue", "256")
        try:
            measure(server, articles, method="lexrank", concurrency=4, requests=40, seconds=10,
                    label="warm-up")
            run = measure(server, articles, method="lexrank", concurrency=8,
                          requests=per_level, seconds=seconds, fresh=True,
                          label=f"lexrank, {workers} worker{'s' * (workers > 1)}, "
                                "concurrency 8, a connection per request")
            throughput[workers] = run.requests / run.seconds
            rows.append(run.row())
        finally:
            server.stop()

    server = Server("--workers", "1", "--max-concurrent", "1", "--max-queue", "4")
    try:
        rows.append(measure(server, articles, method="lexrank", concurrency=32,
                            requests=per_level, seconds=seconds,
                            label="beyond capacity: lexrank, queue of 4, concurrency 32").row())
    finally:
        server.stop()

    print("| load | requests | req/s | p50 ms | p95 ms | p99 ms | errors | server RSS MB | "
          "client CPU ms/request |")
    print("|---|---:|---:|---:|---:|---:|---|---|---:|")
    print("\n".join(rows))
    print(f"\n--workers 2 / --workers 1 (lexrank, concurrency 8, a connection per request): "
          f"{throughput[2] / throughput[1]:.2f}×")
    print(f"soak memory: {soak_run.rss_after / soak_run.rss_before - 1:+.1%} over "
          f"{soak_run.requests:,} requests")
    load_after = os.getloadavg()
    print(f"load average before: {' '.join(f'{x:.2f}' for x in load_before)}; "
          f"after: {' '.join(f'{x:.2f}' for x in load_after)} ({os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
