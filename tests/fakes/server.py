"""Serve an ASGI app on a loopback port in a background thread, for tests that need real sockets
(a browser, a client library that cannot take an httpx transport)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Literal

import uvicorn


@contextmanager
def serve_asgi(
    app: Callable[..., Any],
    *,
    startup_timeout: float = 10.0,
    lifespan: Literal["auto", "on", "off"] = "off",
) -> Iterator[str]:
    """Yield the base URL (`http://127.0.0.1:PORT`) while `app` is served; stop it on exit.

    `lifespan="on"` runs the app's lifespan on the server's own event loop (the real backend
    needs it: its database engine and HTTP client belong to that loop).
    """
    # Binding the socket ourselves gives a free port without racing another test for it.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, lifespan=lifespan, log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + startup_timeout
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the loopback test server did not start")
            time.sleep(0.01)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=startup_timeout)
        sock.close()
