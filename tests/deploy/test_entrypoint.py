"""docker/entrypoint.sh and the HEALTHCHECK module, run in this venv instead of an image.

The image puts its venv first on PATH and runs `rightnote-entrypoint <role> ...`; here the
script runs with this venv's bin first on PATH and the environment the image sets.
"""

from __future__ import annotations

import http.server
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cryptography.fernet import Fernet

from app.ops import healthcheck
from tests.deploy.support import ROOT

ENTRYPOINT = ROOT / "docker" / "entrypoint.sh"
VENV_BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def image_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The image's ENV plus what a deployment must give (production, PostgreSQL stand-in)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("RIGHTNOTE_")}
    env.update(
        PATH=f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}",
        RIGHTNOTE_AUTH_MODE="production",
        RIGHTNOTE_HOST="0.0.0.0",
        RIGHTNOTE_PORT="8000",
        RIGHTNOTE_LOG_JSON="true",
        RIGHTNOTE_DATA_DIR=str(tmp_path / "data"),
        RIGHTNOTE_PUBLIC_URL="https://rightnote.example",
        RIGHTNOTE_ENCRYPTION_KEYS=Fernet.generate_key().decode(),
        RIGHTNOTE_DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'rightnote.db'}",
    )
    env.update(extra)
    return env


@pytest.fixture
def fake_rightnote(tmp_path: Path) -> Path:
    """A `rightnote` that prints its arguments, first on PATH: shows the dispatch alone."""
    bin_dir = tmp_path / "fakebin"
    bin_dir.mkdir()
    fake = bin_dir / "rightnote"
    fake.write_text('#!/bin/sh\necho "rightnote $* port=${RIGHTNOTE_PORT:-}"\n')
    fake.chmod(0o755)
    return bin_dir


@pytest.mark.parametrize(
    ("args", "env", "expected"),
    [
        ([], {}, "rightnote serve --host 0.0.0.0 --port 8000 port=8000"),
        (
            ["api"],
            {"RIGHTNOTE_PORT": "9000"},
            "rightnote serve --host 0.0.0.0 --port 9000 port=9000",
        ),
        # Cloud Run names the port in $PORT.
        (["api"], {"PORT": "8080"}, "rightnote serve --host 0.0.0.0 --port 8080 port=8080"),
        (["worker", "--once"], {}, "rightnote worker --once port="),
        (["migrate"], {}, "rightnote migrate port="),
        (["migrate", "--revision", "0001"], {}, "rightnote migrate --revision 0001 port="),
        (
            ["manifest", "gmail", "--base-url", "https://x.example"],
            {},
            "rightnote manifest gmail --base-url https://x.example port=",
        ),
        (["rightnote", "rotate-keys"], {}, "rightnote rotate-keys port="),
    ],
)
def test_dispatch(
    fake_rightnote: Path, args: list[str], env: dict[str, str], expected: str
) -> None:
    environment = {"PATH": f"{fake_rightnote}{os.pathsep}{os.environ['PATH']}", **env}
    result = subprocess.run(
        ["sh", str(ENTRYPOINT), *args],
        env=environment,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected


def test_the_script_is_executable_posix_sh() -> None:
    assert os.access(ENTRYPOINT, os.X_OK)
    assert ENTRYPOINT.read_text().startswith("#!/bin/sh\n")
    assert subprocess.run(["sh", "-n", str(ENTRYPOINT)]).returncode == 0


def test_migrate_against_a_fresh_database(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(ENTRYPOINT), "migrate"],
        env=image_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "at revision" in result.stdout
    assert (tmp_path / "rightnote.db").exists()


def test_worker_once_delivers_nothing_and_exits(tmp_path: Path) -> None:
    env = image_env(tmp_path)
    subprocess.run(
        [str(ENTRYPOINT), "migrate"],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
        cwd=tmp_path,
    )
    result = subprocess.run(
        [str(ENTRYPOINT), "worker", "--once"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "delivered 0 draft(s)" in result.stdout


def test_a_misconfigured_container_says_what_is_missing(tmp_path: Path) -> None:
    env = image_env(tmp_path)
    del env["RIGHTNOTE_ENCRYPTION_KEYS"]
    result = subprocess.run(
        [str(ENTRYPOINT), "api"], env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert result.returncode != 0
    assert "RIGHTNOTE_ENCRYPTION_KEYS" in result.stderr


def _wait_healthy(port: int, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()[1]
        if healthcheck.check(port):
            return
        time.sleep(0.1)
    raise AssertionError("the api did not become healthy")


def test_api_serves_probes_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    port = free_port()
    env = image_env(tmp_path, RIGHTNOTE_PORT=str(port))
    subprocess.run(
        [str(ENTRYPOINT), "migrate"],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
        cwd=tmp_path,
    )
    proc = subprocess.Popen(
        [str(ENTRYPOINT), "api"],
        env=env,
        cwd=tmp_path,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        _wait_healthy(port, proc)
        assert httpx.get(f"http://127.0.0.1:{port}/readyz").json()["status"] == "ok"
        # The image's HEALTHCHECK command, run as Docker would (role api, RIGHTNOTE_PORT).
        probe = subprocess.run(
            [sys.executable, "-m", "app.ops.healthcheck", "--role", "api"], env=env, timeout=30
        )
        assert probe.returncode == 0
        # exec: the entrypoint's shell is gone, rightnote itself gets the signal.
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, stderr
    # The image's log format: one JSON object per line, uvicorn's own lines included.
    events = [json.loads(line)["event"] for line in stderr.splitlines() if line.strip()]
    assert any(event.startswith("Started server process") for event in events)
    assert "color_message" not in stderr


@pytest.fixture
def http_ok() -> Iterator[int]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200 if self.path == "/healthz" else 503)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()


def test_healthcheck_exit_codes(http_ok: int, monkeypatch: pytest.MonkeyPatch) -> None:
    closed = free_port()
    assert healthcheck.main(["--role", "api", "--port", str(http_ok)]) == 0
    assert healthcheck.main(["--role", "api", "--port", str(closed)]) == 1
    assert healthcheck.main(["--role", "api", "--port", str(http_ok), "--path", "/x"]) == 1
    monkeypatch.setenv("RIGHTNOTE_PORT", str(http_ok))
    assert healthcheck.main(["--role", "api"]) == 0
    # The worker is probed on its metrics port when it has one; otherwise a live process is
    # healthy (there is nothing to ask). One-shot commands are healthy while they run.
    monkeypatch.delenv("RIGHTNOTE_METRICS_PORT", raising=False)
    assert healthcheck.main(["--role", "worker"]) == 0
    monkeypatch.setenv("RIGHTNOTE_METRICS_PORT", str(closed))
    assert healthcheck.main(["--role", "worker"]) == 1
    monkeypatch.setenv("RIGHTNOTE_METRICS_PORT", str(http_ok))
    assert healthcheck.main(["--role", "worker"]) == 0
    assert healthcheck.main(["--role", "other"]) == 0


@pytest.mark.parametrize(
    ("cmdline", "role"),
    [
        (
            [
                "/opt/rightnote/bin/python",
                "/opt/rightnote/bin/rightnote",
                "serve",
                "--host",
                "0.0.0.0",
            ],
            "api",
        ),
        (["/opt/rightnote/bin/python", "/opt/rightnote/bin/rightnote", "worker"], "worker"),
        (["/opt/rightnote/bin/python", "/opt/rightnote/bin/rightnote", "migrate"], "other"),
    ],
)
def test_container_role_from_pid_1(tmp_path: Path, cmdline: list[str], role: str) -> None:
    path = tmp_path / "cmdline"
    path.write_bytes(b"\0".join(arg.encode() for arg in cmdline) + b"\0")
    assert healthcheck.container_role(path) == role
    assert healthcheck.container_role(tmp_path / "missing") == "api"
