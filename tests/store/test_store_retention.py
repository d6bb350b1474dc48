"""Retention: interviews past the window go, with their interviewers, plans and drafts."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.store import queries as q
from app.store.drafts import DraftRecord, DraftState
from app.store.interviews import InterviewerRecord, InterviewRecord
from app.store.opportunities import Opportunity
from app.store.plans import Plan
from app.store.retention import purge_expired
from tests.store.conftest import NOW, add_interview, add_user, draft_for


async def count(session: AsyncSession, model: type) -> int:
    return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def test_purge_removes_expired_interviews_and_everything_under_them(
    session: AsyncSession,
) -> None:
    user = await add_user(session)
    other = await add_user(session, "google:-:2")
    old = await add_interview(session, user, end=NOW - timedelta(days=91))
    recent = await add_interview(session, user, end=NOW - timedelta(days=89))
    others_old = await add_interview(session, other, end=NOW - timedelta(days=200))
    undated_old = await add_interview(session, user, end=None)
    undated_old.start = NOW - timedelta(days=100)
    for interview in (old, recent):
        interviewer = interview.interviewers[0]
        session.add(Plan(interviewer_id=interviewer.id, user_id=user.id, topic="t"))
        session.add(
            draft_for(interview, interviewer, state=DraftState.DELIVERED, provider_draft_id="r")
        )
    await session.commit()

    result = await purge_expired(session, NOW, retention_days=90)
    await session.commit()
    session.expunge_all()

    assert result.interviews == 3
    assert result.cutoff == NOW - timedelta(days=90)
    remaining = (await session.scalars(select(InterviewRecord.id))).all()
    assert remaining == [recent.id]
    assert others_old.id not in remaining
    assert await count(session, InterviewerRecord) == 1
    assert await count(session, Plan) == 1
    assert await count(session, DraftRecord) == 1


async def test_purge_waits_for_a_draft_being_delivered(session: AsyncSession) -> None:
    user = await add_user(session)
    old = await add_interview(session, user, end=NOW - timedelta(days=120))
    session.add(
        draft_for(
            old,
            old.interviewers[0],
            state=DraftState.CLAIMED,
            claimed_by="w1",
            lease_until=NOW + timedelta(minutes=2),
        )
    )
    await session.commit()

    assert (await purge_expired(session, NOW, retention_days=90)).interviews == 0
    # Once the lease has run out the claim is abandoned, and the purge proceeds.
    later = NOW + timedelta(minutes=3)
    assert (await purge_expired(session, later, retention_days=90)).interviews == 1


async def test_purge_drops_opportunities_left_without_interviews(session: AsyncSession) -> None:
    user = await add_user(session)
    stale = await q.get_or_create_opportunity(session, user.id, "Old Co", None)
    used = await q.get_or_create_opportunity(session, user.id, "Acme", "Engineer")
    await add_interview(session, user, opportunity_id=used.id)
    fresh = await q.get_or_create_opportunity(session, user.id, "New Co", None)
    await session.commit()

    # Judged against a `now` far enough ahead that every opportunity is older than the window,
    # with one interview kept alive by ending later still.
    far = NOW + timedelta(days=10_000)
    await add_interview(session, user, opportunity_id=fresh.id, end=far)
    await session.commit()
    result = await purge_expired(session, far, retention_days=90)
    await session.commit()
    session.expunge_all()
    left = set((await session.scalars(select(Opportunity.id))).all())
    assert left == {fresh.id}
    assert stale.id not in left
    assert result.opportunities == 2
