"""What Google and Microsoft calendar sync share: the window, and storing one round of changes.

    window(now) -> (now - 14 days, now + 60 days)
    needs_full_sync(state, now) -> bool
    await apply_changes(session, user, connection, state, changes, now=, timezone=)
        -> SyncReport | None
    await store_round(sessions, user, connection, state, changes, now=, timezone=) -> SyncReport
    channel_status(public_url, state, now) -> "none" | "kept" | None (make or renew one)

One round of changes (`CalendarChanges`) is stored in one transaction: the new cursor (sync token
or delta link) is written with a compare-and-set on `cursor_version`, then the interviews go
through `ingest_interviews` (new → planned, moved → rescheduled, cancelled → cancelled), and the
events the provider reports as deleted (Google's cancelled stubs, Graph's `@removed`, which carry
only an id) cancel the stored interviews of that event id. A lost compare-and-set (another sync of
the same calendar moved the cursor first) returns None and the caller rolls back: the other sync
stored the same changes, and the cursor never moves backwards.

A full sync covers a window and is `complete`: a stored interview of this calendar inside the
window that the provider no longer lists is cancelled. It runs first, after the provider expires
the cursor (Google 410, Graph 410), and every `FULL_SYNC_EVERY` so the window moves forward.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.autodraft.ingest import (
    IngestResult,
    Reconciled,
    cancel_interview,
    ingest_interviews,
    interviews_from_events,
)
from app.calendar.model import Event, EventStatus
from app.calendar.zones import zone
from app.store.connections import Connection
from app.store.interviews import InterviewRecord
from app.store.queries import rowcount
from app.store.sync import SyncState
from app.store.users import User

SYNC_PAST = timedelta(days=14)
SYNC_FUTURE = timedelta(days=60)
FULL_SYNC_EVERY = timedelta(days=7)
# Push channels are renewed when less than this is left (Graph subscriptions, Google channels).
RENEW_BEFORE = timedelta(hours=24)
DELETED_IN_CALENDAR = "Cancelled or deleted in the calendar."
Sessions = async_sessionmaker[AsyncSession]


def window(now: datetime) -> tuple[datetime, datetime]:
    return now - SYNC_PAST, now + SYNC_FUTURE


def needs_full_sync(state: SyncState, now: datetime) -> bool:
    return (
        state.cursor is None
        or state.full_synced_at is None
        or now - state.full_synced_at > FULL_SYNC_EVERY
    )


def push_enabled(public_url: str) -> bool:
    """Google and Microsoft deliver notifications to https addresses only; elsewhere (local
    mode) the sweep alone keeps calendars in sync."""
    return public_url.startswith("https://")


def channel_status(public_url: str, state: SyncState, now: datetime) -> str | None:
    """What to report without calling the provider: "none" without push, "kept" while the
    channel has more than `RENEW_BEFORE` left; None when a channel (Google) or subscription
    (Graph) is to be made or renewed."""
    if not push_enabled(public_url):
        return "none"
    expires = state.channel_expires_at
    if state.channel_id and expires is not None and expires - now > RENEW_BEFORE:
        return "kept"
    return None


@dataclass(slots=True)
class CalendarChanges:
    events: list[Event]
    # Provider event ids reported deleted or cancelled (without the event's details).
    removed: list[str]
    cursor: str | None
    full: bool
    window: tuple[datetime, datetime] | None = None
    items: int = 0


@dataclass(slots=True)
class SyncReport:
    full: bool
    items: int = 0
    interviews: int = 0
    created: int = 0
    moved: int = 0
    cancelled: int = 0
    drafts: Reconciled = field(default_factory=Reconciled)
    channel: str = "none"  # "created" | "renewed" | "kept" | "failed" | "none"
    superseded: bool = False


def me_addresses(connection: Connection, user: User) -> list[str]:
    return [a for a in {connection.account_email, user.email} if a]


async def apply_changes(
    session: AsyncSession,
    user: User,
    connection: Connection,
    state: SyncState,
    changes: CalendarChanges,
    *,
    now: datetime,
    timezone: str,
) -> SyncReport | None:
    values: dict[str, object] = {
        "cursor": changes.cursor,
        "cursor_version": SyncState.cursor_version + 1,
    }
    if changes.full:
        values["full_synced_at"] = now
    moved = await session.execute(
        update(SyncState)
        .where(SyncState.id == state.id, SyncState.cursor_version == state.cursor_version)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if rowcount(moved) == 0:
        return None
    interviews = interviews_from_events(
        changes.events, me=me_addresses(connection, user), timezone=timezone
    )
    result: IngestResult = await ingest_interviews(
        session,
        user,
        interviews,
        now=now,
        timezone=timezone,
        calendar_connection_id=connection.id,
        mailbox_connection_id=connection.id,
        complete=changes.full,
        window=changes.window if changes.full else None,
    )
    report = SyncReport(
        full=changes.full,
        items=changes.items,
        interviews=result.interviews,
        created=result.created,
        moved=result.moved,
        cancelled=result.cancelled,
        drafts=result.drafts,
    )
    await _cancel_removed(session, user, connection, changes.removed, report, now, timezone)
    return report


async def store_round(
    sessions: Sessions,
    user: User,
    connection: Connection,
    state: SyncState,
    changes: CalendarChanges,
    *,
    now: datetime,
    timezone: str,
    calendar_zone: str | None = None,
) -> SyncReport:
    """`apply_changes` in a transaction of its own; a superseded round is rolled back and
    reported as such. `calendar_zone`: the zone the provider says the calendar is in."""
    async with sessions() as session, session.begin():
        row = await session.get(User, user.id)
        assert row is not None
        # The calendar's zone is the best guess for send-by times until the user says.
        if row.timezone is None and calendar_zone and zone(calendar_zone) is not None:
            row.timezone = calendar_zone[:64]
        report = await apply_changes(
            session, row, connection, state, changes, now=now, timezone=timezone
        )
        if report is None:
            await session.rollback()
            return SyncReport(full=changes.full, items=changes.items, superseded=True)
    return report


async def _cancel_removed(
    session: AsyncSession,
    user: User,
    connection: Connection,
    event_ids: Sequence[str],
    report: SyncReport,
    now: datetime,
    timezone: str,
) -> None:
    if not event_ids:
        return
    rows = (
        await session.scalars(
            select(InterviewRecord).where(
                InterviewRecord.user_id == user.id,
                InterviewRecord.connection_id == connection.id,
                InterviewRecord.event_id.in_(list(set(event_ids))),
                InterviewRecord.status != EventStatus.CANCELLED,
            )
        )
    ).all()
    for row in rows:
        report.cancelled += 1
        report.drafts.add(
            await cancel_interview(
                session, user, row, now=now, timezone=timezone, reason=DELETED_IN_CALENDAR
            )
        )
