"""The caller's interviews, plans and auto-drafts (thin routes over `app.autodraft.user_plans`).

    GET   /v1/interviews                         interviews with interviewers, plans, draft states
    GET   /v1/interviews/{id}
    PATCH /v1/interviews/{id}                    {debrief_at}
    POST  /v1/interviews/{id}/drafts             put its pending drafts in the mailbox now
    PUT   /v1/interviewers/{id}/plan             replace one interviewer's plan (replans)
    PATCH /v1/interviewers/{id}/plan             change some fields of it (replans)
    GET   /v1/opportunities
    POST  /v1/opportunities/{id}/stand-down      no note; pending drafts cancelled
    POST  /v1/opportunities/{id}/resume          planned again

Every id is looked up within the caller's own rows: an unknown id and another user's id both
answer 404 not_found, the same way, so nothing tells them apart.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, TypeVar

from fastapi import APIRouter, Query
from sqlalchemy.ext.asyncio import AsyncSession

from app.api.deps import (
    CurrentUser,
    DatabaseDep,
    MailboxesDep,
    PlanningZone,
    SessionDep,
    SettingsDep,
)
from app.api.schemas_autodraft import (
    DeliverNowOut,
    InterviewOverviewOut,
    InterviewPatch,
    InterviewsOut,
    OpportunitiesOut,
    OpportunityOut,
    PlanIn,
    StandDownIn,
)
from app.api.schemas_errors import ERROR_RESPONSES, ErrorOut
from app.autodraft import user_plans
from app.autodraft.delivery import DeliveryDefaults
from app.autodraft.retry import RetryPolicy
from app.errors import NotFound
from app.store import queries
from app.store.users import User

router = APIRouter(prefix="/v1", tags=["auto-drafts"])
T = TypeVar("T")

NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorOut, "description": "No such id among yours"},
    **ERROR_RESPONSES,
}
PLAN_RESPONSES: dict[int | str, dict[str, Any]] = {
    **NOT_FOUND,
    409: {
        "model": ErrorOut,
        "description": "This person's note is already in your mailbox: edit it there",
    },
}


def _id(value: str, what: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        raise NotFound(f"no such {what}") from None


def _found(found: T | None, what: str) -> T:
    # None covers both an unknown id and another user's: one answer, so nothing tells them apart.
    if found is None:
        raise NotFound(f"no such {what}")
    return found


@router.get(
    "/interviews",
    summary="Your interviews, interviewers, plans and drafts",
    response_model=InterviewsOut,
    responses=ERROR_RESPONSES,
)
async def list_interviews(
    timezone: PlanningZone,
    user: CurrentUser,
    session: SessionDep,
    limit: int = Query(200, ge=1, le=500),
) -> InterviewsOut:
    found = await user_plans.list_overviews(
        session, user, now=datetime.now(UTC), timezone=timezone, limit=limit
    )
    return InterviewsOut(interviews=[InterviewOverviewOut.of(o) for o in found])


@router.get(
    "/interviews/{interview_id}",
    summary="One of your interviews",
    response_model=InterviewOverviewOut,
    responses=NOT_FOUND,
)
async def get_interview(
    interview_id: str, timezone: PlanningZone, user: CurrentUser, session: SessionDep
) -> InterviewOverviewOut:
    found = await user_plans.get_overview(
        session,
        user,
        _id(interview_id, "interview"),
        now=datetime.now(UTC),
        timezone=timezone,
    )
    return InterviewOverviewOut.of(_found(found, "interview"))


@router.patch(
    "/interviews/{interview_id}",
    summary="Set when the hiring team debriefs",
    response_model=InterviewOverviewOut,
    responses=NOT_FOUND,
)
async def patch_interview(
    interview_id: str,
    body: InterviewPatch,
    timezone: PlanningZone,
    user: CurrentUser,
    session: SessionDep,
) -> InterviewOverviewOut:
    found = await user_plans.set_debrief(
        session,
        user,
        _id(interview_id, "interview"),
        body.debrief_at,
        now=datetime.now(UTC),
        timezone=timezone,
    )
    return InterviewOverviewOut.of(_found(found, "interview"))


@router.post(
    "/interviews/{interview_id}/drafts",
    summary="Put this interview's pending drafts into your mailbox now",
    response_model=DeliverNowOut,
    responses=NOT_FOUND,
)
async def deliver_now(
    interview_id: str,
    timezone: PlanningZone,
    settings: SettingsDep,
    user: CurrentUser,
    session: SessionDep,
    database: DatabaseDep,
    mailboxes: MailboxesDep,
) -> DeliverNowOut:
    key = _id(interview_id, "interview")
    if await queries.get_interview(session, user.id, key) is None:
        raise NotFound("no such interview")
    # The user row is committed by now (the session is the request's); delivery runs its own
    # short transactions, as the worker does.
    await session.commit()
    results = await user_plans.deliver_interview_now(
        database,
        mailboxes,
        user.id,
        key,
        now=datetime.now(UTC),
        defaults=replace(DeliveryDefaults.from_settings(settings), timezone=timezone),
        policy=RetryPolicy(max_attempts=settings.worker_max_attempts),
    )
    overview = await user_plans.get_overview(
        session, user, key, now=datetime.now(UTC), timezone=timezone
    )
    return DeliverNowOut(
        results=results or [],
        interview=InterviewOverviewOut.of(overview) if overview else None,
    )


async def _save_plan(
    interviewer_id: str,
    body: PlanIn,
    timezone: str,
    user: User,
    session: AsyncSession,
    *,
    partial: bool,
) -> InterviewOverviewOut:
    changes = user_plans.PlanChanges(body.values(partial=partial))
    found = await user_plans.update_plan(
        session,
        user,
        _id(interviewer_id, "interviewer"),
        changes,
        now=datetime.now(UTC),
        timezone=timezone,
    )
    return InterviewOverviewOut.of(_found(found, "interviewer"))


@router.put(
    "/interviewers/{interviewer_id}/plan",
    summary="Replace one interviewer's plan",
    response_model=InterviewOverviewOut,
    responses=PLAN_RESPONSES,
)
async def put_plan(
    interviewer_id: str,
    body: PlanIn,
    timezone: PlanningZone,
    user: CurrentUser,
    session: SessionDep,
) -> InterviewOverviewOut:
    return await _save_plan(interviewer_id, body, timezone, user, session, partial=False)


@router.patch(
    "/interviewers/{interviewer_id}/plan",
    summary="Change one interviewer's plan",
    response_model=InterviewOverviewOut,
    responses=PLAN_RESPONSES,
)
async def patch_plan(
    interviewer_id: str,
    body: PlanIn,
    timezone: PlanningZone,
    user: CurrentUser,
    session: SessionDep,
) -> InterviewOverviewOut:
    return await _save_plan(interviewer_id, body, timezone, user, session, partial=True)


@router.get(
    "/opportunities",
    summary="The companies and roles you are interviewing for",
    response_model=OpportunitiesOut,
    responses=ERROR_RESPONSES,
)
async def list_opportunities(user: CurrentUser, session: SessionDep) -> OpportunitiesOut:
    found = await user_plans.list_opportunities(session, user)
    return OpportunitiesOut(opportunities=[OpportunityOut.of(o) for o in found])


@router.post(
    "/opportunities/{opportunity_id}/stand-down",
    summary="Stand down: no note for this opportunity, pending drafts cancelled",
    response_model=OpportunityOut,
    responses=NOT_FOUND,
)
async def stand_down(
    opportunity_id: str,
    timezone: PlanningZone,
    user: CurrentUser,
    session: SessionDep,
    body: StandDownIn | None = None,
) -> OpportunityOut:
    found = await user_plans.stand_down_opportunity(
        session,
        user,
        _id(opportunity_id, "opportunity"),
        now=datetime.now(UTC),
        timezone=timezone,
        reason=body.reason if body else None,
    )
    return OpportunityOut.of(_found(found, "opportunity"))


@router.post(
    "/opportunities/{opportunity_id}/resume",
    summary="Resume: what is still owed is planned again",
    response_model=OpportunityOut,
    responses=NOT_FOUND,
)
async def resume(
    opportunity_id: str, timezone: PlanningZone, user: CurrentUser, session: SessionDep
) -> OpportunityOut:
    found = await user_plans.resume_opportunity(
        session,
        user,
        _id(opportunity_id, "opportunity"),
        now=datetime.now(UTC),
        timezone=timezone,
    )
    return OpportunityOut.of(_found(found, "opportunity"))
