"""`rightnote watch` as a real process (config file, CalDAV on Radicale, Drafts on Dovecot),
killed and restarted: nothing lost, nothing duplicated.

The clock is the documented `--now` (it starts there and runs in real time), so the interview
ends a few seconds after the start. RIGHTNOTE_WATCH_PAUSE_BEFORE_DELIVERY (test-only, see
app/cli/watch.py) holds each pass between planning and delivery so the test can SIGKILL or
SIGTERM the process exactly there.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from tests.e2e_local.test_watch_servers import panel_ics
from tests.support.dovecot import Dovecot, dovecot_server
from tests.support.radicale import Radicale, radicale_server

ROOT = Path(__file__).resolve().parents[2]
END = datetime(2026, 12, 7, 15, 0, tzinfo=UTC)


class Watch:
    """A running `rightnote watch` whose stderr lines are collected as they come."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "watch", *args],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        self._queue: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self._queue.put(line)

    def wait_for(self, text: str, timeout: float = 60.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self._queue.get(timeout=0.2)
            except queue.Empty:
                if self.process.poll() is not None and self._queue.empty():
                    break
                continue
            self.lines.append(line)
            if text in line:
                return line
        raise AssertionError(f"no {text!r} in the log:\n{''.join(self.lines)}")

    def finish(self, timeout: float = 60.0) -> int:
        code = self.process.wait(timeout)
        while not self._queue.empty():
            self.lines.append(self._queue.get())
        return code

    @property
    def log(self) -> str:
        return "".join(self.lines)


@pytest.fixture
def servers() -> Iterator[tuple[Radicale, Dovecot]]:
    with radicale_server() as radicale, dovecot_server() as dovecot:
        radicale.make_calendar("work")
        radicale.put_event("work", "panel", panel_ics("panel", END - timedelta(hours=1)))
        yield radicale, dovecot


def setup(tmp_path: Path, radicale: Radicale, dovecot: Dovecot) -> tuple[Path, dict[str, str]]:
    config = tmp_path / "config.toml"
    config.write_text(
        'me = ["sam.okafor@example.com"]\n'
        'name = "Sam Okafor"\n'
        'timezone = "America/New_York"\n'
        f'calendar = "{radicale.caldav_location("work")}"\n'
        "allow_private_calendar = true\n"
        f'imap = "imap://{dovecot.user}@127.0.0.1:{dovecot.port}"\n'
        "interval = 5\n"
    )
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("RIGHTNOTE_") or k.startswith("RIGHTNOTE_REQUIRE")
    }
    env.update(
        RIGHTNOTE_DATA_DIR=str(tmp_path / "data"),
        RIGHTNOTE_IMAP_PASSWORD=dovecot.password,
        RIGHTNOTE_CALDAV_PASSWORD=radicale.password,
        PYTHONPATH=str(ROOT),
    )
    return config, env


def keys(dovecot: Dovecot) -> list[str]:
    return sorted(
        str(message_from_bytes(raw, policy=policy.default)["X-RightNote-Key"]).strip()
        for raw in dovecot.messages("Drafts")
    )


def at(moment: datetime) -> list[str]:
    return ["--now", moment.isoformat()]


def test_watch_killed_or_stopped_between_planning_and_delivery_loses_and_duplicates_nothing(
    tmp_path: Path, servers: tuple[Radicale, Dovecot]
) -> None:
    radicale, dovecot = servers
    config, env = setup(tmp_path, radicale, dovecot)
    paused = {**env, "RIGHTNOTE_WATCH_PAUSE_BEFORE_DELIVERY": "60"}

    # 1. Started 3 s before the end: the first pass plans, the wake-up at the due time finds
    #    the drafts due; SIGKILL while it holds between planning and delivery.
    first = Watch(["--config", str(config), *at(END - timedelta(seconds=3))], paused)
    first.wait_for("pass (start)")
    first.wait_for("planned: 2 draft(s) due")
    first.process.send_signal(signal.SIGKILL)
    assert first.finish() == -signal.SIGKILL
    assert dovecot.messages("Drafts") == []

    # 2. SIGTERM mid-pass, twice (the second does not wait for the grace): exit 0, nothing sent.
    second = Watch(["--config", str(config), *at(END + timedelta(seconds=5))], paused)
    second.wait_for("planned: 2 draft(s) due")
    second.process.send_signal(signal.SIGTERM)
    second.wait_for("stopping")
    second.process.send_signal(signal.SIGTERM)
    assert second.finish() == 0, second.log
    assert "stopped mid-pass" in second.log
    assert dovecot.messages("Drafts") == []

    # 3. A normal start delivers both, once; SIGTERM between passes stops it cleanly.
    third = Watch(["--config", str(config), *at(END + timedelta(seconds=10))], env)
    third.wait_for("2 drafts written")
    third.process.send_signal(signal.SIGTERM)
    assert third.finish() == 0, third.log
    assert third.log.rstrip().endswith("stopped")
    delivered = keys(dovecot)
    assert len(delivered) == 2 and len(set(delivered)) == 2

    # 4. Another restart finds everything done.
    fourth = Watch(["--config", str(config), *at(END + timedelta(seconds=20))], env)
    fourth.wait_for("0 drafts written")
    fourth.process.send_signal(signal.SIGINT)
    assert fourth.finish() == 0, fourth.log
    assert keys(dovecot) == delivered
    assert dovecot.password not in first.log + second.log + third.log + fourth.log


def test_a_wrong_password_stops_watch_with_exit_3_after_one_login(
    tmp_path: Path, servers: tuple[Radicale, Dovecot]
) -> None:
    radicale, dovecot = servers
    config, env = setup(tmp_path, radicale, dovecot)
    env["RIGHTNOTE_IMAP_PASSWORD"] = "not the password"
    watch = Watch(["--config", str(config), *at(END + timedelta(seconds=5))], env)
    assert watch.finish() == 3, watch.log
    assert "login refused, stopping" in watch.log
    assert "Traceback" not in watch.log
    assert dovecot.auth_failures() == 1
    assert dovecot.messages("Drafts") == []


def test_a_wrong_caldav_password_stops_watch_with_exit_3_without_a_retry_storm(
    tmp_path: Path, servers: tuple[Radicale, Dovecot]
) -> None:
    radicale, dovecot = servers
    config, env = setup(tmp_path, radicale, dovecot)
    env["RIGHTNOTE_CALDAV_PASSWORD"] = "not the password"
    radicale.clear()
    watch = Watch(["--config", str(config), *at(END + timedelta(seconds=5))], env)
    assert watch.finish() == 3, watch.log
    assert "login refused, stopping" in watch.log
    assert "not the password" not in watch.log and "Traceback" not in watch.log
    refused = [r for r in radicale.recorded() if r.status in (401, 403)]
    assert 1 <= len(refused) <= 2  # the caldav library's one challenge round, not a loop
    assert dovecot.messages("Drafts") == []
