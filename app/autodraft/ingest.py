"""Calendar interviews in, draft records out: store what the calendar says, then reconcile.

Public API. Every calendar reader ends here: the calendar syncs (sync_common), the local run
(local_run) and the Gmail card's "plan this interview" (addons/gmail/plans):

    await ingest_interviews(session, user, interviews, *, now, timezone,
                            calendar_connection_id=None, mailbox_connection_id=None,
                            complete=False, window=None) -> IngestResult
    await replan_interview(session, user, interview_id, *, now, timezone,
                           cancel_reason=None) -> Reconciled | None
    await replan_opportunity(session, user, opportunity_id, *, now, timezone) -> Reconciled
    interviews_from_events(events, *, me, timezone) -> list[Interview]

The caller owns the transaction (commit after the call). Everything is idempotent: ingesting
the same calendar twice changes nothing the second time, and it is safe beside running workers.
Reconciling an interview is a pure diff (`reconcile.diff`: stored records + the new plan → the
transitions, rules there) and `apply_transitions`, which performs them through
`app.store.draft_states`, each guarded by the state it was read in. A new record's unique key
and ON CONFLICT DO NOTHING make a parallel sync harmless.

`complete=True` says `interviews` is the whole calendar of `calendar_connection_id` (within
`window` if given): an interview stored from that calendar but absent now is treated as
cancelled ("no longer in the calendar"). Incremental syncs pass `complete=False` and report
deletions as cancelled interviews instead.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.autodraft.planner import InterviewPlan, plan_interview
from app.autodraft.reconcile import (
    Cancel,
    Create,
    Reopen,
    Reschedule,
    Retarget,
    StoredDraft,
    Transition,
    diff,
)
from app.autodraft.records import choice_from_plan, view_from_records
from app.calendar.interviews import interview_from_event, user_zone
from app.calendar.model import (
    Event,
    EventStatus,
    Interview,
    Interviewer,
    InterviewerSource,
    person_key,
)
from app.calendar.people import Me
from app.store import draft_states
from app.store.connections import Connection, ConnectionStatus
from app.store.drafts import DraftKind, DraftRecord, idempotency_key
from app.store.interviews import InterviewerRecord, InterviewRecord, schedule_fingerprint
from app.store.opportunities import Opportunity, normalize_key
from app.store.plans import Plan
from app.store.queries import (
    find_interview,
    find_opportunity,
    get_interview,
    get_or_create_opportunity,
    list_interviewers,
)
from app.store.sql import insert_ignoring_conflicts
from app.store.users import User

GONE_FROM_CALENDAR = "No longer in the calendar."


@dataclass(slots=True)
class Reconciled:
    """What one reconcile changed in the draft records."""

    planned: int = 0
    rescheduled: int = 0
    cancelled: int = 0
    reopened: int = 0

    def add(self, other: Reconciled) -> None:
        self.planned += other.planned
        self.rescheduled += other.rescheduled
        self.cancelled += other.cancelled
        self.reopened += other.reopened


@dataclass(slots=True)
class IngestResult:
    interviews: int = 0  # interviews in the input
    created: int = 0  # first seen now
    moved: int = 0  # times or slots changed
    cancelled: int = 0  # newly cancelled (in the input, or gone from a complete calendar)
    drafts: Reconciled = field(default_factory=Reconciled)
    # Row ids of the input's interviews, in input order.
    interview_ids: list[uuid.UUID] = field(default_factory=list)
    # Row ids of stored interviews a complete sync no longer found (now cancelled).
    gone_ids: list[uuid.UUID] = field(default_factory=list)


def interviews_from_events(
    events: Iterable[Event], *, me: Sequence[str], timezone: str
) -> list[Interview]:
    """The user's interviews among normalised events (what a CalendarSource lists)."""
    who = Me(me)
    tz = user_zone(timezone)
    return [i for event in events if (i := interview_from_event(event, who, tz)) is not None]


async def ingest_interviews(
    session: AsyncSession,
    user: User,
    interviews: Sequence[Interview],
    *,
    now: datetime,
    timezone: str,
    calendar_connection_id: uuid.UUID | None = None,
    mailbox_connection_id: uuid.UUID | None = None,
    complete: bool = False,
    window: tuple[datetime, datetime] | None = None,
) -> IngestResult:
    """Store the interviews and bring their draft records in line with the plan."""
    if complete and calendar_connection_id is None:
        raise ValueError("a complete sync needs the calendar connection it covers")
    result = IngestResult()
    seen: set[str] = set()
    for interview in interviews:
        if not interview.is_interview or interview.key in seen:
            continue
        seen.add(interview.key)
        result.interviews += 1
        row, change = await _upsert_interview(
            session, user.id, interview, now=now, connection_id=calendar_connection_id
        )
        result.interview_ids.append(row.id)
        result.created += change == "created"
        result.moved += change == "moved"
        result.cancelled += change == "cancelled"
        kept = await _upsert_interviewers(
            session,
            user.id,
            row.id,
            interview.interviewers,
            now,
            partial=interview.attendees_hidden,
        )
        if interview.attendees_hidden:
            # The guests kept from an earlier copy count, as the planner counts them.
            row.missing_emails = not kept or any(not r.email for r in kept)
        reconciled = await replan_interview(
            session,
            user,
            row.id,
            now=now,
            timezone=timezone,
            mailbox_connection_id=mailbox_connection_id,
        )
        if reconciled is not None:
            result.drafts.add(reconciled)
    if complete:
        for row in await _gone(session, user.id, calendar_connection_id, seen, window):
            result.cancelled += 1
            result.gone_ids.append(row.id)
            result.drafts.add(
                await cancel_interview(
                    session, user, row, now=now, timezone=timezone, reason=GONE_FROM_CALENDAR
                )
            )
    return result


async def cancel_interview(
    session: AsyncSession,
    user: User,
    row: InterviewRecord,
    *,
    now: datetime,
    timezone: str,
    reason: str,
) -> Reconciled:
    """A stored interview the calendar no longer has: cancelled, and its open drafts with it."""
    row.status = EventStatus.CANCELLED
    row.sequence += 1
    await session.flush()
    done = await replan_interview(
        session, user, row.id, now=now, timezone=timezone, cancel_reason=reason
    )
    return done if done is not None else Reconciled()


async def replan_interview(
    session: AsyncSession,
    user: User,
    interview_id: uuid.UUID,
    *,
    now: datetime,
    timezone: str,
    cancel_reason: str | None = None,
    mailbox_connection_id: uuid.UUID | None = None,
) -> Reconciled | None:
    """Plan one stored interview again (after a sync, a plan edit, a stand-down or resume).

    None if the user has no such interview. New records go to `mailbox_connection_id`, else to
    the mailbox this interview's records already use (see `mailbox_connection_for`).
    """
    interview = await get_interview(session, user.id, interview_id)
    if interview is None:
        return None
    interviewers = await list_interviewers(session, user.id, interview.id)
    plan = await plan_for(
        session, user.id, interview, now=now, timezone=timezone, interviewers=interviewers
    )
    if mailbox_connection_id is None:
        mailbox_connection_id = await mailbox_connection_for(session, user.id, interview)
    return await _reconcile(
        session,
        interview,
        plan,
        interviewers,
        now=now,
        connection_id=mailbox_connection_id,
        cancel_reason=cancel_reason,
    )


async def replan_opportunity(
    session: AsyncSession,
    user: User,
    opportunity_id: uuid.UUID,
    *,
    now: datetime,
    timezone: str,
) -> Reconciled:
    total = Reconciled()
    ids = (
        await session.scalars(
            select(InterviewRecord.id).where(
                InterviewRecord.user_id == user.id,
                InterviewRecord.opportunity_id == opportunity_id,
            )
        )
    ).all()
    for interview_id in ids:
        done = await replan_interview(session, user, interview_id, now=now, timezone=timezone)
        if done is not None:
            total.add(done)
    return total


async def plan_for(
    session: AsyncSession,
    user_id: uuid.UUID,
    interview: InterviewRecord,
    *,
    now: datetime,
    timezone: str,
    interviewers: Sequence[InterviewerRecord] | None = None,
    plans: dict[uuid.UUID, Plan] | None = None,
    stood_down: bool | None = None,
) -> InterviewPlan:
    """The planner's answer for a stored interview, from its rows and the user's plans.

    The interviewers, their plans and the opportunity's stand-down are read unless given.
    """
    if interviewers is None:
        interviewers = await list_interviewers(session, user_id, interview.id)
    if plans is None:
        plans = await plans_by_interviewer(session, user_id, [i.id for i in interviewers])
    choices = {
        row.person_key: choice_from_plan(plans.get(row.id), interview) for row in interviewers
    }
    if stood_down is None:
        stood_down = await _stood_down(session, user_id, interview)
    return plan_interview(
        view_from_records(interview, interviewers),
        choices,
        stood_down=stood_down,
        now=now,
        timezone=timezone,
        discovered_at=interview.created_at,
    )


async def _stood_down(
    session: AsyncSession, user_id: uuid.UUID, interview: InterviewRecord
) -> bool:
    if interview.opportunity_id is None:
        return False
    when = await session.scalar(
        select(Opportunity.stood_down_at).where(
            Opportunity.user_id == user_id, Opportunity.id == interview.opportunity_id
        )
    )
    return when is not None


async def plans_by_interviewer(
    session: AsyncSession, user_id: uuid.UUID, interviewer_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Plan]:
    if not interviewer_ids:
        return {}
    rows = await session.scalars(
        select(Plan).where(Plan.user_id == user_id, Plan.interviewer_id.in_(interviewer_ids))
    )
    return {plan.interviewer_id: plan for plan in rows}


async def mailbox_connection_for(
    session: AsyncSession, user_id: uuid.UUID, interview: InterviewRecord
) -> uuid.UUID | None:
    """Where this interview's new drafts go when the caller does not say.

    The connection its other records use; else the calendar's own connection when it is also a
    mailbox (Google, Microsoft); else the user's most recent active local Maildir; else None
    (the default local Maildir under the data directory).
    """
    used = await session.scalar(
        select(DraftRecord.connection_id)
        .where(
            DraftRecord.user_id == user_id,
            DraftRecord.interview_id == interview.id,
            DraftRecord.connection_id.is_not(None),
        )
        .order_by(DraftRecord.updated_at.desc())
        .limit(1)
    )
    if used is not None:
        return used
    if interview.connection_id is not None:
        provider = await session.scalar(
            select(Connection.provider).where(
                Connection.user_id == user_id, Connection.id == interview.connection_id
            )
        )
        if provider not in (None, "ics"):
            return interview.connection_id
    return await session.scalar(
        select(Connection.id)
        .where(
            Connection.user_id == user_id,
            Connection.provider == "local",
            Connection.status == ConnectionStatus.ACTIVE,
        )
        .order_by(Connection.updated_at.desc())
        .limit(1)
    )


# --- interviews and interviewers -----------------------------------------------------------


async def _upsert_interview(
    session: AsyncSession,
    user_id: uuid.UUID,
    interview: Interview,
    *,
    now: datetime,
    connection_id: uuid.UUID | None,
) -> tuple[InterviewRecord, str | None]:
    """The stored row, and what changed: "created", "moved", "cancelled" or None."""
    source = str(interview.source)
    row = await find_interview(session, user_id, source, interview.key)
    change: str | None = None
    if row is None:
        await session.execute(
            insert_ignoring_conflicts(session, InterviewRecord).values(
                user_id=user_id,
                source=source,
                external_id=interview.key,
                uid=interview.uid,
                # "First seen" is the caller's clock (the planner's staleness rule reads it).
                created_at=now,
                updated_at=now,
            )
        )
        row = await find_interview(session, user_id, source, interview.key)
        assert row is not None
        change = "created"
    fingerprint = schedule_fingerprint(interview)
    if change is None and row.fingerprint != fingerprint:
        row.sequence += 1
        if interview.status is EventStatus.CANCELLED and row.status is not EventStatus.CANCELLED:
            change = "cancelled"
        else:
            change = "moved"
    elif change == "created" and interview.status is EventStatus.CANCELLED:
        change = "cancelled"
    row.fingerprint = fingerprint
    row.uid = interview.uid
    row.event_id = interview.event_id
    row.recurrence_id = interview.recurrence_id
    if connection_id is not None:
        row.connection_id = connection_id
    row.status = interview.status
    row.title = interview.title[:1024]
    row.company = _cut(interview.company, 300)
    row.company_source = interview.company_source
    row.position = _cut(interview.position, 300)
    row.start = interview.start
    row.end = interview.end
    row.all_day = interview.all_day
    organizer, recruiter = interview.organizer, interview.recruiter
    row.organizer_name = _cut(organizer.name if organizer else None, 200)
    row.organizer_email = _cut(organizer.email if organizer else None, 320)
    row.recruiter_name = _cut(recruiter.name if recruiter else None, 200)
    row.recruiter_email = _cut(recruiter.email if recruiter else None, 320)
    row.missing_emails = interview.missing_emails
    row.opportunity_id = await _opportunity_id(session, user_id, row, interview)
    await session.flush()
    return row, change


def _cut(value: str | None, limit: int) -> str | None:
    return value[:limit] if value else value


async def _opportunity_id(
    session: AsyncSession, user_id: uuid.UUID, row: InterviewRecord, interview: Interview
) -> uuid.UUID | None:
    """The opportunity (company, position) this interview belongs to; None without a company.

    A phone screen often names no position while the onsite does: an interview without a
    position joins the company's only opportunity, and a position fills in an opportunity that
    had none, so that standing down covers both.
    """
    company = _cut(interview.company, 300)
    if not company:
        return row.opportunity_id
    position = _cut(interview.position, 300)
    found = await find_opportunity(session, user_id, company, position)
    if found is not None:
        return found.id
    company_key = normalize_key(company, company=True)
    same_company = (
        await session.scalars(
            select(Opportunity).where(
                Opportunity.user_id == user_id, Opportunity.company_key == company_key
            )
        )
    ).all()
    if len(same_company) == 1:
        only = same_company[0]
        if not position:
            return only.id
        if not only.position_key:
            only.position = position
            only.position_key = normalize_key(position)
            return only.id
    return (await get_or_create_opportunity(session, user_id, company, position)).id


async def _upsert_interviewers(
    session: AsyncSession,
    user_id: uuid.UUID,
    interview_id: uuid.UUID,
    people: Sequence[Interviewer],
    now: datetime,
    *,
    partial: bool = False,
) -> list[InterviewerRecord]:
    """Store `people` as the interview's interviewers; the others are marked removed.

    `partial`: the event's guest list is hidden or cut short (Google `attendeesOmitted`, or
    guestsCanSeeOtherGuests=false, which leaves only the user). Someone first known from that
    list is then not gone because the list no longer shows them: their row (and so their
    note) stays, and an address the list gave is not lost because the description names
    them without one. People the description named follow the description as usual.
    Returns the rows not removed.
    """
    rows = list(await list_interviewers(session, user_id, interview_id, include_removed=True))
    matched: set[uuid.UUID] = set()
    for person in people:
        row = _match(rows, matched, person)
        if row is None:
            await session.execute(
                insert_ignoring_conflicts(session, InterviewerRecord).values(
                    user_id=user_id,
                    interview_id=interview_id,
                    person_key=person.key,
                    created_at=now,
                    updated_at=now,
                )
            )
            row = await session.scalar(
                select(InterviewerRecord).where(
                    InterviewerRecord.user_id == user_id,
                    InterviewerRecord.interview_id == interview_id,
                    InterviewerRecord.person_key == person.key,
                )
            )
            assert row is not None
            rows.append(row)
        matched.add(row.id)
        # Known from the guest list, which can no longer confirm or deny them.
        hidden_guest = partial and row.source is InterviewerSource.ATTENDEE
        row.name = _cut(person.name, 200)
        row.email = _cut(person.email, 320) or (row.email if hidden_guest else None)
        row.title = _cut(person.title, 300)
        row.role = person.role
        row.hiring_manager = person.hiring_manager
        row.slot_start = person.slot_start
        row.slot_end = person.slot_end
        if not hidden_guest:
            row.source = person.source
        row.topic = _cut(person.topic, 500)
        row.optional = person.optional
        row.removed_at = None
    for row in rows:
        if row.id in matched or row.removed_at is not None:
            continue
        if partial and row.source is InterviewerSource.ATTENDEE:
            continue
        row.removed_at = now
    await session.flush()
    return [row for row in rows if row.removed_at is None]


def _match(
    rows: Sequence[InterviewerRecord], matched: set[uuid.UUID], person: Interviewer
) -> InterviewerRecord | None:
    """The stored row for this person: by key, else by name when an address came or went.

    The row keeps its first key: it is part of the exactly-once key of their note, so someone
    first listed by name and later with an address still gets one note, not two.
    """
    free = [row for row in rows if row.id not in matched]
    for row in free:
        if row.person_key == person.key:
            return row
    if not person.name:
        return None
    by_name = person_key(None, person.name)
    for row in free:
        same_name = row.person_key == by_name or (
            row.name is not None and person_key(None, row.name) == by_name
        )
        # Two different addresses are two people, whatever their names.
        if same_name and not (row.email and person.email and row.email != person.email):
            return row
    return None


async def _gone(
    session: AsyncSession,
    user_id: uuid.UUID,
    connection_id: uuid.UUID | None,
    seen: set[str],
    window: tuple[datetime, datetime] | None,
) -> Sequence[InterviewRecord]:
    query = select(InterviewRecord).where(
        InterviewRecord.user_id == user_id,
        InterviewRecord.connection_id == connection_id,
        InterviewRecord.status != EventStatus.CANCELLED,
    )
    if window is not None:
        query = query.where(InterviewRecord.start >= window[0], InterviewRecord.start < window[1])
    rows = (await session.scalars(query)).all()
    return [row for row in rows if row.external_id not in seen]


# --- draft records -----------------------------------------------------------------------------


async def _reconcile(
    session: AsyncSession,
    interview: InterviewRecord,
    plan: InterviewPlan,
    interviewers: Sequence[InterviewerRecord],
    *,
    now: datetime,
    connection_id: uuid.UUID | None,
    cancel_reason: str | None,
) -> Reconciled:
    records = (
        await session.scalars(
            select(DraftRecord).where(
                DraftRecord.user_id == interview.user_id,
                DraftRecord.interview_id == interview.id,
            )
        )
    ).all()
    transitions = diff(
        [_stored(record) for record in records],
        plan,
        interviewer_ids={row.person_key: row.id for row in interviewers},
        connection_id=connection_id,
        cancel_reason=cancel_reason,
    )
    return await apply_transitions(session, interview, transitions, now=now)


def _stored(record: DraftRecord) -> StoredDraft:
    return StoredDraft(
        record.id,
        record.kind,
        record.recipient_key,
        record.state,
        record.due_at,
        record.scenario,
        record.connection_id,
    )


async def apply_transitions(
    session: AsyncSession,
    interview: InterviewRecord,
    transitions: Sequence[Transition],
    *,
    now: datetime,
) -> Reconciled:
    """Perform `diff`'s transitions through the draft state machine; count what took effect.

    Each one is guarded by the state the diff saw, so a record a worker or a parallel sync
    changed meanwhile is left as they left it (and not counted).
    """
    done = Reconciled()
    for change in transitions:
        match change:
            case Create(planned, interviewer_id, connection_id):
                kind = DraftKind(planned.kind.value)
                key = idempotency_key(
                    interview.user_id,
                    interview.source,
                    interview.external_id,
                    kind,
                    planned.recipient_key,
                )
                done.planned += await draft_states.create(
                    session,
                    user_id=interview.user_id,
                    interview_id=interview.id,
                    interviewer_id=interviewer_id,
                    kind=kind,
                    recipient_key=planned.recipient_key,
                    scenario=planned.scenario,
                    key=key,
                    due_at=planned.due_at,
                    connection_id=connection_id,
                )
            case Reschedule(record_id, due_at, scenario, connection_id):
                moved = await draft_states.reschedule(
                    session,
                    record_id,
                    due_at=due_at,
                    scenario=scenario,
                    connection_id=connection_id,
                )
                done.rescheduled += moved and due_at is not None
            case Retarget(record_id, due_at, scenario):
                await draft_states.retarget_claimed(
                    session, record_id, due_at=due_at, scenario=scenario
                )
            case Reopen(record_id, due_at, scenario, connection_id):
                done.reopened += await draft_states.reopen(
                    session,
                    record_id,
                    due_at=due_at,
                    scenario=scenario,
                    connection_id=connection_id,
                )
            case Cancel(record_id, reason):
                done.cancelled += await draft_states.cancel_open(
                    session, DraftRecord.id == record_id, reason=reason, now=now
                )
    return done
