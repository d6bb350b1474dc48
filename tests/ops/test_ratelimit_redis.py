"""Rate limits shared by replicas through the real Redis on 127.0.0.1:6379 (RIGHTNOTE_REDIS_URL).

Two app instances (two replicas) with the same Redis spend from one budget, per address and
per user; without Redis each has its own (today's behaviour, kept). Redis down: the process's
own buckets take over, with one warning and a metric. Each test uses its own key prefix.
"""

from __future__ import annotations

import asyncio
import io
import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from redis.asyncio import Redis

from app.ops.ratelimit import RedisLimiter, connect_redis
from tests.ops.conftest import local_settings, running

REDIS_URL = os.environ.get("RIGHTNOTE_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
VOICE = {"text": "Thank you for your time.", "scenario": "gratitude"}


@pytest.fixture
async def prefix() -> AsyncIterator[str]:
    """A key prefix of this test's own; its keys are deleted afterwards."""
    client = Redis.from_url(REDIS_URL)
    try:
        await client.ping()
    except Exception as error:
        await client.aclose()
        if os.environ.get("RIGHTNOTE_REQUIRE_REDIS"):
            pytest.fail(f"Redis is required at {REDIS_URL}: {error}")
        pytest.skip(f"no Redis at {REDIS_URL}")
    name = f"rightnote-test-{uuid.uuid4().hex}"
    try:
        yield name
    finally:
        keys = [key async for key in client.scan_iter(match=f"{name}:*")]
        if keys:
            await client.delete(*keys)
        await client.aclose()


async def _voice(client: object) -> int:
    response = await client.post("/v1/voice/check", json=VOICE)  # type: ignore[attr-defined]
    if response.status_code == 429:
        assert int(response.headers["retry-after"]) >= 1
    return int(response.status_code)


async def test_two_replicas_share_one_address_budget(tmp_path: Path, prefix: str) -> None:
    def replica(name: str) -> object:
        return local_settings(
            tmp_path / name,
            redis_url=REDIS_URL,
            redis_key_prefix=prefix,
            rate_limit_per_ip_per_minute=4,
            rate_limit_per_user_per_minute=0,
        )

    async with (
        running(replica("a"), client_ip="198.51.100.20") as (_, a),  # type: ignore[arg-type]
        running(replica("b"), client_ip="198.51.100.20") as (_, b),  # type: ignore[arg-type]
        running(replica("c"), client_ip="198.51.100.99") as (_, other),  # type: ignore[arg-type]
    ):
        statuses = [await _voice(client) for client in (a, b, a, b, a, b)]
        assert statuses == [200, 200, 200, 200, 429, 429]
        assert await _voice(other) == 200  # another address has its own budget


async def test_two_replicas_share_one_user_budget(tmp_path: Path, prefix: str) -> None:
    def replica(name: str) -> object:
        return local_settings(
            tmp_path / name,
            redis_url=REDIS_URL,
            redis_key_prefix=prefix,
            rate_limit_per_ip_per_minute=0,
            rate_limit_per_user_per_minute=3,
        )

    # Different addresses, one (local) user: the user's budget is what runs out.
    async with (
        running(replica("a"), client_ip="198.51.100.21") as (_, a),  # type: ignore[arg-type]
        running(replica("b"), client_ip="198.51.100.22") as (_, b),  # type: ignore[arg-type]
    ):
        statuses = [await _voice(client) for client in (a, b, a, b)]
    assert statuses == [200, 200, 200, 429]


async def test_without_redis_each_replica_keeps_its_own_buckets(tmp_path: Path) -> None:
    def replica(name: str) -> object:
        return local_settings(
            tmp_path / name, rate_limit_per_ip_per_minute=2, rate_limit_per_user_per_minute=0
        )

    async with (
        running(replica("a"), client_ip="198.51.100.23") as (_, a),  # type: ignore[arg-type]
        running(replica("b"), client_ip="198.51.100.23") as (_, b),  # type: ignore[arg-type]
    ):
        statuses = [await _voice(client) for client in (a, b, a, b, a, b)]
    assert statuses == [200, 200, 200, 200, 429, 429]


async def test_the_bucket_refills_and_keys_are_hashed_and_expire(prefix: str) -> None:
    redis = connect_redis(REDIS_URL)
    try:
        limiter = RedisLimiter(redis, 6, "ip", prefix)  # one token every ten seconds
        waits = [await limiter.hit("203.0.113.5") for _ in range(7)]
        assert waits[:6] == [0.0] * 6
        assert 9.0 < waits[6] <= 10.0
        # Ten seconds later (the bucket's clock moved back): one token again, and only one.
        key = limiter.key("203.0.113.5")
        at = float(await redis.hget(key, "at") or 0)
        await redis.hset(key, "at", repr(at - 10.5))
        assert await limiter.hit("203.0.113.5") == 0.0
        assert await limiter.hit("203.0.113.5") > 9.0
        keys = [key.decode() async for key in redis.scan_iter(match=f"{prefix}:*")]
        assert keys == [limiter.key("203.0.113.5")]
        assert "203.0.113.5" not in keys[0]
        assert 0 < await redis.ttl(keys[0]) <= 61
    finally:
        await redis.aclose()


async def test_concurrent_hits_never_overspend(prefix: str) -> None:
    # The script is atomic: 200 hits at once from 4 "replicas" let exactly the budget through.
    # Clients without the service's 0.25 s timeout: on a loaded machine a timed-out hit would
    # fall back to the local buckets, and this test is about the script.
    clients = [Redis.from_url(REDIS_URL) for _ in range(4)]
    try:
        limiters = [RedisLimiter(c, 50, "user", prefix) for c in clients]
        waits = await asyncio.gather(*(limiters[i % 4].hit("google:alice") for i in range(200)))
        assert sum(1 for wait in waits if wait == 0.0) == 50
        assert all(limiter.fallback.max_keys and not len(limiter.fallback) for limiter in limiters)
    finally:
        for client in clients:
            await client.aclose()


async def test_redis_down_falls_back_to_the_process_buckets(
    tmp_path: Path, json_logs: io.StringIO
) -> None:
    settings = local_settings(
        tmp_path,
        # Nothing listens on port 1: connection refused at once.
        redis_url="redis://:hunter2-secret@127.0.0.1:1/0",
        rate_limit_per_ip_per_minute=3,
        rate_limit_per_user_per_minute=0,
    )
    async with running(settings, client_ip="198.51.100.24") as (app, client):
        assert app.state.rightnote.resources.rate_limits.redis is not None
        statuses = [await _voice(client) for _ in range(5)]
        metrics = (await client.get("/metrics")).text
    assert statuses == [200, 200, 200, 429, 429]  # still limited: this process's budget
    logged = json_logs.getvalue()
    assert logged.count("ratelimit.redis_unavailable") == 1
    assert "hunter2" not in logged
    assert 'rightnote_rate_limit_store_errors_total{limit="ip"} 1.0' in metrics


def test_redis_url_must_be_a_redis_url(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="redis://") as raised:
        local_settings(tmp_path, redis_url="http://user:s3cret@cache:6379")
    assert "s3cret" not in str(raised.value)
