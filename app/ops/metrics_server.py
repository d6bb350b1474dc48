"""The worker's small HTTP listener: `/metrics` and `/healthz` on RIGHTNOTE_METRICS_PORT.

The API serves both on its own port; the worker has no web server, so it opens this one:

    async with serve_worker_metrics(metrics, settings):
        ...  # the worker loop, calling metrics.worker_tick() once per pass

`/healthz` answers 200 while the event loop runs and the loop has ticked recently (or not yet
at all), and 503 once the last tick is older than `stale_after_seconds`: a worker stuck in a
pass shows up as unhealthy and its orchestrator restarts it. Unset port: nothing is opened.

A plain asyncio server, not uvicorn: uvicorn installs its own SIGTERM handling, and the worker
owns that.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from http import HTTPStatus

from app.ops.access import metrics_access
from app.ops.metrics import CONTENT_TYPE, Metrics
from app.settings import Settings

log = logging.getLogger("rightnote.metrics")

_READ_TIMEOUT = 5.0
_MAX_HEADERS = 64


def stale_after(settings: Settings) -> float:
    # Generous: one pass may wait on several provider calls before it ticks again.
    return max(120.0, 20 * settings.worker_poll_seconds)


async def _read_request(reader: asyncio.StreamReader) -> tuple[str, str, str | None]:
    request_line = (await reader.readline()).decode("latin-1").split()
    authorization = None
    for _ in range(_MAX_HEADERS):
        line = await reader.readline()
        if line in (b"\r\n", b"\n", b""):
            break
        name, _, value = line.decode("latin-1").partition(":")
        if name.strip().lower() == "authorization":
            authorization = value.strip()
    if len(request_line) < 2:
        return "", "", authorization
    return request_line[0], request_line[1].split("?", 1)[0], authorization


def _respond(status: int, body: bytes, content_type: str = "text/plain; charset=utf-8") -> bytes:
    head = (
        f"HTTP/1.1 {status} {HTTPStatus(status).phrase}\r\n"
        f"Content-Type: {content_type}\r\nContent-Length: {len(body)}\r\n"
        "Connection: close\r\n"
    )
    if status == 401:
        head += "WWW-Authenticate: Bearer\r\n"
    return head.encode() + b"\r\n" + body


def answer(
    metrics: Metrics, settings: Settings, method: str, path: str, authorization: str | None
) -> bytes:
    if method not in ("GET", "HEAD"):
        return _respond(405, b"method not allowed\n")
    if path == "/healthz":
        since = metrics.seconds_since_tick()
        if since is not None and since > stale_after(settings):
            return _respond(503, f"worker loop stalled: last pass {since:.0f} s ago\n".encode())
        return _respond(200, b"ok\n")
    if path == "/metrics":
        verdict = metrics_access(settings, authorization)
        if verdict != 200:
            return _respond(verdict, HTTPStatus(verdict).phrase.lower().encode() + b"\n")
        return _respond(200, metrics.render(), CONTENT_TYPE)
    return _respond(404, b"not found\n")


@asynccontextmanager
async def serve_worker_metrics(
    metrics: Metrics, settings: Settings, *, port: int | None = None
) -> AsyncIterator[int | None]:
    """Serve while the block runs; yields the bound port (None when no port is configured)."""
    port = port if port is not None else settings.metrics_port
    if port is None:
        yield None
        return

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            method, path, authorization = await asyncio.wait_for(
                _read_request(reader), _READ_TIMEOUT
            )
            response = answer(metrics, settings, method, path, authorization)
            if method == "HEAD":
                response = response.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n"
            writer.write(response)
            await writer.drain()
        except (TimeoutError, ConnectionError, ValueError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, settings.host, port)
    bound = int(server.sockets[0].getsockname()[1])
    log.info("metrics.listening", extra={"port": bound})
    try:
        yield bound
    finally:
        server.close()
        await server.wait_closed()
