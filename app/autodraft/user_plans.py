"""The auto-draft service for one user: what the API, the Gmail add-on and the Outlook pane call.

Every function takes the user and filters on their id: another user's ids are simply not found
(None), never an error that tells them apart. The caller owns the transaction.

    await list_overviews(session, user, *, now, timezone, limit=200) -> list[InterviewOverview]
    await get_overview(session, user, interview_id, *, now, timezone) -> InterviewOverview | None
    await update_plan(session, user, interviewer_id, changes, *, now, timezone)
        -> InterviewOverview | None      (raises Conflict once that person's note was delivered)
    await set_debrief(session, user, interview_id, debrief_at, *, now, timezone)
        -> InterviewOverview | None
    await list_opportunities(session, user) -> list[OpportunityOverview]
    await stand_down_opportunity(session, user, opportunity_id, *, now, timezone, reason=None)
        -> OpportunityOverview | None
    await resume_opportunity(session, user, opportunity_id, *, now, timezone)
        -> OpportunityOverview | None
    await deliver_interview_now(database, resolver, user_id, interview_id, *, now, defaults,
                                policy=None) -> list[DeliveryResult] | None
        (own transactions: call it outside a request's session)

Overviews carry, per interviewer, the playbook's default scenario with its reasons, the user's
plan, what the planner decided now, and the draft record's state.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.autodraft.delivery import DeliveryDefaults, DeliveryResult, deliver_claimed
from app.autodraft.ingest import (
    plan_for,
    plans_by_interviewer,
    replan_interview,
    replan_opportunity,
)
from app.autodraft.planner import (
    INTERVIEWER_SCENARIOS,
    InterviewerDecision,
    InterviewPlan,
)
from app.autodraft.retry import RetryPolicy
from app.autodraft.worker import make_worker_id
from app.errors import Conflict, ValidationFailed
from app.playbook.models import RiskArea
from app.playbook.scenarios import Scenario
from app.providers.registry import MailboxResolver
from app.store import draft_states
from app.store.db import Database
from app.store.drafts import OPEN_STATES, DraftKind, DraftRecord, DraftState
from app.store.interviews import InterviewerRecord, InterviewRecord
from app.store.opportunities import Opportunity
from app.store.plans import Plan
from app.store.queries import (
    get_interview,
    get_interviewer,
    get_opportunity,
    get_or_create_plan,
    list_interviewers,
    list_interviews,
    stand_down,
)
from app.store.sql import rowcount
from app.store.users import User

CLAIM_LEASE = timedelta(minutes=5)

# The plan fields a user may set (`PlanChanges.values` keys).
PLAN_FIELDS = (
    "scenario_override",
    "stumble",
    "what_happened",
    "restatement",
    "topic",
    "questions",
    "risk_areas",
)


@dataclass(frozen=True, slots=True)
class PlanChanges:
    """The plan fields to write; a field absent from `values` is left as it is.

    `stumble` is the engine's: None = no stumble, "" = a stumble without details yet, text =
    what went wrong. `questions` at most two; `risk_areas` RiskArea values.
    """

    values: dict[str, Any]


@dataclass(slots=True)
class DraftView:
    id: uuid.UUID
    kind: str
    state: str
    scenario: str | None
    due_at: datetime
    next_attempt_at: datetime
    attempts: int
    provider: str | None
    provider_draft_id: str | None
    finished_at: datetime | None
    reason: str | None
    last_error: str | None
    placeholders: int | None

    @classmethod
    def of(cls, record: DraftRecord) -> DraftView:
        return cls(
            record.id,
            str(record.kind),
            str(record.state),
            str(record.scenario) if record.scenario else None,
            record.due_at,
            record.next_attempt_at,
            record.attempts,
            record.provider,
            record.provider_draft_id,
            record.finished_at,
            record.reason,
            record.last_error,
            record.placeholders,
        )


@dataclass(slots=True)
class InterviewerOverview:
    row: InterviewerRecord
    decision: InterviewerDecision | None
    plan: Plan | None
    draft: DraftView | None


@dataclass(slots=True)
class OpportunityOverview:
    row: Opportunity
    interviews: int = 0
    open_drafts: int = 0
    # What the last stand-down / resume changed.
    cancelled: int = 0
    reopened: int = 0


@dataclass(slots=True)
class InterviewOverview:
    row: InterviewRecord
    plan: InterviewPlan
    opportunity: Opportunity | None
    interviewers: list[InterviewerOverview] = field(default_factory=list)
    ask_recruiter: DraftView | None = None


# --- reads -------------------------------------------------------------------------------------


async def _overview(
    session: AsyncSession,
    user: User,
    interview: InterviewRecord,
    *,
    now: datetime,
    timezone: str,
) -> InterviewOverview:
    rows = list(await list_interviewers(session, user.id, interview.id, include_removed=True))
    current = [row for row in rows if row.removed_at is None]
    plans = await plans_by_interviewer(session, user.id, [row.id for row in rows])
    opportunity = None
    if interview.opportunity_id is not None:
        opportunity = await get_opportunity(session, user.id, interview.opportunity_id)
    # Everything plan_for would read is at hand: two queries fewer per listed interview.
    plan = await plan_for(
        session,
        user.id,
        interview,
        now=now,
        timezone=timezone,
        interviewers=current,
        plans=plans,
        stood_down=opportunity is not None and opportunity.stood_down,
    )
    records = (
        await session.scalars(
            select(DraftRecord).where(
                DraftRecord.user_id == user.id, DraftRecord.interview_id == interview.id
            )
        )
    ).all()
    by_key = {(str(r.kind), r.recipient_key): r for r in records}
    overview = InterviewOverview(interview, plan, opportunity)
    for row in rows:
        record = by_key.get((str(DraftKind.THANK_YOU), row.person_key))
        # A removed person is listed only while they have a draft record worth seeing.
        if row.removed_at is not None and record is None:
            continue
        overview.interviewers.append(
            InterviewerOverview(
                row,
                plan.decision(row.person_key) if row.removed_at is None else None,
                plans.get(row.id),
                DraftView.of(record) if record is not None else None,
            )
        )
    ask = by_key.get((str(DraftKind.ASK_RECRUITER), ""))
    overview.ask_recruiter = DraftView.of(ask) if ask is not None else None
    return overview


async def list_overviews(
    session: AsyncSession,
    user: User,
    *,
    now: datetime,
    timezone: str,
    start_from: datetime | None = None,
    limit: int = 200,
) -> list[InterviewOverview]:
    rows = await list_interviews(session, user.id, start_from=start_from, limit=limit)
    return [await _overview(session, user, row, now=now, timezone=timezone) for row in rows]


async def get_overview(
    session: AsyncSession,
    user: User,
    interview_id: uuid.UUID,
    *,
    now: datetime,
    timezone: str,
) -> InterviewOverview | None:
    interview = await get_interview(session, user.id, interview_id)
    if interview is None:
        return None
    return await _overview(session, user, interview, now=now, timezone=timezone)


# --- plan edits ------------------------------------------------------------------------------


async def update_plan(
    session: AsyncSession,
    user: User,
    interviewer_id: uuid.UUID,
    changes: PlanChanges,
    *,
    now: datetime,
    timezone: str,
) -> InterviewOverview | None:
    """Write the user's plan for one interviewer and plan their interview again."""
    interviewer = await get_interviewer(session, user.id, interviewer_id)
    if interviewer is None:
        return None
    delivered = await session.scalar(
        select(DraftRecord.id).where(
            DraftRecord.user_id == user.id,
            DraftRecord.interview_id == interviewer.interview_id,
            DraftRecord.kind == DraftKind.THANK_YOU,
            DraftRecord.recipient_key == interviewer.person_key,
            DraftRecord.state == DraftState.DELIVERED,
        )
    )
    if delivered is not None:
        # Its notes were cleared on delivery; new ones would outlive the note they are for.
        raise Conflict("this person's note is already in your drafts: edit it in your mailbox")
    _check(changes)
    plan = await get_or_create_plan(session, user.id, interviewer_id)
    assert plan is not None
    for name, value in changes.values.items():
        if name == "stumble":
            plan.stumble = value is not None
            plan.stumble_text = value or None
        elif name == "scenario_override":
            plan.scenario_override = Scenario(value) if value is not None else None
        elif name == "questions":
            plan.questions = [str(q) for q in value or [] if str(q).strip()] or None
        elif name == "risk_areas":
            plan.risk_areas = [RiskArea(v).value for v in value or []] or None
        else:
            setattr(plan, name, value or None)
    plan.notes_cleared_at = None
    await session.flush()
    await replan_interview(session, user, interviewer.interview_id, now=now, timezone=timezone)
    return await get_overview(session, user, interviewer.interview_id, now=now, timezone=timezone)


def _check(changes: PlanChanges) -> None:
    unknown = set(changes.values) - set(PLAN_FIELDS)
    if unknown:
        raise ValidationFailed(f"not plan fields: {', '.join(sorted(unknown))}")
    override = changes.values.get("scenario_override")
    if override is not None and Scenario(override) not in INTERVIEWER_SCENARIOS:
        raise ValidationFailed(
            "a person's scenario is recovery, follow_up, gratitude or stand_down "
            "(ask_recruiter is planned per interview)"
        )
    if len(changes.values.get("questions") or []) > 2:
        raise ValidationFailed("at most two questions (PLAYBOOK: never more than two)")
    for area in changes.values.get("risk_areas") or []:
        if area not in {a.value for a in RiskArea}:
            raise ValidationFailed(f"unknown risk area {area!r}")


async def set_debrief(
    session: AsyncSession,
    user: User,
    interview_id: uuid.UUID,
    debrief_at: datetime | None,
    *,
    now: datetime,
    timezone: str,
) -> InterviewOverview | None:
    """When the hiring team debriefs (a recovery note's send-by), or None when unknown."""
    interview = await get_interview(session, user.id, interview_id)
    if interview is None:
        return None
    interview.debrief_at = debrief_at
    await session.flush()
    await replan_interview(session, user, interview_id, now=now, timezone=timezone)
    return await get_overview(session, user, interview_id, now=now, timezone=timezone)


# --- opportunities -----------------------------------------------------------------------------


async def _opportunity_overview(
    session: AsyncSession, user_id: uuid.UUID, opportunity: Opportunity
) -> OpportunityOverview:
    interviews = await session.scalar(
        select(func.count(InterviewRecord.id)).where(
            InterviewRecord.user_id == user_id, InterviewRecord.opportunity_id == opportunity.id
        )
    )
    open_drafts = await session.scalar(
        select(func.count(DraftRecord.id)).where(
            DraftRecord.user_id == user_id,
            DraftRecord.state.in_(list(OPEN_STATES)),
            DraftRecord.interview_id.in_(
                select(InterviewRecord.id).where(
                    InterviewRecord.user_id == user_id,
                    InterviewRecord.opportunity_id == opportunity.id,
                )
            ),
        )
    )
    return OpportunityOverview(opportunity, int(interviews or 0), int(open_drafts or 0))


async def list_opportunities(session: AsyncSession, user: User) -> list[OpportunityOverview]:
    rows = (
        await session.scalars(
            select(Opportunity)
            .where(Opportunity.user_id == user.id)
            .order_by(Opportunity.created_at, Opportunity.id)
        )
    ).all()
    return [await _opportunity_overview(session, user.id, row) for row in rows]


async def stand_down_opportunity(
    session: AsyncSession,
    user: User,
    opportunity_id: uuid.UUID,
    *,
    now: datetime,
    timezone: str,
    reason: str | None = None,
) -> OpportunityOverview | None:
    """PLAYBOOK §1: no note for this opportunity; its pending drafts are cancelled."""
    cancelled = await stand_down(session, user.id, opportunity_id, now, reason)
    if cancelled is None:
        return None
    replanned = await replan_opportunity(session, user, opportunity_id, now=now, timezone=timezone)
    opportunity = await get_opportunity(session, user.id, opportunity_id)
    assert opportunity is not None
    await session.refresh(opportunity)
    overview = await _opportunity_overview(session, user.id, opportunity)
    overview.cancelled = cancelled + replanned.cancelled
    return overview


async def resume_opportunity(
    session: AsyncSession,
    user: User,
    opportunity_id: uuid.UUID,
    *,
    now: datetime,
    timezone: str,
) -> OpportunityOverview | None:
    """Undo a stand-down: what is still owed is planned again (cancelled drafts reopen)."""
    result = await session.execute(
        update(Opportunity)
        .where(Opportunity.user_id == user.id, Opportunity.id == opportunity_id)
        .values(stood_down_at=None, stand_down_reason=None)
        .execution_options(synchronize_session="fetch")
    )
    if rowcount(result) == 0:
        return None
    replanned = await replan_opportunity(session, user, opportunity_id, now=now, timezone=timezone)
    opportunity = await get_opportunity(session, user.id, opportunity_id)
    assert opportunity is not None
    overview = await _opportunity_overview(session, user.id, opportunity)
    overview.reopened = replanned.reopened + replanned.planned
    return overview


# --- delivery on request -----------------------------------------------------------------------


async def deliver_interview_now(
    database: Database,
    resolver: MailboxResolver,
    user_id: uuid.UUID,
    interview_id: uuid.UUID,
    *,
    now: datetime,
    defaults: DeliveryDefaults,
    policy: RetryPolicy | None = None,
    interviewer_ids: Sequence[uuid.UUID] | None = None,
) -> list[DeliveryResult] | None:
    """Put this interview's pending drafts into the mailbox now, due or not ("create now").

    The same exactly-once path as the worker: claim (a pending record only), look up by key,
    create, finish with compare-and-set. None if the user has no such interview.
    """
    worker_id = make_worker_id()
    async with database.sessions() as session:
        interview = await get_interview(session, user_id, interview_id)
        if interview is None:
            return None
        query = select(DraftRecord.id).where(
            DraftRecord.user_id == user_id,
            DraftRecord.interview_id == interview_id,
            DraftRecord.state == DraftState.PENDING,
        )
        if interviewer_ids is not None:
            query = query.where(DraftRecord.interviewer_id.in_(list(interviewer_ids)))
        ids = (await session.scalars(query.order_by(DraftRecord.due_at, DraftRecord.id))).all()
        claimed = [
            record_id
            for record_id in ids
            if await draft_states.claim(
                session, user_id, record_id, worker_id=worker_id, now=now, lease=CLAIM_LEASE
            )
        ]
        await session.commit()
    policy = policy or RetryPolicy()
    return [
        await deliver_claimed(
            database,
            resolver,
            record_id,
            worker_id=worker_id,
            clock=lambda: now,
            policy=policy,
            defaults=defaults,
            early=True,
        )
        for record_id in claimed
    ]
