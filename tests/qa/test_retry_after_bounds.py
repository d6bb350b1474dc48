"""A provider's Retry-After that is absurdly far away (a huge number of seconds, a date in the
year 9999) is read as a bounded wait.

Before, `Retry-After: 100000000000000` from Graph (or an HTTP date near 9999-12-31 from Google)
became the wait as it was: the sync loop's `now + wait` overflowed (OverflowError inside its
error handler, so the calendar's claim was never finished and the failure logged as a bug), and a
draft's next attempt could not be scheduled. Real waits are seconds to minutes; anything beyond
`MAX_RETRY_AFTER_SECONDS` (an hour) is read as an hour, and every consumer keeps its own cap."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from app.autodraft.retry import RetryPolicy
from app.autodraft.sync_runner import SyncRunner
from app.errors import ProviderThrottled
from app.providers import google_api
from app.providers.base import MAX_RETRY_AFTER_SECONDS, retry_after_seconds
from app.providers.microsoft_graph import GraphClient

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "header",
    ["100000000000000", "1e300", "Fri, 31 Dec 9999 23:59:59 GMT", "86400000"],
)
def test_graph_reads_a_far_retry_after_as_the_bound(header: str) -> None:
    assert retry_after_seconds(header, now=NOW) == MAX_RETRY_AFTER_SECONDS


def test_google_reads_a_far_retry_after_as_the_bound() -> None:
    for header in ("100000000000000", "Fri, 31 Dec 9999 23:59:59 GMT"):
        assert google_api.retry_after({"retry-after": header}, now=NOW) == (MAX_RETRY_AFTER_SECONDS)
    assert google_api.retry_after({"retry-after": "30"}, now=NOW) == 30.0


async def test_a_graph_429_with_a_far_retry_after_is_a_bounded_throttle() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            429,
            headers={"Retry-After": "100000000000000"},
            json={"error": {"code": "TooManyRequests", "message": "slow down"}},
        )

    async def token() -> str:
        return "token"

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        client = GraphClient(http, token, base_url="https://graph.microsoft.com/v1.0")
        with pytest.raises(ProviderThrottled) as throttled:
            await client.json("GET", client.url("/me/calendarView"), operation="calendarView")
    assert throttled.value.retry_after == MAX_RETRY_AFTER_SECONDS
    # The sync loop can schedule it.
    runner = SyncRunner.__new__(SyncRunner)
    runner._rng = random.Random(1)
    wait = runner._backoff(1, throttled.value)
    assert NOW + timedelta(seconds=wait) > NOW


def test_the_consumers_bound_a_throttle_built_elsewhere() -> None:
    huge = ProviderThrottled(1e300)
    policy = RetryPolicy(rng=random.Random(1))
    assert policy.throttled(huge.retry_after, 1) <= MAX_RETRY_AFTER_SECONDS + policy.base
    runner = SyncRunner.__new__(SyncRunner)
    runner._rng = random.Random(1)
    assert NOW + timedelta(seconds=runner._backoff(1, huge)) > NOW
