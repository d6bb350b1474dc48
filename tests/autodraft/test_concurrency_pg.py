"""Four workers on real PostgreSQL over 1,000 ended interviews, against a mailbox that fails in
every way a provider does: 429 with Retry-After, 500s, timeouts after the draft was created,
and crashes between the provider's create and our commit. Every interviewer ends up with
exactly one draft: none lost, none duplicated.

Backoff and leases are shortened by parameters to keep the run short; the assertions are the
real ones.
"""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from app.auth.identity import Identity
from app.autodraft.delivery import DeliveryDefaults
from app.autodraft.planner import plan_interview, view_from_interview
from app.autodraft.retry import RetryPolicy
from app.autodraft.worker import Worker
from app.errors import ProviderThrottled, ProviderUnavailable
from app.store.db import Database
from app.store.drafts import DraftKind, DraftRecord, DraftState, idempotency_key
from app.store.interviews import InterviewerRecord, InterviewRecord, schedule_fingerprint
from app.store.migrations import run_migrations
from app.store.models import metadata
from app.store.queries import get_or_create_user
from tests.autodraft.helpers import Crash, MemoryMailbox, StaticResolver, interview, person

pytestmark = pytest.mark.postgres

INTERVIEWS = 1_000
WORKERS = 4


@pytest.fixture
async def pg(postgres_url: str) -> AsyncIterator[Database]:
    await run_migrations(postgres_url)
    database = Database(postgres_url)
    tables = ", ".join(table.name for table in metadata.sorted_tables)
    async with database.engine.begin() as connection:
        await connection.execute(text(f"TRUNCATE {tables} CASCADE"))
    try:
        yield database
    finally:
        await database.dispose()


class Chaos:
    """Deterministic faults per create call, counted so the test can show they happened."""

    def __init__(self, seed: int = 11) -> None:
        self.rng = random.Random(seed)
        self.injected: Counter[str] = Counter()

    def __call__(self, key: str, attempt: int) -> tuple[BaseException, bool] | None:
        roll = self.rng.random()
        if roll < 0.08:
            self.injected["429"] += 1
            return ProviderThrottled(retry_after=0.05), False
        if roll < 0.16:
            self.injected["500"] += 1
            return ProviderUnavailable("500 Internal Server Error"), False
        if roll < 0.22:
            self.injected["timeout_after_write"] += 1
            return ProviderUnavailable("timed out after the write"), True
        if roll < 0.235:
            self.injected["crash_after_write"] += 1
            return Crash(), True
        return None


async def seed(database: Database, now: datetime) -> dict[str, set[str]]:
    """1,000 ended interviews with one or two interviewers each, planned by the planner and
    written in bulk (ingest's own per-interview path is covered by test_ingest); returns the
    interviewer keys per interview."""
    rng = random.Random(5)
    expected: dict[str, set[str]] = {}
    async with database.sessions() as session:
        user = await get_or_create_user(session, Identity("google", "load", email="c@x.example"))
        planned = []
        for n in range(INTERVIEWS):
            end = now - timedelta(minutes=1 + n % 600)
            people = [
                person(f"Person {n}-{k}", f"p{n}-{k}@acme{n % 50}.example", "Senior Engineer")
                for k in range(rng.randint(1, 2))
            ]
            item = interview(
                f"load-{n}",
                start=end - timedelta(hours=1),
                end=end,
                people=people,
                company=f"Acme {n % 50}",
            )
            expected[item.key] = {p.key for p in people}
            row = InterviewRecord(
                user_id=user.id,
                source=str(item.source),
                external_id=item.key,
                uid=item.uid,
                title=item.title,
                company=item.company,
                start=item.start,
                end=item.end,
                fingerprint=schedule_fingerprint(item),
                created_at=now,
            )
            row.interviewers = [
                InterviewerRecord(
                    user_id=user.id,
                    person_key=p.key,
                    name=p.name,
                    email=p.email,
                    title=p.title,
                    role=p.role,
                )
                for p in people
            ]
            session.add(row)
            plan = plan_interview(
                view_from_interview(item), {}, stood_down=False, now=now, timezone="UTC"
            )
            planned.append((row, plan))
        await session.flush()
        for row, plan in planned:
            ids = {i.person_key: i.id for i in row.interviewers}
            for draft in plan.drafts:
                kind = DraftKind(draft.kind.value)
                session.add(
                    DraftRecord(
                        user_id=user.id,
                        interview_id=row.id,
                        interviewer_id=ids.get(draft.recipient_key),
                        kind=kind,
                        recipient_key=draft.recipient_key,
                        scenario=draft.scenario,
                        idempotency_key=idempotency_key(
                            user.id, row.source, row.external_id, kind, draft.recipient_key
                        ),
                        due_at=draft.due_at,
                        next_attempt_at=draft.due_at,
                    )
                )
        await session.commit()
    return expected


async def test_four_workers_deliver_every_draft_exactly_once_through_faults(pg: Database) -> None:
    now = datetime.now(UTC)
    expected = await seed(pg, now)
    total = sum(len(people) for people in expected.values())
    chaos = Chaos()
    mailbox = MemoryMailbox(fault=chaos, latency=0.001)
    resolver = StaticResolver(mailbox)
    stop = asyncio.Event()
    restarts = Counter[int]()

    async def supervised(index: int) -> None:
        # A worker that "crashes" is replaced by a new one, as a process supervisor would.
        while not stop.is_set():
            worker = Worker(
                pg,
                resolver,
                worker_id=f"load:{index}:{restarts[index]}",
                policy=RetryPolicy(base=0.02, cap=0.3, max_attempts=100, rng=random.Random(index)),
                defaults=DeliveryDefaults(timezone="UTC"),
                batch_size=10,
                lease=timedelta(seconds=2),
                poll_seconds=0.2,
            )
            try:
                await worker.run(stop)
            except Crash:
                restarts[index] += 1

    async def until_done() -> None:
        while True:
            async with pg.sessions() as session:
                open_ = await session.scalar(
                    select(func.count(DraftRecord.id)).where(
                        DraftRecord.state.in_([DraftState.PENDING, DraftState.CLAIMED])
                    )
                )
            if open_ == 0:
                break
            await asyncio.sleep(0.2)
        stop.set()

    await asyncio.wait_for(
        asyncio.gather(*(supervised(i) for i in range(WORKERS)), until_done()), timeout=240
    )

    # Every kind of fault happened, and crashed workers were replaced.
    assert set(chaos.injected) == {"429", "500", "timeout_after_write", "crash_after_write"}
    assert sum(restarts.values()) == chaos.injected["crash_after_write"] > 0

    async with pg.sessions() as session:
        rows = (
            await session.execute(
                select(
                    DraftRecord.state,
                    DraftRecord.idempotency_key,
                    DraftRecord.recipient_key,
                    DraftRecord.interview_id,
                )
            )
        ).all()
        interviewers = await session.scalar(select(func.count(InterviewerRecord.id)))
    assert interviewers == total
    assert len(rows) == total  # one record per interviewer
    assert Counter(state for state, *_ in rows) == {DraftState.DELIVERED: total}
    # 0 duplicates, 0 lost: each record's key has exactly one draft in the mailbox, and the
    # mailbox holds nothing else.
    keys = {key for _, key, *_ in rows}
    assert mailbox.duplicates == 0
    assert set(mailbox.drafts) == keys
    assert all(len(drafts) == 1 for drafts in mailbox.drafts.values())
    # And the drafts are for the right people.
    assert sorted(d[0].to_email or "" for d in mailbox.drafts.values()) == sorted(
        key for people in expected.values() for key in people
    )
