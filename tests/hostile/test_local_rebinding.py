"""A web page must not reach local mode: DNS rebinding (a foreign `Host`) gets 421, a
cross-site request (a foreign `Origin`) gets 403; loopback names and same-origin requests, as
the task pane makes them, still work. Production mode is unchanged.

Against a real `uvicorn` on 127.0.0.1 as well, since that is where a rebinding page lands.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn

from app.main import create_app
from app.ops.local_guard import is_loopback_name, split_host
from app.settings import Settings
from tests.hostile.support import tally
from tests.support.settings import production_settings

LOOPBACK_HOSTS = [
    "127.0.0.1",
    "127.0.0.1:8000",
    "localhost",
    "LOCALHOST:8765",
    "[::1]:8000",
    "[::1]",
    "127.3.4.5:80",
    "pane.localhost:8000",
    "localhost.:8000",
]
FOREIGN_HOSTS = [
    "evil.example",
    "evil.example:8000",
    "127.0.0.1.nip.io:8000",
    "localhost.evil.example",
    "evillocalhost:8000",
    "10.0.0.7:8000",
    "[::2]:8000",
    "::1",
    "127.0.0.1:80x",
    "",
    "[::1",
    "x" * 400,
]


def test_host_names_are_classified() -> None:
    for host in LOOPBACK_HOSTS:
        parsed = split_host(host)
        assert parsed is not None and is_loopback_name(parsed[0]), host
    for host in FOREIGN_HOSTS:
        parsed = split_host(host)
        assert parsed is None or not is_loopback_name(parsed[0]), host
    tally("local_mode", "host_names", len(LOOPBACK_HOSTS) + len(FOREIGN_HOSTS))


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """`rightnote serve` in local mode on a free loopback port (uvicorn in a thread)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = Settings(data_dir=tmp_path, port=port, public_url=f"http://127.0.0.1:{port}")
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_config=None)
    served = uvicorn.Server(config)
    thread = threading.Thread(target=served.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not served.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        served.should_exit = True
        thread.join(timeout=10)


def test_a_rebinding_page_can_neither_read_nor_delete(server: str) -> None:
    port = server.rsplit(":", 1)[1]
    with httpx.Client(base_url=server, timeout=10) as client:
        # What the attacker's page sends after evil.example re-resolves to 127.0.0.1.
        rebound = {"Host": f"evil.example:{port}", "Origin": f"http://evil.example:{port}"}
        read = client.get("/v1/interviews", headers=rebound)
        assert read.status_code == 421
        assert read.json()["error"] == "misdirected_request"
        assert "interviews" not in read.text
        assert client.delete("/v1/me", headers=rebound).status_code == 421
        # Even without Origin (a GET navigation), the Host alone gives it away.
        assert client.get("/v1/interviews", headers={"Host": "evil.example"}).status_code == 421

        # A cross-site page that targets 127.0.0.1 directly (no rebinding): its Origin.
        for origin in ("https://evil.example", "null", f"http://localhost:{port}", "garbage"):
            refused = client.delete("/v1/me", headers={"Origin": origin})
            assert refused.status_code == 403, origin
            assert refused.json()["error"] == "forbidden_origin"

        # The local user, by loopback name, same-origin (the task pane) or with no Origin (curl).
        assert client.get("/v1/interviews").status_code == 200
        same_origin = {"Origin": server}
        assert client.get("/v1/interviews", headers=same_origin).status_code == 200
        for host in (f"localhost:{port}", f"[::1]:{port}", f"pane.localhost:{port}"):
            assert client.get("/v1/interviews", headers={"Host": host}).status_code == 200, host
            own = {"Host": host, "Origin": f"http://{host}"}
            assert client.get("/v1/interviews", headers=own).status_code == 200, host
        assert client.get("/healthz", headers={"Host": "evil.example"}).status_code == 421
        # Deleting is still possible for the user themselves (it is their data).
        assert client.delete("/v1/me", headers=same_origin).status_code in (200, 204)
    tally("local_mode", "rebinding_cases", 14)


async def test_production_answers_whatever_host_its_proxy_forwards(tmp_path: Path) -> None:
    settings = production_settings(tmp_path, "prod.db")
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://10.0.0.7:8000") as c:
            response = await c.get("/v1/interviews", headers={"Origin": "https://evil.example"})
    assert response.status_code == 401  # refused for want of a token, not for its Host
