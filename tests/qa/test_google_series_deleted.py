"""Deleting a whole recurring Google series cancels every stored instance's drafts.

RightNote lists Google events with singleEvents=true, so it stores instances (`<master>_<date>`
ids) and never the master. events.list documents singleEvents as returning "single one-off
events and instances of recurring events, but not the underlying recurring events themselves",
and a syncToken round as containing every event deleted since the token: after "delete all
events" the incremental round lists each instance as a cancelled stub, not the master id alone.
The fake does the same (`delete_series`); this test pins that those stubs reach every stored
instance. (A report, googleapis/google-api-ruby-client#860, says Google lists about six months
of instances then; the sync stores only 60 days ahead, and the weekly full round cancels what is
gone from its window.)
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.autodraft.sync_common import DELETED_IN_CALENDAR
from app.store.drafts import DraftRecord, DraftState
from app.store.interviews import InterviewRecord
from tests.support.live import LiveEnv, google_interview, live_env, now


@pytest.fixture
async def env(tmp_path: Path, sqlite_url: str) -> AsyncIterator[LiveEnv]:
    async with live_env(tmp_path, sqlite_url) as live:
        yield live


def _series(master_id: str, first: datetime, count: int) -> list[dict[str, Any]]:
    """A weekly series as Google stores it: the master, then its instances."""
    master = google_interview(master_id, first, first + timedelta(hours=1))
    master["recurrence"] = [f"RRULE:FREQ=WEEKLY;COUNT={count}"]
    out = [master]
    for week in range(count):
        start = first + timedelta(weeks=week)
        instance = google_interview(master_id, start, start + timedelta(hours=1))
        instance["id"] = f"{master_id}_{start.astimezone(UTC):%Y%m%dT%H%M%SZ}"
        instance["recurringEventId"] = master_id
        instance["originalStartTime"] = dict(instance["start"])
        out.append(instance)
    return out


async def test_deleting_a_series_cancels_the_drafts_of_every_instance(env: LiveEnv) -> None:
    first = now().replace(second=0) + timedelta(days=1)
    for event in _series("ser1", first, 3):
        env.google.add_event(event)
    assert (await env.connect_google()).status_code == 200
    await env.settle()
    async with env.database.sessions() as session:
        stored = sorted(str(e) for e in (await session.scalars(select(InterviewRecord.event_id))))
        drafts = (await session.scalars(select(DraftRecord))).all()
    assert len(stored) == 3 and all(e.startswith("ser1_") for e in stored)
    assert len(drafts) == 6 and {d.state for d in drafts} == {DraftState.PENDING}

    instances = env.google.delete_series("ser1")
    assert await env.google.notify(env.webhooks) == [200]
    await env.settle()

    assert sorted(instances) == stored
    async with env.database.sessions() as session:
        drafts = (await session.scalars(select(DraftRecord))).all()
    assert {d.state for d in drafts} == {DraftState.CANCELLED}
    assert {d.reason for d in drafts} == {DELETED_IN_CALENDAR}
