"""A custom VTIMEZONE that is no IANA zone keeps its offset; a malformed offset is one zone's
problem, not the file's."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.calendar.interviews import parse_events


def _calendar(standard: str, daylight: str | None, *, tzid: str = "Custom Office") -> str:
    summer = (
        "BEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\nTZOFFSETFROM:"
        f"{standard}\r\nTZOFFSETTO:{daylight}\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
        "END:DAYLIGHT\r\n"
        if daylight
        else ""
    )
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        f"BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\n"
        "BEGIN:STANDARD\r\nDTSTART:19701025T030000\r\n"
        f"TZOFFSETFROM:{daylight or standard}\r\nTZOFFSETTO:{standard}\r\n"
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"
        f"{summer}END:VTIMEZONE\r\n"
        "BEGIN:VEVENT\r\nUID:z\r\n"
        f"DTSTART;TZID={tzid}:20260105T100000\r\nDTEND;TZID={tzid}:20260105T110000\r\n"
        "SUMMARY:Interview\r\n"
        "ORGANIZER;CN=Rita Recruiter:mailto:rita@northwind.com\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


@pytest.mark.parametrize(
    ("standard", "daylight", "utc"),
    [
        ("+0530", "+0630", datetime(2026, 1, 5, 4, 30, tzinfo=UTC)),  # no IANA zone has both
        ("+0512", None, datetime(2026, 1, 5, 4, 48, tzinfo=UTC)),  # nor this offset
        ("-0317", "-0217", datetime(2026, 1, 5, 13, 17, tzinfo=UTC)),
    ],
)
def test_a_zone_no_iana_zone_matches_is_read_at_its_standard_offset(
    standard: str, daylight: str | None, utc: datetime
) -> None:
    # The user's zone is far from the event's: read there, the time would be hours off.
    (event,) = parse_events(_calendar(standard, daylight), timezone="America/Los_Angeles")
    assert event.start is not None and event.start.astimezone(UTC) == utc


def test_superscript_digits_in_an_offset_spoil_that_zone_not_the_file() -> None:
    (event,) = parse_events(_calendar("+²³⁴⁵", None), timezone="UTC")
    assert event.title == "Interview"
    assert event.start is not None and event.start.replace(tzinfo=None) == datetime(2026, 1, 5, 10)
