"""Rate limits per client address and per user: 429 with Retry-After, others unaffected."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from fastapi import APIRouter

from app.addons.google_request import AddonContextDep
from app.auth.google import build_google_certs
from app.ops.ratelimit import TokenBuckets, client_address, ip_key, parse_networks
from tests.fakes.google_identity import CLIENT_ID, SERVICE_ACCOUNT, FakeGoogleIdentity
from tests.ops.conftest import client_for, local_settings, production_settings, running

VOICE = {"text": "Thank you for your time.", "scenario": "gratitude"}


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_bucket_allows_a_burst_then_refills() -> None:
    clock = Clock()
    buckets = TokenBuckets(60, clock=clock)  # one token per second
    assert all(buckets.hit("k") == 0 for _ in range(60))
    wait = buckets.hit("k")
    assert 0 < wait <= 1.0
    clock.now += 1.0
    assert buckets.hit("k") == 0
    assert buckets.hit("other") == 0  # keys are independent


def test_refused_hits_do_not_dig_a_deeper_hole() -> None:
    clock = Clock()
    buckets = TokenBuckets(6, clock=clock)  # one token per 10 s
    for _ in range(6):
        buckets.hit("k")
    first = buckets.hit("k")
    for _ in range(50):
        assert buckets.hit("k") == pytest.approx(first)
    clock.now += first
    assert buckets.hit("k") == 0


def test_buckets_are_bounded() -> None:
    buckets = TokenBuckets(1, max_keys=3, clock=Clock())
    for key in "abcdef":
        buckets.hit(key)
    assert len(buckets) == 3


def _scope(peer: str, forwarded: str | None = None) -> dict[str, object]:
    headers = [(b"x-forwarded-for", forwarded.encode())] if forwarded else []
    return {"type": "http", "client": (peer, 1234), "headers": headers}


@pytest.mark.parametrize(
    ("peer", "forwarded", "trusted", "client"),
    [
        # No trusted proxies: the header is ignored, whoever sent it.
        ("198.51.100.7", "1.2.3.4", [], "198.51.100.7"),
        # An untrusted peer cannot pick its address either.
        ("198.51.100.7", "1.2.3.4", ["10.0.0.0/8"], "198.51.100.7"),
        # Behind a trusted proxy: the rightmost untrusted hop; the spoofed left part is ignored.
        ("10.0.0.5", "6.6.6.6, 203.0.113.9", ["10.0.0.0/8"], "203.0.113.9"),
        ("10.0.0.5", "6.6.6.6, 203.0.113.9, 10.1.2.3", ["10.0.0.0/8"], "203.0.113.9"),
        # Every hop trusted (a platform that overwrites the header): the leftmost one.
        ("10.0.0.5", "10.9.9.9", ["10.0.0.0/8"], "10.9.9.9"),
        # Garbage stops the walk; the last good hop to its right is used.
        ("10.0.0.5", "evil, 10.2.2.2", ["10.0.0.0/8"], "10.2.2.2"),
        ("10.0.0.5", None, ["10.0.0.0/8"], "10.0.0.5"),
        ("::ffff:10.0.0.5", "203.0.113.9", ["10.0.0.0/8"], "203.0.113.9"),
        ("2001:db8::1", "[2001:db8:1::2]:443", ["2001:db8::/64"], "2001:db8:1::2"),
    ],
)
def test_client_address(peer: str, forwarded: str | None, trusted: list[str], client: str) -> None:
    assert client_address(_scope(peer, forwarded), parse_networks(trusted)) == client


def test_ipv6_clients_share_their_64() -> None:
    assert ip_key("2001:db8:aa:bb::1") == ip_key("2001:db8:aa:bb:ffff::2")
    assert ip_key("2001:db8:aa:bb::1") != ip_key("2001:db8:aa:cc::1")
    assert ip_key("192.0.2.1") == "192.0.2.1"


async def test_per_ip_limit(tmp_path: Path) -> None:
    settings = local_settings(
        tmp_path, rate_limit_per_ip_per_minute=3, rate_limit_per_user_per_minute=0
    )
    async with running(settings, client_ip="203.0.113.10") as (app, client):
        for _ in range(3):
            assert (await client.post("/v1/voice/check", json=VOICE)).status_code == 200
        refused = await client.post("/v1/voice/check", json=VOICE)
        assert refused.status_code == 429
        assert refused.json()["error"] == "rate_limited"
        assert 1 <= int(refused.headers["retry-after"]) <= 20
        assert refused.headers["x-request-id"]
        # Any route, even an unknown one, counts against the address.
        assert (await client.get("/v1/nothing")).status_code == 429
        # The probes and /metrics are never limited.
        for _ in range(10):
            assert (await client.get("/healthz")).status_code == 200
            assert (await client.get("/readyz")).status_code == 200
            assert (await client.get("/metrics")).status_code == 200
        # Another address is unaffected.
        async with client_for(app, "198.51.100.20") as other:
            assert (await other.post("/v1/voice/check", json=VOICE)).status_code == 200
        metrics = (await client.get("/metrics")).text
    assert 'rightnote_rate_limited_total{limit="ip"} 2.0' in metrics
    # Refused before routing, so no template is known: counted as unmatched, status 429.
    assert 'route="unmatched",status="429"' in metrics


async def test_google_addon_paths_skip_the_ip_limit(tmp_path: Path) -> None:
    settings = local_settings(tmp_path, rate_limit_per_ip_per_minute=1)
    async with running(settings) as (_, client):
        for _ in range(5):
            # Unrouted here, but never refused for the address: Google calls from shared IPs.
            response = await client.post("/addons/gmail/homepage", json={})
            assert response.status_code != 429
        await client.post("/v1/voice/check", json=VOICE)
        assert (await client.post("/v1/voice/check", json=VOICE)).status_code == 429


async def test_limit_follows_the_forwarded_client_behind_a_trusted_proxy(tmp_path: Path) -> None:
    settings = local_settings(
        tmp_path,
        rate_limit_per_ip_per_minute=2,
        rate_limit_per_user_per_minute=0,
        trusted_proxies="10.0.0.0/8",
    )
    async with running(settings, client_ip="10.0.0.5") as (_, proxy):
        alice = {"X-Forwarded-For": "203.0.113.1"}
        bob = {"X-Forwarded-For": "203.0.113.2"}
        for _ in range(2):
            assert (await proxy.get("/v1/nothing", headers=alice)).status_code == 404
        assert (await proxy.get("/v1/nothing", headers=alice)).status_code == 429
        # Alice cannot escape by prepending a made-up address; Bob is unaffected.
        spoof = {"X-Forwarded-For": "9.9.9.9, 203.0.113.1"}
        assert (await proxy.get("/v1/nothing", headers=spoof)).status_code == 429
        assert (await proxy.get("/v1/nothing", headers=bob)).status_code == 404


async def test_per_user_limit(tmp_path: Path) -> None:
    settings = production_settings(
        tmp_path, rate_limit_per_user_per_minute=3, rate_limit_per_ip_per_minute=0
    )
    alice = {"Authorization": "Bearer user-alice"}
    bob = {"Authorization": "Bearer user-bob"}
    async with running(settings) as (_, client):
        for _ in range(3):
            assert (
                await client.post("/v1/voice/check", json=VOICE, headers=alice)
            ).status_code == 200
        refused = await client.post("/v1/voice/check", json=VOICE, headers=alice)
        assert refused.status_code == 429
        assert refused.json() == {
            "error": "rate_limited",
            "detail": "too many requests for this account",
        }
        assert int(refused.headers["retry-after"]) >= 1
        # Bob, from the same address, still gets through.
        assert (await client.post("/v1/voice/check", json=VOICE, headers=bob)).status_code == 200
        # Refused tokens never reach the per-user limiter: they are 401, not 429.
        for _ in range(5):
            bad = await client.post(
                "/v1/voice/check", json=VOICE, headers={"Authorization": "Bearer forged"}
            )
            assert bad.status_code == 401
        assert (await client.get("/healthz", headers=alice)).status_code == 200
        assert (await client.get("/metrics", headers=alice)).status_code == 404


async def test_limits_can_be_turned_off(tmp_path: Path) -> None:
    settings = local_settings(
        tmp_path, rate_limit_per_user_per_minute=0, rate_limit_per_ip_per_minute=0
    )
    async with running(settings) as (_, client):
        for _ in range(30):
            assert (await client.post("/v1/voice/check", json=VOICE)).status_code == 200


async def test_local_user_is_limited_too(tmp_path: Path) -> None:
    settings = local_settings(tmp_path, rate_limit_per_user_per_minute=2)
    async with running(settings) as (_, client):
        await client.post("/v1/voice/check", json=VOICE)
        await client.post("/v1/voice/check", json=VOICE)
        assert (await client.post("/v1/voice/check", json=VOICE)).status_code == 429


async def test_per_user_limit_on_the_google_addon(tmp_path: Path) -> None:
    """Add-on requests are limited per verified Google user, not per (shared Google) address."""
    probe = APIRouter()
    path = "/addons/gmail/ratelimit-probe"

    @probe.post(path)
    async def who(ctx: AddonContextDep) -> dict[str, str]:
        return {"user": ctx.identity.key}

    google = FakeGoogleIdentity()
    settings = production_settings(
        tmp_path,
        public_url="https://rightnote.example",
        google_addon_service_account=SERVICE_ACCOUNT,
        google_oauth_client_id=CLIENT_ID,
        rate_limit_per_user_per_minute=2,
        rate_limit_per_ip_per_minute=1,
    )

    async with (
        running(settings, router=probe) as (app, client),
        httpx.AsyncClient(transport=google.transport()) as google_http,
    ):
        app.state.rightnote.resources.google_certs = build_google_certs(settings, google_http)

        async def call(sub: str) -> httpx.Response:
            event = {"authorizationEventObject": {"userIdToken": google.user_token(sub=sub)}}
            token = google.system_token("https://rightnote.example" + path)
            return await client.post(
                path, content=json.dumps(event), headers={"Authorization": f"Bearer {token}"}
            )

        assert (await call("alice")).status_code == 200
        assert (await call("alice")).status_code == 200
        refused = await call("alice")
        assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1
        # Bob comes from the same (Google) address, and add-on paths skip the IP limit of 1.
        assert (await call("bob")).status_code == 200
