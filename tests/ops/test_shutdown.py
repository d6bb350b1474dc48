"""SIGTERM drains: `rightnote serve`'s server finishes in-flight requests, then exits 0.

The server runs in a subprocess through `app.cli.serve.run_server`, the function `rightnote
serve` calls, with the real app plus one test route that holds its request open until the test
releases it (a file appears), so nothing depends on timing.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]

SERVER = textwrap.dedent(
    """
    import asyncio, os, pathlib
    from fastapi import APIRouter
    from app.cli.serve import run_server
    from app.main import create_app
    from app.settings import Settings

    entered = pathlib.Path(os.environ["TEST_ENTERED"])
    release = pathlib.Path(os.environ["TEST_RELEASE"])
    router = APIRouter()

    @router.get("/test/hold")
    async def hold() -> dict[str, bool]:
        entered.touch()
        while not release.exists():
            await asyncio.sleep(0.02)
        return {"finished": True}

    settings = Settings()
    app = create_app(settings)
    app.include_router(router)
    run_server(app, settings)
    """
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(predicate: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def answers(port: int) -> bool:
    try:
        return httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200
    except httpx.TransportError:
        return False


def refuses(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return False
    except OSError:
        return True


class Server:
    def __init__(self, tmp_path: Path, **env: str) -> None:
        self.port = free_port()
        self.entered = tmp_path / "entered"
        self.release = tmp_path / "release"
        environment = {
            **os.environ,
            "RIGHTNOTE_PORT": str(self.port),
            "RIGHTNOTE_DATA_DIR": str(tmp_path / "data"),
            "RIGHTNOTE_LOG_JSON": "true",
            "TEST_ENTERED": str(self.entered),
            "TEST_RELEASE": str(self.release),
            **env,
        }
        environment.pop("RIGHTNOTE_DATABASE_URL", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-c", SERVER],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.result: dict[str, object] = {}

    def start(self) -> None:
        try:
            wait_for(lambda: self.proc.poll() is not None or answers(self.port), "the server")
        except AssertionError:
            self.stop()
            raise
        assert self.proc.poll() is None, self.proc.communicate()[1]

    def request_in_background(self) -> threading.Thread:
        def call() -> None:
            try:
                response = httpx.get(f"http://127.0.0.1:{self.port}/test/hold", timeout=60)
                self.result["status"] = response.status_code
                if response.status_code == 200:
                    self.result["body"] = response.json()
            except httpx.HTTPError as exc:
                self.result["error"] = type(exc).__name__

        thread = threading.Thread(target=call, daemon=True)
        thread.start()
        wait_for(self.entered.exists, "the request to reach its route")
        return thread

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.communicate(timeout=30)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    server = Server(tmp_path)
    server.start()
    yield server
    server.stop()


def test_sigterm_finishes_the_in_flight_request_then_exits_0(server: Server) -> None:
    thread = server.request_in_background()
    server.proc.send_signal(signal.SIGTERM)
    # Draining: no new connections, the held request still open.
    wait_for(lambda: refuses(server.port), "the listener to close")
    assert server.proc.poll() is None and thread.is_alive()
    server.release.touch()
    thread.join(timeout=30)
    assert server.result == {"status": 200, "body": {"finished": True}}
    _, stderr = server.proc.communicate(timeout=30)
    assert server.proc.returncode == 0, stderr
    # Every line, uvicorn's own included, is one JSON object.
    events = [json.loads(line) for line in stderr.splitlines() if line.strip()]
    assert any(e["event"] == "http.request" and e["route"] == "/test/hold" for e in events)
    assert any("shutting down" in str(e["event"]).lower() for e in events)


def test_a_stuck_request_cannot_hold_shutdown_forever(tmp_path: Path) -> None:
    server = Server(tmp_path, RIGHTNOTE_SHUTDOWN_TIMEOUT_SECONDS="1")
    server.start()
    try:
        thread = server.request_in_background()
        server.proc.send_signal(signal.SIGTERM)
        # Never released: the server gives up on it after the timeout and still exits cleanly.
        server.proc.wait(timeout=30)
        assert server.proc.returncode == 0
        thread.join(timeout=30)
        assert "status" not in server.result or server.result["status"] != 200
    finally:
        server.stop()
