"""The auto-draft worker: claim due draft records, deliver each exactly once, repeat.

    Worker(database, resolver, *, worker_id=None, clock=utcnow, policy=RetryPolicy(),
           defaults=DeliveryDefaults(), batch_size=20, lease=5 min, poll_seconds=5.0,
           retention_days=None)
        await worker.run_once() -> list[DeliveryResult]   claim one batch and deliver it
        await worker.drain() -> list[DeliveryResult]      run_once until nothing is claimable
        await worker.run(stop: asyncio.Event)             loop until `stop` is set
    await run_workers(count, stop, make_worker)           `count` loops side by side
    await recover_orphaned_claims(database, now=...)      free expired claims and dead ones
    make_worker_id(index) -> "host:pid:boot:index:nonce"

The queue is the database (app.store.draft_states): claims are leases, so a worker that dies
mid-item only delays that item until its lease runs out. Several workers may run on PostgreSQL (SKIP
LOCKED); SQLite runs one. Within a worker the claimed batch is delivered one item at a time (the
lease covers the whole batch; parallelism comes from more workers).

Who holds a claim: host name and pid do not tell processes apart (every container is pid 1,
and replicas may share a host name), so each process gets a random boot id, part of every
worker id it makes. A claim is freed before its lease ends only when its holder is *proven*
dead: with SQLite, a process that claims holds an OS lock on `<db>.workers/<boot>.lock` for its
lifetime, and the OS drops it when the process dies, so a later `rightnote run` on the same
database finds the lock free and takes the work back at once. Anything unproven (PostgreSQL
replicas, other machines, the API's deliver-now) waits for its lease.

Idle waits last `poll_seconds`, or less when the next pending item falls due sooner, so a note
lands close to its slot's end. Stopping (SIGTERM/SIGINT in the CLI) lets the item in flight
finish, hands the rest of the batch back, and returns.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import secrets
import socket
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import func, select

from app.autodraft.delivery import (
    DeliveryDefaults,
    DeliveryResult,
    Outcome,
    deliver_claimed,
)
from app.autodraft.retry import RetryPolicy
from app.providers.registry import MailboxResolver
from app.store import draft_states
from app.store.base import utcnow
from app.store.db import Database, sqlite_path
from app.store.drafts import DraftRecord, DraftState
from app.store.retention import purge_expired

log = logging.getLogger("rightnote.autodraft")

DEFAULT_LEASE = timedelta(minutes=5)
# Shortest idle wait, so a burst of work due "now" does not spin the loop.
MIN_WAIT_SECONDS = 0.05
MAINTENANCE_EVERY = timedelta(hours=1)


_BOOT: tuple[int, str] | None = None  # (pid, boot id): a forked child gets a new one
_BOOT_ID = re.compile(r"[0-9a-f]{16}")
# The liveness locks this process holds, by path; held until the process ends.
_HELD: dict[Path, FileLock] = {}


def boot_id() -> str:
    """This process's random id (per start, not per host or pid)."""
    global _BOOT
    pid = os.getpid()
    if _BOOT is None or _BOOT[0] != pid:
        _BOOT = (pid, secrets.token_hex(8))
    return _BOOT[1]


def make_worker_id(index: int = 0) -> str:
    # host and pid are for people reading the table; the boot id is what identifies.
    return f"{socket.gethostname()[:120]}:{os.getpid()}:{boot_id()}:{index}:{secrets.token_hex(3)}"


def _liveness_dir(database: Database) -> Path | None:
    path = sqlite_path(database.url)
    return None if path is None else path.with_name(path.name + ".workers")


def hold_liveness_lock(database: Database) -> None:
    """Hold this process's liveness lock next to a SQLite database (no-op otherwise)."""
    directory = _liveness_dir(database)
    if directory is None:
        return
    path = directory / f"{boot_id()}.lock"
    if path in _HELD:
        return
    directory.mkdir(mode=0o700, exist_ok=True)
    lock = FileLock(str(path), timeout=0, mode=0o600)
    lock.acquire()  # a fresh random name: nobody else holds it
    _HELD[path] = lock


def _holder_dead(directory: Path | None, claimed_by: str) -> Path | None:
    """The lock file of the claim's holder when it proves the holder dead, else None."""
    parts = claimed_by.split(":")
    if directory is None or len(parts) != 5 or not _BOOT_ID.fullmatch(parts[2]):
        return None  # another backend, or an id from before boot ids: nothing proves death
    if parts[2] == boot_id():
        return None  # this process
    path = directory / f"{parts[2]}.lock"
    if not path.exists():
        return None  # not a process that shared this database's directory
    probe = FileLock(str(path), timeout=0)
    try:
        probe.acquire()
    except Timeout:
        return None  # held: the holder is alive
    probe.release()
    return path


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
        hold_liveness_lock(self.database)  # before any claim: proves us alive to others
        async with self.database.sessions() as session:
            records = await draft_states.claim_due(
                session,
                worker_id=self.worker_id,
                now=self.clock(),
                lease=self.lease,
                limit=limit or self.batch_size,
                user_id=self.only_user,
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
                await draft_states.release(
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


async def recover_orphaned_claims(database: Database, *, now: datetime) -> int:
    """Free the claims whose lease has run out, and those whose holder is proven dead.

    Never a live peer's: a claim is taken back early only when its holder's liveness lock (see
    the module doc) exists and is free, which the OS guarantees only after that process ended.
    Host names and pids prove nothing (containers are all pid 1). Without this a crashed
    `rightnote run` would leave its items until the lease ran out; with it a rerun picks them up
    at once (and finds by key any draft the crashed process already made). The crash still
    counts as an attempt, so a crash loop ends in `failed`.
    """
    directory = _liveness_dir(database)
    freed = 0
    dead_locks: set[Path] = set()
    async with database.sessions() as session:
        rows = (
            await session.execute(
                select(DraftRecord.id, DraftRecord.claimed_by, DraftRecord.lease_until).where(
                    DraftRecord.state == DraftState.CLAIMED
                )
            )
        ).all()
        verdicts: dict[str, Path | None] = {}
        for record_id, claimed_by, lease_until in rows:
            holder = str(claimed_by)
            expired = lease_until is not None and lease_until < now
            if not expired:
                if holder not in verdicts:
                    verdicts[holder] = _holder_dead(directory, holder)
                dead = verdicts[holder]
                if dead is None:
                    continue
                dead_locks.add(dead)
            # The crash still counts as an attempt: no refund.
            freed += await draft_states.release(
                session, record_id, worker_id=holder, next_attempt_at=now, refund_attempt=False
            )
        await session.commit()
    for path in dead_locks:
        # A dead boot id never comes back: its lock file is only litter now.
        with contextlib.suppress(OSError):
            path.unlink()
    if freed:
        log.info("autodraft.claims_recovered", extra={"count": freed})
    return freed
