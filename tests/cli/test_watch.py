"""The watcher's loop with a real database and Maildir: when it makes a pass, how long it sleeps
(until the next draft is due, never longer than the interval), the back-off with jitter on an
unreachable calendar, exit 3 on a refused login, and stop()."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.autodraft.watch import EXIT_REAUTH, MAX_BACKOFF, Tick, Watcher, running_clock
from app.calendar.model import Interview
from app.errors import ProviderUnavailable, ReauthRequired
from app.providers.calendars import open_calendar
from app.store.db import Database
from tests.support.local_run import Clock, local_database  # noqa: F401  (fixture `database`)

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "calendar.ics"
ME = ["sam.okafor@example.com"]
# The sample's interviews: two end before this moment, one is ahead (see the README).
NOW = datetime(2026, 11, 24, 20, 0, tzinfo=UTC)


class Flaky:
    """A calendar source whose server is down for the first `down` polls, or refuses us."""

    def __init__(self, inner: Any, *, down: int = 0, refuse: bool = False) -> None:
        self.inner, self.down, self.refuse, self.polls = inner, down, refuse, 0

    @property
    def subject(self) -> str:
        return str(self.inner.subject)

    @property
    def changed(self) -> bool:
        return bool(self.inner.changed)

    async def interviews(self, *, me: Sequence[str], timezone: str, **kw: Any) -> list[Interview]:
        self.polls += 1
        if self.refuse:
            raise ReauthRequired("the CalDAV server refused the password of sam")
        if self.polls <= self.down:
            raise ProviderUnavailable("calendar.example.com did not answer")
        found: list[Interview] = await self.inner.interviews(me=me, timezone=timezone, **kw)
        return found

    async def aclose(self) -> None:
        await self.inner.aclose()


def make(database: Database, tmp_path: Path, calendar: Any, clock: Clock, **kw: Any) -> Watcher:
    return Watcher(
        database,
        calendar,
        me=ME,
        timezone="America/New_York",
        maildir=tmp_path / "drafts",
        interval=30,
        clock=clock,
        **kw,
    )


async def ended(task: asyncio.Task[int], deadline: float = 10) -> int:
    # asyncio.wait, not wait_for: wait_for cancels at its timeout, and run() answers a
    # cancel after stop() by returning 0 — the test would pass without the stop working.
    done, _ = await asyncio.wait({task}, timeout=deadline)
    assert task in done, "run() did not end"
    return task.result()


def drafts(tmp_path: Path) -> int:
    return len(list((tmp_path / "drafts" / "cur").glob("*")))


async def test_a_pass_at_start_then_only_when_something_changed_or_came_due(
    database: Database, tmp_path: Path
) -> None:
    clock = Clock(NOW)
    w = make(database, tmp_path, open_calendar(str(SAMPLE)), clock)
    first = await w.tick()
    assert first.passed and first.summary.drafts_created == 4
    second = await w.tick()
    assert second.polled and not second.changed and not second.passed
    assert drafts(tmp_path) == 4

    # The next pending draft is the recruiter note before the interview still ahead: the sleep
    # is the interval, or until that draft is due when sooner.
    from app.autodraft.local_run import next_due_at

    due = await next_due_at(database)
    assert due is not None and due > NOW
    assert await w._delay(Tick()) == 30
    clock.now = due - timedelta(seconds=10)
    assert await w._delay(Tick()) == pytest.approx(10.5)
    clock.now = due + timedelta(seconds=1)
    came_due = await w.tick()
    assert came_due.passed and not came_due.changed
    assert came_due.summary.drafts_created == 1
    assert w.passes == 2


async def test_an_unreachable_calendar_backs_off_with_jitter_and_recovers(
    database: Database, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    calendar = Flaky(open_calendar(str(SAMPLE)), down=12)
    w = make(database, tmp_path, calendar, Clock(NOW), rng=random.Random(7))
    delays = []
    for _ in range(12):
        tick = await w.tick()
        assert tick.error is not None and "did not answer" in tick.error
        delays.append(await w._delay(tick))
    # Doubling from the interval, capped, each scaled by a random 0.5-1.0.
    for n, delay in enumerate(delays):
        base = min(30 * 2**n, MAX_BACKOFF)
        assert base * 0.5 <= delay <= base
    assert max(delays) <= MAX_BACKOFF and len(set(delays)) == len(delays)
    assert "next try in" in caplog.text
    recovered = await w.tick()
    assert recovered.passed and recovered.summary.drafts_created == 4  # the first pass, late
    assert w.failures == 0


async def test_a_refused_calendar_password_stops_with_exit_3_without_retrying(
    database: Database, tmp_path: Path
) -> None:
    calendar = Flaky(open_calendar(str(SAMPLE)), refuse=True)
    w = make(database, tmp_path, calendar, Clock(NOW))
    assert await asyncio.wait_for(w.run(), 10) == EXIT_REAUTH
    assert calendar.polls == 1


async def test_stop_ends_the_sleep_at_once_and_run_returns_0(
    database: Database, tmp_path: Path
) -> None:
    delivered = asyncio.Event()

    async def mark(due: int) -> None:
        delivered.set()

    w = make(database, tmp_path, open_calendar(str(SAMPLE)), Clock(NOW), before_delivery=mark)
    task = asyncio.create_task(w.run())
    await asyncio.wait_for(delivered.wait(), 10)
    await asyncio.sleep(0.5)  # into the sleep after the pass (or still in it: both stop)
    w.stop()
    assert await ended(task) == 0
    assert drafts(tmp_path) == 4


async def test_a_second_stop_cancels_a_pass_that_hangs(database: Database, tmp_path: Path) -> None:
    started = asyncio.Event()

    async def hang(due: int) -> None:
        started.set()
        await asyncio.sleep(3600)

    w = make(
        database, tmp_path, open_calendar(str(SAMPLE)), Clock(NOW), before_delivery=hang, grace=60
    )
    task = asyncio.create_task(w.run())
    await asyncio.wait_for(started.wait(), 10)
    w.stop()
    await asyncio.sleep(0.05)
    assert not task.done()  # the grace: the pass may still finish
    w.stop()
    assert await ended(task) == 0
    assert drafts(tmp_path) == 0  # abandoned before delivery; the next start delivers


def test_the_replay_clock_starts_at_now_and_runs_forward() -> None:
    clock = running_clock(NOW)
    first = clock()
    assert NOW <= first < NOW + timedelta(seconds=5)
    assert clock() >= first
    assert abs(running_clock(None)() - datetime.now(UTC)) < timedelta(seconds=5)


async def test_a_draft_held_by_another_process_does_not_make_a_busy_loop(
    database: Database, tmp_path: Path
) -> None:
    """A live peer (a `rightnote run` at the same moment) holds the draft that is due: the
    watcher must not pass again and again with a zero sleep until the claim runs out."""
    from sqlalchemy import update

    from app.autodraft.local_run import next_due_at
    from app.store.drafts import DraftRecord, DraftState

    clock = Clock(NOW)
    w = make(database, tmp_path, open_calendar(str(SAMPLE)), clock)
    assert (await w.tick()).passed
    due = await next_due_at(database)
    assert due is not None
    lease_until = due + timedelta(minutes=5)
    async with database.sessions() as session:
        await session.execute(
            update(DraftRecord)
            .where(DraftRecord.state == DraftState.PENDING)
            .values(state=DraftState.CLAIMED, claimed_by="peer-alive", lease_until=lease_until)
        )
        await session.commit()
    # The claim is due to the watcher only when its lease ends.
    assert await next_due_at(database) == lease_until

    clock.now = due + timedelta(seconds=1)
    tick = await w.tick()
    assert not tick.passed  # nothing came due for us
    assert await w._delay(tick) == 30

    # A draft that a pass could not deliver (due at the pass's moment): sleep the interval.
    async with database.sessions() as session:
        await session.execute(
            update(DraftRecord)
            .where(DraftRecord.state == DraftState.CLAIMED)
            .values(state=DraftState.PENDING, claimed_by=None, lease_until=None)
        )
        await session.commit()
    stuck = Tick(passed=True, passed_at=clock.now)
    assert await w._delay(stuck) == 30


class Hanging:
    """A feed that never answers (the first poll of a server that is down)."""

    subject = "https://calendar.example.com/…"
    changed = True

    def __init__(self) -> None:
        self.polling = asyncio.Event()

    async def interviews(self, **kw: Any) -> list[Interview]:
        self.polling.set()
        await asyncio.Event().wait()
        return []

    async def aclose(self) -> None:
        return None


async def test_ctrl_c_during_a_poll_stops_at_once_not_after_the_grace(
    database: Database, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    calendar = Hanging()
    w = make(database, tmp_path, calendar, Clock(NOW), grace=3600)
    task = asyncio.create_task(w.run())
    await asyncio.wait_for(calendar.polling.wait(), 10)
    w.stop()  # one Ctrl-C: nothing is being written, so there is nothing to wait for
    # asyncio.wait, not wait_for: wait_for's own cancel at its timeout would end run() too.
    done, _ = await asyncio.wait({task}, timeout=10)
    assert task in done, "still waiting for the grace"
    assert task.result() == 0
    assert "mid-pass" not in caplog.text  # no pass was cut: nothing for the next start to do
