"""One invite dated at the edge of time (year 1, year 9999, at an offset from the user's zone) in an
otherwise ordinary calendar. Anyone can send such an invite, and a feed or a Google/Graph page can
hold it. Each surface below answered 500 or exited with a traceback (OverflowError in app/calendar:
google._when, graph._when, ics._aware / zones.aware, schedule._resolve, limits._advance), so the
whole calendar was lost over one event.

Pinned here: the calendar readers skip, with a warning, an event whose dates fall outside the
years the product reads (model.EARLIEST_YEAR..LATEST_YEAR, the JSON API's 1900-2999), before any
zone arithmetic (zones.OutOfRange)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from app.cli import _register
from app.cli import app as cli_app
from tests.addons.gmail_harness import Harness, harness, interview_event, now, pushed_card
from tests.fakes.google_api import FakeGoogleApis
from tests.fakes.google_identity import USER_EMAIL

_register()

ME = "me@example.com"
SCHEDULE = "Schedule:\n10:00 - 10:45 Dana Lee, Engineering Manager (dana@litware.example)"


def _google(start: str, end: str) -> dict:  # type: ignore[type-arg]
    return {
        "items": [
            {
                "id": "far",
                "summary": "Interview: Engineer - Litware",
                "description": SCHEDULE,
                "start": {"dateTime": start},
                "end": {"dateTime": end},
                "organizer": {"email": "jordan@litware.example"},
                "attendees": [
                    {"email": ME, "self": True},
                    {"email": "dana@litware.example", "displayName": "Dana Lee"},
                ],
            }
        ]
    }


def _ics(start: str, end: str) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "BEGIN:VEVENT",
        "UID:far@litware.example",
        "DTSTAMP:20260101T000000Z",
        f"DTSTART{start}",
        f"DTEND{end}",
        "SUMMARY:Interview with Dana Lee - Litware",
        "DESCRIPTION:10:00 - 10:45 Dana Lee\\, Engineering Manager",
        "ORGANIZER:mailto:jordan@litware.example",
        "ATTENDEE;CN=Dana Lee:mailto:dana@litware.example",
        f"ATTENDEE:mailto:{ME}",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    return "\r\n".join(lines)


@pytest.mark.parametrize(
    ("start", "end", "zone"),
    [
        ("9999-12-31T20:00:00-12:00", "9999-12-31T23:00:00-12:00", "UTC"),
        ("0001-01-01T00:00:00+14:00", "0001-01-01T01:00:00+14:00", "America/New_York"),
    ],
)
async def test_extract_a_google_event_at_the_edge_of_time(
    client: httpx.AsyncClient, start: str, end: str, zone: str
) -> None:
    body = {"format": "google", "data": _google(start, end), "me": [ME], "timezone": zone}
    response = await client.post("/v1/interviews/extract", json=body)
    assert response.status_code < 500, response.text


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (";TZID=Pacific/Kiritimati:99991231T230000", ";TZID=Pacific/Kiritimati:99991231T235900"),
        (";VALUE=DATE:00010101", ";VALUE=DATE:00010102"),
    ],
)
def test_rightnote_interviews_on_a_feed_with_one_such_event(
    tmp_path: Path, start: str, end: str
) -> None:
    path = tmp_path / "far.ics"
    path.write_text(_ics(start, end), newline="")
    result = CliRunner().invoke(cli_app, ["interviews", str(path), "--me", ME])
    assert not isinstance(result.exception, OverflowError), result.output
    assert result.exit_code in (0, 1, 2), result.output


@pytest.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    apis = FakeGoogleApis()
    event = interview_event("far", now() - timedelta(hours=3))
    event["start"] = {"dateTime": "9999-12-31T20:00:00-12:00"}
    event["end"] = {"dateTime": "9999-12-31T23:00:00-12:00"}
    apis.add_event(event)
    async with harness(tmp_path, apis) as ready:
        yield ready


async def test_the_calendar_card_for_such_an_event(h: Harness) -> None:
    calendar = {"calendarId": USER_EMAIL, "id": "far"}
    response = await h.post("/addons/calendar/event-open", h.event("CALENDAR", calendar=calendar))
    assert response.status_code == 200, response.text
    assert pushed_card(response.json())
