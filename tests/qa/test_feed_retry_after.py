"""A calendar feed (or CalDAV server) that is busy: 429 or 503 with Retry-After. Google's secret
iCal address answers 429 when polled too often. Before, the wait was dropped: `watch` asked again
after its own back-off (15-30 s after the first failure), however long the server asked it to
wait, which keeps a rate limit going. Now the error carries the wait (bounded like Graph's and
Google's, MAX_RETRY_AFTER_SECONDS) and the watcher never polls sooner."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from app.autodraft.watch import Watcher
from app.providers.base import MAX_RETRY_AFTER_SECONDS, ProviderBusy
from app.providers.calendars import open_calendar
from app.store.db import Database
from tests.support.local_run import Clock, local_database  # noqa: F401  (fixture `database`)

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "calendar.ics"
ME = ["sam.okafor@example.com"]
NOW = datetime(2026, 11, 24, 20, 0, tzinfo=UTC)


def _feed(status: int, retry_after: str | None) -> tuple[httpx.AsyncClient, list[int]]:
    answers: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if not answers:
            answers.append(status)
            headers = {"Retry-After": retry_after} if retry_after is not None else {}
            return httpx.Response(status, headers=headers, text="slow down")
        answers.append(200)
        return httpx.Response(200, content=SAMPLE.read_bytes())

    return httpx.AsyncClient(transport=httpx.MockTransport(handler)), answers


@pytest.mark.parametrize(
    ("status", "header", "wait"),
    [
        (429, "600", 600.0),
        (503, "120", 120.0),
        (429, "Wed, 21 Oct 2099 07:28:00 GMT", MAX_RETRY_AFTER_SECONDS),
        (429, "99999999999999999999", MAX_RETRY_AFTER_SECONDS),
        (429, "soon", None),
        (503, None, None),
    ],
)
async def test_a_busy_feed_says_how_long_to_wait(
    status: int, header: str | None, wait: float | None
) -> None:
    http, _ = _feed(status, header)
    async with http:
        calendar = open_calendar("https://calendar.example/basic.ics", http=http)
        with pytest.raises(ProviderBusy) as raised:
            await calendar.interviews(me=ME, timezone="UTC")
    assert raised.value.retry_after == wait
    assert str(status) in str(raised.value.detail)


@pytest.mark.parametrize(("header", "at_least"), [("600", 600.0), (None, 0.0)])
async def test_watch_waits_at_least_what_the_feed_asked(
    database: Database,
    tmp_path: Path,
    header: str | None,
    at_least: float,
) -> None:
    http, answers = _feed(429, header)
    async with http:
        calendar = open_calendar("https://calendar.example/basic.ics", http=http)
        watcher = Watcher(
            database,
            calendar,
            me=ME,
            timezone="America/New_York",
            maildir=tmp_path / "drafts",
            interval=30,
            clock=Clock(NOW),
            rng=random.Random(7),
        )
        tick = await watcher.tick()
        assert tick.error is not None and tick.error.startswith("busy: ") and "429" in tick.error
        delay = await watcher._delay(tick)
        assert delay >= at_least
        assert delay <= max(at_least, 30.0)  # no longer than asked, or than the back-off
        recovered = await watcher.tick()
    assert recovered.error is None and recovered.passed
    assert answers == [429, 200]


def test_the_worker_waits_at_least_what_a_busy_caldav_server_asked() -> None:
    from app.autodraft.sync_runner import SyncRunner
    from app.errors import ProviderUnavailable

    runner = SyncRunner.__new__(SyncRunner)
    runner._rng = random.Random(1)
    busy = ProviderBusy("caldav.example asked us to slow down", retry_after=1200.0)
    assert runner._backoff(1, busy) >= 1200.0
    assert runner._backoff(1, ProviderUnavailable("down")) <= 30.0
    # A wait nobody could schedule is bounded, as a throttle's is.
    assert runner._backoff(1, ProviderBusy("x", retry_after=1e300)) <= MAX_RETRY_AFTER_SECONDS


class _BusyCalendar:
    """A source whose server asked for a wait no real server asks for."""

    subject = "busy.example"

    def __init__(self, wait: float) -> None:
        self.wait = wait

    async def interviews(self, **_: object) -> list[object]:
        raise ProviderBusy("busy.example asked us to slow down", retry_after=self.wait)


@pytest.mark.parametrize(("asked", "held"), [(1e300, MAX_RETRY_AFTER_SECONDS), (-3.0, 0.0)])
async def test_watch_bounds_a_busy_sources_wait_whoever_built_it(
    database: Database, tmp_path: Path, asked: float, held: float
) -> None:
    watcher = Watcher(
        database,
        _BusyCalendar(asked),
        me=ME,
        timezone="UTC",
        maildir=tmp_path / "drafts",
        clock=Clock(NOW),
        rng=random.Random(7),
    )
    tick = await watcher.tick()
    assert tick.error is not None and tick.error.startswith("busy: ")
    # Before: the wait was taken as given (getattr), so a watcher could sleep ~forever.
    assert tick.retry_after == held
