"""What Google and Microsoft calendar sync share: the window, and storing one round of changes.

    window(now) -> (now - 14 days, now + 60 days)
    needs_full_sync(state, now) -> bool
    await apply_changes(session, user, connection, state, changes, now=, timezone=)
        -> SyncReport | None

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
from sqlalchemy.ext.asyncio import AsyncSession

from app.autodraft.ingest import (
    IngestResult,
    Reconciled,
    ingest_interviews,
    interviews_from_events,
    replan_interview,
)
from app.calendar.model import Event, EventStatus
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
        # As ingest does for an interview gone from a complete calendar.
        row.status = EventStatus.CANCELLED
        row.sequence += 1
        await session.flush()
        report.cancelled += 1
        done = await replan_interview(
            session, user, row.id, now=now, timezone=timezone, cancel_reason=DELETED_IN_CALENDAR
        )
        if done is not None:
            report.drafts.add(done)
