"""The watcher end to end against real servers started by the tests: Radicale (CalDAV, and the
same collection as an iCal feed over HTTP) in, real Dovecot's Drafts folder out.

The watcher's ticks are driven by the test with a clock it sets, so nothing waits in real time:
an interview ending -> exactly one draft per interviewer in Drafts; moved -> the pending draft
rescheduled to the new end; cancelled or deleted -> the pending draft cancelled and nothing
delivered. tests/e2e_local/test_watch_process.py does the same through the real `rightnote
watch` process, killed and restarted.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from typing import Any

import pytest
from sqlalchemy import select

from app.autodraft.watch import Watcher
from app.providers.calendars import open_calendar
from app.providers.imap import ImapMailbox, parse_imap_url
from app.store.db import Database
from app.store.drafts import DraftRecord, DraftState
from tests.support.dovecot import Dovecot, dovecot_server
from tests.support.local_run import Clock, local_database  # noqa: F401  (fixture `database`)
from tests.support.radicale import Radicale, radicale_server

ME = "sam.okafor@example.com"
T0 = datetime(2026, 12, 7, 14, 0, tzinfo=UTC)


def panel_ics(uid: str, start: datetime, minutes: int = 60, status: str = "CONFIRMED") -> str:
    """An interview with two interviewers (and the recruiter who organised it)."""
    stamp = "%Y%m%dT%H%M%SZ"
    end = start + timedelta(minutes=minutes)
    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//RightNote e2e//EN",
            "BEGIN:VEVENT",
            f"UID:{uid}",
            "DTSTAMP:20261201T120000Z",
            f"DTSTART:{start.strftime(stamp)}",
            f"DTEND:{end.strftime(stamp)}",
            "SUMMARY:Interview: Sam Okafor / Staff Engineer (Northwind)",
            "ORGANIZER;CN=Leah Park:mailto:leah.park@northwind.example",
            f"ATTENDEE;CN=Sam Okafor;PARTSTAT=ACCEPTED:mailto:{ME}",
            "ATTENDEE;CN=Priya Raman;PARTSTAT=ACCEPTED:mailto:priya.raman@northwind.example",
            "ATTENDEE;CN=Dana Whitfield;PARTSTAT=ACCEPTED:mailto:dana.whitfield@northwind.example",
            f"STATUS:{status}",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    with dovecot_server() as server:
        yield server


@pytest.fixture
def radicale() -> Iterator[Radicale]:
    with radicale_server() as server:
        server.make_calendar("work")
        yield server


def recipients(server: Dovecot) -> list[str]:
    found = []
    for raw in server.messages("Drafts"):
        message = message_from_bytes(raw, policy=policy.default)
        found.append(message["To"].addresses[0].addr_spec)
    return sorted(found)


async def drafts(database: Database) -> list[Any]:
    async with database.sessions() as session:
        return list((await session.scalars(select(DraftRecord))).all())


def watcher(database: Database, calendar: Any, dovecot: Dovecot, clock: Clock) -> Watcher:
    account = parse_imap_url(f"imap://{dovecot.user}@127.0.0.1:{dovecot.port}")
    return Watcher(
        database,
        calendar,
        me=[ME],
        timezone="America/New_York",
        candidate_name="Sam Okafor",
        imap=ImapMailbox(account, dovecot.password, read_timeout=10),
        interval=30,
        clock=clock,
    )


@pytest.mark.parametrize("kind", ["caldav", "feed"])
async def test_an_interview_ending_gives_one_draft_per_interviewer_in_dovecot(
    kind: str, radicale: Radicale, dovecot: Dovecot, database: Database
) -> None:
    radicale.put_event("work", "panel-1", panel_ics("panel-1", T0 + timedelta(hours=1)))
    if kind == "caldav":
        source = open_calendar(
            radicale.caldav_location("work"), allow_private=True, caldav_password=radicale.password
        )
    else:
        source = open_calendar(radicale.feed_url("work"), allow_private=True)
    clock = Clock(T0)
    w = watcher(database, source, dovecot, clock)
    try:
        first = await w.tick()
        assert first.passed and first.summary.interviews_found == 1
        assert dovecot.messages("Drafts") == []  # not ended yet
        due = sorted(r.due_at for r in await drafts(database) if r.interviewer_id)
        assert due == [T0 + timedelta(hours=2)] * 2

        clock.now = T0 + timedelta(minutes=30)
        quiet = await w.tick()
        assert quiet.polled and not quiet.changed and not quiet.passed  # 304 / same token

        clock.now = T0 + timedelta(hours=2, seconds=1)  # the interview ended, no calendar change
        ended = await w.tick()
        assert ended.passed and not ended.changed
        assert ended.summary.drafts_created == 2
        assert recipients(dovecot) == [
            "dana.whitfield@northwind.example",
            "priya.raman@northwind.example",
        ]

        clock.now += timedelta(minutes=5)
        again = await w.tick()
        assert not again.passed
        assert len(dovecot.messages("Drafts")) == 2
    finally:
        await w.imap.close()
        await source.aclose()
    if kind == "feed":
        # The quiet polls were conditional GETs the feed answered 304, bodies not resent.
        statuses = [r.status for r in radicale.recorded("GET")]
        assert statuses.count(304) >= 2


async def test_a_moved_interview_reschedules_and_a_cancelled_or_deleted_one_delivers_nothing(
    radicale: Radicale, dovecot: Dovecot, database: Database
) -> None:
    radicale.put_event("work", "moved", panel_ics("moved", T0 + timedelta(hours=1)))
    radicale.put_event("work", "cancel", panel_ics("cancel", T0 + timedelta(hours=3)))
    radicale.put_event("work", "delete", panel_ics("delete", T0 + timedelta(hours=5)))
    source = open_calendar(
        radicale.caldav_location("work"), allow_private=True, caldav_password=radicale.password
    )
    clock = Clock(T0)
    w = watcher(database, source, dovecot, clock)
    try:
        assert (await w.tick()).passed
        assert len([r for r in await drafts(database) if r.interviewer_id]) == 6

        # Moved a day later: the pending drafts follow the new end.
        later = T0 + timedelta(days=1, hours=1)
        radicale.put_event("work", "moved", panel_ics("moved", later))
        # Cancelled by the organiser, and another deleted from the calendar outright.
        radicale.put_event(
            "work", "cancel", panel_ics("cancel", T0 + timedelta(hours=3), status="CANCELLED")
        )
        radicale.delete_event("work", "delete")
        clock.now = T0 + timedelta(minutes=10)
        changed = await w.tick()
        assert changed.changed and changed.passed

        records = [r for r in await drafts(database) if r.interviewer_id]
        pending = [r for r in records if r.state is DraftState.PENDING]
        cancelled = [r for r in records if r.state is DraftState.CANCELLED]
        assert len(pending) == 2 and len(cancelled) == 4
        assert {r.due_at for r in pending} == {later + timedelta(hours=1)}
        assert {r.next_attempt_at for r in pending} == {later + timedelta(hours=1)}

        # Past the old end times: nothing comes due, nothing is delivered.
        clock.now = T0 + timedelta(hours=6)
        quiet = await w.tick()
        assert not quiet.passed
        assert dovecot.messages("Drafts") == []

        clock.now = later + timedelta(hours=1, seconds=1)
        assert (await w.tick()).summary.drafts_created == 2
        assert len(dovecot.messages("Drafts")) == 2
        assert {r.state for r in await drafts(database) if r.interviewer_id} == {
            DraftState.DELIVERED,
            DraftState.CANCELLED,
        }
    finally:
        await w.imap.close()
        await source.aclose()
