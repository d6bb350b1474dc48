"""The one sync algorithm (`IncrementalSync`) over the `IncrementalCalendar` protocol, with an
in-memory calendar that behaves like a provider: a change log behind numbered cursors, cursors that
expire, deletions reported by id only, and push channels that are extended in place (as Graph's
subscriptions are) or replaced (as Google's channels are). Both kinds go through the same code.

Real database (SQLite, and PostgreSQL when reachable), real normaliser, interview detection and
draft planning: only the provider is in memory.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from pydantic import SecretStr
from sqlalchemy import select

from app.autodraft.sync_common import (
    DELETED_IN_CALENDAR,
    FULL_SYNC_EVERY,
    RENEW_BEFORE,
    IncrementalSync,
    SyncReport,
)
from app.autodraft.sync_runner import build_syncs
from app.autodraft.sync_state import ensure_sync_state
from app.calendar.interviews import parse_events
from app.providers.base import (
    CalendarChanges,
    ChannelGone,
    IncrementalCalendar,
    PushChannel,
    Window,
)
from app.providers.google_calendar_changes import GoogleCalendars
from app.providers.graph_calendar_changes import GraphCalendars
from app.settings import Settings
from app.store.connections import Connection
from app.store.db import Database
from app.store.drafts import DraftRecord, DraftState
from app.store.interviews import InterviewRecord
from app.store.sync import SyncState, hash_channel_secret
from app.store.users import User

ME = "alex@example.com"
NOW = datetime.now(UTC).replace(microsecond=0)


def interview(event_id: str, start: datetime) -> dict[str, Any]:
    """A Calendar v3 interview (the in-memory calendar speaks Google's event format)."""
    people = (("Dana Lee", "dana@litware.example"), ("Sam Rivera", "sam@litware.example"))
    return {
        "id": event_id,
        "iCalUID": f"{event_id}@example.com",
        "summary": "Interview: Senior Backend Engineer - Litware",
        "description": "Your interviewers:\n"
        + "\n".join(f"{n}, Staff Engineer ({e})" for n, e in people),
        "organizer": {"email": "jordan@litware.example", "displayName": "Jordan Blake"},
        "start": {"dateTime": start.isoformat(), "timeZone": "UTC"},
        "end": {"dateTime": (start + timedelta(hours=1)).isoformat(), "timeZone": "UTC"},
        "attendees": [
            {"email": ME, "self": True, "responseStatus": "accepted"},
            {"email": "jordan@litware.example", "organizer": True},
            *({"email": e, "displayName": n, "responseStatus": "accepted"} for n, e in people),
        ],
    }


@dataclass
class MemoryCalendar:
    """A provider's calendar: every write is logged; a cursor is the log position it has seen."""

    # Graph extends a subscription in place; Google makes a new channel.
    extendable: bool
    events: dict[str, dict[str, Any]] = field(default_factory=dict)
    log: list[str] = field(default_factory=list)
    # Cursors older than this log position are expired (Google's and Graph's 410).
    oldest_cursor: int = 0
    channels: dict[str, PushChannel] = field(default_factory=dict)
    stopped: list[str] = field(default_factory=list)
    asked: list[str | None] = field(default_factory=list)

    def put(self, event: dict[str, Any]) -> None:
        self.events[event["id"]] = event
        self.log.append(event["id"])

    def delete(self, event_id: str, *, logged: bool = True) -> None:
        del self.events[event_id]
        if logged:
            self.log.append(event_id)

    async def changes(
        self, cursor: str | None, window: Window, *, timezone: str
    ) -> CalendarChanges:
        self.asked.append(cursor)
        full = cursor is None or int(cursor) < self.oldest_cursor
        if full:
            items = [
                e
                for e in self.events.values()
                if window[0] <= datetime.fromisoformat(e["start"]["dateTime"]) < window[1]
            ]
            removed: list[str] = []
        else:
            assert cursor is not None
            changed = dict.fromkeys(self.log[int(cursor) :])
            items = [self.events[i] for i in changed if i in self.events]
            removed = [i for i in changed if i not in self.events]
        return CalendarChanges(
            events=parse_events(items, format="google", timezone=timezone) if items else [],
            removed_ids=removed,
            next_cursor=str(len(self.log)),
            full_resync=full,
            items=len(items) + len(removed),
        )

    def _channel(self, now: datetime, channel_id: str | None = None) -> PushChannel:
        made = PushChannel(
            channel_id or uuid.uuid4().hex, now + timedelta(days=3), "res", uuid.uuid4().hex
        )
        self.channels[made.id] = made
        return made

    async def watch(self, now: datetime) -> PushChannel:
        return self._channel(now)

    async def renew(self, channel: PushChannel, now: datetime) -> PushChannel:
        if channel.id not in self.channels:
            raise ChannelGone("no such channel")
        if not self.extendable:
            return self._channel(now)
        extended = PushChannel(channel.id, now + timedelta(days=3))
        self.channels[channel.id] = extended
        return extended

    async def stop(self, channel: PushChannel) -> None:
        self.channels.pop(channel.id, None)
        self.stopped.append(channel.id)


def settings() -> Settings:
    return Settings(public_url="https://rightnote.example", timezone="UTC")


@dataclass
class World:
    database: Database
    calendar: MemoryCalendar
    sync: IncrementalSync
    user: User
    connection: Connection

    async def state(self) -> SyncState:
        async with self.database.sessions() as session:
            found: SyncState | None = await session.scalar(select(SyncState))
        assert found is not None
        return found

    async def run(self, *, now: datetime = NOW, state: SyncState | None = None) -> SyncReport:
        return await self.sync.sync(
            self.database.sessions,
            state or await self.state(),
            self.connection,
            self.user,
            now=now,
        )

    async def drafts(self) -> dict[str, set[DraftState]]:
        """Draft states by calendar event id."""
        async with self.database.sessions() as session:
            rows = (
                await session.execute(
                    select(InterviewRecord.event_id, DraftRecord.state).join(
                        InterviewRecord, DraftRecord.interview_id == InterviewRecord.id
                    )
                )
            ).all()
        out: dict[str, set[DraftState]] = {}
        for event_id, state in rows:
            out.setdefault(str(event_id), set()).add(state)
        return out

    async def reasons(self, event_id: str) -> set[str | None]:
        async with self.database.sessions() as session:
            rows = await session.scalars(
                select(DraftRecord.reason)
                .join(InterviewRecord, DraftRecord.interview_id == InterviewRecord.id)
                .where(InterviewRecord.event_id == event_id)
            )
            return set(rows.all())


async def world(db: Database, *, extendable: bool) -> World:
    calendar = MemoryCalendar(extendable=extendable)

    async def open_calendar(connection: Connection, user: User) -> IncrementalCalendar:
        assert connection.user_id == user.id
        return calendar

    async with db.sessions() as session, session.begin():
        user = User(key=f"memory:-:{ME}", provider="memory", email=ME)
        session.add(user)
        await session.flush()
        connection = Connection(
            user_id=user.id, provider="memory", account_subject="alex", account_email=ME
        )
        session.add(connection)
        await session.flush()
        await ensure_sync_state(session, connection, "calendar")
    sync = IncrementalSync("memory", open_calendar, settings(), resource="calendar")
    return World(db, calendar, sync, user, connection)


KINDS = [
    pytest.param(True, id="extended-like-graph"),
    pytest.param(False, id="replaced-like-google"),
]


@pytest.mark.parametrize("extendable", KINDS)
async def test_full_then_incremental_with_removals(db: Database, extendable: bool) -> None:
    w = await world(db, extendable=extendable)
    w.calendar.put(interview("a", NOW + timedelta(days=1)))
    w.calendar.put(interview("b", NOW + timedelta(days=2)))

    first = await w.run()

    assert first.full and first.created == 2 and first.channel == "created"
    assert w.calendar.asked == [None]
    state = await w.state()
    assert state.cursor == "2" and state.full_synced_at is not None
    assert await w.drafts() == {"a": {DraftState.PENDING}, "b": {DraftState.PENDING}}
    # The channel: stored with only its secret's hash.
    [channel] = w.calendar.channels.values()
    assert state.channel_id == channel.id and channel.secret is not None
    assert state.channel_secret_hash == hash_channel_secret(channel.secret)

    # A new interview and a deletion the provider reports by id only.
    w.calendar.put(interview("c", NOW + timedelta(days=3)))
    w.calendar.delete("a")
    second = await w.run(now=NOW + timedelta(minutes=5))

    assert not second.full and second.created == 1 and second.cancelled == 1
    assert second.channel == "kept"
    assert w.calendar.asked[-1] == "2"  # resumed where the last round stopped
    assert (await w.state()).cursor == "4"
    drafts = await w.drafts()
    assert drafts["a"] == {DraftState.CANCELLED} and drafts["c"] == {DraftState.PENDING}
    assert await w.reasons("a") == {DELETED_IN_CALENDAR}


@pytest.mark.parametrize("extendable", KINDS)
async def test_an_expired_cursor_is_a_full_resync_that_reconciles_the_window(
    db: Database, extendable: bool
) -> None:
    w = await world(db, extendable=extendable)
    w.calendar.put(interview("a", NOW + timedelta(days=1)))
    w.calendar.put(interview("b", NOW + timedelta(days=2)))
    await w.run()
    # "b" vanishes without a trace in the log, and the provider expires every cursor.
    w.calendar.delete("b", logged=False)
    w.calendar.oldest_cursor = len(w.calendar.log) + 1

    report = await w.run(now=NOW + timedelta(minutes=5))

    assert report.full and report.cancelled == 1
    assert w.calendar.asked[-1] == "2"  # it asked incrementally; the provider said "full"
    drafts = await w.drafts()
    assert drafts == {"a": {DraftState.PENDING}, "b": {DraftState.CANCELLED}}
    state = await w.state()
    assert state.full_synced_at is not None and state.full_synced_at > NOW


async def test_a_full_listing_is_asked_for_once_a_week(db: Database) -> None:
    w = await world(db, extendable=True)
    await w.run()
    await w.run(now=NOW + FULL_SYNC_EVERY + timedelta(minutes=1))
    assert w.calendar.asked == [None, None]


async def test_a_superseded_round_never_moves_the_cursor_back(db: Database) -> None:
    w = await world(db, extendable=True)
    w.calendar.put(interview("a", NOW + timedelta(days=1)))
    await w.run()
    stale = await w.state()  # two syncs of the same calendar read this row
    w.calendar.put(interview("b", NOW + timedelta(days=2)))

    winner = await w.run(now=NOW + timedelta(minutes=1), state=stale)
    w.calendar.put(interview("c", NOW + timedelta(days=3)))
    loser = await w.run(now=NOW + timedelta(minutes=2), state=stale)

    assert not winner.superseded and winner.created == 1
    assert loser.superseded and loser.created == 0
    state = await w.state()
    assert state.cursor == "2" and state.cursor_version == stale.cursor_version + 1
    # The loser stored nothing: "c" waits for the next round, which resumes at the winner's cursor.
    assert set(await w.drafts()) == {"a", "b"}
    again = await w.run(now=NOW + timedelta(minutes=3))
    assert again.created == 1 and w.calendar.asked[-1] == "2"


@pytest.mark.parametrize(
    ("extendable", "same_id", "stopped"),
    [
        pytest.param(True, True, 0, id="extended-like-graph"),
        pytest.param(False, False, 1, id="replaced-like-google"),
    ],
)
async def test_a_channel_near_its_end_is_renewed(
    db: Database, extendable: bool, same_id: bool, stopped: int
) -> None:
    w = await world(db, extendable=extendable)
    await w.run()
    before = await w.state()
    later = NOW + timedelta(days=3) - RENEW_BEFORE + timedelta(minutes=1)

    report = await w.run(now=later)

    assert report.channel == "renewed"
    after = await w.state()
    assert (after.channel_id == before.channel_id) is same_id
    assert after.channel_expires_at is not None and after.channel_expires_at > later + RENEW_BEFORE
    assert len(w.calendar.stopped) == stopped
    if stopped:  # the old one is stopped only once the new one is stored
        assert w.calendar.stopped == [before.channel_id]
        assert after.channel_secret_hash != before.channel_secret_hash
    else:
        assert after.channel_secret_hash == before.channel_secret_hash


async def test_a_channel_the_provider_lost_is_made_again(db: Database) -> None:
    w = await world(db, extendable=True)
    await w.run()
    before = await w.state()
    w.calendar.channels.clear()  # the provider dropped it

    report = await w.run(now=NOW + timedelta(days=3) - RENEW_BEFORE + timedelta(minutes=1))

    assert report.channel == "created" and w.calendar.stopped == []
    after = await w.state()
    assert after.channel_id != before.channel_id and after.channel_id in w.calendar.channels


async def test_forget_stops_the_stored_channel(db: Database) -> None:
    w = await world(db, extendable=False)
    await w.run()
    state = await w.state()
    await w.sync.forget(db.sessions, w.connection, w.user, state)
    assert w.calendar.stopped == [state.channel_id] and not w.calendar.channels


async def test_both_providers_are_driven_by_the_one_algorithm(db: Database) -> None:
    configured = settings().model_copy(
        update={
            "google_web_client_id": "web.apps.googleusercontent.com",
            "google_web_client_secret": SecretStr("s"),
            "microsoft_client_id": "11111111-1111-1111-1111-111111111111",
            "microsoft_client_secret": SecretStr("s"),
        }
    )
    async with httpx.AsyncClient() as http:
        syncs = build_syncs(configured, db, http)
    assert set(syncs) == {"google", "microsoft"}
    google, microsoft = syncs["google"], syncs["microsoft"]
    assert type(google) is IncrementalSync and type(microsoft) is IncrementalSync
    assert isinstance(google.calendars, GoogleCalendars)
    assert isinstance(microsoft.calendars, GraphCalendars)
    assert (google.resource, microsoft.resource) == ("primary", "me/events")
