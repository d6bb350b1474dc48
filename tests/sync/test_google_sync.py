"""Google Calendar sync: full then incremental events.list, push channels, the sweep, and what
changes in the calendar do to the draft records."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from app.autodraft.sync_common import DELETED_IN_CALENDAR
from app.store.drafts import DraftRecord, DraftState
from app.store.interviews import InterviewRecord
from app.store.sync import SyncState, hash_channel_secret
from tests.support.live import LiveEnv, google_interview, now


async def drafts(env: LiveEnv) -> list[DraftRecord]:
    async with env.database.sessions() as session:
        return list((await session.scalars(select(DraftRecord).order_by(DraftRecord.id))).all())


async def connected_with(env: LiveEnv, *events: dict[str, Any]) -> SyncState:
    for event in events:
        env.google.add_event(event)
    assert (await env.connect_google()).status_code == 200
    await env.settle()
    return await env.sync_state("google")


async def test_first_sync_plans_drafts_and_opens_a_channel(env: LiveEnv) -> None:
    start = now() - timedelta(hours=1)
    state = await connected_with(env, google_interview("iv1", start, start + timedelta(hours=2)))

    records = await drafts(env)
    assert len(records) == 2  # Dana and Sam; the recruiter gets none
    assert {r.state for r in records} == {DraftState.PENDING}
    connection = await env.connection("google")
    assert {r.connection_id for r in records} == {connection.id}
    assert {r.due_at for r in records} == {start + timedelta(hours=2)}
    # The cursor is Google's sync token; the request is done.
    assert state.cursor and state.sync_requested_at is None and state.full_synced_at
    # The push channel: ours, its secret stored only as a hash.
    [channel] = env.google.channels.values()
    assert channel["address"] == "https://rightnote.example/webhooks/google/calendar"
    assert state.channel_id == channel["id"]
    assert state.channel_secret_hash == hash_channel_secret(channel["token"])
    assert channel["token"] not in (state.channel_secret_hash or "")
    assert state.channel_resource_id == channel["resourceId"]


async def test_incremental_calls_carry_only_the_sync_token(env: LiveEnv) -> None:
    start = now() + timedelta(days=1)
    await connected_with(env, google_interview("iv1", start, start + timedelta(hours=1)))
    env.google.add_event(
        google_interview("iv2", start + timedelta(days=1), start + timedelta(days=1, hours=1))
    )
    assert await env.google.notify(env.webhooks) == [200]

    await env.settle()

    lists = [
        s
        for s in env.google.seen("GET", "/calendar/v3/calendars/primary/events")
        if s.method == "GET"
    ]
    full, incremental = lists[0].query, lists[-1].query
    assert "timeMin" in full and "timeMax" in full and "syncToken" not in full
    assert set(incremental) - {"alt"} == {"syncToken", "singleEvents", "maxResults"}
    async with env.database.sessions() as session:
        stored = (await session.scalars(select(InterviewRecord.event_id))).all()
    assert sorted(str(e) for e in stored) == ["iv1", "iv2"]


async def test_a_moved_interview_reschedules_its_pending_drafts(env: LiveEnv) -> None:
    start = now() + timedelta(hours=3)
    await connected_with(env, google_interview("iv1", start, start + timedelta(hours=1)))
    moved_end = start + timedelta(days=1, hours=1)

    env.google.update_event(
        "iv1",
        start={"dateTime": (start + timedelta(days=1)).isoformat()},
        end={"dateTime": moved_end.isoformat()},
    )
    await env.google.notify(env.webhooks)
    await env.settle()

    records = await drafts(env)
    assert {r.state for r in records} == {DraftState.PENDING}
    assert {r.due_at for r in records} == {moved_end}
    assert {r.next_attempt_at for r in records} == {moved_end}


async def test_a_deleted_interview_cancels_its_drafts(env: LiveEnv) -> None:
    start = now() + timedelta(hours=3)
    await connected_with(env, google_interview("iv1", start, start + timedelta(hours=1)))

    env.google.delete_event("iv1")
    await env.google.notify(env.webhooks)
    await env.settle()

    records = await drafts(env)
    assert {r.state for r in records} == {DraftState.CANCELLED}
    assert {r.reason for r in records} == {DELETED_IN_CALENDAR}
    # And the worker, once the slot has passed, delivers nothing.
    assert await env.worker().drain() == []
    assert env.google.drafts == {}


async def test_an_expired_sync_token_means_a_full_resync(env: LiveEnv) -> None:
    start = now() + timedelta(hours=3)
    state = await connected_with(env, google_interview("iv1", start, start + timedelta(hours=1)))
    env.google.expire_sync_tokens()
    env.google.add_event(
        google_interview("iv2", start + timedelta(days=2), start + timedelta(days=2, hours=1))
    )

    await env.google.notify(env.webhooks)
    [outcome] = await env.sync.run_once()

    assert outcome.report is not None and outcome.report.full
    statuses = [s.status for s in env.google.seen("GET", "/events") if "syncToken" in s.query]
    assert statuses[-1] == 410
    again = await env.sync_state("google")
    assert again.cursor and again.cursor != state.cursor
    assert len(await drafts(env)) == 4
    # The resynced interview kept its records (no duplicates, still pending).
    assert {r.state for r in await drafts(env)} == {DraftState.PENDING}


async def test_a_lost_notification_is_caught_by_the_sweep(env: LiveEnv) -> None:
    start = now() + timedelta(hours=3)
    await connected_with(env, google_interview("iv1", start, start + timedelta(hours=1)))
    env.google.add_event(
        google_interview("iv2", start + timedelta(days=1), start + timedelta(days=1, hours=1))
    )
    # Google's notification never arrives: nothing is asked for, nothing changes.
    assert await env.sync.run_once() == []
    assert len(await drafts(env)) == 2

    # One sweep interval later the safety net syncs every calendar anyway.
    later = now() + timedelta(seconds=env.sync.sweep_every.total_seconds() + 1)
    env.sync.clock = lambda: later
    env.sync._last_sweep = None
    outcomes = await env.sync.run_once()

    assert len(outcomes) == 1 and outcomes[0].report is not None
    assert len(await drafts(env)) == 4


async def test_a_channel_near_its_end_is_replaced_and_the_old_one_stopped(env: LiveEnv) -> None:
    start = now() + timedelta(hours=3)
    state = await connected_with(env, google_interview("iv1", start, start + timedelta(hours=1)))
    old = state.channel_id
    async with env.database.sessions() as session, session.begin():
        row = await session.get(SyncState, state.id)
        assert row is not None
        # Less than a day left, and the last sync long ago (so the sweep takes it).
        row.channel_expires_at = now() + timedelta(hours=5)
        row.last_synced_at = now() - timedelta(hours=1)

    env.sync._last_sweep = None
    [outcome] = await env.sync.run_once()

    assert outcome.report is not None and outcome.report.channel == "renewed"
    renewed = await env.sync_state("google")
    assert renewed.channel_id != old and renewed.channel_id in env.google.channels
    assert old in env.google.stopped_channels and old not in env.google.channels
    assert renewed.channel_expires_at is not None
    assert renewed.channel_expires_at > now() + timedelta(days=6)


async def test_the_sync_message_of_a_new_channel_asks_for_nothing(env: LiveEnv) -> None:
    start = now() + timedelta(hours=3)
    await connected_with(env, google_interview("iv1", start, start + timedelta(hours=1)))

    assert await env.google.notify(env.webhooks, state="sync") == [200]

    assert (await env.sync_state("google")).sync_requested_at is None


async def test_a_late_cancellation_whose_notification_is_lost_is_seen_before_delivery(
    env: LiveEnv,
) -> None:
    # Ends in 45 s; planned long ago (its calendar last synced a while back).
    start = now() - timedelta(minutes=30)
    state = await connected_with(env, google_interview("iv1", start, now() + timedelta(seconds=45)))
    async with env.database.sessions() as session, session.begin():
        row = await session.get(SyncState, state.id)
        assert row is not None
        row.last_synced_at = now() - timedelta(minutes=2)
    env.google.delete_event("iv1")  # ... and Google's notification is lost
    env.sync._last_pre_due = None  # its next check (every 10 s)

    [outcome] = await env.sync.run_once()  # the check just before drafts fall due

    assert outcome.report is not None
    assert {r.state for r in await drafts(env)} == {DraftState.CANCELLED}


async def test_each_sync_feeds_the_lag_metric(env: LiveEnv) -> None:
    from app.ops.metrics import Metrics

    metrics = Metrics(process_collectors=False)
    env.sync.metrics = metrics
    start = now() + timedelta(hours=3)
    await connected_with(env, google_interview("iv1", start, start + timedelta(hours=1)))

    text = metrics.render().decode()
    assert 'rightnote_calendar_sync_lag_seconds_count{provider="google"} 1.0' in text
