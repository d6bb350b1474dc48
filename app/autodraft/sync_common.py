"""The one calendar sync algorithm, for any `IncrementalCalendar` (Google, Microsoft, ...).

    sync = IncrementalSync("google", GoogleCalendars(settings, tokens), settings)
    report = await sync.sync(sessions, state, connection, user, now=now)
    await sync.forget(sessions, connection, user, state)      # stop the channel (disconnect)

    window(now) -> (now - 14 days, now + 60 days)
    needs_full_sync(state, now) -> bool
    await apply_changes(session, user, connection, state, changes, now=, timezone=, window=)
        -> SyncReport | None
    await store_round(sessions, user, connection, state, changes, now=, timezone=, window=)
        -> SyncReport
    channel_status(public_url, state, now) -> "none" | "kept" | None (make or renew one)

A round: open the connection's calendar; ask for the changes since the stored cursor, or for a
full listing of the window when none is stored, every `FULL_SYNC_EVERY` (so the window moves
forward) — the provider turns an expired cursor into a full listing itself (`full_resync`). The
provider's quirks (Google's 410 and cancelled stubs, Graph's 410 and `@removed`) stay in its
module under app/providers; nothing here knows which provider it drives.

One round of changes (`CalendarChanges`) is stored in one transaction: the new cursor (sync token
or delta link) is written with a compare-and-set on `cursor_version`, then the interviews go
through `ingest_interviews` (new → planned, moved → rescheduled, cancelled → cancelled), and the
event ids the provider reports as removed (which carry only an id) cancel the stored interviews of
that event id. A lost compare-and-set (another sync of the same calendar moved the cursor first)
returns None and the caller rolls back: the other sync stored the same changes, and the cursor
never moves backwards.

A full listing covers the window and is `complete`: a stored interview of this calendar inside the
window that the provider no longer lists is cancelled.

Then the push channel: kept while it has more than `RENEW_BEFORE` left, else renewed (a provider
that cannot extend one makes a new one: it is stored, then the old one stopped, so there is no
gap), else made. Only the SHA-256 of its secret is stored. A failed channel call does not fail the
round: the sweep keeps the calendar current and tries the channel again.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.autodraft.ingest import (
    IngestResult,
    Reconciled,
    cancel_interview,
    ingest_interviews,
    interviews_from_events,
)
from app.autodraft.records import planning_timezone
from app.calendar.model import EventStatus
from app.calendar.zones import zone
from app.errors import ProviderError
from app.providers.base import (
    CalendarChanges,
    ChannelGone,
    IncrementalCalendar,
    PushChannel,
    Window,
)
from app.settings import Settings
from app.store.connections import Connection
from app.store.interviews import InterviewRecord
from app.store.sql import rowcount
from app.store.sync import SyncState, hash_channel_secret
from app.store.users import User

log = logging.getLogger("rightnote.sync")

SYNC_PAST = timedelta(days=14)
SYNC_FUTURE = timedelta(days=60)
FULL_SYNC_EVERY = timedelta(days=7)
# Push channels are renewed when less than this is left (Graph subscriptions, Google channels).
RENEW_BEFORE = timedelta(hours=24)
DELETED_IN_CALENDAR = "Cancelled or deleted in the calendar."
Sessions = async_sessionmaker[AsyncSession]
# Opens the calendar of a stored connection (decrypting, refreshing its tokens as needed).
CalendarOpener = Callable[[Connection, User], Awaitable[IncrementalCalendar]]


def window(now: datetime) -> Window:
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
    window: Window,
) -> SyncReport | None:
    values: dict[str, object] = {
        "cursor": changes.next_cursor,
        "cursor_version": SyncState.cursor_version + 1,
    }
    if changes.full_resync:
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
        complete=changes.full_resync,
        window=window if changes.full_resync else None,
    )
    report = SyncReport(
        full=changes.full_resync,
        items=changes.items,
        interviews=result.interviews,
        created=result.created,
        moved=result.moved,
        cancelled=result.cancelled,
        drafts=result.drafts,
    )
    await _cancel_removed(session, user, connection, changes.removed_ids, report, now, timezone)
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
    window: Window,
) -> SyncReport:
    """`apply_changes` in a transaction of its own; a superseded round is rolled back and
    reported as such."""
    async with sessions() as session, session.begin():
        row = await session.get(User, user.id)
        assert row is not None
        # The calendar's zone is the best guess for send-by times until the user says.
        found = zone(changes.time_zone) if changes.time_zone else None
        if row.timezone is None and found is not None:
            row.timezone = found.key  # IANA, whatever spelling the provider used
        report = await apply_changes(
            session, row, connection, state, changes, now=now, timezone=timezone, window=window
        )
        if report is None:
            await session.rollback()
            return SyncReport(full=changes.full_resync, items=changes.items, superseded=True)
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


class IncrementalSync:
    """The sync loop's `CalendarSync` for one provider: the one algorithm over the provider's
    `IncrementalCalendar`s."""

    def __init__(
        self,
        provider: str,
        calendars: CalendarOpener,
        settings: Settings,
        *,
        resource: str = "",
    ) -> None:
        self.provider = provider
        self.resource = resource
        self.calendars = calendars
        self.settings = settings

    async def sync(
        self,
        sessions: Sessions,
        state: SyncState,
        connection: Connection,
        user: User,
        *,
        now: datetime,
    ) -> SyncReport:
        calendar = await self.calendars(connection, user)
        full = needs_full_sync(state, now)
        span = window(now)
        timezone = planning_timezone(user, self.settings.timezone)
        changes = await calendar.changes(None if full else state.cursor, span, timezone=timezone)
        if changes.full_resync and not full:
            log.info(
                "sync.cursor_expired",
                extra={"provider": self.provider, "connection": str(connection.id)},
            )
        report = await store_round(
            sessions, user, connection, state, changes, now=now, timezone=timezone, window=span
        )
        if report.superseded:
            return report
        report.channel = await self._ensure_channel(sessions, calendar, state, now)
        return report

    async def _ensure_channel(
        self, sessions: Sessions, calendar: IncrementalCalendar, state: SyncState, now: datetime
    ) -> str:
        if (status := channel_status(self.settings.public_url, state, now)) is not None:
            return status
        old = _stored_channel(state)
        channel: PushChannel | None = None
        try:
            if old is not None:
                try:
                    channel = await calendar.renew(old, now)
                except ChannelGone:
                    old = None  # nothing left to stop
            outcome = "renewed" if channel is not None else "created"
            if channel is None:
                channel = await calendar.watch(now)
                if channel is None:
                    return "none"  # no push for this calendar: the sweep keeps it current
        except ProviderError as exc:
            # The round itself worked; the sweep keeps the calendar current and retries this.
            log.warning(
                "sync.channel_failed",
                extra={"provider": self.provider, "state": str(state.id), "error": exc.code},
            )
            return "failed"
        await _store_channel(sessions, state, channel)
        if old is not None and old.id != channel.id:
            # A new channel replaced the old one: stop the old now that the new one is stored.
            try:
                await calendar.stop(old)
            except ProviderError:
                log.info("sync.channel_stop_failed", extra={"state": str(state.id)})
        log.info(
            "sync.channel_ready",
            extra={"provider": self.provider, "state": str(state.id), "outcome": outcome},
        )
        return outcome

    async def forget(
        self, sessions: Sessions, connection: Connection, user: User, state: SyncState
    ) -> None:
        """Stop the push channel (disconnect); best effort, the channel expires anyway."""
        del sessions
        channel = _stored_channel(state)
        if channel is None:
            return
        calendar = await self.calendars(connection, user)
        await calendar.stop(channel)


def _stored_channel(state: SyncState) -> PushChannel | None:
    if not state.channel_id:
        return None
    expires = state.channel_expires_at or datetime.min.replace(tzinfo=UTC)
    return PushChannel(state.channel_id, expires, state.channel_resource_id)


async def _store_channel(sessions: Sessions, state: SyncState, channel: PushChannel) -> None:
    values: dict[str, object] = {
        "channel_id": channel.id,
        "channel_expires_at": channel.expires_at,
    }
    if channel.secret is not None:
        # A new channel: its secret (as a hash) and resource id replace the old one's.
        values["channel_secret_hash"] = hash_channel_secret(channel.secret)
        values["channel_resource_id"] = channel.resource_id
    async with sessions() as session, session.begin():
        await session.execute(
            update(SyncState)
            .where(SyncState.id == state.id)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
