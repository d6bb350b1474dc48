"""The worker and the delivery step: exactly once, retries, reauth, poison items, shutdown."""

from __future__ import annotations

import asyncio
import random
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, update

from app.auth.identity import Identity
from app.autodraft.delivery import DeliveryDefaults, Outcome
from app.autodraft.ingest import ingest_interviews
from app.autodraft.retry import RetryPolicy
from app.autodraft.worker import Worker, recover_orphaned_claims
from app.errors import ProviderThrottled, ProviderUnavailable, ReauthRequired
from app.store.connections import Connection, ConnectionStatus
from app.store.db import Database
from app.store.drafts import DraftRecord, DraftState
from app.store.interviews import InterviewerRecord
from app.store.plans import Plan
from app.store.queries import get_or_create_user
from tests.autodraft.helpers import NOW, Crash, MemoryMailbox, StaticResolver, loop, permanent

TZ = "America/New_York"
LEASE = timedelta(minutes=5)


class Clock:
    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


async def seed(db: Database, *items, connection: bool = False):
    """The local user with the given interviews ingested (default: one ended loop)."""
    async with db.sessions() as session:
        user = await get_or_create_user(
            session, Identity("local", "local", email="sam.okafor@example.com", name="Sam Okafor")
        )
        conn_id = None
        if connection:
            conn = Connection(
                user_id=user.id, provider="google", account_subject="sub-1", scopes=[]
            )
            session.add(conn)
            await session.flush()
            conn_id = conn.id
        await ingest_interviews(
            session,
            user,
            list(items) or [loop()],
            now=NOW,
            timezone=TZ,
            mailbox_connection_id=conn_id,
        )
        await session.commit()
        return user, conn_id


def worker(db: Database, mailbox: MemoryMailbox, clock: Clock | None = None, **kw) -> Worker:
    options = {
        "clock": clock or Clock(),
        "policy": RetryPolicy(base=1.0, cap=8.0, max_attempts=4, rng=random.Random(1)),
        "defaults": DeliveryDefaults(timezone=TZ),
        "lease": LEASE,
    }
    options.update(kw)
    return Worker(db, StaticResolver(mailbox), **options)  # type: ignore[arg-type]


async def states(db: Database) -> dict[str, DraftRecord]:
    async with db.sessions() as session:
        rows = (await session.scalars(select(DraftRecord))).all()
    return {r.recipient_key: r for r in rows}


async def test_each_interviewer_gets_exactly_one_composed_draft(db: Database) -> None:
    await seed(db)
    async with db.sessions() as session:
        priya = await session.scalar(
            select(InterviewerRecord).where(
                InterviewerRecord.person_key == "priya@northwind.example"
            )
        )
        assert priya is not None
        session.add(
            Plan(
                interviewer_id=priya.id,
                user_id=priya.user_id,
                stumble=True,
                stumble_text="my answer on cache invalidation was wrong",
                topic="the cache layer",
                restatement="we should version the keys",
            )
        )
        await session.commit()
    mailbox = MemoryMailbox()
    results = await worker(db, mailbox).drain()
    assert sorted(r.outcome for r in results) == [Outcome.CREATED] * 3
    assert mailbox.duplicates == 0 and len(mailbox.drafts) == 3

    by_key = {r.recipient_key: r for r in (await states(db)).values()}
    assert {r.state for r in by_key.values()} == {DraftState.DELIVERED}
    drafts = {key: mailbox.drafts[r.idempotency_key][0] for key, r in by_key.items()}
    recovery = drafts["priya@northwind.example"]
    assert "cache invalidation" in recovery.text and recovery.to_email == "priya@northwind.example"
    assert (recovery.from_email, recovery.from_name) == ("sam.okafor@example.com", "Sam Okafor")
    nameless = drafts["name:tomas ibanez"]
    assert nameless.to_email is None and nameless.text.startswith("Hi Tomás,")
    assert by_key["priya@northwind.example"].scenario == "recovery"
    assert by_key["name:tomas ibanez"].placeholders == 1  # [something they told you about]
    # The notes did not outlive delivery.
    async with db.sessions() as session:
        plan = await session.get(Plan, priya.id)
        assert plan is not None
        assert (plan.stumble_text, plan.topic, plan.restatement) == (None, None, None)
        assert plan.notes_cleared_at == NOW


async def test_a_draft_already_in_the_mailbox_is_found_not_made_again(db: Database) -> None:
    await seed(db)
    mailbox = MemoryMailbox()
    first = worker(db, mailbox)
    # A crash between the provider's create and our commit, on the first draft.
    calls = 0

    def crash_once(key: str, attempt: int):
        nonlocal calls
        calls += 1
        return (Crash(), True) if calls == 1 else None

    mailbox.fault = crash_once
    with pytest.raises(Crash):
        await first.run_once()
    stuck = [r for r in (await states(db)).values() if r.state is DraftState.CLAIMED]
    assert len(stuck) == 3  # the whole batch is still claimed by the dead worker

    later = Clock(NOW + LEASE + timedelta(seconds=1))  # its lease has run out
    results = await worker(db, mailbox, later).drain()
    outcomes = sorted(r.outcome for r in results)
    assert outcomes == [Outcome.ALREADY_THERE, Outcome.CREATED, Outcome.CREATED]
    assert mailbox.duplicates == 0 and sum(mailbox.creates.values()) == 3
    assert {r.state for r in (await states(db)).values()} == {DraftState.DELIVERED}


async def test_throttling_honours_retry_after(db: Database) -> None:
    await seed(db)
    mailbox = MemoryMailbox(fault=lambda key, n: (ProviderThrottled(retry_after=120), False))
    results = await worker(db, mailbox).run_once()
    assert {r.outcome for r in results} == {Outcome.RETRY}
    for record in (await states(db)).values():
        assert record.state is DraftState.PENDING
        assert record.next_attempt_at >= NOW + timedelta(seconds=120)
        assert record.attempts == 1 and record.last_error


async def test_transient_errors_back_off_then_fail_with_the_reason(db: Database) -> None:
    await seed(db)
    mailbox = MemoryMailbox(fault=lambda key, n: (ProviderUnavailable("502 from upstream"), False))
    clock = Clock()
    w = worker(db, mailbox, clock)
    for attempt in range(1, 5):
        results = await w.run_once()
        records = await states(db)
        if attempt < 4:
            assert {r.outcome for r in results} == {Outcome.RETRY}
            bound = min(8.0, 1.0 * 2 ** (attempt - 1))
            for r in records.values():
                assert clock.now <= r.next_attempt_at <= clock.now + timedelta(seconds=bound)
        clock.now += timedelta(seconds=60)
    assert {r.outcome for r in results} == {Outcome.FAILED}
    for r in (await states(db)).values():
        assert r.state is DraftState.FAILED
        assert r.reason == "gave up after 4 attempts: 502 from upstream"
    assert mailbox.drafts == {}


async def test_a_permanent_error_fails_the_item_at_once(db: Database) -> None:
    await seed(db)
    results = await worker(db, MemoryMailbox(fault=permanent)).run_once()
    assert {r.outcome for r in results} == {Outcome.FAILED}
    assert {r.reason for r in (await states(db)).values()} == {"400: the message is malformed"}


async def test_a_revoked_grant_marks_the_connection_and_the_work_waits(db: Database) -> None:
    _user, conn_id = await seed(db, connection=True)
    mailbox = MemoryMailbox(fault=lambda key, n: (ReauthRequired("the grant was revoked"), False))
    results = await worker(db, mailbox).run_once()
    assert results[0].outcome is Outcome.REAUTH
    async with db.sessions() as session:
        connection = await session.get(Connection, conn_id)
        assert connection is not None and connection.status is ConnectionStatus.NEEDS_REAUTH
    records = await states(db)
    assert {r.state for r in records.values()} == {DraftState.PENDING}
    assert all(r.state is not DraftState.FAILED for r in records.values())
    # Nothing more is tried until the user reconnects.
    mailbox.fault = None
    assert await worker(db, mailbox).run_once() == []
    async with db.sessions() as session:
        await session.execute(update(Connection).values(status=ConnectionStatus.ACTIVE))
        await session.commit()
    results = await worker(db, mailbox).drain()
    assert sorted(r.outcome for r in results) == [Outcome.CREATED] * 3


async def test_a_record_cancelled_mid_delivery_takes_its_draft_back(db: Database) -> None:
    await seed(db)
    mailbox = MemoryMailbox()
    original = mailbox.create_draft

    async def create_then_cancel(draft):
        made = await original(draft)
        async with db.sessions() as session:  # the user stands down meanwhile
            await session.execute(
                update(DraftRecord)
                .where(
                    DraftRecord.idempotency_key == draft.idempotency_key,
                )
                .values(state=DraftState.CANCELLED, claimed_by=None, lease_until=None)
            )
            await session.commit()
        return made

    mailbox.create_draft = create_then_cancel  # type: ignore[method-assign]
    results = await worker(db, mailbox, batch_size=1).run_once()
    assert results[0].outcome is Outcome.CANCELLED
    assert mailbox.drafts == {} and len(mailbox.deleted) == 1


async def test_an_item_moved_later_while_claimed_goes_back_to_wait(db: Database) -> None:
    await seed(db)
    w = worker(db, MemoryMailbox())
    ids = await w.claim()
    later = NOW + timedelta(days=2)
    async with db.sessions() as session:
        await session.execute(update(InterviewerRecord).values(slot_end=None))
        from app.store.interviews import InterviewRecord

        await session.execute(update(InterviewRecord).values(end=later))
        await session.commit()
    from app.autodraft.delivery import deliver_claimed

    result = await deliver_claimed(
        db,
        w.resolver,
        ids[0],
        worker_id=w.worker_id,
        clock=w.clock,
        policy=w.policy,
        defaults=w.defaults,
    )
    assert result.outcome is Outcome.RESCHEDULED
    record = next(r for r in (await states(db)).values() if r.id == ids[0])
    assert (record.state, record.next_attempt_at, record.attempts) == (DraftState.PENDING, later, 0)


async def test_future_interviews_wait_until_they_end(db: Database) -> None:
    start = NOW + timedelta(days=1)
    await seed(db, loop("later", start=start, end=start + timedelta(hours=2)))
    mailbox = MemoryMailbox()
    # Only the note asking the recruiter for Tomás's address is due before the interview.
    (ask,) = await worker(db, mailbox).drain()
    assert ask.outcome is Outcome.CREATED
    (sent,) = [d for drafts in mailbox.drafts.values() for d in drafts]
    assert (sent.to_email, sent.to_name) == ("leah@northwind.example", "Leah Park")
    clock = Clock(start + timedelta(hours=2))
    results = await worker(db, mailbox, clock).drain()
    assert sorted(r.outcome for r in results) == [Outcome.CREATED] * 3


async def test_a_crash_loop_ends_failed_instead_of_forever(db: Database) -> None:
    await seed(db)
    async with db.sessions() as session:
        await session.execute(update(DraftRecord).values(attempts=4))
        await session.commit()
    results = await worker(db, MemoryMailbox()).run_once()
    assert {r.outcome for r in results} == {Outcome.FAILED}
    assert all("without finishing" in (r.reason or "") for r in (await states(db)).values())


async def test_stopping_hands_the_rest_of_the_batch_back(db: Database) -> None:
    await seed(db)
    stop = asyncio.Event()
    mailbox = MemoryMailbox()
    w = worker(db, mailbox, on_result=lambda result: stop.set())
    await asyncio.wait_for(w.run(stop), timeout=30)
    records = await states(db)
    assert sorted(r.state for r in records.values()) == [
        DraftState.DELIVERED,
        DraftState.PENDING,
        DraftState.PENDING,
    ]
    assert all(r.attempts == 0 for r in records.values() if r.state is DraftState.PENDING)


async def test_claims_are_freed_when_their_lease_ran_out_not_by_pid(db: Database) -> None:
    # A pid that does not exist here proves nothing (it may live in another container); see
    # tests/autodraft/test_worker_identity.py for what does prove a holder dead.
    await seed(db)
    dead = Worker(
        db,
        StaticResolver(MemoryMailbox()),
        worker_id="testhost:999999999:0:ab",
        clock=Clock(),
        lease=LEASE,
    )
    await dead.claim(limit=2)
    assert await recover_orphaned_claims(db, now=NOW) == 0
    assert await recover_orphaned_claims(db, now=NOW + LEASE + timedelta(seconds=1)) == 2
    records = await states(db)
    assert sorted(r.state for r in records.values()) == [DraftState.PENDING] * 3


def test_backoff_is_exponential_with_full_jitter_and_capped() -> None:
    policy = RetryPolicy(base=30, cap=3600, rng=random.Random(3))
    for attempt, bound in [(1, 30), (2, 60), (3, 120), (8, 3600), (30, 3600)]:
        draws = [policy.backoff(attempt) for _ in range(200)]
        assert all(0 <= d <= bound for d in draws)
        assert max(draws) > bound * 0.8  # the whole range is used
    assert all(policy.throttled(90, 1) >= 90 for _ in range(100))
    assert policy.throttled(None, 1) <= 30
