"""No input makes extraction raise anything but a clear AppError; size and expansion are bounded."""

from __future__ import annotations

import json
import string
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.calendar.interviews import extract_interviews
from app.errors import AppError, ParseError, PayloadTooLarge
from tests.support.shared import shared_dir

from .helpers import FIXTURES, ME

_SHARED = shared_dir()
# Our own fixtures always; the shared real-world files too when this machine has them.
SOURCES = sorted(FIXTURES.glob("*")) + (
    sorted((_SHARED / "cases" / "ics").glob("*.ics")) if _SHARED else []
)
PROPS = [
    "DTSTART",
    "DTEND",
    "DURATION",
    "RRULE",
    "RDATE",
    "EXDATE",
    "RECURRENCE-ID",
    "UID",
    "SUMMARY",
    "DESCRIPTION",
    "ORGANIZER",
    "ATTENDEE",
    "STATUS",
    "METHOD",
    "X-WR-TIMEZONE",
    "BEGIN",
    "END",
]
PARAMS = [
    "",
    ";TZID=Europe/Berlin",
    ';TZID="(UTC-05:00) Eastern"',
    ";VALUE=DATE",
    ';CN="a, b"',
    ";CUTYPE=ROOM",
    ";PARTSTAT=DECLINED",
    ";ROLE=NON-PARTICIPANT",
    ";RANGE=THISANDFUTURE",
    ";VALUE=PERIOD",
    ";EMAIL=x@y.z",
]
VALUES = [
    "20250304T100000",
    "20250304T100000Z",
    "20250304",
    "PT1H",
    "P1D",
    "FREQ=DAILY",
    "FREQ=MINUTELY;INTERVAL=1",
    "FREQ=WEEKLY;BYDAY=TU;COUNT=3",
    "mailto:a@b.c",
    "MAILTO: x @example.com",
    "CANCELLED",
    "CANCEL",
    "VEVENT",
    "VCALENDAR",
    "VTIMEZONE",
    "Interview with Deepa (Hiring Manager)",
    "10:00 AM - 10:45 AM  Intro  Sam Lee\\, CTO",
    "20250304T100000/PT1H",
    "garbage",
    "",
]

ics_line = st.builds(
    lambda p, q, v: f"{p}{q}:{v}",
    st.sampled_from(PROPS),
    st.sampled_from(PARAMS),
    st.one_of(st.sampled_from(VALUES), st.text(max_size=40)),
)
ics_text = st.lists(ics_line, max_size=40).map(
    lambda lines: (
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n"
        + "\r\n".join(lines)
        + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
)
json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=5)
        | st.dictionaries(
            st.sampled_from(
                [
                    "id",
                    "summary",
                    "subject",
                    "start",
                    "end",
                    "dateTime",
                    "date",
                    "timeZone",
                    "attendees",
                    "organizer",
                    "email",
                    "emailAddress",
                    "address",
                    "items",
                    "value",
                    "recurrence",
                    "recurringEventId",
                    "originalStartTime",
                    "status",
                    "type",
                    "body",
                    "content",
                    "description",
                    "seriesMasterId",
                    "isCancelled",
                    "pattern",
                    "range",
                ]
            ),
            children,
            max_size=6,
        )
    ),
    max_leaves=30,
)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _survives(data: Any, **kwargs: Any) -> None:
    # Any on purpose: the fuzzer feeds values of every type, as a hostile caller would.
    try:
        result = extract_interviews(
            data, me=ME, timezone="Europe/Berlin", include_all=True, **kwargs
        )
    except AppError as exc:
        assert isinstance(exc.detail, str) and exc.detail
        return
    assert isinstance(result, list)


@FAST
@given(st.binary(max_size=3000))
def test_random_bytes(data: bytes) -> None:
    _survives(data)


@FAST
@given(ics_text)
def test_random_ics_structure(text: str) -> None:
    _survives(text)


@FAST
@given(json_value, st.sampled_from([None, "google", "graph"]))
def test_random_json(value: object, fmt: str | None) -> None:
    _survives(value, format=fmt)
    _survives(json.dumps(value), format=fmt)


@FAST
@given(st.sampled_from(SOURCES), st.floats(0, 1))
def test_truncated_files(path, fraction: float) -> None:
    data = path.read_bytes()
    _survives(data[: int(len(data) * fraction)])


@FAST
@given(st.text(alphabet=string.printable + "–—•·ÄÖé<>&;", max_size=5000))
def test_random_descriptions(description: str) -> None:
    event = {
        "id": "x",
        "summary": "Interview",
        "description": description,
        "start": {"dateTime": "2025-03-04T10:00:00Z"},
        "end": {"dateTime": "2025-03-04T12:00:00Z"},
    }
    _survives([event], format="google")


def test_huge_description_is_cut_and_still_parsed() -> None:
    line = "10:00 AM - 10:45 AM  System Design  Priya Natarajan, Staff Engineer\n"
    noise = "<div>" + "a&amp;b " * 50_000 + "</div>" + ("-::~:~::-" * 5_000) + "_" * 50_000
    event = {
        "id": "big",
        "summary": "Onsite interview",
        "description": line + noise,
        "start": {"dateTime": "2025-03-04T10:00:00-08:00"},
        "end": {"dateTime": "2025-03-04T12:00:00-08:00"},
        "attendees": [{"email": "alex.morgan@gmail.com", "self": True}],
        "organizer": {"email": "rita@northwind.com"},
    }
    (iv,) = extract_interviews([event], me=ME, timezone="America/Los_Angeles")
    assert [i.name for i in iv.interviewers] == ["Priya Natarajan"]


def test_oversized_input_is_refused_with_a_clear_message() -> None:
    data = b"BEGIN:VCALENDAR\r\n" + b"X" * 2048
    with pytest.raises(PayloadTooLarge) as err:
        extract_interviews(data, me=ME, timezone="UTC", max_bytes=1024)
    assert "the limit is 1,024 bytes" in str(err.value.detail)
    with pytest.raises(PayloadTooLarge):
        extract_interviews(data.decode(), me=ME, timezone="UTC", max_bytes=1024)


def test_unbounded_series_is_capped_per_series() -> None:
    # (A MINUTELY series is refused outright: tests/calendar/test_cost_limits.py.)
    text = (
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:spam\r\nDTSTART:20250101T000000Z\r\n"
        "DTEND:20250101T000100Z\r\nRRULE:FREQ=DAILY\r\nSUMMARY:Interview\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    found = extract_interviews(text, me=ME, timezone="UTC", include_all=True, max_occurrences=50)
    assert len(found) == 50


def test_too_many_events_after_expansion_is_a_parse_error() -> None:
    text = (
        "BEGIN:VCALENDAR\r\n"
        + "".join(
            f"BEGIN:VEVENT\r\nUID:s{i}\r\nDTSTART:20250101T000000Z\r\nRRULE:FREQ=DAILY\r\n"
            "SUMMARY:x\r\nEND:VEVENT\r\n"
            for i in range(5)
        )
        + "END:VCALENDAR\r\n"
    )
    with pytest.raises(ParseError) as err:
        extract_interviews(text, me=ME, timezone="UTC", max_events=100, max_occurrences=50)
    assert "narrower window" in str(err.value.detail)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"hello world", "not an iCalendar file"),
        (b"{not json", "JSON is not valid"),
        (b"[1, 2]", "event 0 is a JSON int"),
        (b'{"items": [{"id": "1"}], "x": 1}', None),
        (b"BEGIN:VCALENDAR\r\nnonsense line\r\nEND:VCALENDAR", "not a readable iCalendar file"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:cut here", "incomplete"),
    ],
)
def test_clear_parse_errors(data: bytes, message: str | None) -> None:
    if message is None:
        assert extract_interviews(data, me=ME, timezone="UTC") == []
        return
    with pytest.raises(ParseError) as err:
        extract_interviews(data, me=ME, timezone="UTC")
    assert message in str(err.value.detail)


def test_ambiguous_json_asks_for_the_format_and_bad_arguments_are_clear() -> None:
    with pytest.raises(ParseError, match="pass the format"):
        extract_interviews([{"id": "1"}], me=ME, timezone="UTC")
    with pytest.raises(AppError, match="unknown time zone"):
        extract_interviews(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR", me=ME, timezone="Mars/Olympus")
    with pytest.raises(ParseError, match="needs the text"):
        extract_interviews([{"id": "1"}], me=ME, timezone="UTC", format="ics")


@FAST
@given(
    st.sampled_from(SOURCES),
    st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=8)), min_size=1, max_size=6),
)
def test_corrupted_files(path, edits: list[tuple[float, bytes]]) -> None:
    data = bytearray(path.read_bytes())
    for where, junk in edits:
        at = int(len(data) * where)
        data[at : at + len(junk)] = junk
    _survives(bytes(data))


def test_crowded_invite_and_long_itinerary_stay_bounded() -> None:
    from app.calendar.schedule import MAX_MENTIONS

    lines = [
        f"10:00 - 10:30 Topic with Ann Lee{i} (Engineer), Bob Ng{i} (Designer)" for i in range(400)
    ]
    guests = [{"email": f"p{i}@acme.com", "displayName": f"Person Number{i}"} for i in range(1000)]
    event = {
        "id": "big",
        "summary": "Interview",
        "description": "\n".join(lines),
        "start": {"dateTime": "2025-03-04T10:00:00Z"},
        "end": {"dateTime": "2025-03-04T12:00:00Z"},
        "attendees": [*guests, {"email": "alex.morgan@gmail.com", "self": True}],
        "organizer": {"email": "rita@acme.com"},
    }
    (iv,) = extract_interviews([event], format="google", me=ME, timezone="UTC", include_all=True)
    assert any("people are invited" in r for r in iv.reasons)
    assert len(iv.interviewers) <= 1000 + MAX_MENTIONS


def test_google_series_with_an_unhashable_id_is_malformed_not_a_crash() -> None:
    # Found by hypothesis: a list as "id" beside a recurrence once raised TypeError (a 500).
    master = {
        "id": ["x"],
        "summary": "Interview",
        "recurrence": ["RRULE:FREQ=WEEKLY;COUNT=2"],
        "start": {"dateTime": "2025-03-04T10:00:00Z"},
        "end": {"dateTime": "2025-03-04T11:00:00Z"},
    }
    _survives([master], format="google")
    _survives({"items": [master, {**master, "id": {"a": 1}}]}, format="google")


def test_ics_parameter_split_into_a_list_is_read_not_a_crash() -> None:
    # Found by hypothesis (test_corrupted_files): an unquoted comma in a parameter makes the
    # .ics parser return a list, which the cached address cleaner could not hash (a 500).
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n"
        b"DTSTART:20250304T100000Z\r\nDTEND:20250304T110000Z\r\nSUMMARY:Interview\r\n"
        b"ORGANIZER;CN=Rita Ng:mailto:rita@acme.com\r\n"
        b"ATTENDEE;EMAIL=ann@acme.com,bo@acme.com;CN=Ann Lee,Ann;ROLE=REQ-PARTICIPANT,X:"
        b"mailto:ann@acme.com\r\n"
        b"ATTENDEE:mailto:alex.morgan@gmail.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (iv,) = extract_interviews(data, me=ME, timezone="UTC", include_all=True)
    assert "ann@acme.com" in {p.email for p in iv.interviewers}
