"""The suggestion service's reads of the store (repository functions, all filtered by the
user's id): the user's interviews in the lookup window with their interviewers' plans, and
which interviews read live belong to an opportunity the user stood down from."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.autodraft.ingest import plans_by_interviewer
from app.autodraft.records import details_from_plan
from app.calendar.model import EventStatus
from app.calendar.recipients import window
from app.playbook.models import company_source
from app.playbook.roles import Role
from app.store.interviews import InterviewerRecord, InterviewRecord
from app.store.opportunities import Opportunity, normalize_key
from app.store.plans import Plan
from app.store.queries import list_interviews
from app.suggestions.candidates import Candidate, Party, party_of


async def stored_candidates(
    session: AsyncSession, user_id: uuid.UUID, now: datetime
) -> list[Candidate]:
    """The user's stored interviews in the lookup window, with their interviewers' plans and
    whether their opportunity was stood down."""
    since, before = window(now)
    rows = [
        row
        for row in await list_interviews(session, user_id, start_from=since, start_before=before)
        if row.status is not EventStatus.CANCELLED
    ]
    if not rows:
        return []
    ids = [row.id for row in rows]
    people = (
        await session.scalars(
            select(InterviewerRecord)
            .where(
                InterviewerRecord.user_id == user_id,
                InterviewerRecord.interview_id.in_(ids),
                InterviewerRecord.removed_at.is_(None),
            )
            .order_by(InterviewerRecord.created_at, InterviewerRecord.id)
        )
    ).all()
    plans = await plans_by_interviewer(session, user_id, [p.id for p in people])
    opportunity_ids = {row.opportunity_id for row in rows if row.opportunity_id is not None}
    stood_down = set()
    if opportunity_ids:
        stood_down = set(
            (
                await session.scalars(
                    select(Opportunity.id).where(
                        Opportunity.user_id == user_id,
                        Opportunity.id.in_(opportunity_ids),
                        Opportunity.stood_down_at.is_not(None),
                    )
                )
            ).all()
        )
    by_interview: dict[uuid.UUID, list[InterviewerRecord]] = {}
    for person in people:
        by_interview.setdefault(person.interview_id, []).append(person)
    return [
        _stored_candidate(
            row, by_interview.get(row.id, []), plans, row.opportunity_id in stood_down
        )
        for row in rows
    ]


def _stored_candidate(
    row: InterviewRecord,
    people: list[InterviewerRecord],
    plans: dict[uuid.UUID, Plan],
    stood_down: bool,
) -> Candidate:
    parties = []
    for person in people:
        plan = plans.get(person.id)
        parties.append(
            party_of(
                person,
                details=details_from_plan(plan, row),
                override=plan.scenario_override if plan is not None else None,
            )
        )
    recruiter = None
    if row.recruiter_email or row.recruiter_name:
        recruiter = Party(row.recruiter_name, row.recruiter_email, None, Role.RECRUITER)
    return Candidate(
        id=row.external_id,
        title=row.title,
        company=row.company,
        position=row.position,
        start=row.start,
        end=row.end,
        interviewers=tuple(parties),
        recruiter=recruiter,
        missing_emails=row.missing_emails,
        stood_down=stood_down,
        debrief_at=row.debrief_at,
        company_source=company_source(row.company_source),
        all_day=row.all_day,
    )


async def with_stand_downs(
    session: AsyncSession, user_id: uuid.UUID, candidates: list[Candidate]
) -> list[Candidate]:
    """Interviews not stored yet still belong to an opportunity the user may have stood down
    from: same company, and the same position or one of the two without a position."""
    if not candidates:
        return candidates
    stood_down = (
        await session.execute(
            select(Opportunity.company_key, Opportunity.position_key).where(
                Opportunity.user_id == user_id, Opportunity.stood_down_at.is_not(None)
            )
        )
    ).all()
    if not stood_down:
        return candidates

    def covered(candidate: Candidate) -> bool:
        company = normalize_key(candidate.company, company=True)
        position = normalize_key(candidate.position)
        return bool(company) and any(
            row.company_key == company
            and (not row.position_key or not position or row.position_key == position)
            for row in stood_down
        )

    return [replace(c, stood_down=True) if covered(c) else c for c in candidates]
