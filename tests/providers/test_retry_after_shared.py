"""One reading of Retry-After and one bound on a wait, for every provider (app/providers/base.py).

Google's reader was a second copy of the header parser that took only whole seconds, so a
fractional or negative delta was "no wait given"; the clamp to [0, an hour] was written again in
the CalDAV source and the sync runner, where a NaN slipped through as a wait of 0 s or 1 s.
Now `retry_after_seconds` and `bounded_wait` are the only ones."""

from __future__ import annotations

import math
import random
from datetime import UTC, datetime

import pytest
from caldav.lib import error as dav_error

from app.autodraft.sync_runner import RETRY_BASE_SECONDS, SyncRunner
from app.errors import ProviderThrottled
from app.providers import google_api
from app.providers.base import (
    MAX_RETRY_AFTER_SECONDS,
    ProviderBusy,
    bounded_wait,
    retry_after_seconds,
)
from app.providers.caldav_source import CalDavCalendar

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("asked", "held"),
    [
        (None, None),
        (math.nan, None),
        (-4.0, 0.0),
        (12.5, 12.5),
        (math.inf, MAX_RETRY_AFTER_SECONDS),
        (1e300, MAX_RETRY_AFTER_SECONDS),
    ],
)
def test_bounded_wait(asked: float | None, held: float | None) -> None:
    assert bounded_wait(asked) == held


@pytest.mark.parametrize(
    "header",
    [
        "30",
        " 30 ",
        "1.5",
        "-5",
        "0",
        "junk",
        "",
        "Mon, 07 Dec 2026 09:02:00 GMT",
        "Mon, 07 Dec 2026 08:00:00 GMT",
        "Fri, 31 Dec 9999 23:59:59 GMT",
        "nan",
        "inf",
    ],
)
def test_google_reads_retry_after_as_every_provider_does(header: str) -> None:
    assert google_api.retry_after({"retry-after": header}, now=NOW) == retry_after_seconds(
        header, now=NOW
    )


def test_google_takes_a_fractional_or_negative_delta() -> None:
    # Before: both were "no Retry-After", so the caller fell back to its own back-off.
    assert google_api.retry_after({"retry-after": "1.5"}, now=NOW) == 1.5
    assert google_api.retry_after({"retry-after": "-5"}, now=NOW) == 0.0
    assert google_api.retry_after(object(), now=NOW) is None  # not a header mapping


def _runner() -> SyncRunner:
    runner = SyncRunner.__new__(SyncRunner)
    runner._rng = random.Random(3)
    return runner


def test_a_throttle_with_no_readable_wait_backs_off_instead_of_retrying_in_a_second() -> None:
    # Before: max(1.0, min(nan, ...)) was 1.0, a retry a second later, again and again.
    wait = _runner()._backoff(4, ProviderThrottled(math.nan))
    assert wait >= RETRY_BASE_SECONDS * 2**3 / 2


def test_the_sync_runner_bounds_a_busy_servers_wait() -> None:
    assert _runner()._backoff(1, ProviderBusy("busy", retry_after=1e300)) == (
        MAX_RETRY_AFTER_SECONDS
    )


def test_caldav_reads_an_unreadable_wait_as_none() -> None:
    calendar = CalDavCalendar("caldav+https://sam@caldav.example/dav/cal/", password="pw")
    nan = dav_error.RateLimitError(url="u", reason="slow", retry_after_seconds=math.nan, status=429)
    busy = calendar._map_error(nan)
    assert isinstance(busy, ProviderBusy) and busy.retry_after is None  # before: 0.0, no wait
    far = dav_error.RateLimitError(url="u", reason="slow", retry_after_seconds=1e9, status=429)
    busy = calendar._map_error(far)
    assert isinstance(busy, ProviderBusy) and busy.retry_after == MAX_RETRY_AFTER_SECONDS
