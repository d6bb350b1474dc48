"""Ingest: calendar interviews into rows and draft records — moves, cancels, removals,
stand-downs, reruns. Runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.api.schemas_autodraft import InterviewOverviewOut
from app.auth.identity import Identity
from app.autodraft import user_plans
from app.autodraft.ingest import GONE_FROM_CALENDAR, ingest_interviews
from app.calendar.model import Contact, EventStatus, Interview
from app.store.connections import Connection
from app.store.db import Database
from app.store.drafts import DraftKind, DraftRecord, DraftState
from app.store.interviews import InterviewerRecord, InterviewRecord
from app.store.opportunities import Opportunity
from app.store.queries import get_or_create_user
from app.store.users import User
from tests.autodraft.helpers import NOW, interview, loop, person

TZ = "America/New_York"


async def user_in(session: AsyncSession, subject: str = "u1") -> User:
    identity = Identity("google", subject, email=f"{subject}@x.example")
    return await get_or_create_user(session, identity)


async def records(session: AsyncSession) -> dict[str, DraftRecord]:
    rows = (await session.scalars(select(DraftRecord))).all()
    for row in rows:
        await session.refresh(row)
    return {f"{r.kind}:{r.recipient_key}": r for r in rows}


async def ingest(session: AsyncSession, user: User, items: list[Interview], **kw: object):
    options: dict[str, object] = {"now": NOW, "timezone": TZ}
    options.update(kw)
    result = await ingest_interviews(session, user, items, **options)  # type: ignore[arg-type]
    await session.commit()
    return result


def moved(item: Interview, delta: timedelta) -> Interview:
    people = tuple(
        dataclasses.replace(p, slot_start=p.slot_start + delta, slot_end=p.slot_end + delta)
        if p.slot_start and p.slot_end
        else p
        for p in item.interviewers
    )
    assert item.start is not None and item.end is not None
    return dataclasses.replace(
        item,
        start=item.start + delta,
        end=item.end + delta,
        interviewers=people,
    )


async def test_first_ingest_plans_one_record_per_interviewer_and_a_rerun_changes_nothing(
    session: AsyncSession,
) -> None:
    user = await user_in(session)
    item = loop()
    first = await ingest(session, user, [item])
    assert (first.interviews, first.created, first.drafts.planned) == (1, 1, 3)
    found = await records(session)
    assert set(found) == {f"thank_you:{p.key}" for p in item.interviewers}
    assert {r.state for r in found.values()} == {DraftState.PENDING}
    assert {r.due_at for r in found.values()} == {item.end}
    assert len({r.idempotency_key for r in found.values()}) == 3

    again = await ingest(session, user, [item])
    assert (again.created, again.moved, again.drafts) == (0, 0, type(again.drafts)())
    assert {k: (r.id, r.due_at) for k, r in (await records(session)).items()} == {
        k: (r.id, r.due_at) for k, r in found.items()
    }
    assert len((await session.scalars(select(InterviewRecord))).all()) == 1


async def test_a_moved_interview_reschedules_its_pending_records(session: AsyncSession) -> None:
    user = await user_in(session)
    item = loop()
    await ingest(session, user, [item])
    later = moved(item, timedelta(days=1))
    result = await ingest(session, user, [later])
    assert (result.moved, result.drafts.rescheduled, result.drafts.planned) == (1, 3, 1)
    found = await records(session)
    thanks = [r for r in found.values() if r.kind is DraftKind.THANK_YOU]
    assert {r.due_at for r in thanks} == {later.end}
    assert {r.next_attempt_at for r in thanks} == {later.end}
    # Now ahead, with an interviewer missing an address: the recruiter is asked as well.
    assert found["ask_recruiter:"].state is DraftState.PENDING
    row = await session.scalar(select(InterviewRecord))
    assert row is not None and row.sequence == 1


async def test_cancelling_cancels_open_records_and_uncancelling_reopens_them(
    session: AsyncSession,
) -> None:
    user = await user_in(session)
    item = loop()
    await ingest(session, user, [item])
    before = await records(session)
    result = await ingest(session, user, [dataclasses.replace(item, status=EventStatus.CANCELLED)])
    assert (result.cancelled, result.drafts.cancelled) == (1, 3)
    found = await records(session)
    assert {r.state for r in found.values()} == {DraftState.CANCELLED}
    assert all("cancelled" in (r.reason or "") for r in found.values())

    back = await ingest(session, user, [item])
    assert back.drafts.reopened == 3
    after = await records(session)
    assert {r.state for r in after.values()} == {DraftState.PENDING}
    # The same records: the exactly-once keys never change.
    assert {k: r.id for k, r in after.items()} == {k: r.id for k, r in before.items()}


async def test_delivered_records_are_never_touched_again(session: AsyncSession) -> None:
    user = await user_in(session)
    item = loop()
    await ingest(session, user, [item])
    await session.execute(
        update(DraftRecord)
        .where(DraftRecord.recipient_key == "priya@northwind.example")
        .values(
            state=DraftState.DELIVERED, provider="local", provider_draft_id="x", finished_at=NOW
        )
    )
    await session.commit()
    await ingest(session, user, [dataclasses.replace(item, status=EventStatus.CANCELLED)])
    await ingest(session, user, [moved(item, timedelta(days=2))])
    found = await records(session)
    priya = found["thank_you:priya@northwind.example"]
    assert (priya.state, priya.due_at, priya.provider_draft_id) == (
        DraftState.DELIVERED,
        item.end,
        "x",
    )


async def test_a_removed_interviewer_loses_the_pending_note_and_gets_it_back_if_readded(
    session: AsyncSession,
) -> None:
    user = await user_in(session)
    item = loop()
    await ingest(session, user, [item])
    dana_key = "thank_you:dana@northwind.example"
    dana_id = (await records(session))[dana_key].id
    without = dataclasses.replace(item, interviewers=item.interviewers[::2])
    result = await ingest(session, user, [without])
    assert result.drafts.cancelled == 1
    found = await records(session)
    assert found[dana_key].state is DraftState.CANCELLED
    assert found[dana_key].reason == "They are no longer on the invite."
    assert {r.state for k, r in found.items() if k != dana_key} == {DraftState.PENDING}
    removed = await session.scalar(
        select(InterviewerRecord).where(InterviewerRecord.person_key == "dana@northwind.example")
    )
    assert removed is not None and removed.removed_at is not None

    await ingest(session, user, [item])
    again = await records(session)
    assert (again[dana_key].id, again[dana_key].state) == (dana_id, DraftState.PENDING)


async def test_a_name_that_later_gets_an_address_keeps_one_note(session: AsyncSession) -> None:
    user = await user_in(session)
    item = loop()
    await ingest(session, user, [item])
    tomas = item.interviewers[2]
    with_address = dataclasses.replace(tomas, email="tomas@northwind.example")
    people = (*item.interviewers[:2], with_address)
    await ingest(session, user, [dataclasses.replace(item, interviewers=people)])
    found = await records(session)
    assert len(found) == 3
    assert found["thank_you:name:tomas ibanez"].state is DraftState.PENDING
    row = await session.scalar(
        select(InterviewerRecord).where(InterviewerRecord.person_key == "name:tomas ibanez")
    )
    assert row is not None and row.email == "tomas@northwind.example" and row.removed_at is None


async def test_standing_down_cancels_and_plans_nothing_new_until_resumed(
    session: AsyncSession,
) -> None:
    user = await user_in(session)
    await ingest(session, user, [loop()])
    opportunity = await session.scalar(select(Opportunity))
    assert opportunity is not None
    done = await user_plans.stand_down_opportunity(
        session, user, opportunity.id, now=NOW, timezone=TZ, reason="accepted an offer"
    )
    await session.commit()
    assert done is not None and done.cancelled == 3 and done.row.stood_down
    assert {r.state for r in (await records(session)).values()} == {DraftState.CANCELLED}

    # A later interview for the same opportunity gets nothing.
    second = interview(
        "loop-2",
        people=(person("Ann Lee", "ann@northwind.example", "Engineer"),),
        company="Northwind",
        position="Backend Engineer",
    )
    result = await ingest(session, user, [loop(), second])
    assert result.drafts.planned == 0 and result.drafts.reopened == 0

    resumed = await user_plans.resume_opportunity(
        session, user, opportunity.id, now=NOW, timezone=TZ
    )
    await session.commit()
    assert resumed is not None and resumed.reopened == 4
    found = await records(session)
    assert len(found) == 4 and {r.state for r in found.values()} == {DraftState.PENDING}


async def test_interviews_gone_from_a_complete_calendar_count_as_cancelled(
    session: AsyncSession,
) -> None:
    user = await user_in(session)
    feed = Connection(user_id=user.id, provider="ics", account_subject="/tmp/cal.ics", scopes=[])
    other = Connection(user_id=user.id, provider="ics", account_subject="/tmp/other.ics", scopes=[])
    session.add_all([feed, other])
    await session.flush()
    second = interview(
        "screen-1", people=(person("Marcus Chen", "marcus@contoso.example"),), company="Contoso"
    )
    await ingest(session, user, [loop(), second], calendar_connection_id=feed.id, complete=True)
    elsewhere = interview("elsewhere", people=(person("Ann", "ann@acme.example"),), company="Acme")
    await ingest(session, user, [elsewhere], calendar_connection_id=other.id, complete=True)

    result = await ingest(session, user, [loop()], calendar_connection_id=feed.id, complete=True)
    assert result.cancelled == 1 and len(result.gone_ids) == 1
    found = await records(session)
    marcus = found["thank_you:marcus@contoso.example"]
    assert (marcus.state, marcus.reason) == (DraftState.CANCELLED, GONE_FROM_CALENDAR)
    # Another calendar's interviews are not this calendar's to cancel.
    assert found["thank_you:ann@acme.example"].state is DraftState.PENDING


async def test_plan_edits_replan_the_interviewer(session: AsyncSession) -> None:
    user = await user_in(session)
    item = loop()
    await ingest(session, user, [item])
    priya = await session.scalar(
        select(InterviewerRecord).where(InterviewerRecord.person_key == "priya@northwind.example")
    )
    assert priya is not None
    key = "thank_you:priya@northwind.example"

    await user_plans.update_plan(
        session,
        user,
        priya.id,
        user_plans.PlanChanges({"scenario_override": "stand_down"}),
        now=NOW,
        timezone=TZ,
    )
    await session.commit()
    assert (await records(session))[key].state is DraftState.CANCELLED

    overview = await user_plans.update_plan(
        session,
        user,
        priya.id,
        user_plans.PlanChanges({"scenario_override": None, "stumble": "my answer on caching"}),
        now=NOW,
        timezone=TZ,
    )
    await session.commit()
    record = (await records(session))[key]
    assert (record.state, record.scenario, record.due_at) == (
        DraftState.PENDING,
        "recovery",
        item.interviewers[0].slot_end,
    )
    assert overview is not None
    shown = next(
        i
        for i in InterviewOverviewOut.of(overview).model_dump(mode="json")["interviewers"]
        if i["id"] == str(priya.id)
    )
    assert shown["scenario"] == "recovery" and shown["plan"]["stumble"] == "my answer on caching"
    assert shown["default"]["scenario"] == "recovery"


async def test_a_screen_without_a_position_joins_the_companys_opportunity(
    session: AsyncSession,
) -> None:
    user = await user_in(session)
    screen = interview(
        "screen",
        company="Contoso",
        position=None,
        people=(person("Marcus Chen", "marcus@contoso.example"),),
    )
    onsite = interview(
        "onsite",
        company="Contoso, Inc.",
        position="Platform Engineer",
        start=NOW + timedelta(days=5),
        end=NOW + timedelta(days=5, hours=3),
        people=(person("Ann Lee", "ann@contoso.example"),),
    )
    await ingest(session, user, [screen, onsite])
    rows = (await session.scalars(select(Opportunity))).all()
    assert [(o.company, o.position) for o in rows] == [("Contoso", "Platform Engineer")]
    ids = {r.opportunity_id for r in (await session.scalars(select(InterviewRecord))).all()}
    assert ids == {rows[0].id}


async def test_ask_recruiter_is_planned_for_a_future_interview_and_withdrawn_when_named(
    session: AsyncSession,
) -> None:
    user = await user_in(session)
    start = NOW + timedelta(days=7)
    bare = interview(
        "onsite",
        start=start,
        end=start + timedelta(hours=3),
        recruiter=Contact("Nina Alvarez", "nina@fabrikam.example"),
    )
    await ingest(session, user, [bare])
    found = await records(session)
    assert list(found) == [f"{DraftKind.ASK_RECRUITER}:"]
    named = dataclasses.replace(bare, interviewers=(person("Ann", "ann@fabrikam.example"),))
    await ingest(session, user, [named])
    found = await records(session)
    assert found["ask_recruiter:"].state is DraftState.CANCELLED
    assert found["thank_you:ann@fabrikam.example"].due_at == start + timedelta(hours=3)


async def test_parallel_ingests_of_one_calendar_make_one_record_per_note(db: Database) -> None:
    async with db.sessions() as session:
        user = await user_in(session)
        await session.commit()
    items = [loop(f"loop-{i}") for i in range(5)]

    async def one() -> None:
        async with db.sessions() as session:
            await ingest_interviews(session, user, items, now=NOW, timezone=TZ)
            await session.commit()

    await asyncio.gather(one(), one(), one())
    async with db.sessions() as session:
        count = len((await session.scalars(select(DraftRecord))).all())
        interviews = len((await session.scalars(select(InterviewRecord))).all())
    assert (interviews, count) == (5, 15)
