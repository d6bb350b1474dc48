"""The auto-draft worker: claim due draft records, deliver each exactly once, repeat.

    Worker(database, resolver, *, worker_id=None, clock=utcnow, policy=RetryPolicy(),
           defaults=DeliveryDefaults(), batch_size=20, lease=5 min, poll_seconds=5.0,
           retention_days=None)
        await worker.run_once() -> list[DeliveryResult]   claim one batch and deliver it
        await worker.drain() -> list[DeliveryResult]      run_once until nothing is claimable
        await worker.run(stop: asyncio.Event)             loop until `stop` is set
    await run_workers(count, stop, make_worker)           `count` loops side by side
    await recover_orphaned_claims(database, now=...)      free claims of dead local processes
    make_worker_id(index) -> "host:pid:index:nonce"

The queue is the database (app.store.queue): claims are leases, so a worker that dies mid-item
only delays that item until its lease runs out (or until the next start on the same host frees
the claims of dead processes). Several workers may run on PostgreSQL (SKIP LOCKED); SQLite runs
one. Within a worker the claimed batch is delivered one item at a time (the lease covers the
whole batch; parallelism comes from more workers).

Idle waits last `poll_seconds`, or less when the next pending item falls due sooner, so a note
lands close to its slot's end. Stopping (SIGTERM/SIGINT in the CLI) lets the item in flight
finish, hands the rest of the batch back, and returns.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import socket
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from sqlalchemy import func, select, update

from app.autodraft.delivery import (
    DeliveryDefaults,
    DeliveryResult,
    Outcome,
    deliver_claimed,
)
from app.autodraft.records import claim_due_for_user, release_claim
from app.autodraft.retry import RetryPolicy
from app.providers.registry import MailboxResolver
from app.store.base import utcnow
from app.store.db import Database
from app.store.drafts import DraftRecord, DraftState
from app.store.queries import rowcount
from app.store.queue import claim_due
from app.store.retention import purge_expired

log = logging.getLogger("rightnote.autodraft")

DEFAULT_LEASE = timedelta(minutes=5)
# Shortest idle wait, so a burst of work due "now" does not spin the loop.
MIN_WAIT_SECONDS = 0.05
MAINTENANCE_EVERY = timedelta(hours=1)


def make_worker_id(index: int = 0) -> str:
    # host and pid let the next start on this host free the claims of a process that died.
    return f"{socket.gethostname()[:120]}:{os.getpid()}:{index}:{secrets.token_hex(3)}"


class Worker:
    def __init__(
        self,
        database: Database,
        resolver: MailboxResolver,
        *,
        worker_id: str | None = None,
        clock: Callable[[], datetime] = utcnow,
        policy: RetryPolicy | None = None,
        defaults: DeliveryDefaults | None = None,
        batch_size: int = 20,
        lease: timedelta = DEFAULT_LEASE,
        poll_seconds: float = 5.0,
        retention_days: int | None = None,
        on_result: Callable[[DeliveryResult], None] | None = None,
        only_user: uuid.UUID | None = None,
        on_tick: Callable[[], None] | None = None,
    ) -> None:
        self.database = database
        self.resolver = resolver
        self.worker_id = worker_id or make_worker_id()
        self.clock = clock
        self.policy = policy or RetryPolicy()
        self.defaults = defaults or DeliveryDefaults()
        self.batch_size = batch_size
        self.lease = lease
        self.poll_seconds = poll_seconds
        self.retention_days = retention_days
        self.on_result = on_result
        # Serve one user's records only (the embedded `run`); None: everyone's (the service).
        self.only_user = only_user
        # Called once per loop pass: the worker's liveness probe watches it.
        self.on_tick = on_tick
        self._last_maintenance: datetime | None = None

    async def claim(self, limit: int | None = None) -> list[uuid.UUID]:
        async with self.database.sessions() as session:
            if self.only_user is not None:
                records = await claim_due_for_user(
                    session,
                    self.only_user,
                    worker_id=self.worker_id,
                    now=self.clock(),
                    lease=self.lease,
                    limit=limit or self.batch_size,
                )
            else:
                records = await claim_due(
                    session,
                    worker_id=self.worker_id,
                    now=self.clock(),
                    lease=self.lease,
                    limit=limit or self.batch_size,
                )
            ids = [record.id for record in records]
            await session.commit()
        return ids

    async def run_once(self, stop: asyncio.Event | None = None) -> list[DeliveryResult]:
        """Claim one batch and deliver it; with `stop` set midway, the rest is handed back."""
        ids = await self.claim()
        results: list[DeliveryResult] = []
        for index, record_id in enumerate(ids):
            if stop is not None and stop.is_set():
                await self._hand_back(ids[index:])
                break
            result = await deliver_claimed(
                self.database,
                self.resolver,
                record_id,
                worker_id=self.worker_id,
                clock=self.clock,
                policy=self.policy,
                defaults=self.defaults,
                min_lease_left=self.lease / 2,
            )
            results.append(result)
            if self.on_result is not None:
                self.on_result(result)
        return results

    async def drain(self, *, max_rounds: int = 10_000) -> list[DeliveryResult]:
        """Deliver everything claimable now (a one-shot run); retries wait for a later run."""
        results: list[DeliveryResult] = []
        for _ in range(max_rounds):
            batch = await self.run_once()
            results.extend(batch)
            if not batch:
                break
            # Items handed back for lack of lease would be claimed again at once: stop instead.
            if all(r.outcome is Outcome.RELEASED for r in batch):
                break
        return results

    async def run(self, stop: asyncio.Event) -> None:
        log.info("autodraft.worker_started", extra={"worker": self.worker_id})
        while not stop.is_set():
            claimed = 0
            if self.on_tick is not None:
                self.on_tick()
            try:
                await self._maintenance()
                results = await self.run_once(stop)
                claimed = len(results)
            except Exception:
                # The database went away or a bug: log, wait a poll interval, try again.
                log.exception("autodraft.worker_error", extra={"worker": self.worker_id})
            if stop.is_set() or claimed >= self.batch_size:
                continue
            wait = await self._idle_wait()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=wait)
        log.info("autodraft.worker_stopped", extra={"worker": self.worker_id})

    async def _idle_wait(self) -> float:
        now = self.clock()
        try:
            async with self.database.sessions() as session:
                next_due = await session.scalar(
                    select(func.min(DraftRecord.next_attempt_at)).where(
                        DraftRecord.state == DraftState.PENDING,
                        DraftRecord.next_attempt_at > now,
                    )
                )
        except Exception:
            return self.poll_seconds
        if next_due is None:
            return self.poll_seconds
        return max(MIN_WAIT_SECONDS, min(self.poll_seconds, (next_due - now).total_seconds()))

    async def _hand_back(self, ids: Sequence[uuid.UUID]) -> None:
        async with self.database.sessions() as session:
            for record_id in ids:
                await release_claim(
                    session, record_id, worker_id=self.worker_id, next_attempt_at=self.clock()
                )
            await session.commit()

    async def _maintenance(self) -> None:
        if self.retention_days is None:
            return
        now = self.clock()
        if self._last_maintenance is not None and now - self._last_maintenance < MAINTENANCE_EVERY:
            return
        self._last_maintenance = now
        async with self.database.sessions() as session:
            purged = await purge_expired(session, now, self.retention_days)
            await session.commit()
        if purged.interviews or purged.opportunities:
            log.info(
                "autodraft.purged",
                extra={"interviews": purged.interviews, "opportunities": purged.opportunities},
            )


async def run_workers(
    count: int, stop: asyncio.Event, make_worker: Callable[[int], Worker]
) -> None:
    """`count` worker loops in this process until `stop` is set."""
    async with asyncio.TaskGroup() as group:
        for index in range(count):
            group.create_task(make_worker(index).run(stop))


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    return True


async def recover_orphaned_claims(
    database: Database, *, now: datetime, host: str | None = None
) -> int:
    """Free the claims held by processes on this host that no longer exist.

    Call it at start, before this process claims anything: a claim carrying this process's own
    pid is taken to be a dead predecessor's (pids are reused, notably pid 1 in containers).

    Without this a crashed run's items would wait for their lease to run out; with it a rerun
    picks them up at once (and finds by key any draft the crashed process already made). The
    crash still counts as an attempt, so a crash loop ends in `failed`.
    """
    host = (host or socket.gethostname())[:120]
    freed = 0
    async with database.sessions() as session:
        rows = (
            await session.execute(
                select(DraftRecord.id, DraftRecord.claimed_by).where(
                    DraftRecord.state == DraftState.CLAIMED,
                    DraftRecord.claimed_by.like(f"{host}:%"),
                )
            )
        ).all()
        for record_id, claimed_by in rows:
            parts = str(claimed_by).split(":")
            if len(parts) < 2 or parts[0] != host or not parts[1].isdigit():
                continue
            pid = int(parts[1])
            # Our own pid: an earlier process that had it (pid 1 in a restarted container);
            # callers run this before they claim anything themselves.
            if pid != os.getpid() and _pid_alive(pid):
                continue
            result = await session.execute(
                update(DraftRecord)
                .where(
                    DraftRecord.id == record_id,
                    DraftRecord.state == DraftState.CLAIMED,
                    DraftRecord.claimed_by == claimed_by,
                )
                .values(
                    state=DraftState.PENDING, next_attempt_at=now, claimed_by=None, lease_until=None
                )
                .execution_options(synchronize_session=False)
            )
            freed += rowcount(result)
        await session.commit()
    if freed:
        log.info("autodraft.claims_recovered", extra={"count": freed})
    return freed
