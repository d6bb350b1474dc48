"""The auto-draft queue, storage side: draft records are the work items.

A worker claims due records (a lease, not a lock held across the network call), delivers outside
any transaction, then finishes the record with a compare-and-set on (state=claimed, claimed_by):
if the lease was lost or the record was cancelled meanwhile, the finish reports False instead of
overwriting. On PostgreSQL parallel workers skip each other's rows (FOR UPDATE SKIP LOCKED);
SQLite runs one worker (its writers are serialised anyway).

These functions work across users by design (the worker serves everyone); they take record ids
that came from `claim_due`, never ids from a request.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import ColumnElement, and_, exists, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.store.connections import Connection, ConnectionStatus
from app.store.drafts import DraftRecord, DraftState
from app.store.queries import clear_plan_notes, rowcount


async def claim_due(
    session: AsyncSession,
    *,
    worker_id: str,
    now: datetime,
    lease: timedelta,
    limit: int,
    user_id: uuid.UUID | None = None,
) -> Sequence[DraftRecord]:
    """Claim up to `limit` records that are due, or whose previous claim's lease ran out.

    Records bound to a connection that is not active (e.g. `needs_reauth`) stay pending: work for
    a revoked grant stops until the user reconnects. Each claim counts as an attempt, so a record
    that crashes its worker every time still runs out of attempts. With `user_id`, only that
    user's records (the embedded `run` must not pick up work for mailboxes it cannot reach).
    """
    blocked = exists().where(
        Connection.id == DraftRecord.connection_id, Connection.status != ConnectionStatus.ACTIVE
    )
    query = select(DraftRecord).where(
        or_(
            and_(DraftRecord.state == DraftState.PENDING, DraftRecord.next_attempt_at <= now),
            and_(DraftRecord.state == DraftState.CLAIMED, DraftRecord.lease_until < now),
        ),
        ~blocked,
    )
    if user_id is not None:
        query = query.where(DraftRecord.user_id == user_id)
    query = query.order_by(DraftRecord.next_attempt_at, DraftRecord.id).limit(limit)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True, of=DraftRecord)
    records = (await session.scalars(query)).all()
    for record in records:
        record.state = DraftState.CLAIMED
        record.claimed_by = worker_id
        record.lease_until = now + lease
        record.attempts += 1
    await session.flush()
    return records


def held_by(record_id: uuid.UUID, worker_id: str) -> ColumnElement[bool]:
    """The record is still claimed by this worker: the guard of every finish."""
    return and_(
        DraftRecord.id == record_id,
        DraftRecord.state == DraftState.CLAIMED,
        DraftRecord.claimed_by == worker_id,
    )


async def update_held(
    session: AsyncSession,
    record_id: uuid.UUID,
    worker_id: str,
    values: Mapping[str, object],
    *,
    synchronize: Literal["fetch", False] = "fetch",
) -> bool:
    """Set `values` on the record if this worker still holds its claim; False if it lost it.

    The claim is released with it (claimed_by, lease_until cleared). `synchronize=False` for
    callers that never read the record back through this session.
    """
    result = await session.execute(
        update(DraftRecord)
        .where(held_by(record_id, worker_id))
        .values(**values, claimed_by=None, lease_until=None)
        .execution_options(synchronize_session=synchronize)
    )
    return rowcount(result) == 1


async def mark_delivered(
    session: AsyncSession,
    record_id: uuid.UUID,
    *,
    worker_id: str,
    provider: str,
    provider_draft_id: str,
    now: datetime,
) -> bool:
    """Record the delivery and clear that interviewer's notes (none outlive delivery)."""
    record = await session.scalar(select(DraftRecord).where(held_by(record_id, worker_id)))
    if record is None:
        return False
    delivered = {
        "state": DraftState.DELIVERED,
        "provider": provider,
        "provider_draft_id": provider_draft_id,
        "finished_at": now,
        "last_error": None,
    }
    if not await update_held(session, record_id, worker_id, delivered):
        return False
    if record.interviewer_id is not None:
        await clear_plan_notes(session, record.user_id, record.interviewer_id, now)
    return True


async def retry_later(
    session: AsyncSession,
    record_id: uuid.UUID,
    *,
    worker_id: str,
    next_attempt_at: datetime,
    error: str,
) -> bool:
    """Back to pending until `next_attempt_at` (the worker's backoff, or the Retry-After)."""
    pending = {"state": DraftState.PENDING, "next_attempt_at": next_attempt_at, "last_error": error}
    return await update_held(session, record_id, worker_id, pending)


async def mark_failed(
    session: AsyncSession,
    record_id: uuid.UUID,
    *,
    worker_id: str,
    reason: str,
    now: datetime,
) -> bool:
    """A poison item: stop retrying, and keep the reason where the user can see it."""
    failed = {
        "state": DraftState.FAILED,
        "reason": reason,
        "last_error": reason,
        "finished_at": now,
    }
    return await update_held(session, record_id, worker_id, failed)
