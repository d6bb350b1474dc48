"""Auto-draft delivery on PostgreSQL, each figure next to a baseline measured in the same run.

1. Throughput: drafts delivered per second by 4 workers (one process, as `rightnote worker
   --concurrency 4`) against a mailbox whose every call takes 50 ms (lookup by key + create =
   two calls per draft). Baselines: the mailbox-bound ceiling (the same calls as bare 50 ms
   sleeps, 4 at a time, no database) and a single worker.
2. Lag: interviews whose slots end during the run, delivered by 4 workers with the default
   polling settings (RIGHTNOTE_WORKER_POLL_SECONDS = 5 s, batch 20); lag = delivered_at - due_at,
   p50 / p99 / max (target p99 <= 60 s).

Run by hand: `.venv/bin/python bench/bench_autodraft.py [--drafts 1000] [--lag-window 60]`.
It creates and drops its own database on the server named by RIGHTNOTE_TEST_POSTGRES_URL
(default postgresql+asyncpg://postgres@127.0.0.1:5432/test).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import secrets
import statistics
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from app.auth.identity import Identity  # noqa: E402
from app.autodraft.delivery import DeliveryDefaults  # noqa: E402
from app.autodraft.planner import plan_interview, view_from_interview  # noqa: E402
from app.autodraft.worker import Worker  # noqa: E402
from app.calendar.model import (  # noqa: E402
    EventStatus,
    Interview,
    Interviewer,
    InterviewerSource,
    Source,
)
from app.playbook.roles import Role  # noqa: E402
from app.providers.base import CreatedDraft, Mailbox, OutgoingDraft  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.store.connections import Connection  # noqa: E402
from app.store.db import Database  # noqa: E402
from app.store.drafts import DraftKind, DraftRecord, DraftState, idempotency_key  # noqa: E402
from app.store.interviews import (  # noqa: E402
    InterviewerRecord,
    InterviewRecord,
    schedule_fingerprint,
)
from app.store.migrations import run_migrations  # noqa: E402
from app.store.queries import get_or_create_user  # noqa: E402
from app.store.users import User  # noqa: E402

SERVER = os.environ.get(
    "RIGHTNOTE_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)


class SlowMailbox:
    """Every call takes `latency` seconds, like a provider's round trip."""

    def __init__(self, latency: float) -> None:
        self.latency = latency
        self.drafts: dict[str, OutgoingDraft] = {}

    async def find_draft(self, idempotency_key: str) -> CreatedDraft | None:
        await asyncio.sleep(self.latency)
        return CreatedDraft(idempotency_key) if idempotency_key in self.drafts else None

    async def create_draft(self, draft: OutgoingDraft) -> CreatedDraft:
        await asyncio.sleep(self.latency)
        self.drafts[draft.idempotency_key] = draft
        return CreatedDraft(draft.idempotency_key)

    async def delete_draft(self, draft_id: str) -> None:
        await asyncio.sleep(self.latency)
        self.drafts.pop(draft_id, None)


class Resolver:
    def __init__(self, mailbox: Mailbox) -> None:
        self.mailbox = mailbox

    async def mailbox_for(self, connection: Connection | None, user: User) -> Mailbox:
        return self.mailbox


@asynccontextmanager
async def scratch_database() -> AsyncIterator[Database]:
    import asyncpg

    server = make_url(SERVER)
    dsn = server.set(drivername="postgresql").render_as_string(hide_password=False)
    name = f"rightnote_bench_{secrets.token_hex(4)}"
    admin = await asyncpg.connect(dsn)
    await admin.execute(f'CREATE DATABASE "{name}"')
    await admin.close()
    url = server.set(database=name).render_as_string(hide_password=False)
    await run_migrations(url)
    database = Database(url)
    try:
        yield database
    finally:
        await database.dispose()
        admin = await asyncpg.connect(dsn)
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


async def seed(
    database: Database, ends: list[datetime], *, now: datetime, fresh: bool = True, first: int = 0
) -> int:
    """One interview per end time, one interviewer each, planned by the planner; bulk-written."""
    async with database.sessions() as session:
        if fresh:
            await session.execute(text("TRUNCATE users CASCADE"))
        user = await get_or_create_user(session, Identity("google", "bench", email="c@x.example"))
        pending = []
        for n, end in enumerate(ends, start=first):
            person = Interviewer(
                f"Person {n}",
                f"p{n}@acme.example",
                "Senior Engineer",
                Role.PEER,
                False,
                end - timedelta(minutes=45),
                end,
                InterviewerSource.ATTENDEE,
            )
            item = Interview(
                Source.ICS,
                f"bench-{n}",
                None,
                None,
                "Interview",
                "Acme",
                None,
                end - timedelta(hours=1),
                end,
                False,
                EventStatus.CONFIRMED,
                None,
                None,
                (person,),
                1.0,
                (),
            )
            row = InterviewRecord(
                user_id=user.id,
                source="ics",
                external_id=item.key,
                uid=item.uid,
                title=item.title,
                company=item.company,
                start=item.start,
                end=item.end,
                created_at=now,
                fingerprint=schedule_fingerprint(item),
            )
            row.interviewers = [
                InterviewerRecord(
                    user_id=user.id,
                    person_key=person.key,
                    name=person.name,
                    email=person.email,
                    title=person.title,
                    role=person.role,
                )
            ]
            session.add(row)
            plan = plan_interview(
                view_from_interview(item), {}, stood_down=False, now=now, timezone="UTC"
            )
            pending.append((row, plan))
        await session.flush()
        count = 0
        for row, plan in pending:
            person_id = row.interviewers[0].id
            for draft in plan.drafts:
                kind = DraftKind(draft.kind.value)
                session.add(
                    DraftRecord(
                        user_id=user.id,
                        interview_id=row.id,
                        interviewer_id=person_id,
                        kind=kind,
                        recipient_key=draft.recipient_key,
                        scenario=draft.scenario,
                        idempotency_key=idempotency_key(
                            user.id, "ics", row.external_id, kind, draft.recipient_key
                        ),
                        due_at=draft.due_at,
                        next_attempt_at=draft.due_at,
                    )
                )
                count += 1
        await session.commit()
    return count


def workers(database: Database, mailbox: Mailbox, count: int, **options: object) -> list[Worker]:
    return [
        Worker(
            database,
            Resolver(mailbox),
            worker_id=f"bench:{os.getpid()}:{i}",
            defaults=DeliveryDefaults(timezone="UTC"),
            **options,
        )  # type: ignore[arg-type]
        for i in range(count)
    ]


async def open_count(database: Database) -> int:
    async with database.sessions() as session:
        rows = await session.scalars(
            select(DraftRecord.id).where(DraftRecord.state != DraftState.DELIVERED)
        )
        return len(rows.all())


async def throughput(database: Database, drafts: int, count: int, latency: float) -> float:
    now = datetime.now(UTC)
    total = await seed(database, [now - timedelta(minutes=5)] * drafts, now=now)
    mailbox = SlowMailbox(latency)
    stop = asyncio.Event()
    team = workers(database, mailbox, count, poll_seconds=0.2)
    started = time.perf_counter()

    async def watch() -> None:
        while True:
            if not await open_count(database):
                break
            await asyncio.sleep(0.1)
        stop.set()

    await asyncio.gather(*(w.run(stop) for w in team), watch())
    elapsed = time.perf_counter() - started
    assert len(mailbox.drafts) == total
    return total / elapsed


async def ceiling(drafts: int, count: int, latency: float) -> float:
    """The same mailbox calls (lookup + create per draft) as bare sleeps, `count` at a time."""
    queue: asyncio.Queue[int] = asyncio.Queue()
    for n in range(drafts):
        queue.put_nowait(n)

    async def one() -> None:
        while not queue.empty():
            queue.get_nowait()
            await asyncio.sleep(latency)
            await asyncio.sleep(latency)

    started = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(count)))
    return drafts / (time.perf_counter() - started)


async def _lags(
    database: Database,
    latency: float,
    settings: Settings,
    feed: Callable[[], Awaitable[None]] | None = None,
) -> list[float]:
    """Run 4 workers with the given polling settings until `feed` (if any) is done and no
    record is open, then the lag of each delivered record: finished_at - due_at, sorted."""
    stop = asyncio.Event()
    team = workers(
        database,
        SlowMailbox(latency),
        4,
        poll_seconds=settings.worker_poll_seconds,
        batch_size=settings.worker_batch_size,
    )

    async def drain() -> None:
        if feed is not None:
            await feed()
        while await open_count(database):  # noqa: ASYNC110 (the state is in the database)
            await asyncio.sleep(0.5)
        stop.set()

    await asyncio.gather(*(w.run(stop) for w in team), drain())
    async with database.sessions() as session:
        rows = (await session.execute(select(DraftRecord.due_at, DraftRecord.finished_at))).all()
    return sorted((done - due).total_seconds() for due, done in rows if done is not None)


async def lag(
    database: Database, interviews: int, window: float, latency: float, settings: Settings
) -> list[float]:
    now = datetime.now(UTC)
    rng = random.Random(3)
    ends = sorted(now + timedelta(seconds=5 + rng.uniform(0, window)) for _ in range(interviews))
    await seed(database, ends, now=now)
    return await _lags(database, latency, settings)


async def lag_unannounced(
    database: Database, interviews: int, window: float, latency: float, settings: Settings
) -> list[float]:
    """The worst case: each record is written only when its slot ends (a late calendar sync),
    so no worker knows of it in advance and it waits for the next poll."""
    now = datetime.now(UTC)
    rng = random.Random(4)
    offsets = sorted(rng.uniform(0, window) for _ in range(interviews))
    await seed(database, [], now=now)

    async def feed() -> None:
        started = time.perf_counter()
        for n, offset in enumerate(offsets):
            await asyncio.sleep(max(0.0, offset - (time.perf_counter() - started)))
            await seed(database, [datetime.now(UTC)], now=now, fresh=False, first=n)

    return await _lags(database, latency, settings, feed)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    index = min(len(values) - 1, max(0, round(q * (len(values) - 1))))
    return values[index]


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


async def main(args: argparse.Namespace) -> None:
    settings = Settings()
    print(f"machine: {machine()}")
    async with scratch_database() as database:
        async with database.engine.connect() as connection:
            version = (await connection.execute(text("SHOW server_version"))).scalar()
        print(f"PostgreSQL {version}; mailbox latency {args.latency * 1000:.0f} ms per call\n")

        limit = await ceiling(args.drafts, 4, args.latency)
        four = await throughput(database, args.drafts, 4, args.latency)
        one = await throughput(database, args.single_drafts, 1, args.latency)
        print("1. throughput (drafts delivered per second)")
        print(f"   4 workers, {args.drafts} drafts:           {four:7.1f}/s")
        print(f"   ceiling (bare sleeps, 4 at a time):  {limit:7.1f}/s  -> {four / limit:.0%}")
        print(
            f"   1 worker, {args.single_drafts} drafts:            {one:7.1f}/s"
            f"  -> x{four / one:.1f}\n"
        )

        lags = await lag(database, args.lag_interviews, args.lag_window, args.latency, settings)
        print(
            f"2. lag from slot end to draft ({len(lags)} interviews ending over "
            f"{args.lag_window:g} s; poll {settings.worker_poll_seconds:g} s, batch "
            f"{settings.worker_batch_size}, 4 workers)"
        )
        print(
            f"   p50 {percentile(lags, 0.5):.2f} s   p99 {percentile(lags, 0.99):.2f} s   "
            f"max {max(lags):.2f} s   mean {statistics.fmean(lags):.2f} s   (target p99 <= 60 s)"
        )
        late = await lag_unannounced(
            database, args.lag_interviews, args.lag_window, args.latency, settings
        )
        print("   written only at slot end (no advance notice, waits for a poll):")
        print(
            f"   p50 {percentile(late, 0.5):.2f} s   p99 {percentile(late, 0.99):.2f} s   "
            f"max {max(late):.2f} s   mean {statistics.fmean(late):.2f} s"
        )


def cli() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=1000)
    parser.add_argument("--single-drafts", type=int, default=200)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--lag-interviews", type=int, default=200)
    parser.add_argument("--lag-window", type=float, default=60.0)
    asyncio.run(main(parser.parse_args()))


if __name__ == "__main__":
    cli()
