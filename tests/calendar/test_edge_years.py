"""Events dated outside the years the product reads (model.EARLIEST_YEAR..LATEST_YEAR, the JSON
API's 1900-2999): each reader skips such an event with a warning the user sees, before any zone
arithmetic (which overflows at Python's edges, years 1 and 9999), and reads the rest of the
calendar. Series and written times never step past the bound."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from app.calendar.interviews import extract_interviews, parse_events
from app.calendar.model import EARLIEST_YEAR, LATEST_YEAR
from app.calendar.zones import OutOfRange, in_range, parse_iso, parse_iso_date

ME = ["me@example.com"]
SCHEDULE = "Schedule:\n10:00 - 10:45 Dana Lee, Engineering Manager (dana@litware.example)"


def _google_item(event_id: str, start: dict[str, str], end: dict[str, str]) -> dict[str, Any]:
    return {
        "id": event_id,
        "summary": f"Interview: Engineer - Litware ({event_id})",
        "description": SCHEDULE,
        "start": start,
        "end": end,
        "organizer": {"email": "jordan@litware.example"},
        "attendees": [
            {"email": ME[0], "self": True},
            {"email": "dana@litware.example", "displayName": "Dana Lee"},
        ],
    }


NEAR = _google_item(
    "near",
    {"dateTime": "2026-03-04T10:00:00-05:00"},
    {"dateTime": "2026-03-04T10:45:00-05:00"},
)


def _read(data: Any, fmt: str, zone: str = "UTC") -> tuple[list[str], list[str]]:
    """(titles of the events read, warnings)."""
    warnings: list[str] = []
    events = parse_events(data, format=fmt, timezone=zone, warnings=warnings)  # type: ignore[arg-type]
    return [e.title for e in events], warnings


def test_the_bound_is_the_json_apis() -> None:
    from pydantic import TypeAdapter, ValidationError

    from app.api.schemas_playbook import DateTimeText

    api = TypeAdapter(DateTimeText)
    assert (EARLIEST_YEAR, LATEST_YEAR) == (1900, 2999)
    for year in (EARLIEST_YEAR, LATEST_YEAR):
        assert api.validate_python(datetime(year, 6, 1, tzinfo=UTC).isoformat()).year == year
    for year in (EARLIEST_YEAR - 1, LATEST_YEAR + 1):
        with pytest.raises(ValidationError):
            api.validate_python(datetime(year, 6, 1, tzinfo=UTC).isoformat())


def test_zones_refuse_a_year_outside_the_bound_before_any_arithmetic() -> None:
    with pytest.raises(OutOfRange):
        parse_iso("9999-12-31T20:00:00-12:00", UTC)
    with pytest.raises(OutOfRange):
        parse_iso_date("0001-01-01")
    with pytest.raises(OutOfRange):
        in_range(datetime(1899, 12, 31, 23, 59))
    assert parse_iso("2999-12-31T23:00:00-12:00", UTC) is not None
    assert parse_iso_date("1900-01-01") is not None


@pytest.mark.parametrize(
    ("start", "end", "zone"),
    [
        (
            {"dateTime": "9999-12-31T20:00:00-12:00"},
            {"dateTime": "9999-12-31T23:00:00-12:00"},
            "UTC",
        ),
        (
            {"dateTime": "0001-01-01T00:00:00+14:00"},
            {"dateTime": "0001-01-01T01:00:00+14:00"},
            "America/New_York",
        ),
        ({"date": "9999-12-31"}, {"date": "9999-12-31"}, "Pacific/Kiritimati"),
        (
            {"dateTime": "9999-12-31T23:00:00", "timeZone": "Pacific/Kiritimati"},
            {"dateTime": "9999-12-31T23:30:00", "timeZone": "Pacific/Kiritimati"},
            "America/Los_Angeles",
        ),
    ],
)
def test_google_skips_the_far_event_and_reads_the_rest(
    start: dict[str, str], end: dict[str, str], zone: str
) -> None:
    far = _google_item("far", start, end)
    titles, warnings = _read({"items": [far, NEAR]}, "google", zone)
    assert titles == [NEAR["summary"]]
    assert len(warnings) == 1
    assert "(far)" in warnings[0] and "skipped" in warnings[0] and "1900-2999" in warnings[0]


def test_google_cancelled_instance_of_a_far_series_is_skipped() -> None:
    master = _google_item(
        "series", {"dateTime": "9999-12-01T10:00:00Z"}, {"dateTime": "9999-12-01T11:00:00Z"}
    )
    master["recurrence"] = ["RRULE:FREQ=WEEKLY"]
    stub = {
        "id": "series_x",
        "status": "cancelled",
        "recurringEventId": "series",
        "originalStartTime": {"dateTime": "9999-12-08T10:00:00Z"},
    }
    titles, warnings = _read({"items": [master, stub, NEAR]}, "google")
    assert titles == [NEAR["summary"]]
    assert warnings and all("skipped" in w for w in warnings)


def _graph_item(event_id: str, start: str, end: str, zone: str) -> dict[str, Any]:
    return {
        "id": event_id,
        "subject": f"Interview: Engineer - Litware ({event_id})",
        "body": {"contentType": "text", "content": SCHEDULE},
        "start": {"dateTime": start, "timeZone": zone},
        "end": {"dateTime": end, "timeZone": zone},
        "organizer": {"emailAddress": {"address": "jordan@litware.example"}},
        "attendees": [
            {"emailAddress": {"address": ME[0]}, "type": "required"},
            {"emailAddress": {"address": "dana@litware.example", "name": "Dana Lee"}},
        ],
    }


@pytest.mark.parametrize(
    ("start", "end", "zone"),
    [
        ("9999-12-31T23:00:00.0000000", "9999-12-31T23:59:00.0000000", "Pacific/Kiritimati"),
        (
            "0001-01-01T00:00:00.0000000",
            "0001-01-01T01:00:00.0000000",
            "Line Islands Standard Time",
        ),
        ("9999-12-31T20:00:00.0000000", "9999-12-31T21:00:00.0000000", "UTC"),
    ],
)
def test_graph_skips_the_far_event_and_reads_the_rest(start: str, end: str, zone: str) -> None:
    near = _graph_item("near", "2026-03-04T15:00:00.0000000", "2026-03-04T15:45:00.0000000", "UTC")
    far = _graph_item("far", start, end, zone)
    titles, warnings = _read({"value": [far, near]}, "graph", "America/New_York")
    assert titles == [near["subject"]]
    assert len(warnings) == 1 and "(far)" in warnings[0] and "skipped" in warnings[0]


def _vevent(uid: str, start: str, end: str, extra: tuple[str, ...] = ()) -> list[str]:
    return [
        "BEGIN:VEVENT",
        f"UID:{uid}@litware.example",
        "DTSTAMP:20260101T000000Z",
        f"DTSTART{start}",
        *([f"DTEND{end}"] if end else []),
        f"SUMMARY:Interview with Dana Lee - Litware ({uid})",
        "DESCRIPTION:10:00 - 10:45 Dana Lee\\, Engineering Manager",
        "ORGANIZER:mailto:jordan@litware.example",
        "ATTENDEE;CN=Dana Lee:mailto:dana@litware.example",
        f"ATTENDEE:mailto:{ME[0]}",
        *extra,
        "END:VEVENT",
    ]


def _ics(*events: list[str]) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0"]
    for event in events:
        lines.extend(event)
    lines.extend(["END:VCALENDAR", ""])
    return "\r\n".join(lines)


KIRITIMATI = ";TZID=Pacific/Kiritimati"  # UTC+14
NEAR_ICS = _vevent("near", ":20260304T150000Z", ":20260304T154500Z")


@pytest.mark.parametrize(
    ("start", "end", "extra"),
    [
        (";VALUE=DATE:00010101", ";VALUE=DATE:00010102", ()),
        (":99991231T235959Z", "", ()),
        (":99991231T230000Z", ":99991231T235959Z", ()),
        (
            ";TZID=Pacific/Kiritimati:99991231T230000",
            ";TZID=Pacific/Kiritimati:99991231T235900",
            (),
        ),
        (";TZID=Etc/GMT+12:00010101T000000", ";TZID=Etc/GMT+12:00010101T010000", ()),
        # In range, but the end it gives is not.
        (":20260304T150000Z", ":99991231T235959Z", ()),
        (":20260304T150000Z", "", ("DURATION:P9000000D",)),
    ],
)
def test_ics_skips_the_far_event_and_reads_the_rest(
    start: str, end: str, extra: tuple[str, ...]
) -> None:
    text = _ics(_vevent("far", start, end, extra), NEAR_ICS)
    titles, warnings = _read(text, "ics", "America/New_York")
    assert titles == ["Interview with Dana Lee - Litware (near)"]
    assert len(warnings) == 1 and "(far)" in warnings[0] and "skipped" in warnings[0]


def test_an_ics_series_starting_in_the_year_9999_is_skipped() -> None:
    far = _vevent("far", ":99991201T100000Z", ":99991201T110000Z", ("RRULE:FREQ=DAILY",))
    titles, warnings = _read(_ics(far, NEAR_ICS), "ics")
    assert titles == ["Interview with Dana Lee - Litware (near)"]
    assert len(warnings) == 1 and "(far)" in warnings[0]


def test_an_ics_series_toward_the_year_9999_stops_at_the_bound() -> None:
    # No window: a year from its start, which would run into the year 3000.
    series = _vevent(
        "series", ":29991230T100000Z", ":29991230T110000Z", ("RRULE:FREQ=DAILY;UNTIL=99991231",)
    )
    warnings: list[str] = []
    events = parse_events(_ics(series), format="ics", timezone="UTC", warnings=warnings)
    assert [e.start.day for e in events if e.start] == [30, 31]
    assert all(e.start and e.start.year == LATEST_YEAR for e in events)
    assert warnings == []


def test_a_google_series_toward_the_year_9999_stops_at_the_bound() -> None:
    series = _google_item(
        "series", {"dateTime": "2999-12-29T10:00:00Z"}, {"dateTime": "2999-12-29T11:00:00Z"}
    )
    series["recurrence"] = ["RRULE:FREQ=DAILY;UNTIL=99991231T000000Z"]
    warnings: list[str] = []
    events = parse_events({"items": [series]}, format="google", timezone="UTC", warnings=warnings)
    assert [e.start.day for e in events if e.start] == [29, 30, 31]
    assert warnings == []


def test_a_series_in_a_window_at_the_bound_keeps_to_it() -> None:
    series = _google_item(
        "series", {"dateTime": "2026-01-05T10:00:00Z"}, {"dateTime": "2026-01-05T11:00:00Z"}
    )
    series["recurrence"] = ["RRULE:FREQ=WEEKLY"]
    window = (datetime(2999, 12, 1, tzinfo=UTC), datetime(2999, 12, 31, 23, tzinfo=UTC))
    events = parse_events({"items": [series]}, format="google", timezone="UTC", window=window)
    assert events and all(e.start and e.start.year == LATEST_YEAR for e in events)


def test_a_schedule_on_such_a_day_places_no_slot_there() -> None:
    # The invite is in range; its description writes a day in the year 9999, and a slot that
    # runs past midnight (the next day's clock) on it.
    item = _google_item(
        "day", {"dateTime": "2026-03-04T23:00:00Z"}, {"dateTime": "2026-03-05T01:00:00Z"}
    )
    item["description"] = (
        "Friday, December 31, 9999\n23:30 - 00:15 Dana Lee, Engineering Manager "
        "(dana@litware.example)"
    )
    (found,) = extract_interviews({"items": [item]}, format="google", me=ME, timezone="UTC")
    for person in found.interviewers:
        for when in (person.slot_start, person.slot_end):
            assert when is None or EARLIEST_YEAR <= when.year <= LATEST_YEAR


def test_a_schedule_on_the_last_day_read_is_placed() -> None:
    # schedule._resolve needs no change of its own: the bound at read time keeps the event's
    # start 7,000 years from Python's edge, so the zone and next-day steps there are safe even
    # at the last hour of the year 2999 read from the far side of the date line.
    item = _google_item(
        "last",
        {"dateTime": "2999-12-31T23:00:00-12:00", "timeZone": "Etc/GMT+12"},
        {"dateTime": "2999-12-31T23:59:00-12:00", "timeZone": "Etc/GMT+12"},
    )
    item["description"] = "23:15 - 23:45 Dana Lee, Engineering Manager (dana@litware.example)"
    (found,) = extract_interviews(
        {"items": [item]}, format="google", me=ME, timezone="Pacific/Kiritimati"
    )
    (dana,) = [p for p in found.interviewers if p.email == "dana@litware.example"]
    # 23:15 at -12:00 is 11:15 UTC on 1 January 3000 (01:15 on the 2nd at +14:00): placed.
    assert dana.slot_start == datetime(3000, 1, 1, 11, 15, tzinfo=UTC)
    assert dana.slot_end == datetime(3000, 1, 1, 11, 45, tzinfo=UTC)


def test_a_far_event_with_a_schedule_is_skipped_before_the_schedule_is_read() -> None:
    # Before the bound, schedule._resolve overflowed moving the year-9999 start to the zone its
    # times were written in (Pacific/Kiritimati is UTC+14).
    item = _google_item(
        "far",
        {"dateTime": "9999-12-31T20:00:00-12:00"},
        {"dateTime": "9999-12-31T23:00:00-12:00"},
    )
    item["start"]["timeZone"] = "Pacific/Kiritimati"
    warnings: list[str] = []
    found = extract_interviews(
        {"items": [item, NEAR]}, format="google", me=ME, timezone="UTC", warnings=warnings
    )
    assert [i.title for i in found] == [NEAR["summary"]]
    assert len(warnings) == 1
