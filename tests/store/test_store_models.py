"""The schema's guarantees on both databases: aware datetimes, unique keys, checks, cascades."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.ext.asyncio import AsyncSession

from app.calendar.model import EventStatus, Interviewer, InterviewerSource, Source
from app.calendar.model import Interview as CalendarInterview
from app.playbook.roles import Role
from app.store.db import Database
from app.store.drafts import DraftKind, DraftRecord, DraftState, idempotency_key
from app.store.interviews import InterviewerRecord, InterviewRecord, schedule_fingerprint
from app.store.plans import Plan
from app.store.queries import list_interviews
from app.store.users import User
from tests.store.conftest import add_interview, add_user, draft_for

IST = timezone(timedelta(hours=5, minutes=30))


async def count(session: AsyncSession, model: type) -> int:
    return int(await session.scalar(select(func.count()).select_from(model)) or 0)


# --- datetimes --------------------------------------------------------------------------------


async def test_aware_datetimes_round_trip_as_utc(db: Database) -> None:
    start = datetime(2025, 3, 10, 20, 30, 15, 123456, tzinfo=IST)
    async with db.sessions() as session:
        user = await add_user(session)
        interview = await add_interview(session, user, end=start + timedelta(hours=1))
        interview.start = start
        await session.commit()
        interview_id = interview.id

    async with db.sessions() as session:
        loaded = await session.get(InterviewRecord, interview_id)
        assert loaded is not None and loaded.start is not None
        assert loaded.start == start
        assert loaded.start.utcoffset() == timedelta(0)
        assert loaded.start.isoformat() == "2025-03-10T15:00:15.123456+00:00"
        assert loaded.created_at.tzinfo is not None


async def test_filters_compare_instants_not_wall_clock(session: AsyncSession) -> None:
    user = await add_user(session)
    await add_interview(session, user, end=datetime(2025, 3, 10, 12, 0, tzinfo=UTC))
    await session.commit()
    # 16:00 in India is 10:30 UTC, before the 11:00 UTC start; 17:00 IST is 11:30 UTC, after it.
    before = await list_interviews(
        session, user.id, start_from=datetime(2025, 3, 10, 16, 0, tzinfo=IST)
    )
    after = await list_interviews(
        session, user.id, start_from=datetime(2025, 3, 10, 17, 0, tzinfo=IST)
    )
    assert len(before) == 1
    assert after == []


async def test_naive_datetimes_are_refused(session: AsyncSession) -> None:
    user = await add_user(session)
    interview = await add_interview(session, user)
    interview.debrief_at = datetime(2025, 3, 10, 18, 0)  # no tzinfo
    with pytest.raises(StatementError, match="naive datetime"):
        await session.flush()


# --- unique keys and checks -------------------------------------------------------------------


async def test_a_second_thank_you_to_the_same_interviewer_fails(session: AsyncSession) -> None:
    user = await add_user(session)
    interview = await add_interview(session, user)
    ann = interview.interviewers[0]
    session.add(draft_for(interview, ann))
    await session.commit()

    duplicate = draft_for(interview, ann)
    duplicate.idempotency_key = "something-else"  # the tuple alone must still refuse it
    session.add(duplicate)
    with pytest.raises(IntegrityError):
        await session.flush()


async def test_one_recruiter_note_per_interview_besides_the_thank_yous(
    session: AsyncSession,
) -> None:
    user = await add_user(session)
    interview = await add_interview(session, user, interviewers=("ann@acme.test", "bo@acme.test"))
    for interviewer in interview.interviewers:
        session.add(draft_for(interview, interviewer))
    session.add(draft_for(interview))  # ask_recruiter
    await session.commit()
    assert await count(session, DraftRecord) == 3

    second = draft_for(interview)
    second.idempotency_key = "another"
    session.add(second)
    with pytest.raises(IntegrityError):
        await session.flush()


def test_idempotency_key_depends_on_the_natural_key_only() -> None:
    user_id = uuid.uuid4()
    ann = "ann@acme.test"
    key = idempotency_key(user_id, "google", "google:evt1", DraftKind.THANK_YOU, "ann@acme.test")
    # No row id goes in: an interview row re-created by a full resync (after a purge) yields the
    # same key, so the worker finds the draft it already made (the key is its marker).
    assert key == idempotency_key(
        user_id, "google", "google:evt1", DraftKind.THANK_YOU, "ann@acme.test"
    )
    others = {
        idempotency_key(uuid.uuid4(), "google", "google:evt1", DraftKind.THANK_YOU, ann),
        idempotency_key(user_id, "graph", "google:evt1", DraftKind.THANK_YOU, "ann@acme.test"),
        idempotency_key(user_id, "google", "google:evt2", DraftKind.THANK_YOU, "ann@acme.test"),
        idempotency_key(user_id, "google", "google:evt1", DraftKind.THANK_YOU, "bo@acme.test"),
        idempotency_key(user_id, "google", "google:evt1", DraftKind.ASK_RECRUITER, ""),
    }
    assert key not in others
    assert len(others) == 5


async def test_an_idempotency_key_is_used_once(session: AsyncSession) -> None:
    user = await add_user(session)
    interview = await add_interview(session, user, interviewers=("ann@acme.test", "bo@acme.test"))
    ann, bo = interview.interviewers
    session.add(draft_for(interview, ann))
    await session.commit()
    clash = draft_for(interview, bo)
    clash.idempotency_key = draft_for(interview, ann).idempotency_key
    session.add(clash)
    with pytest.raises(IntegrityError):
        await session.flush()


async def test_same_event_twice_for_one_user_fails(session: AsyncSession) -> None:
    user = await add_user(session)
    other = await add_user(session, "google:-:2")
    await add_interview(session, user, external_id="google:evt1")
    await add_interview(session, other, external_id="google:evt1")  # another user: fine
    await session.commit()
    session.add(
        InterviewRecord(user_id=user.id, source="google", external_id="google:evt1", uid="x")
    )
    with pytest.raises(IntegrityError):
        await session.flush()


async def test_thank_you_needs_a_recipient(session: AsyncSession) -> None:
    user = await add_user(session)
    interview = await add_interview(session, user)
    record = draft_for(interview, interview.interviewers[0])
    record.recipient_key = ""
    session.add(record)
    with pytest.raises(IntegrityError):
        await session.flush()


async def test_a_claim_needs_a_lease(session: AsyncSession) -> None:
    user = await add_user(session)
    interview = await add_interview(session, user)
    session.add(draft_for(interview, interview.interviewers[0], state=DraftState.CLAIMED))
    with pytest.raises(IntegrityError):
        await session.flush()


async def test_a_child_row_cannot_belong_to_another_user(session: AsyncSession) -> None:
    mine = await add_user(session)
    theirs = await add_user(session, "google:-:2")
    interview = await add_interview(session, mine)
    await session.commit()
    session.add(
        InterviewerRecord(user_id=theirs.id, interview_id=interview.id, person_key="eve@evil.test")
    )
    with pytest.raises(IntegrityError):
        await session.flush()


# --- cascades ---------------------------------------------------------------------------------


async def test_deleting_an_interview_takes_its_children(session: AsyncSession) -> None:
    user = await add_user(session)
    interview = await add_interview(session, user)
    keep = await add_interview(session, user)
    ann = interview.interviewers[0]
    session.add(Plan(interviewer_id=ann.id, user_id=user.id, topic="caching"))
    session.add(draft_for(interview, ann))
    session.add(draft_for(keep, keep.interviewers[0]))
    await session.commit()

    await session.execute(delete(InterviewRecord).where(InterviewRecord.id == interview.id))
    await session.commit()
    session.expunge_all()
    assert await count(session, InterviewerRecord) == 1
    assert await count(session, Plan) == 0
    assert (await session.scalars(select(DraftRecord.interview_id))).all() == [keep.id]


async def test_removing_an_interviewer_row_keeps_the_exactly_once_record(
    session: AsyncSession,
) -> None:
    user = await add_user(session)
    interview = await add_interview(session, user)
    ann = interview.interviewers[0]
    session.add(draft_for(interview, ann))
    await session.commit()
    await session.execute(delete(InterviewerRecord).where(InterviewerRecord.id == ann.id))
    await session.commit()
    session.expunge_all()
    record = await session.scalar(select(DraftRecord))
    assert record is not None
    assert record.interviewer_id is None
    assert record.recipient_key == "ann@acme.test"


async def test_deleting_a_user_takes_everything(session: AsyncSession) -> None:
    user = await add_user(session)
    other = await add_user(session, "google:-:2")
    interview = await add_interview(session, user)
    session.add(Plan(interviewer_id=interview.interviewers[0].id, user_id=user.id))
    session.add(draft_for(interview, interview.interviewers[0]))
    await add_interview(session, other)
    await session.commit()

    await session.execute(delete(User).where(User.id == user.id))
    await session.commit()
    session.expunge_all()
    assert await count(session, User) == 1
    assert await count(session, InterviewRecord) == 1
    assert await count(session, InterviewerRecord) == 1
    assert await count(session, Plan) == 0
    assert await count(session, DraftRecord) == 0


# --- schedule fingerprint ---------------------------------------------------------------------


def _calendar_interview(**changes: object) -> CalendarInterview:
    start = datetime(2025, 3, 10, 14, 0, tzinfo=UTC)
    base = CalendarInterview(
        source=Source.GOOGLE,
        uid="evt1@google.com",
        event_id="evt1",
        recurrence_id=None,
        title="Onsite: Acme",
        company="Acme",
        position="Engineer",
        start=start,
        end=start + timedelta(hours=1),
        all_day=False,
        status=EventStatus.CONFIRMED,
        organizer=None,
        recruiter=None,
        interviewers=(
            Interviewer(
                name="Ann",
                email="ann@acme.test",
                title="CTO",
                role=Role.EXECUTIVE,
                hiring_manager=False,
                slot_start=None,
                slot_end=None,
                source=InterviewerSource.ATTENDEE,
            ),
        ),
        confidence=0.9,
        reasons=(),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_schedule_fingerprint_notices_moves_but_not_edits() -> None:
    base = _calendar_interview()
    assert base.start is not None and base.end is not None
    same_instant = _calendar_interview(
        start=base.start.astimezone(IST),
        end=base.end.astimezone(IST),
    )
    assert schedule_fingerprint(same_instant) == schedule_fingerprint(base)
    assert schedule_fingerprint(_calendar_interview(title="Onsite (agenda v2)")) == (
        schedule_fingerprint(base)
    )
    moved = _calendar_interview(end=base.end + timedelta(minutes=30))
    cancelled = _calendar_interview(status=EventStatus.CANCELLED)
    fewer = _calendar_interview(interviewers=())
    prints = {schedule_fingerprint(i) for i in (base, moved, cancelled, fewer)}
    assert len(prints) == 4
    assert all(len(p) == 64 for p in prints)
