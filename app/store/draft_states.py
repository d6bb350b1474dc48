"""The draft record's state machine: every write of `DraftRecord.state` happens here.

    pending   → claimed (claim, claim_due), cancelled (cancel_open), pending (reschedule)
    claimed   → delivered (mark_delivered), failed (mark_failed), cancelled (cancel_claimed,
                cancel_open), pending (release, retry), claimed (claim_due once the lease ran
                out, retarget_claimed)
    cancelled → pending (reopen)
    delivered, failed: final

ALLOWED is the one table of moves; `move` is the one guarded UPDATE they go through (claim_due's
batch claim through `sql.claim_rows`, guarded and checked against the table the same way): it
refuses (IllegalMove) a move the table does not allow, and otherwise updates only rows still in
the expected state, returning the ids it moved. An empty answer is a lost compare-and-set (a
concurrent worker or sync got there first), never an error.

    await create(session, ...) -> bool                            a new pending record (once)
    await claim_due(session, worker_id=, now=, lease=, limit=, user_id=None) -> [DraftRecord]
    await claim(session, user_id, record_id, worker_id=, now=, lease=) -> bool   deliver now
    await release(session, record_id, worker_id=, next_attempt_at=, note=None,
                  refund_attempt=True) -> bool                    back to pending, unblamed
    await retry(session, record_id, worker_id=, next_attempt_at=, error=) -> bool
    await mark_delivered(session, record_id, worker_id=, provider=, provider_draft_id=, now=,
                         scenario=None, placeholders=None) -> bool
    await mark_failed(session, record_id, worker_id=, reason=, now=) -> bool
    await clear_plan_notes(session, user_id, interviewer_id, now) -> bool   (part of delivered)
    await cancel_claimed(session, record_id, worker_id=, reason=, now=) -> bool
    await cancel_open(session, *where, reason=, now=) -> int      pending or claimed, any holder
    await reschedule(session, record_id, due_at=, scenario=, connection_id=) -> bool
    await retarget_claimed(session, record_id, due_at=, scenario=) -> bool
    await reopen(session, record_id, due_at=, scenario=, connection_id=) -> bool

The claim-holding moves (release, retry, mark_*, cancel_claimed) are guarded by the holder too
(state claimed and claimed_by = worker_id): a worker that lost its lease, or whose record was
cancelled meanwhile, gets False instead of overwriting. Claims are leases, so the claim functions
work across users by design (the worker serves everyone), on ids that came from a claim.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping, Sequence
from datetime import datetime, timedelta
from types import MappingProxyType
from typing import Final

from sqlalchemy import ColumnElement, and_, case, exists, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.playbook.scenarios import Scenario
from app.store.connections import Connection, ConnectionStatus
from app.store.drafts import DraftKind, DraftRecord, DraftState
from app.store.plans import NOTE_FIELDS, Plan
from app.store.sql import claim_rows, insert_ignoring_conflicts, rowcount

_P, _C = DraftState.PENDING, DraftState.CLAIMED
_D, _X, _F = DraftState.DELIVERED, DraftState.CANCELLED, DraftState.FAILED

# From-state -> the states it may move to. Same-state moves change fields only: a pending
# record rescheduled, a claimed one whose expired lease is taken over or whose due time moves.
ALLOWED: Final[Mapping[DraftState, frozenset[DraftState]]] = MappingProxyType(
    {
        _P: frozenset({_P, _C, _X}),  # reschedule, claim, cancel_open
        _C: frozenset({_C, _P, _D, _F, _X}),  # re-claim / retarget, release / retry, finishes
        _X: frozenset({_P}),  # reopen: planned again
        _D: frozenset(),  # delivered and failed are final
        _F: frozenset(),
    }
)


class IllegalMove(RuntimeError):
    """A transition the table does not allow: a programming error, never a lost race."""

    def __init__(self, from_state: DraftState, to_state: DraftState) -> None:
        allowed = ", ".join(sorted(ALLOWED[from_state])) or "nothing (final)"
        super().__init__(
            f"a draft record may not move from {from_state} to {to_state} (allowed: {allowed})"
        )
        self.from_state = from_state
        self.to_state = to_state


def check_move(from_states: Collection[DraftState], to_state: DraftState) -> None:
    for state in from_states:
        if to_state not in ALLOWED[state]:
            raise IllegalMove(state, to_state)


async def move(
    session: AsyncSession,
    *where: ColumnElement[bool],
    from_states: Collection[DraftState],
    to: DraftState,
    values: Mapping[str, object] | None = None,
) -> list[uuid.UUID]:
    """Move the records matching `where` that are in one of `from_states` to `to`.

    One UPDATE ... WHERE state IN (from_states) RETURNING id. Leaving `claimed` clears the claim.
    The session's loaded records are updated too (synchronize "fetch"), so a caller that reads
    them afterwards sees the new state.
    """
    if not from_states:
        raise ValueError("a move needs the state(s) it starts from")
    check_move(from_states, to)
    changes: dict[str, object] = {**(values or {}), "state": to}
    if to is not DraftState.CLAIMED:
        changes.update(claimed_by=None, lease_until=None)
    result = await session.scalars(
        update(DraftRecord)
        .where(DraftRecord.state.in_(list(from_states)), *where)
        .values(**changes)
        .returning(DraftRecord.id)
        .execution_options(synchronize_session="fetch")
    )
    return list(result.all())


# --- creation ---------------------------------------------------------------------------------


async def create(
    session: AsyncSession,
    *,
    user_id: uuid.UUID,
    interview_id: uuid.UUID,
    interviewer_id: uuid.UUID | None,
    kind: DraftKind,
    recipient_key: str,
    scenario: Scenario | None,
    key: str,
    due_at: datetime,
    connection_id: uuid.UUID | None,
) -> bool:
    """A new pending record; False when it exists already (a parallel sync made it first)."""
    result = await session.execute(
        insert_ignoring_conflicts(session, DraftRecord).values(
            user_id=user_id,
            interview_id=interview_id,
            interviewer_id=interviewer_id,
            kind=kind,
            recipient_key=recipient_key,
            scenario=scenario,
            idempotency_key=key,
            state=DraftState.PENDING,
            due_at=due_at,
            next_attempt_at=due_at,
            connection_id=connection_id,
        )
    )
    return rowcount(result) == 1


# --- claims -----------------------------------------------------------------------------------


def _claim_values(worker_id: str, now: datetime, lease: timedelta) -> dict[str, object]:
    """What every claim writes: the holder, its lease, and one more attempt (so a record that
    crashes its worker every time still runs out of attempts)."""
    return {
        "claimed_by": worker_id,
        "lease_until": now + lease,
        "attempts": DraftRecord.attempts + 1,
    }


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
    check_move((_P, _C), _C)
    claimable = or_(
        and_(DraftRecord.state == _P, DraftRecord.next_attempt_at <= now),
        and_(DraftRecord.state == _C, DraftRecord.lease_until < now),
    )
    blocked = exists().where(
        Connection.id == DraftRecord.connection_id, Connection.status != ConnectionStatus.ACTIVE
    )
    candidates = select(DraftRecord.id).where(claimable, ~blocked)
    if user_id is not None:
        candidates = candidates.where(DraftRecord.user_id == user_id)
    claimed = await claim_rows(
        session,
        DraftRecord,
        candidates.order_by(DraftRecord.next_attempt_at, DraftRecord.id),
        still=[claimable],
        values={"state": _C, **_claim_values(worker_id, now, lease)},
        limit=limit,
    )
    return [record for _, record in claimed]


async def claim(
    session: AsyncSession,
    user_id: uuid.UUID,
    record_id: uuid.UUID,
    *,
    worker_id: str,
    now: datetime,
    lease: timedelta,
) -> bool:
    """Claim one pending record of this user now, due or not ("put the drafts in now")."""
    moved = await move(
        session,
        DraftRecord.user_id == user_id,
        DraftRecord.id == record_id,
        from_states=(_P,),
        to=_C,
        values=_claim_values(worker_id, now, lease),
    )
    return bool(moved)


async def _finish_held(
    session: AsyncSession,
    record_id: uuid.UUID,
    worker_id: str,
    to: DraftState,
    values: Mapping[str, object],
) -> bool:
    """A move of a record this worker still holds; False if it lost the claim."""
    moved = await move(
        session,
        DraftRecord.id == record_id,
        DraftRecord.claimed_by == worker_id,
        from_states=(_C,),
        to=to,
        values=values,
    )
    return bool(moved)


async def release(
    session: AsyncSession,
    record_id: uuid.UUID,
    *,
    worker_id: str,
    next_attempt_at: datetime,
    note: str | None = None,
    refund_attempt: bool = True,
) -> bool:
    """Back to pending without blame: not the item's fault (rescheduled, reauth, shutdown).

    `refund_attempt=False` for a holder proven dead (the crash still counts as an attempt).
    """
    values: dict[str, object] = {"next_attempt_at": next_attempt_at}
    if refund_attempt:
        values["attempts"] = case((DraftRecord.attempts > 0, DraftRecord.attempts - 1), else_=0)
    if note is not None:
        values["last_error"] = note
    return await _finish_held(session, record_id, worker_id, _P, values)


async def retry(
    session: AsyncSession,
    record_id: uuid.UUID,
    *,
    worker_id: str,
    next_attempt_at: datetime,
    error: str,
) -> bool:
    """Back to pending until `next_attempt_at` (the worker's backoff, or the Retry-After)."""
    values = {"next_attempt_at": next_attempt_at, "last_error": error}
    return await _finish_held(session, record_id, worker_id, _P, values)


async def mark_failed(
    session: AsyncSession, record_id: uuid.UUID, *, worker_id: str, reason: str, now: datetime
) -> bool:
    """A poison item: stop retrying, and keep the reason where the user can see it."""
    values = {"reason": reason, "last_error": reason, "finished_at": now}
    return await _finish_held(session, record_id, worker_id, _F, values)


async def cancel_claimed(
    session: AsyncSession, record_id: uuid.UUID, *, worker_id: str, reason: str, now: datetime
) -> bool:
    """The worker found its record no longer planned."""
    values = {"reason": reason, "finished_at": now}
    return await _finish_held(session, record_id, worker_id, _X, values)


async def mark_delivered(
    session: AsyncSession,
    record_id: uuid.UUID,
    *,
    worker_id: str,
    provider: str,
    provider_draft_id: str,
    now: datetime,
    scenario: Scenario | None = None,
    placeholders: int | None = None,
) -> bool:
    """Record the delivery (with the final scenario and the placeholder count), then clear that
    interviewer's plan notes in the same transaction: none of the user's text outlives delivery."""
    values: dict[str, object] = {
        "provider": provider,
        "provider_draft_id": provider_draft_id,
        "finished_at": now,
        "last_error": None,
        "placeholders": placeholders,
    }
    if scenario is not None:
        values["scenario"] = scenario
    if not await _finish_held(session, record_id, worker_id, _D, values):
        return False
    row = (
        await session.execute(
            select(DraftRecord.user_id, DraftRecord.interviewer_id).where(
                DraftRecord.id == record_id
            )
        )
    ).one()
    if row.interviewer_id is not None:
        await clear_plan_notes(session, row.user_id, row.interviewer_id, now)
    return True


async def clear_plan_notes(
    session: AsyncSession, user_id: uuid.UUID, interviewer_id: uuid.UUID, now: datetime
) -> bool:
    """Drop the free-text notes of a plan whose note was delivered. True if a plan was found."""
    result = await session.execute(
        update(Plan)
        .where(Plan.user_id == user_id, Plan.interviewer_id == interviewer_id)
        .values(**dict.fromkeys(NOTE_FIELDS), notes_cleared_at=now)
        .execution_options(synchronize_session="fetch")
    )
    return rowcount(result) > 0


# --- what planning changes ----------------------------------------------------------------------


async def cancel_open(
    session: AsyncSession, *where: ColumnElement[bool], reason: str, now: datetime
) -> int:
    """Cancel the open (pending or claimed) records matching `where`; how many.

    A claimed one's worker then loses its compare-and-set finish, so it learns of the cancel
    (and takes back the draft it may have made).
    """
    values = {"reason": reason, "finished_at": now}
    return len(await move(session, *where, from_states=(_P, _C), to=_X, values=values))


async def reschedule(
    session: AsyncSession,
    record_id: uuid.UUID,
    *,
    due_at: datetime | None,
    scenario: Scenario | None,
    connection_id: uuid.UUID | None = None,
) -> bool:
    """A pending record's new due time (None: unchanged), scenario and mailbox connection."""
    values: dict[str, object] = {"scenario": scenario}
    if due_at is not None:
        values.update(due_at=due_at, next_attempt_at=due_at)
    if connection_id is not None:
        values["connection_id"] = connection_id
    return bool(
        await move(session, DraftRecord.id == record_id, from_states=(_P,), to=_P, values=values)
    )


async def retarget_claimed(
    session: AsyncSession, record_id: uuid.UUID, *, due_at: datetime, scenario: Scenario | None
) -> bool:
    """A record in flight: only the due time and scenario, which its worker checks before
    delivering (the claim itself is left alone)."""
    values = {"due_at": due_at, "scenario": scenario}
    return bool(
        await move(session, DraftRecord.id == record_id, from_states=(_C,), to=_C, values=values)
    )


async def reopen(
    session: AsyncSession,
    record_id: uuid.UUID,
    *,
    due_at: datetime,
    scenario: Scenario | None,
    connection_id: uuid.UUID | None = None,
) -> bool:
    """A cancelled record planned again (resumed, re-added, un-cancelled): pending, fresh."""
    values: dict[str, object] = {
        "scenario": scenario,
        "due_at": due_at,
        "next_attempt_at": due_at,
        "attempts": 0,
        "reason": None,
        "last_error": None,
        "finished_at": None,
    }
    if connection_id is not None:
        values["connection_id"] = connection_id
    return bool(
        await move(session, DraftRecord.id == record_id, from_states=(_X,), to=_P, values=values)
    )
