"""Microsoft Graph sync: calendarView delta rounds, @removed, subscriptions (expiry, renewal,
lifecycle events) against the fake Graph."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.autodraft.sync_common import DELETED_IN_CALENDAR, IncrementalSync
from app.errors import ProviderError
from app.providers.graph_calendar_changes import (
    MAX_SUBSCRIPTION_MINUTES,
    SUBSCRIPTION_MINUTES,
    GraphCalendars,
)
from app.store.drafts import DraftRecord, DraftState
from app.store.sync import SyncState, hash_channel_secret
from app.store.users import User
from tests.fakes.microsoft_identity import ALICE
from tests.support.live import LiveEnv, graph_interview, now


async def drafts(env: LiveEnv) -> list[DraftRecord]:
    async with env.database.sessions() as session:
        return list((await session.scalars(select(DraftRecord).order_by(DraftRecord.id))).all())


async def connected_with(env: LiveEnv, *events: dict[str, object]) -> SyncState:
    for event in events:
        env.graph.add_event(ALICE, dict(event))
    assert (await env.connect_microsoft()).status_code == 200
    await env.settle()
    return await env.sync_state("microsoft")


def parse(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


async def test_first_sync_and_the_subscription(env: LiveEnv) -> None:
    start = now() - timedelta(hours=1)
    state = await connected_with(env, graph_interview("AAMk1", start, start + timedelta(hours=2)))

    records = await drafts(env)
    assert len(records) == 2 and {r.state for r in records} == {DraftState.PENDING}
    assert state.cursor and "$deltatoken=" in state.cursor
    [subscription] = env.graph.subscriptions.values()
    assert subscription["resource"] == "me/events"
    assert subscription["changeType"] == "created,updated,deleted"
    assert subscription["notificationUrl"] == "https://rightnote.example/webhooks/microsoft/graph"
    assert len(subscription["clientState"]) <= 128
    assert state.channel_id == subscription["id"]
    assert state.channel_secret_hash == hash_channel_secret(subscription["clientState"])
    expires = parse(subscription["expirationDateTime"])
    assert expires <= datetime.now(UTC) + timedelta(minutes=MAX_SUBSCRIPTION_MINUTES)
    assert expires > datetime.now(UTC) + timedelta(minutes=SUBSCRIPTION_MINUTES - 5)
    # The delta round asked for UTC and page size; the first call named the window.
    [first, *_] = env.graph.requests_to("GET", "/me/calendarView/delta")
    assert "startDateTime" in first[2] and "endDateTime" in first[2]
    assert 'outlook.timezone="UTC"' in first[3]["prefer"]


async def test_changes_arrive_by_notification(env: LiveEnv) -> None:
    start = now() + timedelta(hours=3)
    await connected_with(
        env,
        graph_interview("AAMk1", start, start + timedelta(hours=1)),
        graph_interview("AAMk2", start + timedelta(days=1), start + timedelta(days=1, hours=1)),
    )
    moved_end = start + timedelta(days=2, hours=1)
    env.graph.update_event(
        ALICE,
        "AAMk1",
        **{
            k: v
            for k, v in graph_interview("AAMk1", start + timedelta(days=2), moved_end).items()
            if k in ("start", "end")
        },
    )
    env.graph.delete_event(ALICE, "AAMk2")

    assert await env.graph.notify_change(ALICE, "AAMk1") == [202]
    await env.settle()

    records = await drafts(env)
    moved = [r for r in records if r.state is DraftState.PENDING]
    cancelled = [r for r in records if r.state is DraftState.CANCELLED]
    assert len(moved) == 2 and {r.due_at for r in moved} == {moved_end}
    assert len(cancelled) == 2 and {r.reason for r in cancelled} == {DELETED_IN_CALENDAR}
    # Incremental: the stored delta link, nothing added to it.
    last = env.graph.requests_to("GET", "/me/calendarView/delta")[-1]
    assert set(last[2]) == {"$deltatoken"}


async def test_an_interview_moved_out_of_the_window_is_moved_not_cancelled(
    env: LiveEnv,
) -> None:
    """calendarView delta says `@removed` both for a deleted event and for one moved outside
    the round's window; only GET /me/events/{id} tells them apart."""
    start = now() + timedelta(hours=3)
    await connected_with(env, graph_interview("AAMk1", start, start + timedelta(hours=1)))
    far = start + timedelta(days=90)  # the window reaches 60 days ahead
    moved = graph_interview("AAMk1", far, far + timedelta(hours=1))
    env.graph.update_event(ALICE, "AAMk1", start=moved["start"], end=moved["end"])

    assert await env.graph.notify_change(ALICE, "AAMk1") == [202]
    await env.settle()

    records = await drafts(env)
    assert {r.state for r in records} == {DraftState.PENDING}, [r.reason for r in records]
    assert {r.due_at for r in records} == {far + timedelta(hours=1)}
    [check] = env.graph.requests_to("GET", "/me/events/AAMk1")
    assert 'outlook.timezone="UTC"' in check[3]["prefer"]


async def test_an_expired_delta_link_means_a_full_round(env: LiveEnv) -> None:
    start = now() + timedelta(hours=3)
    await connected_with(env, graph_interview("AAMk1", start, start + timedelta(hours=1)))
    env.graph.expire_delta_tokens()
    env.graph.add_event(
        ALICE,
        graph_interview("AAMk2", start + timedelta(days=1), start + timedelta(days=1, hours=1)),
    )

    await env.graph.notify_change(ALICE, "AAMk2", "created")
    [outcome] = await env.sync.run_once()

    assert outcome.report is not None and outcome.report.full
    assert len(await drafts(env)) == 4


async def test_renewal_before_expiry_with_patch(env: LiveEnv) -> None:
    start = now() + timedelta(hours=3)
    state = await connected_with(env, graph_interview("AAMk1", start, start + timedelta(hours=1)))
    async with env.database.sessions() as session, session.begin():
        row = await session.get(SyncState, state.id)
        assert row is not None
        row.channel_expires_at = now() + timedelta(hours=20)
        row.last_synced_at = now() - timedelta(hours=1)

    env.sync._last_sweep = None
    [outcome] = await env.sync.run_once()

    assert outcome.report is not None and outcome.report.channel == "renewed"
    assert len(env.graph.requests_to("PATCH", f"/subscriptions/{state.channel_id}")) == 1
    renewed = await env.sync_state("microsoft")
    assert renewed.channel_id == state.channel_id
    assert renewed.channel_expires_at is not None
    assert renewed.channel_expires_at > now() + timedelta(days=2)


async def test_lifecycle_events(env: LiveEnv) -> None:
    start = now() + timedelta(hours=3)
    state = await connected_with(env, graph_interview("AAMk1", start, start + timedelta(hours=1)))
    subscription = env.graph.subscriptions[state.channel_id or ""]

    # reauthorizationRequired → renewed with PATCH.
    assert await env.graph.send_lifecycle(subscription, "reauthorizationRequired") == 202
    await env.settle()
    assert len(env.graph.requests_to("PATCH", f"/subscriptions/{subscription['id']}")) == 1

    # missed → a sync catches up whatever the lost notifications were about.
    env.graph.add_event(
        ALICE,
        graph_interview("AAMk2", start + timedelta(days=1), start + timedelta(days=1, hours=1)),
    )
    assert await env.graph.send_lifecycle(subscription, "missed") == 202
    await env.settle()
    assert len(await drafts(env)) == 4

    # subscriptionRemoved → a new subscription, and a resync.
    env.graph.drop_subscription(subscription["id"])
    assert await env.graph.send_lifecycle(subscription, "subscriptionRemoved") == 202
    await env.settle()
    [fresh] = env.graph.subscriptions.values()
    assert fresh["id"] != subscription["id"]
    assert (await env.sync_state("microsoft")).channel_id == fresh["id"]

    # A lifecycle event with a forged clientState does nothing.
    before = len(env.graph.requests)
    assert await env.graph.send_lifecycle(fresh, "subscriptionRemoved", client_state="x") == 202
    assert await env.sync.run_once() == []
    assert (await env.sync_state("microsoft")).channel_id == fresh["id"]
    assert len(env.graph.requests) == before


async def test_graph_refuses_subscriptions_past_4230_minutes(env: LiveEnv) -> None:
    await connected_with(env)
    connection = await env.connection("microsoft")
    sync = env.sync.syncs["microsoft"]
    assert isinstance(sync, IncrementalSync) and isinstance(sync.calendars, GraphCalendars)
    async with env.database.sessions() as session:
        user = await session.get(User, connection.user_id)
    assert user is not None
    calendar = await sync.calendars(connection, user)
    client = calendar.client
    too_far = datetime.now(UTC) + timedelta(minutes=MAX_SUBSCRIPTION_MINUTES + 5)
    with pytest.raises(ProviderError, match="HTTP 400"):
        await client.json(
            "POST",
            client.url("/subscriptions"),
            operation="subscribe",
            json={
                "changeType": "updated",
                "resource": "me/events",
                "notificationUrl": "https://rightnote.example/webhooks/microsoft/graph",
                "expirationDateTime": too_far.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "clientState": "s",
            },
        )
    # Ours asks for less, always.
    made = await calendar.watch(datetime.now(UTC))
    subscription = env.graph.subscriptions[made.id]
    assert parse(subscription["expirationDateTime"]) < too_far
    assert made.id == subscription["id"] and made.expires_at < too_far


async def test_removals_past_the_confirmation_cap_force_a_full_round(
    env: LiveEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The delta link moves past every `@removed` id of a round: ids left unconfirmed (past
    the cap) must not be forgotten, so the round stores no cursor and the next one is full."""
    import app.providers.graph_calendar_changes as graph_changes

    start = now() + timedelta(hours=3)
    await connected_with(
        env,
        graph_interview("AAMk1", start, start + timedelta(hours=1)),
        graph_interview("AAMk2", start + timedelta(days=1), start + timedelta(days=1, hours=1)),
    )
    monkeypatch.setattr(graph_changes, "MAX_CONFIRMATIONS", 1)
    env.graph.delete_event(ALICE, "AAMk1")
    env.graph.delete_event(ALICE, "AAMk2")

    await env.graph.notify_change(ALICE, "AAMk1", "deleted")
    [outcome] = await env.sync.run_once()
    assert outcome.report is not None and not outcome.report.full
    assert (await env.sync_state("microsoft")).cursor is None

    await env.graph.notify_change(ALICE, "AAMk2", "deleted")
    [outcome] = await env.sync.run_once()
    assert outcome.report is not None and outcome.report.full
    records = await drafts(env)
    assert records and {r.state for r in records} == {DraftState.CANCELLED}, [
        (r.state, r.reason) for r in records
    ]
