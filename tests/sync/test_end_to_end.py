"""End to end, with the worker's real loops (sync + delivery) running: an interview ends in the
fake calendar → its drafts are in the fake mailbox. The lag from the slot's end to the draft is
printed (run with -s to see it); bench/bench_sync.py measures it with the default settings.
Timing is never asserted here beyond the hang guard."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from app.store.drafts import DraftRecord, DraftState
from tests.fakes.microsoft_identity import ALICE
from tests.support.live import HANG_GUARD, LiveEnv, google_interview, graph_interview

SLOT_ENDS_IN = timedelta(seconds=3)


@asynccontextmanager
async def running(env: LiveEnv) -> AsyncIterator[None]:
    """`rightnote worker`'s two loops, with short poll intervals."""
    stop = asyncio.Event()
    worker = env.worker(poll_seconds=0.25)
    tasks = [asyncio.create_task(env.sync.run(stop)), asyncio.create_task(worker.run(stop))]
    try:
        yield
    finally:
        stop.set()
        await asyncio.wait_for(asyncio.gather(*tasks), timeout=HANG_GUARD)


async def wait_for(count: Callable[[], int], want: int) -> float:
    """Wall-clock time at which `count()` first reached `want` (hang guard: HANG_GUARD)."""
    deadline = time.monotonic() + HANG_GUARD
    while count() < want:
        assert time.monotonic() < deadline, "nothing arrived within the hang guard"
        await asyncio.sleep(0.01)
    return time.time()


async def states(env: LiveEnv) -> list[DraftState]:
    async with env.database.sessions() as session:
        return sorted((await session.scalars(select(DraftRecord.state))).all())


async def test_google_interview_end_to_gmail_draft(env: LiveEnv) -> None:
    assert (await env.connect_google()).status_code == 200
    await env.settle()
    async with running(env):
        end = datetime.now(UTC) + SLOT_ENDS_IN
        env.google.add_event(google_interview("loop", end - timedelta(minutes=45), end))
        # A second interview, cancelled before it ends: it must never be drafted.
        other_end = end + timedelta(seconds=1)
        env.google.add_event(
            google_interview(
                "gone",
                other_end - timedelta(hours=1),
                other_end,
                people=(("Ari Cole", "ari@fabrikam.example", "Engineering Manager"),),
            )
        )
        assert await env.google.notify(env.webhooks) == [200]
        await asyncio.sleep(0.5)
        env.google.delete_event("gone")
        assert await env.google.notify(env.webhooks) == [200]

        arrived = await wait_for(lambda: len(env.google.drafts), 2)
        lag = arrived - end.timestamp()
        print(f"\ngoogle: slot end → draft in Gmail: {lag:.2f} s")
        await asyncio.sleep(1.5)  # room for a duplicate or a stray draft to show up

    assert len(env.google.drafts) == 2
    recipients = sorted(str(d.message["To"]) for d in env.google.drafts.values())
    assert recipients == [
        "Dana Lee <dana.lee@litware.example>",
        "Sam Rivera <sam.rivera@litware.example>",
    ]
    assert await states(env) == [DraftState.CANCELLED, DraftState.DELIVERED, DraftState.DELIVERED]


async def test_outlook_interview_end_to_graph_draft(env: LiveEnv) -> None:
    assert (await env.connect_microsoft()).status_code == 200
    await env.settle()
    async with running(env):
        end = datetime.now(UTC) + SLOT_ENDS_IN
        event = env.graph.add_event(
            ALICE, graph_interview("AAMkLoop", end - timedelta(hours=1), end)
        )
        assert await env.graph.notify_change(ALICE, event["id"], "created") == [202]

        arrived = await wait_for(lambda: len(env.graph.drafts_of(ALICE)), 2)
        lag = arrived - end.timestamp()
        print(f"\nmicrosoft: slot end → draft in Outlook: {lag:.2f} s")
        await asyncio.sleep(1.0)

    drafts = env.graph.drafts_of(ALICE)
    assert len(drafts) == 2
    to = sorted(d.data["toRecipients"][0]["emailAddress"]["address"] for d in drafts)
    assert to == ["dana.whitfield@northwind.example", "priya.raman@northwind.example"]
    assert await states(env) == [DraftState.DELIVERED, DraftState.DELIVERED]
