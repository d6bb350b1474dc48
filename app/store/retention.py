"""Retention: interviews past the window are deleted, with everything hanging off them.

Deleting an interview cascades in the database to its interviewers, their plans and its draft
records. This runs across all users on purpose: it is a maintenance job, not a user request.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, delete, exists, func, or_
from sqlalchemy.ext.asyncio import AsyncSession

from app.store.drafts import DraftRecord, DraftState
from app.store.interviews import InterviewRecord
from app.store.opportunities import Opportunity
from app.store.sql import rowcount


@dataclass(frozen=True, slots=True)
class PurgeResult:
    cutoff: datetime
    interviews: int
    opportunities: int


async def purge_expired(session: AsyncSession, now: datetime, retention_days: int) -> PurgeResult:
    """Delete interviews that ended more than `retention_days` before `now`.

    An interview without an end counts from its start, and one without either from its last
    update. Interviews with a draft a worker is delivering right now (an unexpired claim) wait for
    the next run. Opportunities left without interviews and untouched for the window go too.
    Bulk deletes bypass the identity map: run it in a session of its own (a job transaction).
    """
    if retention_days < 1:
        raise ValueError("retention_days must be at least 1")
    cutoff = now - timedelta(days=retention_days)
    in_flight = exists().where(
        DraftRecord.interview_id == InterviewRecord.id,
        DraftRecord.state == DraftState.CLAIMED,
        DraftRecord.lease_until > now,
    )
    expired = or_(
        InterviewRecord.end < cutoff,
        and_(
            InterviewRecord.end.is_(None),
            func.coalesce(InterviewRecord.start, InterviewRecord.updated_at) < cutoff,
        ),
    )
    interviews = await session.execute(
        delete(InterviewRecord)
        .where(expired, ~in_flight)
        .execution_options(synchronize_session=False)
    )
    still_used = exists().where(InterviewRecord.opportunity_id == Opportunity.id)
    opportunities = await session.execute(
        delete(Opportunity)
        .where(Opportunity.updated_at < cutoff, ~still_used)
        .execution_options(synchronize_session=False)
    )
    return PurgeResult(cutoff, rowcount(interviews), rowcount(opportunities))


__all__ = ["PurgeResult", "purge_expired"]
