"""The draft queue (app.store.draft_states): claims, leases, compare-and-set finishes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, text, update

from app.store import queries as q
from app.store.connections import Connection, ConnectionStatus
from app.store.db import Database
from app.store.draft_states import claim_due, mark_delivered, mark_failed, retry
from app.store.drafts import DraftRecord, DraftState
from app.store.plans import Plan
from app.store.sql import claim_rows
from tests.store.conftest import NOW, add_interview, add_user, draft_for

LEASE = timedelta(minutes=5)


async def seed(db: Database, *, due_offsets: tuple[int, ...]) -> list[DraftRecord]:
    """One draft per offset (minutes from NOW), each to its own interviewer."""
    async with db.sessions() as session:
        user = await add_user(session)
        people = tuple(f"p{i}@acme.test" for i in range(len(due_offsets)))
        interview = await add_interview(session, user, interviewers=people)
        records = [
            draft_for(interview, person, due_at=NOW + timedelta(minutes=offset))
            for person, offset in zip(interview.interviewers, due_offsets, strict=True)
        ]
        session.add_all(records)
        await session.commit()
        return records


async def test_claims_only_due_work_and_counts_attempts(db: Database) -> None:
    due, _later = await seed(db, due_offsets=(-1, 10))
    async with db.sessions() as session:
        claimed = await claim_due(session, worker_id="w1", now=NOW, lease=LEASE, limit=10)
        await session.commit()
    assert [r.id for r in claimed] == [due.id]
    assert claimed[0].state is DraftState.CLAIMED
    assert claimed[0].attempts == 1
    assert claimed[0].lease_until == NOW + LEASE

    async with db.sessions() as session:
        # Claimed and leased: nobody else gets it, and the later one is not due yet.
        assert await claim_due(session, worker_id="w2", now=NOW, lease=LEASE, limit=10) == []
        # A crashed worker's claim comes back once its lease has run out.
        after = NOW + LEASE + timedelta(seconds=1)
        again = await claim_due(session, worker_id="w2", now=after, lease=LEASE, limit=1)
        await session.commit()
    assert [(r.id, r.claimed_by, r.attempts) for r in again] == [(due.id, "w2", 2)]


async def test_finishing_is_compare_and_set_on_the_claim(db: Database) -> None:
    (record,) = await seed(db, due_offsets=(0,))
    async with db.sessions() as session:
        plan = Plan(
            interviewer_id=record.interviewer_id,
            user_id=record.user_id,
            what_happened="x",
            restatement="y",
            topic="z",
            questions=["q?"],
        )
        session.add(plan)
        await session.commit()
        await claim_due(session, worker_id="w1", now=NOW, lease=LEASE, limit=1)
        await session.commit()

        # A worker that lost the claim cannot finish it.
        assert not await mark_delivered(
            session, record.id, worker_id="w2", provider="google", provider_draft_id="r-9", now=NOW
        )
        assert await mark_delivered(
            session, record.id, worker_id="w1", provider="google", provider_draft_id="r-1", now=NOW
        )
        await session.commit()
        assert not await mark_failed(session, record.id, worker_id="w1", reason="late", now=NOW)
        session.expunge_all()
        done = await session.get(DraftRecord, record.id)
        assert done is not None
        assert (done.state, done.provider_draft_id, done.claimed_by) == (
            DraftState.DELIVERED,
            "r-1",
            None,
        )
        # No note text outlives delivery.
        notes = await q.get_plan(session, record.user_id, record.interviewer_id)  # type: ignore[arg-type]
        assert notes is not None and not notes.has_notes and notes.notes_cleared_at == NOW


async def test_retry_and_failure(db: Database) -> None:
    first, second = await seed(db, due_offsets=(0, 0))
    async with db.sessions() as session:
        await claim_due(session, worker_id="w1", now=NOW, lease=LEASE, limit=2)
        await session.commit()
        retry_at = NOW + timedelta(seconds=90)
        assert await retry(
            session, first.id, worker_id="w1", next_attempt_at=retry_at, error="429 Retry-After: 90"
        )
        assert await mark_failed(
            session, second.id, worker_id="w1", reason="recipient address rejected", now=NOW
        )
        await session.commit()

        assert await claim_due(session, worker_id="w1", now=NOW, lease=LEASE, limit=5) == []
        retried = await claim_due(session, worker_id="w1", now=retry_at, lease=LEASE, limit=5)
        assert [(r.id, r.attempts, r.last_error) for r in retried] == [
            (first.id, 2, "429 Retry-After: 90")
        ]
        failed = await session.get(DraftRecord, second.id)
        assert failed is not None
        assert (failed.state, failed.reason) == (DraftState.FAILED, "recipient address rejected")


async def test_work_for_a_revoked_grant_waits(db: Database) -> None:
    (record,) = await seed(db, due_offsets=(0,))
    async with db.sessions() as session:
        connection = Connection(
            user_id=record.user_id,
            provider="google",
            account_subject="1",
            status=ConnectionStatus.NEEDS_REAUTH,
        )
        session.add(connection)
        await session.flush()
        stored = await session.get(DraftRecord, record.id)
        assert stored is not None
        stored.connection_id = connection.id
        await session.commit()
        assert await claim_due(session, worker_id="w1", now=NOW, lease=LEASE, limit=5) == []

        await q.set_connection_status(
            session, record.user_id, connection.id, ConnectionStatus.ACTIVE
        )
        await session.commit()
        claimed = await claim_due(session, worker_id="w1", now=NOW, lease=LEASE, limit=5)
        assert [r.id for r in claimed] == [record.id]


@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
async def test_parallel_workers_skip_each_others_rows(db: Database) -> None:
    records = await seed(db, due_offsets=(0, 0, 0, 0, 0))
    async with db.sessions() as one, db.sessions() as two:
        # Both transactions stay open: the first one's row locks are held while the second
        # claims, exactly as with two worker replicas polling at once. (The lock timeout turns
        # a missing SKIP LOCKED into an error instead of a hang.)
        await two.execute(text("SET LOCAL lock_timeout = '10s'"))
        first = await claim_due(one, worker_id="w1", now=NOW, lease=LEASE, limit=2)
        second = await claim_due(two, worker_id="w2", now=NOW, lease=LEASE, limit=10)
        await one.commit()
        await two.commit()
    ids_one = {r.id for r in first}
    ids_two = {r.id for r in second}
    assert len(ids_one) == 2
    assert ids_one.isdisjoint(ids_two)
    assert ids_one | ids_two == {r.id for r in records}
    async with db.sessions() as session:
        owners = (await session.scalars(select(DraftRecord.claimed_by))).all()
    assert sorted(owners) == ["w1", "w1", "w2", "w2", "w2"]  # type: ignore[type-var]


async def test_the_claim_helper_takes_only_rows_still_claimable(db: Database) -> None:
    """A row another claimer took between the candidates' read and the write is left out.

    The candidates here ignore the claimable condition on purpose, standing in for a read made
    before a concurrent claim committed; the guarded UPDATE reads it again.
    """
    free, taken = await seed(db, due_offsets=(0, 0))
    async with db.sessions() as session:
        await session.execute(
            update(DraftRecord)
            .where(DraftRecord.id == taken.id)
            .values(state=DraftState.CLAIMED, claimed_by="w0", lease_until=NOW + LEASE)
        )
        await session.commit()
        claimed = await claim_rows(
            session,
            DraftRecord,
            select(DraftRecord.id, DraftRecord.recipient_key).order_by(DraftRecord.recipient_key),
            still=[DraftRecord.state == DraftState.PENDING],
            values={"state": DraftState.CLAIMED, "claimed_by": "w1", "lease_until": NOW + LEASE},
            limit=10,
        )
        await session.commit()
        assert [(row.recipient_key, record.id, record.claimed_by) for row, record in claimed] == [
            (free.recipient_key, free.id, "w1")
        ]
        session.expunge_all()
        owners = dict((await session.execute(select(DraftRecord.id, DraftRecord.claimed_by))).all())
    assert owners == {free.id: "w1", taken.id: "w0"}
