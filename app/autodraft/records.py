"""Database rows → the pure planner's inputs, and the small compare-and-set writes on draft records.

    view_from_records(interview, interviewers) -> InterviewView
    choice_from_plan(plan, interview) -> PlanChoice
    details_from_plan(plan, interview) -> Details
    planning_timezone(user, default) -> str

The writes here complement `app.store.queue` (claim, deliver, retry, fail): each one is a single
UPDATE guarded by the state the caller saw, so it never overwrites a concurrent worker or sync.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import case, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.autodraft.planner import InterviewerView, InterviewView, PlanChoice
from app.calendar.model import Contact, EventStatus
from app.playbook.models import Details, RiskArea
from app.playbook.scenarios import Scenario
from app.playbook.timing import zone
from app.store.drafts import DraftRecord, DraftState, cancel_open
from app.store.interviews import InterviewerRecord, InterviewRecord
from app.store.plans import Plan
from app.store.queries import clear_plan_notes, rowcount
from app.store.queue import claim_due, held_by, update_held
from app.store.users import User


def _contact(name: str | None, email: str | None) -> Contact | None:
    return Contact(name, email) if (name or email) else None


def view_from_records(
    interview: InterviewRecord, interviewers: Sequence[InterviewerRecord]
) -> InterviewView:
    """Removed interviewers (no longer on the invite) are left out."""
    return InterviewView(
        start=interview.start,
        end=interview.end,
        cancelled=interview.status is EventStatus.CANCELLED,
        interviewers=tuple(
            InterviewerView(
                key=row.person_key,
                name=row.name,
                email=row.email,
                title=row.title,
                hiring_manager=row.hiring_manager,
                slot_start=row.slot_start,
                slot_end=row.slot_end,
            )
            for row in interviewers
            if row.removed_at is None
        ),
        recruiter=_contact(interview.recruiter_name, interview.recruiter_email),
        organizer=_contact(interview.organizer_name, interview.organizer_email),
        debrief_at=interview.debrief_at,
    )


def _risk_areas(values: Sequence[str] | None) -> tuple[RiskArea, ...]:
    known = {area.value for area in RiskArea}
    return tuple(RiskArea(v) for v in values or () if v in known)


def details_from_plan(plan: Plan | None, interview: InterviewRecord | None = None) -> Details:
    debrief = interview.debrief_at if interview is not None else None
    if plan is None:
        return Details(debrief_at=debrief)
    return Details(
        topic=plan.topic,
        # The flag with no text yet still means "stumbled" ("" in the engine's terms).
        stumble=(plan.stumble_text or "") if plan.stumble else None,
        what_happened=plan.what_happened,
        restatement=plan.restatement,
        questions=tuple(plan.questions or ()),
        risk_areas=_risk_areas(plan.risk_areas),
        debrief_at=debrief,
    )


def choice_from_plan(plan: Plan | None, interview: InterviewRecord | None = None) -> PlanChoice:
    return PlanChoice(
        scenario_override=plan.scenario_override if plan is not None else None,
        details=details_from_plan(plan, interview),
    )


def planning_timezone(user: User, default: str) -> str:
    """The user's zone when it is a known IANA name, else `default` (settings.timezone)."""
    for name in (user.timezone, default):
        if name:
            try:
                zone(name)
            except ValueError:
                continue
            return name
    return "UTC"


# --- guarded writes ----------------------------------------------------------------------------


async def release_claim(
    session: AsyncSession,
    record_id: uuid.UUID,
    *,
    worker_id: str,
    next_attempt_at: datetime,
    note: str | None = None,
    refund_attempt: bool = True,
) -> bool:
    """Back to pending without blame: not the item's fault (rescheduled, reauth, shutdown)."""
    values: dict[str, object] = {"state": DraftState.PENDING, "next_attempt_at": next_attempt_at}
    if refund_attempt:
        values["attempts"] = case((DraftRecord.attempts > 0, DraftRecord.attempts - 1), else_=0)
    if note is not None:
        values["last_error"] = note
    return await update_held(session, record_id, worker_id, values, synchronize=False)


async def cancel_claimed(
    session: AsyncSession, record_id: uuid.UUID, *, worker_id: str, reason: str, now: datetime
) -> bool:
    cancelled = {"state": DraftState.CANCELLED, "reason": reason, "finished_at": now}
    return await update_held(session, record_id, worker_id, cancelled, synchronize=False)


async def cancel_open_record(
    session: AsyncSession, record_id: uuid.UUID, *, reason: str, now: datetime
) -> bool:
    """Cancel one pending or claimed record (a claimed one: its worker's finish then fails)."""
    result = await session.execute(
        cancel_open(DraftRecord.id == record_id, reason=reason, now=now).execution_options(
            synchronize_session=False
        )
    )
    return rowcount(result) == 1


async def claim_due_for_user(
    session: AsyncSession,
    user_id: uuid.UUID,
    *,
    worker_id: str,
    now: datetime,
    lease: timedelta,
    limit: int,
) -> Sequence[DraftRecord]:
    """`queue.claim_due` restricted to one user's records (the embedded `run` serves one user)."""
    return await claim_due(
        session, worker_id=worker_id, now=now, lease=lease, limit=limit, user_id=user_id
    )


async def claim_record(
    session: AsyncSession,
    user_id: uuid.UUID,
    record_id: uuid.UUID,
    *,
    worker_id: str,
    now: datetime,
    lease: timedelta,
) -> bool:
    """Claim one pending record of this user now, due or not ("put the drafts in now")."""
    result = await session.execute(
        update(DraftRecord)
        .where(
            DraftRecord.user_id == user_id,
            DraftRecord.id == record_id,
            DraftRecord.state == DraftState.PENDING,
        )
        .values(
            state=DraftState.CLAIMED,
            claimed_by=worker_id,
            lease_until=now + lease,
            attempts=DraftRecord.attempts + 1,
        )
        .execution_options(synchronize_session=False)
    )
    return rowcount(result) == 1


async def finish_delivered(
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
    """`queue.mark_delivered` in one guarded UPDATE ... RETURNING, with the final scenario and
    the placeholder count; then the interviewer's notes are cleared (none outlive delivery)."""
    values: dict[str, object] = {
        "state": DraftState.DELIVERED,
        "provider": provider,
        "provider_draft_id": provider_draft_id,
        "finished_at": now,
        "claimed_by": None,
        "lease_until": None,
        "last_error": None,
        "placeholders": placeholders,
    }
    if scenario is not None:
        values["scenario"] = scenario
    row = (
        await session.execute(
            update(DraftRecord)
            .where(held_by(record_id, worker_id))
            .values(**values)
            .returning(DraftRecord.user_id, DraftRecord.interviewer_id)
            .execution_options(synchronize_session=False)
        )
    ).first()
    if row is None:
        return False
    user_id, interviewer_id = row
    if interviewer_id is not None:
        await clear_plan_notes(session, user_id, interviewer_id, now)
    return True
