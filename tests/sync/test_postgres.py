"""On PostgreSQL: parallel sync loops split the requested calendars (SKIP LOCKED) and never sync
one twice for one request; the whole path, connect → sync → delivery, works there too."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import select

from app.autodraft.sync_runner import SyncRunner
from app.store.drafts import DraftRecord, DraftState
from tests.fakes.microsoft_identity import ALICE
from tests.support.live import LiveEnv, google_interview, graph_interview, now

pytestmark = pytest.mark.postgres


async def test_parallel_sync_loops_split_the_work(pg_env: LiveEnv) -> None:
    env = pg_env
    start = now() + timedelta(hours=2)
    env.google.add_event(google_interview("iv1", start, start + timedelta(hours=1)))
    env.graph.add_event(ALICE, graph_interview("AAMk1", start, start + timedelta(hours=1)))
    assert (await env.connect_google()).status_code == 200
    assert (await env.connect_microsoft()).status_code == 200
    other = SyncRunner(env.database, env.sync.syncs, poll_seconds=0.05)

    first, second = await asyncio.gather(env.sync.run_once(), other.run_once())

    synced = [o.claim.state_id for o in first + second]
    assert len(synced) == len(set(synced)) == 2  # each calendar once, by one loop
    assert all(o.report is not None for o in first + second)
    assert await env.sync.run_once() == [] and await other.run_once() == []


async def test_end_to_end_on_postgres(pg_env: LiveEnv) -> None:
    env = pg_env
    end = now() - timedelta(minutes=1)
    env.google.add_event(google_interview("iv1", end - timedelta(hours=1), end))
    assert (await env.connect_google()).status_code == 200
    await env.settle()

    results = await env.worker().drain()

    assert len(results) == 2 and len(env.google.drafts) == 2
    async with env.database.sessions() as session:
        states = (await session.scalars(select(DraftRecord.state))).all()
    assert set(states) == {DraftState.DELIVERED}
