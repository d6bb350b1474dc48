"""The webhooks: forged notifications change nothing; the Graph validation handshake answers
the token, as plain text, and nothing else; genuine ones only mark the calendar for sync."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from app.ops.ratelimit import RateLimits
from app.settings import Settings
from app.store.sync import SyncState
from tests.support.live import LiveEnv, google_interview, graph_interview, now


def snapshot(state: SyncState) -> dict[str, Any]:
    return {c.key: getattr(state, c.key) for c in SyncState.__table__.columns}


async def states(env: LiveEnv) -> list[dict[str, Any]]:
    async with env.database.sessions() as session:
        rows = (await session.scalars(select(SyncState).order_by(SyncState.id))).all()
    return [snapshot(r) for r in rows]


async def google_ready(env: LiveEnv) -> dict[str, Any]:
    start = now() + timedelta(hours=3)
    env.google.add_event(google_interview("iv1", start, start + timedelta(hours=1)))
    assert (await env.connect_google()).status_code == 200
    await env.settle()
    [channel] = env.google.live_channels()
    return channel


async def microsoft_ready(env: LiveEnv) -> dict[str, Any]:
    start = now() + timedelta(hours=3)
    env.graph.add_event(
        env.ms_identity.users[next(iter(env.ms_identity.users))],
        graph_interview("AAMk1", start, start + timedelta(hours=1)),
    )
    assert (await env.connect_microsoft()).status_code == 200
    await env.settle()
    [subscription] = env.graph.subscriptions.values()
    return subscription


def google_headers(channel: dict[str, Any], **changes: str) -> dict[str, str]:
    headers = {
        "X-Goog-Channel-ID": channel["id"],
        "X-Goog-Channel-Token": channel["token"],
        "X-Goog-Resource-ID": channel["resourceId"],
        "X-Goog-Resource-State": "exists",
        "X-Goog-Message-Number": "7",
    }
    headers.update(changes)
    return {k: v for k, v in headers.items() if v}


async def test_forged_google_notifications_change_nothing(env: LiveEnv) -> None:
    channel = await google_ready(env)
    before = await states(env)
    url = "/webhooks/google/calendar"

    forgeries = [
        google_headers(channel, **{"X-Goog-Channel-Token": "guessed-token"}),
        google_headers(channel, **{"X-Goog-Channel-Token": ""}),
        google_headers(channel, **{"X-Goog-Channel-ID": "4b1f6d0e-unknown-channel"}),
        google_headers(channel, **{"X-Goog-Resource-ID": "res-someone-else"}),
        {},
    ]
    for headers in forgeries:
        response = await env.client.post(url, headers=headers)
        assert response.status_code == 403
        assert response.content == b""

    assert await states(env) == before
    assert await env.sync.run_once() == []

    genuine = await env.client.post(url, headers=google_headers(channel))
    assert genuine.status_code == 200
    [after] = await states(env)
    assert after["sync_requested_at"] is not None
    assert after["sync_requests"] == before[0]["sync_requests"] + 1


async def test_forged_graph_notifications_change_nothing(env: LiveEnv) -> None:
    subscription = await microsoft_ready(env)
    before = await states(env)
    user = env.ms_identity.users[subscription["owner"]]

    # Graph itself, but with a clientState that is not ours: acknowledged, ignored.
    assert await env.graph.notify_change(user, "AAMk1", client_state="guess") == [202]
    for body in (
        {
            "value": [
                {
                    "subscriptionId": "unknown-subscription",
                    "clientState": "x",
                    "changeType": "updated",
                }
            ]
        },
        {"value": [{"subscriptionId": subscription["id"], "changeType": "updated"}]},
        {
            "value": [
                {
                    "subscriptionId": subscription["id"],
                    "clientState": "x",
                    "lifecycleEvent": "subscriptionRemoved",
                }
            ]
        },
        {"value": "not a list"},
        ["not", "an", "object"],
    ):
        response = await env.client.post("/webhooks/microsoft/graph", json=body)
        assert response.status_code == 202
    response = await env.client.post("/webhooks/microsoft/graph", content=b"{not json")
    assert response.status_code == 202

    assert await states(env) == before
    assert await env.sync.run_once() == []

    assert await env.graph.notify_change(user, "AAMk1") == [202]
    [after] = await states(env)
    assert after["sync_requested_at"] is not None


async def test_the_validation_handshake(env: LiveEnv) -> None:
    token = "Validation: Testing client application reachability for subscription Request-Id: 42"

    for path in ("/webhooks/microsoft/graph", "/webhooks/microsoft/lifecycle"):
        response = await env.client.post(
            path,
            params={"validationToken": token, "other": "<script>alert(1)</script>"},
            content=b'{"value": []}',
        )
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/plain")
        assert response.headers["x-content-type-options"] == "nosniff"
        # Exactly the decoded token: nothing else from the request comes back.
        assert response.text == token

    assert (
        await env.client.post("/webhooks/microsoft/graph", params={"validationToken": ""})
    ).status_code == 400
    long = "x" * 5000
    assert (
        await env.client.post("/webhooks/microsoft/graph", params={"validationToken": long})
    ).status_code == 400


async def test_the_fake_graph_validates_our_endpoints_when_subscribing(env: LiveEnv) -> None:
    await microsoft_ready(env)
    assert [status for _, status in env.graph.validations] == [200, 200]
    assert [url for url, _ in env.graph.validations] == [
        "https://rightnote.example/webhooks/microsoft/graph",
        "https://rightnote.example/webhooks/microsoft/lifecycle",
    ]


def test_webhooks_are_not_limited_per_address() -> None:
    # Google and Microsoft call from shared addresses for many users.
    limits = RateLimits.from_settings(Settings())
    assert limits.ip_exempt("/webhooks/google/calendar")
    assert limits.ip_exempt("/webhooks/microsoft/graph")
    assert limits.ip_exempt("/webhooks/microsoft/lifecycle")
    assert not limits.ip_exempt("/v1/connections")
    assert not limits.ip_exempt("/connect/google")


def test_an_exempt_prefix_covers_itself_and_below_only() -> None:
    limits = RateLimits.from_settings(
        Settings(rate_limit_ip_exempt_paths=["/webhooks/", "/addons"])
    )
    assert limits.ip_exempt("/webhooks") and limits.ip_exempt("/addons")
    assert limits.ip_exempt("/addons/gmail/homepage") and limits.ip_exempt("/webhooks/x/y")
    assert not limits.ip_exempt("/addonsx") and not limits.ip_exempt("/webhooksx/y")
    assert not limits.ip_exempt("/v1/addons") and not limits.ip_exempt("/")
    assert limits.ip_exempt("/healthz") and limits.ip_exempt("/metrics")


async def test_a_genuine_item_beside_an_unknown_one_is_applied(env: LiveEnv) -> None:
    """A Graph batch may mix subscriptions (e.g. an orphan whose creation answer was lost): the
    genuine item is applied even when an unknown one comes first."""
    subscription = await microsoft_ready(env)
    body = {
        "value": [
            {
                "subscriptionId": "orphaned-subscription",
                "clientState": "x",
                "changeType": "updated",
            },
            {
                "subscriptionId": subscription["id"],
                "clientState": subscription["clientState"],
                "changeType": "updated",
            },
        ]
    }
    response = await env.client.post("/webhooks/microsoft/graph", json=body)
    assert response.status_code == 202
    [after] = await states(env)
    assert after["sync_requested_at"] is not None
