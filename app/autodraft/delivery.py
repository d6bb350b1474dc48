"""Deliver one claimed draft record: compose the note now, put it in the mailbox once, finish.

    await deliver_claimed(database, resolver, record_id, *, worker_id, clock, policy, defaults,
                          min_lease_left=..., early=False) -> DeliveryResult
    compose_outgoing(context, planned, *, now, defaults) -> (Draft, OutgoingDraft)
    await load_context(session, record_id) -> DeliveryContext | None

The steps, each outside any transaction except the short reads and the finish:
1. reread the record, its interview, interviewer, plan and user; plan the interview again (the
   pure planner): no longer wanted → cancelled; due later after a move → back to pending;
2. compose the note from the interview and the plan (playbook `compose_draft`, with `now`);
3. look the draft up in the mailbox by its idempotency key, and create it only if absent: a
   crash between "created" and "committed" leaves a draft that the next attempt finds;
4. finish with a compare-and-set on the claim (`draft_states.mark_delivered`, with the final
   scenario and the placeholder count; the plan's notes are cleared in the same transaction).
   If the record was cancelled meanwhile, the draft just made is deleted again.

Errors decide by type: throttled → retry after Retry-After; unavailable / unexpected → retry
with backoff; reauth → the connection becomes `needs_reauth` and the record waits, unblamed;
any other provider error → failed with its reason. Out of attempts → failed with the last error.
Bodies are never logged or stored: only ids, counts and error summaries.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.autodraft.ingest import plan_for
from app.autodraft.planner import InterviewerDecision, NoteKind, PlannedDraft
from app.autodraft.records import details_from_plan, planning_timezone
from app.autodraft.retry import RetryPolicy
from app.errors import ProviderError, ProviderThrottled, ProviderUnavailable, ReauthRequired
from app.playbook.drafting import compose_draft
from app.playbook.models import (
    Details,
    Draft,
    DraftInput,
    InterviewTime,
    Person,
    Slot,
    company_source,
)
from app.providers.base import CreatedDraft, Mailbox, OutgoingDraft
from app.providers.local_mailbox import LOCAL_PROVIDER
from app.providers.registry import MailboxResolver
from app.settings import AuthMode, Settings
from app.store import draft_states
from app.store.connections import Connection, ConnectionStatus
from app.store.db import Database
from app.store.drafts import DraftRecord, DraftState
from app.store.interviews import InterviewerRecord, InterviewRecord
from app.store.opportunities import Opportunity
from app.store.plans import Plan
from app.store.queries import set_connection_status
from app.store.users import User

log = logging.getLogger("rightnote.autodraft")

Clock = Callable[[], datetime]
DEFAULT_MIN_LEASE_LEFT = timedelta(seconds=30)


class Outcome(StrEnum):
    CREATED = "created"  # a new draft is in the mailbox
    ALREADY_THERE = "already_there"  # found by its key: an earlier attempt had made it
    CANCELLED = "cancelled"  # no longer wanted (cancelled, stood down, removed)
    RESCHEDULED = "rescheduled"  # moved: not due yet after all
    RETRY = "retry"  # transient failure: pending again after a delay
    REAUTH = "reauth"  # the grant is gone: the connection needs the user, the work waits
    FAILED = "failed"  # permanent error, or out of attempts
    LOST = "lost"  # the claim was no longer ours (lease ran out, or cancelled meanwhile)
    RELEASED = "released"  # handed back untried (too little lease left)


DELIVERED = frozenset({Outcome.CREATED, Outcome.ALREADY_THERE})


@dataclass(frozen=True, slots=True)
class DeliveryDefaults:
    """Fallbacks when the user row does not say (the embedded default's settings)."""

    candidate_name: str | None = None
    from_email: str | None = None
    timezone: str = "UTC"

    @classmethod
    def from_settings(cls, settings: Settings) -> DeliveryDefaults:
        """The local user's name and address only in local mode: in production every user
        signs as themselves (a missing name stays a [your name] placeholder)."""
        if settings.auth_mode is AuthMode.LOCAL:
            return cls(settings.local_user_name, settings.local_user_email, settings.timezone)
        return cls(timezone=settings.timezone)


@dataclass(frozen=True, slots=True)
class DeliveryResult:
    record_id: uuid.UUID
    outcome: Outcome
    detail: str | None = None
    placeholders: int | None = None
    draft_id: str | None = None
    link: str | None = None


@dataclass(slots=True)
class DeliveryContext:
    record: DraftRecord
    interview: InterviewRecord
    interviewers: list[InterviewerRecord]
    interviewer: InterviewerRecord | None
    plan: Plan | None
    user: User
    connection: Connection | None
    plans: dict[uuid.UUID, Plan]
    stood_down: bool

    @property
    def provider(self) -> str:
        return self.connection.provider if self.connection is not None else LOCAL_PROVIDER


async def load_context(session: AsyncSession, record_id: uuid.UUID) -> DeliveryContext | None:
    """Everything delivery reads, in two queries (it runs once per draft, at volume)."""
    found = (
        await session.execute(
            select(DraftRecord, InterviewRecord, User, Opportunity.stood_down_at, Connection)
            .join(
                InterviewRecord,
                and_(
                    InterviewRecord.id == DraftRecord.interview_id,
                    InterviewRecord.user_id == DraftRecord.user_id,
                ),
            )
            .join(User, User.id == DraftRecord.user_id)
            .outerjoin(
                Opportunity,
                and_(
                    Opportunity.id == InterviewRecord.opportunity_id,
                    Opportunity.user_id == DraftRecord.user_id,
                ),
            )
            .outerjoin(
                Connection,
                and_(
                    Connection.id == DraftRecord.connection_id,
                    Connection.user_id == DraftRecord.user_id,
                ),
            )
            .where(DraftRecord.id == record_id)
        )
    ).first()
    if found is None:
        return None
    record, interview, user, stood_down_at, connection = found
    people = (
        await session.execute(
            select(InterviewerRecord, Plan)
            .outerjoin(
                Plan,
                and_(
                    Plan.interviewer_id == InterviewerRecord.id,
                    Plan.user_id == InterviewerRecord.user_id,
                ),
            )
            .where(
                InterviewerRecord.user_id == user.id,
                InterviewerRecord.interview_id == interview.id,
                InterviewerRecord.removed_at.is_(None),
            )
            .order_by(InterviewerRecord.created_at, InterviewerRecord.id)
        )
    ).all()
    interviewers = [person for person, _ in people]
    plans = {person.id: plan for person, plan in people if plan is not None}
    interviewer = next((i for i in interviewers if i.id == record.interviewer_id), None)
    return DeliveryContext(
        record,
        interview,
        interviewers,
        interviewer,
        plans.get(interviewer.id) if interviewer is not None else None,
        user,
        connection,
        plans,
        stood_down_at is not None,
    )


def compose_outgoing(
    context: DeliveryContext,
    planned: PlannedDraft,
    *,
    now: datetime,
    defaults: DeliveryDefaults,
) -> tuple[Draft, OutgoingDraft]:
    """The note for this record, written now from the interview and the plan."""
    user, interview = context.user, context.interview
    candidate = user.name or defaults.candidate_name
    if planned.kind is NoteKind.ASK_RECRUITER:
        to = planned.to
        person = Person(to.name, to.email) if to is not None else Person()
        details = Details()
    else:
        row = context.interviewer
        person = (
            Person(row.name, row.email, row.title, row.hiring_manager)
            if row is not None
            else Person(planned.to.name if planned.to else None)
        )
        details = details_from_plan(context.plan, interview)
    draft = compose_draft(
        DraftInput(
            scenario=planned.scenario,
            interviewer=person,
            candidate_name=candidate,
            company=interview.company,
            company_source=company_source(interview.company_source),
            position=interview.position,
            interview=InterviewTime(
                interview.start, interview.end, planning_timezone(user, defaults.timezone)
            ),
            details=details,
            **_panel_place(context, planned),
        ),
        now=now,
    )
    outgoing = OutgoingDraft(
        subject=draft.subject,
        text=draft.text,
        html=draft.html,
        idempotency_key=context.record.idempotency_key,
        to_email=draft.to,
        to_name=person.name,
        from_email=user.email or defaults.from_email,
        from_name=candidate,
    )
    return draft, outgoing


def _panel_place(context: DeliveryContext, planned: PlannedDraft) -> dict[str, Any]:
    """This interviewer's slot (title and time, as invited) and place in the panel, so the
    notes of one interview are worded apart (issue 15). Order: slot time, then person key."""
    row = context.interviewer
    if row is None or planned.kind is NoteKind.ASK_RECRUITER:
        return {}
    panel = sorted(
        (i for i in context.interviewers if i.removed_at is None),
        key=lambda i: (
            i.slot_start is None,
            i.slot_start.isoformat() if i.slot_start else "",
            i.person_key,
        ),
    )
    position = next((n for n, i in enumerate(panel) if i.person_key == row.person_key), 0)
    slot = Slot(row.topic, row.slot_start, row.slot_end) if row.topic or row.slot_start else None
    return {"slot": slot, "panel_position": position}


async def deliver_claimed(
    database: Database,
    resolver: MailboxResolver,
    record_id: uuid.UUID,
    *,
    worker_id: str,
    clock: Clock,
    policy: RetryPolicy,
    defaults: DeliveryDefaults,
    min_lease_left: timedelta = DEFAULT_MIN_LEASE_LEFT,
    early: bool = False,
) -> DeliveryResult:
    """Deliver one record this worker holds a claim on. Never raises for provider errors."""
    now = clock()
    async with database.sessions() as session:
        context = await load_context(session, record_id)
        if context is None:
            return DeliveryResult(record_id, Outcome.LOST, "the record is gone")
        record = context.record
        if record.state is not DraftState.CLAIMED or record.claimed_by != worker_id:
            return DeliveryResult(record_id, Outcome.LOST, "the claim is no longer ours")
        timezone = planning_timezone(context.user, defaults.timezone)
        plan = await plan_for(
            session,
            context.user.id,
            context.interview,
            now=now,
            timezone=timezone,
            interviewers=context.interviewers,
            plans=context.plans,
            stood_down=context.stood_down,
        )
        planned = plan.find(record.kind, record.recipient_key)
        if planned is None:
            reason = _no_longer(plan.reasons, plan.decision(record.recipient_key))
            ok = await draft_states.cancel_claimed(
                session, record_id, worker_id=worker_id, reason=reason, now=now
            )
            await session.commit()
            return DeliveryResult(record_id, Outcome.CANCELLED if ok else Outcome.LOST, reason)
        if record.attempts > policy.max_attempts:
            reason = (
                f"gave up: claimed {record.attempts} times without finishing (the worker "
                "stopped each time)"
            )
            await draft_states.mark_failed(
                session, record_id, worker_id=worker_id, reason=reason, now=now
            )
            await session.commit()
            log.warning("autodraft.draft_failed", extra={"record": str(record_id)})
            return DeliveryResult(record_id, Outcome.FAILED, reason)
        if planned.due_at > now and not early:
            await draft_states.release(
                session, record_id, worker_id=worker_id, next_attempt_at=planned.due_at
            )
            await session.commit()
            return DeliveryResult(record_id, Outcome.RESCHEDULED)
        if record.lease_until is None or record.lease_until - now < min_lease_left:
            # Too little lease left to be sure no other worker starts on it meanwhile.
            await draft_states.release(session, record_id, worker_id=worker_id, next_attempt_at=now)
            await session.commit()
            return DeliveryResult(record_id, Outcome.RELEASED, "too little lease left")

    attempts = record.attempts
    mailbox: Mailbox | None = None
    try:
        draft, outgoing = compose_outgoing(context, planned, now=now, defaults=defaults)
        mailbox = await resolver.mailbox_for(context.connection, context.user)
        found = await mailbox.find_draft(outgoing.idempotency_key)
        created: CreatedDraft = found or await mailbox.create_draft(outgoing)
    except ProviderThrottled as exc:
        delay = policy.throttled(exc.retry_after, attempts)
        return await _retry(database, record_id, worker_id, clock, attempts, policy, exc, delay)
    except ReauthRequired as exc:
        return await _reauth(database, context, worker_id, clock, policy, exc)
    except ProviderUnavailable as exc:
        delay = policy.backoff(attempts)
        return await _retry(database, record_id, worker_id, clock, attempts, policy, exc, delay)
    except ProviderError as exc:
        reason = _summary(exc)
        async with database.sessions() as session:
            await draft_states.mark_failed(
                session, record_id, worker_id=worker_id, reason=reason, now=clock()
            )
            await session.commit()
        log.warning("autodraft.draft_failed", extra={"record": str(record_id)})
        return DeliveryResult(record_id, Outcome.FAILED, reason)
    except Exception as exc:
        # A bug or an unexpected library error: retried like a transient one, so it ends
        # `failed` with the reason once the attempts run out instead of being lost.
        log.exception("autodraft.delivery_error", extra={"record": str(record_id)})
        delay = policy.backoff(attempts)
        return await _retry(database, record_id, worker_id, clock, attempts, policy, exc, delay)

    outcome = Outcome.ALREADY_THERE if found is not None else Outcome.CREATED
    async with database.sessions() as session:
        finished = await draft_states.mark_delivered(
            session,
            record_id,
            worker_id=worker_id,
            provider=context.provider,
            provider_draft_id=created.draft_id,
            now=clock(),
            scenario=planned.scenario,
            placeholders=len(draft.placeholders),
        )
        if finished:
            await session.commit()
            log.info(
                "autodraft.draft_created"
                if outcome is Outcome.CREATED
                else "autodraft.draft_found",
                extra={
                    "record": str(record_id),
                    "provider": context.provider,
                    "placeholders": len(draft.placeholders),
                },
            )
            return DeliveryResult(
                record_id, outcome, None, len(draft.placeholders), created.draft_id, created.link
            )
        state = await session.scalar(select(DraftRecord.state).where(DraftRecord.id == record_id))
        await session.rollback()
    if state is DraftState.CANCELLED:
        # Cancelled while we were writing it: take the draft back out of the mailbox.
        try:
            await mailbox.delete_draft(created.draft_id)
        except Exception:
            log.warning("autodraft.cancelled_draft_left", extra={"record": str(record_id)})
        return DeliveryResult(record_id, Outcome.CANCELLED, "cancelled while it was written")
    return DeliveryResult(record_id, Outcome.LOST, "the claim was lost before it finished")


def _no_longer(reasons: tuple[str, ...], decision: InterviewerDecision | None) -> str:
    if reasons:
        return reasons[0]
    if decision is not None and decision.reasons:
        return decision.reasons[0]
    return "No longer planned: the interviewer is no longer on the invite."


def _summary(exc: BaseException) -> str:
    detail = exc.detail if isinstance(exc, ProviderError) else None
    text = str(detail) if detail is not None else f"{type(exc).__name__}: {exc}"
    return text[:500]


async def _retry(
    database: Database,
    record_id: uuid.UUID,
    worker_id: str,
    clock: Clock,
    attempts: int,
    policy: RetryPolicy,
    exc: BaseException,
    delay: float,
) -> DeliveryResult:
    error = _summary(exc)
    now = clock()
    async with database.sessions() as session:
        if attempts >= policy.max_attempts:
            reason = f"gave up after {attempts} attempts: {error}"
            await draft_states.mark_failed(
                session, record_id, worker_id=worker_id, reason=reason, now=now
            )
            await session.commit()
            log.warning("autodraft.draft_failed", extra={"record": str(record_id)})
            return DeliveryResult(record_id, Outcome.FAILED, reason)
        await draft_states.retry(
            session,
            record_id,
            worker_id=worker_id,
            next_attempt_at=now + timedelta(seconds=delay),
            error=error,
        )
        await session.commit()
    log.info("autodraft.retry", extra={"record": str(record_id), "delay": round(delay, 3)})
    return DeliveryResult(record_id, Outcome.RETRY, error)


async def _reauth(
    database: Database,
    context: DeliveryContext,
    worker_id: str,
    clock: Clock,
    policy: RetryPolicy,
    exc: ReauthRequired,
) -> DeliveryResult:
    record_id = context.record.id
    if context.connection is None:
        # Nothing to mark: treat it like any transient failure.
        delay = policy.backoff(context.record.attempts)
        return await _retry(
            database, record_id, worker_id, clock, context.record.attempts, policy, exc, delay
        )
    reason = _summary(exc)
    async with database.sessions() as session:
        await set_connection_status(
            session, context.user.id, context.connection.id, ConnectionStatus.NEEDS_REAUTH, reason
        )
        # Pending again and unblamed: claim_due skips it until the user reconnects.
        await draft_states.release(
            session, record_id, worker_id=worker_id, next_attempt_at=clock(), note=reason
        )
        await session.commit()
    log.warning("autodraft.needs_reauth", extra={"connection": str(context.connection.id)})
    return DeliveryResult(record_id, Outcome.REAUTH, reason)
