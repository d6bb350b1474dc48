"""How the bytes and pages a caller hands over are read: the encoding of a file that is not
UTF-8, and an API page whose events list is not a list."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from app.calendar.formats import decode, load
from app.calendar.interviews import extract_interviews
from app.calendar.people import looks_like_bot
from app.calendar.zones import zone as calendar_zone
from app.errors import ParseError


def test_a_windows_1252_file_is_read_as_windows_1252() -> None:
    data = "Zoë Ødegård, Renée – “Café” Straße".encode("cp1252")
    assert decode(data, 10_000) == "Zoë Ødegård, Renée – “Café” Straße"


def test_a_utf8_file_with_a_stray_byte_keeps_its_utf8_and_the_byte() -> None:
    # One Latin-1 byte pasted into a UTF-8 file: the file stays UTF-8, the byte reads as cp1252.
    data = "Łukasz Żółć, Nuñez, ".encode() + b"Jos\xe9"
    assert decode(data, 10_000) == "Łukasz Żółć, Nuñez, José"


def test_bytes_no_code_page_defines_are_dropped_not_replaced() -> None:
    text = decode(b"Ren\xe9e\x81 Jos\x8d\xe9", 10_000)
    assert "\ufffd" not in text
    assert text == "Renée José"


def test_utf8_and_utf16_still_read() -> None:
    assert decode("\ufeffJosé".encode(), 100) == "José"
    assert decode("José".encode("utf-16"), 100) == "José"


@pytest.mark.parametrize(
    "page",
    [
        {"items": 5},
        {"items": {"id": "a"}},
        {"items": None, "kind": "calendar#events"},
        {"value": "x", "@odata.context": "…"},
        {"value": {"subject": "Interview"}},
        [{"items": []}, {"items": "broken"}],
    ],
)
def test_a_page_whose_events_list_is_not_a_list_is_refused(page: object) -> None:
    with pytest.raises(ParseError, match="must be a list of events"):
        load(page, None, max_bytes=10_000, max_events=100)  # type: ignore[arg-type]


def test_pages_with_lists_still_read() -> None:
    pages = [{"items": [{"summary": "a"}]}, {"items": [{"summary": "b"}]}]
    fmt, items = load(pages, "google", max_bytes=10_000, max_events=100)
    assert fmt == "google"
    assert [item["summary"] for item in items] == ["a", "b"]  # type: ignore[index]


@pytest.mark.parametrize(
    ("email", "name"),
    [
        ("fred@fireflies.ai", "Fireflies.ai Notetaker"),
        ("fred@fireflies.ai", None),
        ("assistant@avoma.com", "Avoma"),
        ("x@acme.example", "Otter.ai"),
        ("x@acme.example", "tl;dv"),
        ("x@acme.example", "Fathom Notetaker"),
        ("x@acme.example", "Gong Recorder"),
        ("x@acme.example", "Chorus.ai"),
        ("x@acme.example", "Fellow.app"),
        ("x@acme.example", "Zoom"),
        ("x@acme.example", "Microsoft Teams Room"),
        ("x@acme.example", "Microsoft Teams"),
        ("x@acme.example", "Google Meet"),
        ("x@acme.example", "Webex"),
        ("x@acme.example", "Boardroom 4 Zoom Room"),
        ("x@acme.example", "Read.ai Meeting Notes"),
        ("x@acme.example", "AI Notes"),
    ],
)
def test_note_takers_and_conferencing_accounts_are_bots(email: str, name: str | None) -> None:
    assert looks_like_bot(email, name)


@pytest.mark.parametrize(
    ("email", "name"),
    [
        ("li@acme.example", "Gong Li"),
        ("sam@acme.example", "Sam Fellow"),
        ("jamie@acme.example", "Jamie"),
        ("ann@acme.example", "Ann Read"),
        ("grace@acme.example", "Grace Chorus"),
        ("teams@acme.example", "Priya Teams"),
        # Staff of a note-taker company, interviewing a candidate there.
        ("amit@gong.io", "Amit Bendov"),
        ("krish@fireflies.ai", "Krish Ramineni"),
    ],
)
def test_people_whose_names_hold_such_a_word_stay_people(email: str, name: str) -> None:
    assert not looks_like_bot(email, name)


def _ics(*events: tuple[str, str], head: str = "") -> str:
    body = "".join(
        f"BEGIN:VEVENT\r\nUID:{i}@t\r\nSUMMARY:Interview - Acme - Role {i}\r\n"
        f"DTSTART;TZID={tzid}:20261125T100000\r\nDTEND;TZID={tzid}:20261125T110000\r\n"
        f"ATTENDEE;CN=Cy Dee:mailto:cy@acme.example\r\nATTENDEE:mailto:me@example.com\r\n"
        "END:VEVENT\r\n"
        for i, (tzid, _) in enumerate(events)
    )
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n{head}{body}END:VCALENDAR\r\n"


def test_an_unknown_zone_is_one_warning_naming_the_event_the_zone_and_the_fallback() -> None:
    warnings: list[str] = []
    ics = _ics(("Mars/Olympus", ""), ("Mars/Olympus", ""), ("Europe/Paris", ""))
    found = extract_interviews(ics, me=["me@example.com"], timezone="Asia/Tokyo", warnings=warnings)
    assert len(found) == 3
    [warning] = warnings
    assert "'Interview - Acme - Role 0' and 1 other event" in warning
    assert "'Mars/Olympus'" in warning and "Asia/Tokyo" in warning


def test_the_calendar_zone_is_named_when_it_is_the_fallback() -> None:
    warnings: list[str] = []
    ics = _ics(("Nowhere Standard Time", ""), head="X-WR-TIMEZONE:America/Chicago\r\n")
    extract_interviews(ics, me=["me@example.com"], timezone="UTC", warnings=warnings)
    assert len(warnings) == 1 and "calendar's zone (America/Chicago)" in warnings[0]


@pytest.mark.parametrize("tzid", ["Europe/Paris", "W. Europe Standard Time", "Custom Zone"])
def test_a_zone_that_is_known_or_defined_is_not_warned_about(tzid: str) -> None:
    vtimezone = (
        "BEGIN:VTIMEZONE\r\nTZID:Custom Zone\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
        "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
    )
    warnings: list[str] = []
    ics = _ics((tzid, ""), head=vtimezone)
    extract_interviews(ics, me=["me@example.com"], timezone="UTC", warnings=warnings)
    assert warnings == []


def test_the_calendar_reads_zone_names_through_the_playbook_lookup() -> None:
    assert calendar_zone("europe/paris") == ZoneInfo("Europe/Paris")
    assert calendar_zone("Pacific Standard Time") == ZoneInfo("America/Los_Angeles")
    assert calendar_zone("mars/olympus") is None
    warnings: list[str] = []
    ics = _ics(("europe/paris", ""))
    [found] = extract_interviews(ics, me=["me@example.com"], timezone="utc", warnings=warnings)
    assert warnings == []
    assert found.start is not None
    assert found.start.isoformat() == "2026-11-25T09:00:00+00:00"
