"""Worker identity: a starting worker never frees a live peer's claims, even when host name and
pid are the same (every container is pid 1); a dead process's claims on the same SQLite
database are taken back at once, expired leases always."""

from __future__ import annotations

import multiprocessing
import os
import socket
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from app.autodraft.worker import Worker, boot_id, make_worker_id, recover_orphaned_claims
from app.store.db import Database, sqlite_path
from app.store.drafts import DraftState
from tests.autodraft.helpers import NOW, MemoryMailbox, StaticResolver
from tests.autodraft.test_worker import LEASE, Clock, seed, states

ROOT = Path(__file__).resolve().parents[2]
HOST = socket.gethostname()[:120]


def test_worker_ids_carry_a_per_boot_random_part() -> None:
    first, second = make_worker_id(0), make_worker_id(1)
    host, pid, boot, index, _nonce = first.split(":")
    assert (host, pid, boot, index) == (HOST, str(os.getpid()), boot_id(), "0")
    assert second.split(":")[2] == boot and first != second
    assert len(boot) == 16 and int(boot, 16) >= 0
    assert len(first) <= 200  # the claimed_by column


def _child_boot(queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    queue.put(make_worker_id().split(":")[2])


def test_a_forked_child_gets_its_own_boot_id() -> None:
    boot_id()  # the parent has one before forking
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_child_boot, args=(queue,))
    child.start()
    child.join(30)
    assert queue.get(timeout=5) != boot_id()


async def test_a_peer_with_the_same_host_and_pid_keeps_its_claims(db: Database) -> None:
    await seed(db)
    # Two containers with the same host name, both pid 1: here, a peer with this process's
    # host and pid but its own boot id, and one with an id of the old format (no boot id).
    peers = [f"{HOST}:{os.getpid()}:{'ab' * 8}:0:cd", f"{HOST}:{os.getpid()}:0:ef"]
    for worker_id in peers:
        peer = Worker(
            db, StaticResolver(MemoryMailbox()), worker_id=worker_id, clock=Clock(), lease=LEASE
        )
        assert len(await peer.claim(limit=1)) == 1
    assert await recover_orphaned_claims(db, now=NOW + timedelta(minutes=1)) == 0
    claimed = [r for r in (await states(db)).values() if r.state is DraftState.CLAIMED]
    assert sorted(str(r.claimed_by) for r in claimed) == sorted(peers)
    # Once their leases ran out, they are anyone's.
    assert await recover_orphaned_claims(db, now=NOW + LEASE + timedelta(seconds=1)) == 2


CLAIM_AND_STAY = """
import asyncio, os, sys
from app.autodraft.worker import Worker
from app.store.db import Database
from tests.autodraft.helpers import NOW, MemoryMailbox, StaticResolver
from tests.autodraft.test_worker import LEASE, Clock

async def main():
    database = Database(sys.argv[1])
    worker = Worker(database, StaticResolver(MemoryMailbox()), clock=Clock(), lease=LEASE)
    print(len(await worker.claim(limit=int(sys.argv[2]))), flush=True)
    await database.dispose()
    if sys.argv[3] == "die":
        os._exit(9)  # killed holding its claims
    sys.stdin.read()  # alive until the test closes stdin

asyncio.run(main())
"""


def _claimer(url: str, count: int, fate: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", CLAIM_AND_STAY, url, str(count), fate],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == str(count), proc.stderr.read() if proc.stderr else ""
    return proc


async def test_a_dead_process_claims_are_taken_back_at_once_a_live_ones_are_not(
    db: Database,
) -> None:
    if db.dialect != "sqlite":
        pytest.skip("proof of death is an OS lock beside the SQLite file")
    await seed(db)
    url = db.url.render_as_string(hide_password=False)
    alive = _claimer(url, 1, "stay")
    dead = _claimer(url, 2, "die")
    assert dead.wait(30) == 9
    try:
        # Within both leases: only the dead one's claims come back.
        assert await recover_orphaned_claims(db, now=NOW) == 2
        records = await states(db)
        assert sorted(r.state for r in records.values()) == [
            DraftState.CLAIMED,
            DraftState.PENDING,
            DraftState.PENDING,
        ]
    finally:
        alive.communicate("", timeout=30)  # ends normally: its lock is released
    workers = sqlite_path(db.url).with_name(sqlite_path(db.url).name + ".workers")  # type: ignore[union-attr]
    assert len(list(workers.iterdir())) == 1  # the dead one's lock file is cleaned up
    assert await recover_orphaned_claims(db, now=NOW) == 1  # it ended: provably gone
