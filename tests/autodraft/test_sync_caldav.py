"""CalDAV plugs into the one sync algorithm (`IncrementalSync`) with nothing changed in it: a real
Radicale collection read by sync-token rounds (RFC 6578), interviews planned, a deleted member's
interview cancelled, and a deletion another process saw first reconciled by a full read."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.autodraft.ingest import GONE_FROM_CALENDAR
from app.autodraft.sync_common import DELETED_IN_CALENDAR, IncrementalSync, SyncReport
from app.autodraft.sync_state import ensure_sync_state
from app.providers.base import IncrementalCalendar
from app.providers.caldav_changes import CalDavChanges
from app.settings import Settings
from app.store.connections import Connection
from app.store.db import Database
from app.store.drafts import DraftRecord, DraftState
from app.store.interviews import InterviewRecord
from app.store.sync import SyncState
from app.store.users import User
from tests.support.radicale import Radicale, interview_ics, radicale_server

ME = "sam.okafor@example.com"
NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture(scope="module")
def radicale() -> Iterator[Radicale]:
    with radicale_server() as server:
        yield server


class Setup:
    def __init__(self, db: Database, radicale: Radicale, name: str) -> None:
        self.db = db
        self.radicale = radicale
        self.name = name
        self.calendar = self.open()
        self.sync = IncrementalSync(
            "caldav",
            self.opener,
            Settings(public_url="https://rightnote.example", timezone="UTC"),
            resource=name,
        )

    def open(self) -> CalDavChanges:
        """The collection as a process of its own sees it (an empty cache)."""
        location = self.radicale.caldav_location(self.name)
        return CalDavChanges(location, password=self.radicale.password, allow_private=True)

    async def opener(self, connection: Connection, user: User) -> IncrementalCalendar:
        return self.calendar

    async def start(self) -> None:
        async with self.db.sessions() as session, session.begin():
            self.user = User(key=f"caldav:-:{ME}", provider="caldav", email=ME)
            session.add(self.user)
            await session.flush()
            self.connection = Connection(
                user_id=self.user.id, provider="caldav", account_subject=self.name
            )
            session.add(self.connection)
            await session.flush()
            await ensure_sync_state(session, self.connection, self.name)

    async def run(self, now: datetime) -> SyncReport:
        async with self.db.sessions() as session:
            state = await session.scalar(select(SyncState))
        assert state is not None
        return await self.sync.sync(self.db.sessions, state, self.connection, self.user, now=now)

    async def cursor(self) -> str | None:
        async with self.db.sessions() as session:
            return await session.scalar(select(SyncState.cursor))

    async def drafts(self) -> dict[str, set[tuple[DraftState, str | None]]]:
        """(state, reason) of the draft records, by event UID."""
        async with self.db.sessions() as session:
            rows = (
                await session.execute(
                    select(InterviewRecord.uid, DraftRecord.state, DraftRecord.reason).join(
                        InterviewRecord, DraftRecord.interview_id == InterviewRecord.id
                    )
                )
            ).all()
        out: dict[str, set[tuple[DraftState, str | None]]] = {}
        for uid, state, reason in rows:
            out.setdefault(str(uid), set()).add((state, reason))
        return out


async def test_caldav_rounds_through_the_one_algorithm(db: Database, radicale: Radicale) -> None:
    name = f"sync-{db.dialect}"
    radicale.make_calendar(name)
    radicale.put_event(name, "a", interview_ics("a", start=NOW + timedelta(days=1)))
    radicale.put_event(name, "b", interview_ics("b", start=NOW + timedelta(days=2)))
    setup = Setup(db, radicale, name)
    await setup.start()

    first = await setup.run(NOW)
    assert first.full and first.created == 2
    assert first.channel == "none"  # no push for CalDAV: the sweep keeps it current
    token = await setup.cursor()
    assert token
    pending = {(DraftState.PENDING, None)}
    assert await setup.drafts() == {"a": pending, "b": pending}

    # A deletion and an addition: one sync-token round.
    radicale.delete_event(name, "a")
    radicale.put_event(name, "c", interview_ics("c", start=NOW + timedelta(days=3)))
    second = await setup.run(NOW + timedelta(minutes=1))
    assert not second.full and second.created == 1 and second.cancelled == 1
    drafts = await setup.drafts()
    assert drafts["a"] == {(DraftState.CANCELLED, DELETED_IN_CALENDAR)}
    assert drafts["c"] == pending
    assert (await setup.cursor()) not in (None, token)

    # Another process (an empty cache) sees "b" deleted by href only: it cannot name the event,
    # so it stores no cursor, and the next round is a full read that reconciles the window.
    setup.calendar = setup.open()
    radicale.delete_event(name, "b")
    third = await setup.run(NOW + timedelta(minutes=2))
    assert not third.full and third.cancelled == 0
    assert await setup.cursor() is None
    fourth = await setup.run(NOW + timedelta(minutes=3))
    assert fourth.full and fourth.cancelled == 1
    drafts = await setup.drafts()
    assert drafts["b"] == {(DraftState.CANCELLED, GONE_FROM_CALENDAR)} and drafts["c"] == pending
