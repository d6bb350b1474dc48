"""Queries on one user's data. Every function takes the user id and filters on it.

Routes and services reach user data only through here (or functions written the same way), so a
row of another user cannot come back: the id from the URL is never enough on its own. Child rows
carry `user_id` pinned to their parent's by a composite foreign key, so filtering on the child's
own `user_id` is sound.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, literal, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.identity import Identity
from app.store.connections import Connection, ConnectionStatus
from app.store.draft_states import cancel_open
from app.store.drafts import DraftRecord, DraftState
from app.store.interviews import InterviewerRecord, InterviewRecord
from app.store.opportunities import Opportunity, normalize_key
from app.store.plans import Plan
from app.store.sql import insert_ignoring_conflicts, rowcount
from app.store.sync import SyncState
from app.store.users import User

# --- users ------------------------------------------------------------------------------------


async def get_or_create_user(session: AsyncSession, identity: Identity) -> User:
    """The user row for a verified identity; email and name follow the identity when it has them."""
    user = await session.scalar(select(User).where(User.key == identity.key))
    if user is None:
        await session.execute(
            insert_ignoring_conflicts(session, User).values(
                key=identity.key,
                provider=identity.provider,
                email=identity.email,
                name=identity.name,
            )
        )
        user = await session.scalar(select(User).where(User.key == identity.key))
        assert user is not None
    if identity.email and user.email != identity.email:
        user.email = identity.email
    if identity.name and user.name != identity.name:
        user.name = identity.name
    return user


# --- interviews and interviewers --------------------------------------------------------------


async def get_interview(
    session: AsyncSession, user_id: uuid.UUID, interview_id: uuid.UUID
) -> InterviewRecord | None:
    return await session.scalar(
        select(InterviewRecord).where(
            InterviewRecord.user_id == user_id, InterviewRecord.id == interview_id
        )
    )


async def get_opportunity(
    session: AsyncSession, user_id: uuid.UUID, opportunity_id: uuid.UUID
) -> Opportunity | None:
    return await session.scalar(
        select(Opportunity).where(Opportunity.user_id == user_id, Opportunity.id == opportunity_id)
    )


async def find_interview(
    session: AsyncSession, user_id: uuid.UUID, source: str, external_id: str
) -> InterviewRecord | None:
    """By natural key: the calendar's `Interview.key` under its source."""
    return await session.scalar(
        select(InterviewRecord).where(
            InterviewRecord.user_id == user_id,
            InterviewRecord.source == source,
            InterviewRecord.external_id == external_id,
        )
    )


async def list_interviews(
    session: AsyncSession,
    user_id: uuid.UUID,
    *,
    start_from: datetime | None = None,
    start_before: datetime | None = None,
    limit: int = 200,
) -> Sequence[InterviewRecord]:
    query = select(InterviewRecord).where(InterviewRecord.user_id == user_id)
    if start_from is not None:
        query = query.where(InterviewRecord.start >= start_from)
    if start_before is not None:
        query = query.where(InterviewRecord.start < start_before)
    query = query.order_by(InterviewRecord.start, InterviewRecord.id).limit(limit)
    return (await session.scalars(query)).all()


async def list_interviewers(
    session: AsyncSession,
    user_id: uuid.UUID,
    interview_id: uuid.UUID,
    *,
    include_removed: bool = False,
) -> Sequence[InterviewerRecord]:
    query = select(InterviewerRecord).where(
        InterviewerRecord.user_id == user_id, InterviewerRecord.interview_id == interview_id
    )
    if not include_removed:
        query = query.where(InterviewerRecord.removed_at.is_(None))
    query = query.order_by(InterviewerRecord.created_at, InterviewerRecord.id)
    return (await session.scalars(query)).all()


async def get_interviewer(
    session: AsyncSession, user_id: uuid.UUID, interviewer_id: uuid.UUID
) -> InterviewerRecord | None:
    return await session.scalar(
        select(InterviewerRecord).where(
            InterviewerRecord.user_id == user_id, InterviewerRecord.id == interviewer_id
        )
    )


# --- plans ------------------------------------------------------------------------------------


async def get_plan(
    session: AsyncSession, user_id: uuid.UUID, interviewer_id: uuid.UUID
) -> Plan | None:
    return await session.scalar(
        select(Plan).where(Plan.user_id == user_id, Plan.interviewer_id == interviewer_id)
    )


async def get_or_create_plan(
    session: AsyncSession, user_id: uuid.UUID, interviewer_id: uuid.UUID
) -> Plan | None:
    """The interviewer's plan, created empty on first use; None if no such interviewer."""
    if await get_interviewer(session, user_id, interviewer_id) is None:
        return None
    plan = await get_plan(session, user_id, interviewer_id)
    if plan is None:
        await session.execute(
            insert_ignoring_conflicts(session, Plan).values(
                interviewer_id=interviewer_id, user_id=user_id
            )
        )
        plan = await get_plan(session, user_id, interviewer_id)
    return plan


# --- opportunities ----------------------------------------------------------------------------


async def find_opportunity(
    session: AsyncSession, user_id: uuid.UUID, company: str, position: str | None
) -> Opportunity | None:
    return await session.scalar(
        select(Opportunity).where(
            Opportunity.user_id == user_id,
            Opportunity.company_key == normalize_key(company, company=True),
            Opportunity.position_key == normalize_key(position),
        )
    )


async def get_or_create_opportunity(
    session: AsyncSession, user_id: uuid.UUID, company: str, position: str | None
) -> Opportunity:
    opportunity = await find_opportunity(session, user_id, company, position)
    if opportunity is None:
        await session.execute(
            insert_ignoring_conflicts(session, Opportunity).values(
                user_id=user_id,
                company=company,
                position=position,
                company_key=normalize_key(company, company=True),
                position_key=normalize_key(position),
            )
        )
        opportunity = await find_opportunity(session, user_id, company, position)
        assert opportunity is not None
    return opportunity


async def stand_down(
    session: AsyncSession,
    user_id: uuid.UUID,
    opportunity_id: uuid.UUID,
    now: datetime,
    reason: str | None = None,
) -> int | None:
    """Mark the opportunity stood down and cancel its open drafts (PLAYBOOK §1).

    Returns how many drafts were cancelled; None if the user has no such opportunity.
    """
    # A repeated stand-down (a second press, a retried request) keeps the first time, and the
    # reason the user typed unless a new one is given: it is not a new decision.
    values: dict[str, Any] = {
        "stood_down_at": func.coalesce(
            Opportunity.stood_down_at, literal(now, Opportunity.stood_down_at.type)
        )
    }
    if reason is not None:
        values["stand_down_reason"] = reason
    result = await session.execute(
        update(Opportunity)
        .where(Opportunity.user_id == user_id, Opportunity.id == opportunity_id)
        .values(values)
        .execution_options(synchronize_session="fetch")
    )
    if rowcount(result) == 0:
        return None
    return await cancel_open_drafts(
        session, user_id, now=now, reason="stood down", opportunity_id=opportunity_id
    )


# --- draft records ----------------------------------------------------------------------------


async def get_draft_record(
    session: AsyncSession, user_id: uuid.UUID, record_id: uuid.UUID
) -> DraftRecord | None:
    return await session.scalar(
        select(DraftRecord).where(DraftRecord.user_id == user_id, DraftRecord.id == record_id)
    )


async def list_draft_records(
    session: AsyncSession,
    user_id: uuid.UUID,
    *,
    interview_id: uuid.UUID | None = None,
    states: Sequence[DraftState] | None = None,
    limit: int = 200,
) -> Sequence[DraftRecord]:
    query = select(DraftRecord).where(DraftRecord.user_id == user_id)
    if interview_id is not None:
        query = query.where(DraftRecord.interview_id == interview_id)
    if states is not None:
        query = query.where(DraftRecord.state.in_(list(states)))
    query = query.order_by(DraftRecord.due_at, DraftRecord.id).limit(limit)
    return (await session.scalars(query)).all()


async def cancel_open_drafts(
    session: AsyncSession,
    user_id: uuid.UUID,
    *,
    now: datetime,
    reason: str,
    interview_id: uuid.UUID | None = None,
    opportunity_id: uuid.UUID | None = None,
) -> int:
    """Cancel the pending and claimed drafts of one interview or of one opportunity.

    Claimed ones too: the worker's `draft_states.mark_delivered` compares-and-sets on state
    "claimed", so a worker mid-delivery learns its record was cancelled (and can remove the draft
    it made).
    """
    if (interview_id is None) == (opportunity_id is None):
        raise ValueError("give exactly one of interview_id and opportunity_id")
    ours = (
        DraftRecord.interview_id == interview_id
        if interview_id is not None
        else DraftRecord.interview_id.in_(
            select(InterviewRecord.id).where(
                InterviewRecord.user_id == user_id,
                InterviewRecord.opportunity_id == opportunity_id,
            )
        )
    )
    return await cancel_open(session, DraftRecord.user_id == user_id, ours, reason=reason, now=now)


# --- connections and sync state ---------------------------------------------------------------


async def get_connection(
    session: AsyncSession, user_id: uuid.UUID, connection_id: uuid.UUID
) -> Connection | None:
    return await session.scalar(
        select(Connection).where(Connection.user_id == user_id, Connection.id == connection_id)
    )


async def list_connections(session: AsyncSession, user_id: uuid.UUID) -> Sequence[Connection]:
    return (
        await session.scalars(
            select(Connection)
            .where(Connection.user_id == user_id)
            .order_by(Connection.created_at, Connection.id)
        )
    ).all()


@dataclass(frozen=True, slots=True)
class SealedTokens:
    """An active connection's encrypted token set and the version `swap_token_set` compares."""

    version: int
    ciphertext: str | None


async def active_token_set(
    session: AsyncSession, user_id: uuid.UUID, connection_id: uuid.UUID
) -> SealedTokens | None:
    """The stored token set of this user's connection; None when it is gone or not active (a
    disconnected or revoked grant is never used, even while its tokens are still stored)."""
    row = (
        await session.execute(
            select(Connection.status, Connection.token_version, Connection.token_ciphertext).where(
                Connection.user_id == user_id, Connection.id == connection_id
            )
        )
    ).one_or_none()
    if row is None or row.status is not ConnectionStatus.ACTIVE:
        return None
    return SealedTokens(row.token_version, row.token_ciphertext)


async def swap_token_set(
    session: AsyncSession,
    user_id: uuid.UUID,
    connection_id: uuid.UUID,
    *,
    expected_version: int,
    ciphertext: str | None,
    expires_at: datetime | None,
) -> bool:
    """Compare-and-set the encrypted token set. False: someone else wrote it first, reread."""
    result = await session.execute(
        update(Connection)
        .where(
            Connection.user_id == user_id,
            Connection.id == connection_id,
            Connection.token_version == expected_version,
            # A grant the user disconnected is never stored again, whoever refreshed it.
            Connection.status != ConnectionStatus.DISCONNECTED,
        )
        .values(
            token_ciphertext=ciphertext,
            token_expires_at=expires_at,
            token_version=Connection.token_version + 1,
        )
        .execution_options(synchronize_session="fetch")
    )
    return rowcount(result) == 1


async def set_connection_status(
    session: AsyncSession,
    user_id: uuid.UUID,
    connection_id: uuid.UUID,
    status: ConnectionStatus,
    reason: str | None = None,
) -> bool:
    """E.g. `needs_reauth` when the provider says the grant is revoked (work for it stops).

    A connection the user disconnected stays disconnected: a job that was in flight and then
    fails for want of a grant must not turn it into "needs sign-in" (only a new connect does)."""
    where = [Connection.user_id == user_id, Connection.id == connection_id]
    if status is ConnectionStatus.NEEDS_REAUTH:
        where.append(Connection.status != ConnectionStatus.DISCONNECTED)
    result = await session.execute(
        update(Connection)
        .where(*where)
        .values(status=status, status_reason=reason)
        .execution_options(synchronize_session="fetch")
    )
    return rowcount(result) == 1


async def get_sync_state(
    session: AsyncSession, user_id: uuid.UUID, connection_id: uuid.UUID, resource: str
) -> SyncState | None:
    return await session.scalar(
        select(SyncState).where(
            SyncState.user_id == user_id,
            SyncState.connection_id == connection_id,
            SyncState.resource == resource,
        )
    )
