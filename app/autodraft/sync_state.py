"""The "please sync this calendar" flag on `sync_states`, and the worker's lease on it.

    await ensure_sync_state(session, connection, resource) -> SyncState
    await request_sync(session, state_id, now)            a notification, a connect, the sweep
    await claim_requested(session, now=, lease=, limit=, providers=) -> list[SyncClaim]
    await finish_claim(session, claim, now=, error=None, retry_at=None)
    await request_stale(session, now=, sweep_every=, renew_before=) -> int   the sweep
    await request_before_due(session, now=, within=, fresher_than=) -> int   just before a draft

A request sets `sync_requested_at` (kept at the earliest pending request: the lag metric's start)
and bumps `sync_requests`. The sync loop takes requested rows of active connections with a lease
(`sync_lease_until`), through the same claim helper as the draft queue (`app.store.sql.claim_rows`:
SKIP LOCKED on PostgreSQL, a guarded UPDATE on both) and, when done, clears the request only if
`sync_requests` still has the value it claimed: a notification that arrives during the sync
leaves the row requested, so it is synced again. A worker that dies mid-sync leaves the request
in place; another takes it when the lease runs out. No provider I/O happens here: webhooks call
`request_sync` and answer at once.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.store.connections import Connection, ConnectionStatus
from app.store.drafts import DraftRecord, DraftState
from app.store.sql import claim_rows, insert_ignoring_conflicts, rowcount
from app.store.sync import SyncState


@dataclass(frozen=True, slots=True)
class SyncClaim:
    state_id: uuid.UUID
    connection_id: uuid.UUID
    user_id: uuid.UUID
    provider: str
    requests: int
    requested_at: datetime


async def ensure_sync_state(
    session: AsyncSession, connection: Connection, resource: str
) -> SyncState:
    query = select(SyncState).where(
        SyncState.user_id == connection.user_id,
        SyncState.connection_id == connection.id,
        SyncState.resource == resource,
    )
    state = await session.scalar(query)
    if state is None:
        await session.execute(
            insert_ignoring_conflicts(session, SyncState).values(
                id=uuid.uuid4(),
                user_id=connection.user_id,
                connection_id=connection.id,
                resource=resource,
                cursor_version=0,
                sync_requests=0,
            )
        )
        state = await session.scalar(query)
        assert state is not None
    return state


async def request_sync(session: AsyncSession, state_id: uuid.UUID, now: datetime) -> bool:
    result = await session.execute(
        update(SyncState)
        .where(SyncState.id == state_id)
        .values(
            sync_requested_at=func.coalesce(SyncState.sync_requested_at, now),
            sync_requests=SyncState.sync_requests + 1,
        )
        .execution_options(synchronize_session=False)
    )
    return rowcount(result) == 1


async def claim_requested(
    session: AsyncSession,
    *,
    now: datetime,
    lease: timedelta,
    limit: int,
    providers: Sequence[str] = ("google", "microsoft"),
) -> list[SyncClaim]:
    """Requested calendars of active connections of `providers` (the ones this worker can
    sync), not leased by another worker, oldest first."""
    claimable = [
        SyncState.sync_requested_at.is_not(None),
        SyncState.sync_requested_at <= now,
        or_(SyncState.sync_lease_until.is_(None), SyncState.sync_lease_until < now),
    ]
    candidates = (
        select(SyncState.id, Connection.provider)
        .join(
            Connection,
            and_(Connection.id == SyncState.connection_id, Connection.user_id == SyncState.user_id),
        )
        .where(
            *claimable,
            Connection.status == ConnectionStatus.ACTIVE,
            Connection.provider.in_(list(providers)),
        )
        .order_by(SyncState.sync_requested_at, SyncState.id)
    )
    claimed = await claim_rows(
        session,
        SyncState,
        candidates,
        still=claimable,
        values={"sync_lease_until": now + lease},
        limit=limit,
    )
    claims = []
    for row, state in claimed:
        assert state.sync_requested_at is not None
        claims.append(
            SyncClaim(
                state.id,
                state.connection_id,
                state.user_id,
                row.provider,
                state.sync_requests,
                state.sync_requested_at,
            )
        )
    return claims


async def finish_claim(
    session: AsyncSession,
    claim: SyncClaim,
    *,
    now: datetime,
    error: str | None = None,
    retry_at: datetime | None = None,
) -> None:
    """Release the lease. Done: the request is cleared unless a newer one came meanwhile.
    Failed: the request stays, due again at `retry_at` (None: when the connection is active
    again, e.g. after a reconnect)."""
    if error is not None:
        await session.execute(
            update(SyncState)
            .where(SyncState.id == claim.state_id)
            .values(
                sync_lease_until=None,
                sync_requested_at=retry_at or now,
                last_error=error[:1000],
            )
            .execution_options(synchronize_session=False)
        )
        return
    cleared = await session.execute(
        update(SyncState)
        .where(SyncState.id == claim.state_id, SyncState.sync_requests == claim.requests)
        .values(
            sync_lease_until=None,
            sync_requested_at=None,
            last_synced_at=now,
            last_error=None,
        )
        .execution_options(synchronize_session=False)
    )
    if rowcount(cleared) == 0:
        # Asked again while we synced: keep the request (due now), drop only the lease.
        await session.execute(
            update(SyncState)
            .where(SyncState.id == claim.state_id)
            .values(sync_lease_until=None, last_synced_at=now, last_error=None)
            .execution_options(synchronize_session=False)
        )


async def request_stale(
    session: AsyncSession,
    *,
    now: datetime,
    sweep_every: timedelta,
    renew_before: timedelta,
    renew_retry: timedelta = timedelta(minutes=10),
    providers: Sequence[str] = ("google", "microsoft"),
) -> int:
    """The safety net: request a sync of every active calendar not synced for `sweep_every`, or
    whose push channel expires within `renew_before` (the sync renews it; a failed renewal is
    tried again after `renew_retry`). A missing channel is made by the next sync of any kind."""
    return await _request_unrequested(
        session,
        or_(
            SyncState.last_synced_at.is_(None),
            SyncState.last_synced_at < now - sweep_every,
            and_(
                SyncState.channel_expires_at < now + renew_before,
                SyncState.last_synced_at < now - renew_retry,
            ),
        ),
        now=now,
        providers=providers,
    )


async def request_before_due(
    session: AsyncSession,
    *,
    now: datetime,
    within: timedelta,
    fresher_than: timedelta,
    providers: Sequence[str] = ("google", "microsoft"),
) -> int:
    """Request a sync of every calendar whose drafts fall due within `within` and that was not
    synced in the last `fresher_than`: a move or cancellation whose notification was lost is
    then still seen before the draft is written, however long the sweep interval."""
    soon = select(DraftRecord.connection_id).where(
        DraftRecord.state == DraftState.PENDING,
        DraftRecord.next_attempt_at >= now - fresher_than,
        DraftRecord.next_attempt_at <= now + within,
        DraftRecord.connection_id.is_not(None),
    )
    return await _request_unrequested(
        session,
        SyncState.connection_id.in_(soon),
        or_(
            SyncState.last_synced_at.is_(None),
            SyncState.last_synced_at < now - fresher_than,
        ),
        now=now,
        providers=providers,
    )


async def _request_unrequested(
    session: AsyncSession,
    *where: ColumnElement[bool],
    now: datetime,
    providers: Sequence[str],
) -> int:
    """Request a sync of the calendars of active connections that match `where` and have no
    request pending (so a pending request keeps its earlier time)."""
    active = select(Connection.id).where(
        Connection.status == ConnectionStatus.ACTIVE, Connection.provider.in_(list(providers))
    )
    result = await session.execute(
        update(SyncState)
        .where(
            SyncState.connection_id.in_(active),
            SyncState.sync_requested_at.is_(None),
            *where,
        )
        .values(sync_requested_at=now, sync_requests=SyncState.sync_requests + 1)
        .execution_options(synchronize_session=False)
    )
    return rowcount(result)
