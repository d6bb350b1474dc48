"""The embedded default end to end: an .ics calendar in, a Maildir of drafts out, once.

    await run_local(database, calendar=IcsCalendarSource(...), me=[...], maildir=Path(...),
                    now=..., timezone="UTC", candidate_name=None, retention_days=90,
                    progress=None, resolver=None, imap=None) -> RunSummary

With `imap=ImapMailbox(...)` instead of `maildir`, the drafts go to that IMAP account's drafts
folder over one connection for the run (its connection: provider "imap", subject the account's
`imap(s)://USER@HOST:PORT`, never the password).

This is `rightnote run`: read the calendar, store its interviews for the local user, plan
(the same ingest and planner as the service), then deliver whatever is due at `now` through the
same worker code, and report. State lives in the database, so a second run adds nothing, and a
run killed at any point is completed by the next one without a duplicate: a claim left by the
dead process is freed at start, and its draft, if it was already written, is found by key.

`calendar` is anything with a `subject` and an `interviews()` like IcsCalendarSource's: a file,
a feed or a CalDAV collection (app.providers.calendars.open_calendar), or the snapshot of one that
`rightnote watch` has already polled. `before_delivery(due)` runs between planning and delivery
(the watcher logs there). `next_due_at(database)` is when the local user's next pending draft
comes due: the watcher sleeps until then rather than re-planning every tick.

The calendar is taken as complete: an interview stored from it earlier but gone from the file
now counts as cancelled, and its pending drafts are cancelled.
"""

from __future__ import annotations

import logging
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.identity import Identity
from app.autodraft.delivery import DeliveryDefaults, DeliveryResult, Outcome
from app.autodraft.ingest import ingest_interviews
from app.autodraft.retry import RetryPolicy
from app.autodraft.worker import Worker, make_worker_id, recover_orphaned_claims
from app.calendar.model import EventStatus, Interview
from app.errors import BadRequest
from app.providers.base import Mailbox
from app.providers.ics_source import IcsCalendarSource
from app.providers.imap import IMAP_PROVIDER, ImapMailbox
from app.providers.local_mailbox import ICS_PROVIDER, LOCAL_PROVIDER, LocalMailboxFactory
from app.providers.registry import MailboxRegistry, MailboxResolver
from app.store.connections import Connection, ConnectionStatus
from app.store.db import Database
from app.store.drafts import DraftKind, DraftRecord, DraftState
from app.store.interviews import InterviewerRecord, InterviewRecord
from app.store.queries import get_or_create_user
from app.store.retention import purge_expired
from app.store.sql import insert_ignoring_conflicts
from app.store.users import User

LOCAL_IDENTITY_SUBJECT = "local"
log = logging.getLogger("rightnote.autodraft")


class CalendarLike(Protocol):
    @property
    def subject(self) -> str: ...

    async def interviews(
        self,
        *,
        me: Sequence[str],
        timezone: str,
        window: tuple[datetime, datetime] | None = None,
        warnings: list[str] | None = None,
    ) -> list[Interview]: ...


class RunProgress(Protocol):
    def start(self, total: int) -> None: ...

    def advance(self, result: DeliveryResult) -> None: ...


@dataclass(slots=True)
class NoteLine:
    kind: str
    recipient: str
    scenario: str | None
    state: str
    due_at: datetime
    created_now: bool
    placeholders: int | None
    reason: str | None


@dataclass(slots=True)
class InterviewLine:
    id: uuid.UUID
    title: str
    company: str | None
    start: datetime | None
    end: datetime | None
    status: str
    notes: list[NoteLine] = field(default_factory=list)


@dataclass(slots=True)
class RunSummary:
    now: datetime
    maildir: str
    interviews_found: int = 0
    interviews_cancelled: int = 0
    drafts_created: int = 0  # written into the Maildir by this run
    already_there: int = 0  # delivered by an earlier run (or found by key after a crash)
    waiting: int = 0  # not due yet (interviews ahead, the recruiter note before the day)
    retrying: int = 0  # a transient failure: the next run tries again
    cancelled: int = 0
    failed: int = 0
    interviews: list[InterviewLine] = field(default_factory=list)
    # Calendar series that were not expanded, and why (app/calendar/limits.py).
    warnings: list[str] = field(default_factory=list)


def _typo_of(address: str, mine: Sequence[str]) -> bool:
    """The same local part at a domain one or two keystrokes away ('exmaple.com'): the user's
    own address mistyped. A different domain is a different person ('john@' at two companies)."""
    local, _, domain = address.lower().partition("@")
    for own in mine:
        own_local, _, own_domain = own.lower().partition("@")
        if local == own_local and domain != own_domain and _edits(domain, own_domain) <= 2:
            return True
    return False


def _edits(a: str, b: str) -> int:
    """Edit distance with transpositions (optimal string alignment), capped at 3."""
    if abs(len(a) - len(b)) > 2 or max(len(a), len(b)) > 255:
        return 3
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return min(previous[-1], 3)


def _check_me(interviews: Sequence[Interview], me: Sequence[str], name: str | None) -> None:
    """Stop before drafting when an interviewer looks like the user: their own address with a
    mistyped domain in --me, or exactly --name. Otherwise each of their interviews would get a
    thank-you note addressed to the user (they are in every invite)."""
    own_name = " ".join((name or "").casefold().split())
    for interview in interviews:
        for person in interview.interviewers:
            if not person.email:
                continue
            same_name = bool(own_name) and " ".join((person.name or "").casefold().split()) == (
                own_name
            )
            if same_name or _typo_of(person.email, me):
                raise BadRequest(
                    f"{person.email} ({person.name or 'no name'}) in '{interview.title}' looks "
                    f"like you, but --me is {', '.join(me)}: add that address to --me (or "
                    "correct it), so no note is written to yourself"
                )


async def run_local(
    database: Database,
    *,
    calendar: CalendarLike | IcsCalendarSource,
    me: Sequence[str],
    maildir: Path | None = None,
    now: datetime,
    timezone: str = "UTC",
    candidate_name: str | None = None,
    retention_days: int = 90,
    progress: RunProgress | None = None,
    resolver: MailboxResolver | None = None,
    policy: RetryPolicy | None = None,
    worker_id: str | None = None,
    lease: timedelta = timedelta(minutes=5),
    imap: ImapMailbox | None = None,
    before_delivery: Callable[[int], Awaitable[None]] | None = None,
) -> RunSummary:
    """One pass of plan + deliver for the local user. Raises AppError for unusable input.

    The drafts go to `imap` (an IMAP account's drafts folder) when given, else to `maildir`."""
    warnings: list[str] = []
    # No window: each series is expanded for a year from its start, within the calendar
    # limits; a series they refuse is reported and the rest of the feed is planned.
    interviews = await calendar.interviews(me=me, timezone=timezone, warnings=warnings)
    _check_me(interviews, me, candidate_name)
    for warning in warnings:
        log.warning("local.calendar_series_skipped", extra={"reason": warning})
    if imap is not None:
        mailbox_provider, where = IMAP_PROVIDER, imap.account.url
    elif maildir is not None:
        maildir = absolute(maildir)
        mailbox_provider, where = LOCAL_PROVIDER, str(maildir)
    else:
        raise ValueError("run_local needs a maildir or an imap mailbox")
    await recover_orphaned_claims(database, now=now)

    async with database.sessions() as session:
        user = await get_or_create_user(
            session,
            Identity(
                provider="local",
                subject=LOCAL_IDENTITY_SUBJECT,
                email=me[0] if me else None,
                name=candidate_name,
            ),
        )
        user.timezone = timezone
        ics = await _connection(session, user.id, ICS_PROVIDER, calendar.subject, None)
        local = await _connection(session, user.id, mailbox_provider, where, user.email)
        if imap is not None and local.status is ConnectionStatus.NEEDS_REAUTH:
            # A run is a fresh attempt with the password given now (one login, no storm).
            local.status, local.status_reason = ConnectionStatus.ACTIVE, None
        await purge_expired(session, now, retention_days)
        ingested = await ingest_interviews(
            session,
            user,
            interviews,
            now=now,
            timezone=timezone,
            calendar_connection_id=ics.id,
            mailbox_connection_id=local.id,
            complete=True,
        )
        user_id = user.id
        due = await session.scalar(
            select(func.count(DraftRecord.id)).where(
                DraftRecord.user_id == user_id,
                DraftRecord.state.in_([DraftState.PENDING, DraftState.CLAIMED]),
                DraftRecord.next_attempt_at <= now,
            )
        )
        await session.commit()

    if resolver is None:
        registry = MailboxRegistry()
        if maildir is not None:
            registry.register(LOCAL_PROVIDER, LocalMailboxFactory(maildir))
        if imap is not None:
            registry.register(IMAP_PROVIDER, _same(imap))
        resolver = registry
    if before_delivery is not None:
        await before_delivery(int(due or 0))
    if progress is not None:
        progress.start(int(due or 0))
    worker = Worker(
        database,
        resolver,
        worker_id=worker_id or make_worker_id(),
        clock=lambda: now,
        policy=policy,
        defaults=DeliveryDefaults(candidate_name, me[0] if me else None, timezone),
        lease=lease,
        only_user=user_id,
        on_result=progress.advance if progress is not None else None,
    )
    results = await worker.drain()
    created = {r.record_id for r in results if r.outcome is Outcome.CREATED}

    async with database.sessions() as session:
        summary = await _summarise(
            session,
            user_id,
            ingested.interview_ids,
            ingested.gone_ids,
            created,
            now=now,
            maildir=where,
        )
    summary.warnings = warnings
    return summary


async def next_due_at(database: Database) -> datetime | None:
    """When the local user's next pending (or claimed) draft comes due; None when none is."""
    key = Identity(provider="local", subject=LOCAL_IDENTITY_SUBJECT).key
    # A claimed draft is due to us only when its claim runs out: its next_attempt_at is the
    # past, and counting that would make the watcher pass again and again while another
    # process (a `rightnote run`, a second watcher) holds it.
    when = case(
        (DraftRecord.state == DraftState.CLAIMED, DraftRecord.lease_until),
        else_=DraftRecord.next_attempt_at,
    )
    async with database.sessions() as session:
        value: datetime | None = await session.scalar(
            select(func.min(when))
            .join(User, User.id == DraftRecord.user_id)
            .where(
                User.key == key,
                DraftRecord.state.in_([DraftState.PENDING, DraftState.CLAIMED]),
            )
        )
    if value is not None and value.tzinfo is None:
        value = value.replace(tzinfo=UTC)  # SQLite gives naive UTC
    return value


def _same(mailbox: ImapMailbox) -> Callable[[Connection | None, User], Awaitable[Mailbox]]:
    # One logged-in IMAP connection for the whole run, not one per draft.
    async def factory(connection: Connection | None, user: User) -> Mailbox:
        return mailbox

    return factory


def absolute(path: Path) -> Path:
    """The path made absolute (the Maildir's path is its stored identity)."""
    return path.expanduser().absolute()


async def _connection(
    session: AsyncSession,
    user_id: uuid.UUID,
    provider: str,
    subject: str,
    email: str | None,
) -> Connection:
    await session.execute(
        insert_ignoring_conflicts(session, Connection).values(
            user_id=user_id,
            provider=provider,
            account_subject=subject[:1024],
            account_email=email,
            scopes=[],
            status=ConnectionStatus.ACTIVE,
        )
    )
    connection = await session.scalar(
        select(Connection).where(
            Connection.user_id == user_id,
            Connection.provider == provider,
            Connection.account_subject == subject[:1024],
        )
    )
    assert connection is not None
    return connection


async def _summarise(
    session: AsyncSession,
    user_id: uuid.UUID,
    in_calendar: list[uuid.UUID],
    gone: list[uuid.UUID],
    created: set[uuid.UUID],
    *,
    now: datetime,
    maildir: Path | str,
) -> RunSummary:
    summary = RunSummary(now=now, maildir=str(maildir), interviews_found=len(in_calendar))
    interview_ids = [*in_calendar, *gone]
    if not interview_ids:
        return summary
    interviews = {
        row.id: row
        for row in await session.scalars(
            select(InterviewRecord).where(
                InterviewRecord.user_id == user_id, InterviewRecord.id.in_(interview_ids)
            )
        )
    }
    people = {
        row.id: row
        for row in await session.scalars(
            select(InterviewerRecord).where(
                InterviewerRecord.user_id == user_id,
                InterviewerRecord.interview_id.in_(interview_ids),
            )
        )
    }
    records = (
        await session.scalars(
            select(DraftRecord)
            .where(DraftRecord.user_id == user_id, DraftRecord.interview_id.in_(interview_ids))
            .order_by(DraftRecord.due_at, DraftRecord.id)
        )
    ).all()
    by_interview: dict[uuid.UUID, list[DraftRecord]] = {}
    for record in records:
        by_interview.setdefault(record.interview_id, []).append(record)
    states: Counter[str] = Counter()
    for interview_id in interview_ids:
        row = interviews.get(interview_id)
        if row is None:
            continue
        line = InterviewLine(row.id, row.title, row.company, row.start, row.end, str(row.status))
        summary.interviews_cancelled += row.status is EventStatus.CANCELLED
        # In the order the interviewers appear on the invite (their slots, else first seen).
        ordered = sorted(
            by_interview.get(interview_id, []),
            key=lambda r: _order(people.get(r.interviewer_id) if r.interviewer_id else None),
        )
        for record in ordered:
            who = people.get(record.interviewer_id) if record.interviewer_id else None
            if record.kind is DraftKind.ASK_RECRUITER:
                recipient = row.recruiter_name or row.recruiter_email or "the recruiter"
            elif who is not None:
                recipient = who.name or who.email or record.recipient_key
            else:
                recipient = record.recipient_key
            state = _state(record, now, created)
            states[state] += 1
            line.notes.append(
                NoteLine(
                    kind=str(record.kind),
                    recipient=recipient,
                    scenario=str(record.scenario) if record.scenario else None,
                    state=state,
                    due_at=record.due_at,
                    created_now=record.id in created,
                    placeholders=record.placeholders,
                    reason=record.reason or record.last_error,
                )
            )
        summary.interviews.append(line)
    summary.drafts_created = states["created"]
    summary.already_there = states["already_there"]
    summary.waiting = states["waiting"]
    summary.retrying = states["retrying"]
    summary.cancelled = states["cancelled"]
    summary.failed = states["failed"]
    return summary


def _order(person: InterviewerRecord | None) -> tuple[int, datetime]:
    if person is None:
        return (1, datetime.max.replace(tzinfo=UTC))
    return (0, person.slot_start or person.created_at)


def _state(record: DraftRecord, now: datetime, created: set[uuid.UUID]) -> str:
    if record.state is DraftState.DELIVERED:
        return "created" if record.id in created else "already_there"
    if record.state in (DraftState.PENDING, DraftState.CLAIMED):
        return "retrying" if record.last_error else "waiting"
    return str(record.state)
