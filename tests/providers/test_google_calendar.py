"""GoogleCalendarSource through the real google-api-python-client against the fake Calendar."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.calendar.model import Source
from app.errors import ProviderThrottled, ProviderUnavailable, ReauthRequired
from app.providers.google_api import access_token_credentials
from app.providers.google_calendar import GoogleCalendarSource
from app.settings import Settings
from tests.fakes.google_api import USER_TOKEN, FakeGoogleApis
from tests.fakes.google_identity import USER_EMAIL
from tests.fakes.server import serve_asgi
from tests.providers.google_env import google_settings

HANG_GUARD = 20.0
BASE = datetime(2026, 3, 9, 14, 0, tzinfo=UTC)


@pytest.fixture
def google_apis() -> FakeGoogleApis:
    return FakeGoogleApis()


@pytest.fixture
def settings(tmp_path: Path, google_apis: FakeGoogleApis) -> Iterator[Settings]:
    with serve_asgi(google_apis.app) as url:
        yield google_settings(tmp_path, url)


def event(
    event_id: str, start: datetime, *, summary: str, minutes: int = 45, **extra: Any
) -> dict[str, Any]:
    return {
        "id": event_id,
        "iCalUID": f"{event_id}@google.com",
        "summary": summary,
        "htmlLink": f"https://www.google.com/calendar/event?eid={event_id}",
        "organizer": {"email": "jordan.blake@litware.example", "displayName": "Jordan Blake"},
        "start": {"dateTime": start.isoformat(), "timeZone": "America/New_York"},
        "end": {
            "dateTime": (start + timedelta(minutes=minutes)).isoformat(),
            "timeZone": "America/New_York",
        },
        "attendees": [
            {"email": USER_EMAIL, "self": True, "responseStatus": "accepted"},
            {
                "email": "dana.lee@litware.example",
                "displayName": "Dana Lee",
                "responseStatus": "accepted",
            },
        ],
        "eventType": "default",
        **extra,
    }


def source(settings: Settings, **options: Any) -> GoogleCalendarSource:
    return GoogleCalendarSource(access_token_credentials(USER_TOKEN), settings=settings, **options)


@pytest.fixture
def seeded(google_apis: FakeGoogleApis) -> FakeGoogleApis:
    for day in range(5):
        google_apis.add_event(
            event(
                f"loop{day}",
                BASE + timedelta(days=day),
                summary=f"Interview: Litware round {day + 1}",
            )
        )
    google_apis.add_event(event("old", BASE - timedelta(days=40), summary="Interview long ago"))
    google_apis.add_event(
        event("gone", BASE + timedelta(hours=3), summary="Cancelled chat", status="cancelled")
    )
    google_apis.add_event(event("dentist", BASE + timedelta(days=1, hours=3), summary="Dentist"))
    return google_apis


async def test_events_in_the_window_every_page_normalised(
    settings: Settings, seeded: FakeGoogleApis
) -> None:
    events = await source(settings, page_size=2).list_events(
        BASE - timedelta(days=1), BASE + timedelta(days=7), timezone="America/New_York"
    )
    assert [e.event_id for e in events] == ["loop0", "loop1", "dentist", "loop2", "loop3", "loop4"]
    first = events[0]
    assert first.source is Source.GOOGLE
    assert first.title == "Interview: Litware round 1"
    assert first.start == BASE and str(first.start.tzinfo) == "America/New_York"
    assert {a.email for a in first.attendees} == {USER_EMAIL, "dana.lee@litware.example"}
    calls = seeded.seen("GET", "/calendar/v3/calendars/primary/events")
    assert len(calls) == 3  # 6 items, 2 a page
    query = calls[0].query
    assert query["singleEvents"] == ["true"] and query["orderBy"] == ["startTime"]
    assert query["timeMin"] == ["2026-03-08T14:00:00Z"]
    assert "pageToken" in calls[1].query


async def test_a_query_is_passed_to_google(settings: Settings, seeded: FakeGoogleApis) -> None:
    events = await source(settings, query="interview litware").list_events(
        BASE - timedelta(days=1), BASE + timedelta(days=7), timezone="UTC"
    )
    assert [e.event_id for e in events] == ["loop0", "loop1", "loop2", "loop3", "loop4"]
    assert seeded.requests[0].query["q"] == ["interview litware"]


async def test_paging_stops_at_the_cap(settings: Settings, seeded: FakeGoogleApis) -> None:
    events = await source(settings, page_size=1, max_pages=2).list_events(
        BASE - timedelta(days=1), BASE + timedelta(days=7), timezone="UTC"
    )
    assert [e.event_id for e in events] == ["loop0", "loop1"]
    assert len(seeded.requests) == 2


async def test_get_event(settings: Settings, seeded: FakeGoogleApis) -> None:
    found = await source(settings).get_event("loop2", timezone="Europe/Berlin")
    assert found is not None and found.title == "Interview: Litware round 3"
    assert found.start is not None and str(found.start.tzinfo) == "Europe/Berlin"
    assert await source(settings).get_event("nope", timezone="UTC") is None


async def test_failures_are_typed(settings: Settings, seeded: FakeGoogleApis) -> None:
    window = (BASE, BASE + timedelta(days=1))
    seeded.fail("status", status=429, retry_after="30")
    with pytest.raises(ProviderThrottled) as throttled:
        await source(settings).list_items(*window)
    assert throttled.value.retry_after == 30.0
    seeded.fail("status", status=503)
    with pytest.raises(ProviderUnavailable):
        await source(settings).list_items(*window)
    with pytest.raises(ReauthRequired):
        await GoogleCalendarSource(
            access_token_credentials("ya29.expired"), settings=settings
        ).list_items(*window)
    assert [e["id"] for e in await source(settings).list_items(*window)] == ["loop0"]


async def test_a_slow_calendar_is_cut_off(settings: Settings, seeded: FakeGoogleApis) -> None:
    seeded.fail("slow", delay=HANG_GUARD)
    started = time.monotonic()
    with pytest.raises(ProviderUnavailable):
        await source(settings).list_events(BASE, BASE + timedelta(days=1), timezone="UTC")
    assert time.monotonic() - started < HANG_GUARD
