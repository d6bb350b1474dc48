"""hypothesis fuzzing of the three calendar parsers, with a time limit per input.

Inputs are built from the pieces that cost: recurrence rules of every frequency with random
BY* parts, COUNT/UNTIL/INTERVAL, starts from 1900 to 2100, VTIMEZONEs whose own rules repeat
every second, junk lines; a window of up to the allowed length or none. Each input must be
read (a list of events, the refused series reported) or refused with a clear AppError, never
raise anything else, and each must finish within the deadline (hypothesis fails an example
that takes longer than `deadline`).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.calendar.interviews import extract_interviews
from app.errors import AppError

from .helpers import ME

FUZZ = settings(
    max_examples=80,
    deadline=timedelta(seconds=2),
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
FREQS = ["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY", "BOGUS", ""]
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU", "1MO", "-1FR", "5TU", "+53SU", "XX"]


def _numbers(lo: int, hi: int) -> st.SearchStrategy[str]:
    return st.lists(st.integers(lo, hi), min_size=1, max_size=4).map(
        lambda xs: ",".join(map(str, xs))
    )


_PART = st.one_of(
    st.builds(lambda v: f"INTERVAL={v}", st.integers(-1, 100_000)),
    st.builds(lambda v: f"COUNT={v}", st.integers(-1, 100_000)),
    st.builds(lambda v: f"BYMONTH={v}", _numbers(0, 13)),
    st.builds(lambda v: f"BYMONTHDAY={v}", _numbers(-32, 32)),
    st.builds(lambda v: f"BYYEARDAY={v}", _numbers(-367, 367)),
    st.builds(lambda v: f"BYWEEKNO={v}", _numbers(-54, 54)),
    st.builds(lambda v: f"BYSETPOS={v}", _numbers(-400, 400)),
    st.builds(lambda v: f"BYHOUR={v}", _numbers(0, 24)),
    st.builds(lambda v: f"BYMINUTE={v}", _numbers(0, 60)),
    st.builds(lambda v: "BYDAY=" + ",".join(v), st.lists(st.sampled_from(DAYS), min_size=1)),
    st.builds(lambda y: f"UNTIL={y:04d}0101T000000Z", st.integers(1, 9999)),
    st.sampled_from(["WKST=SU", "X=Y", ";;", "=", "UNTIL=garbage"]),
)
RULE = st.builds(
    lambda freq, parts: ";".join([f"FREQ={freq}", *parts]),
    st.sampled_from(FREQS),
    st.lists(_PART, max_size=5),
)
YEAR = st.one_of(st.integers(1900, 2100), st.sampled_from([1, 1000, 9998, 9999]))
WHEN = st.builds(
    lambda y, m, d, h: f"{y:04d}{m:02d}{d:02d}T{h:02d}0000",
    YEAR,
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(0, 23),
)
WINDOW = st.one_of(
    st.none(),
    st.builds(
        lambda y, days: (datetime(y, 1, 1, tzinfo=UTC), datetime(y, 1, 1, tzinfo=UTC) + days),
        st.integers(1950, 2090),
        st.timedeltas(timedelta(hours=1), timedelta(days=732)),
    ),
)


def _vtimezone(tzid: str, freq: str, offset: str) -> str:
    return (
        f"BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
        f"TZOFFSETFROM:+0000\r\nTZOFFSETTO:{offset}\r\nRRULE:FREQ={freq}\r\nEND:STANDARD\r\n"
        f"BEGIN:DAYLIGHT\r\nDTSTART:19700101T000001\r\nTZOFFSETFROM:{offset}\r\n"
        f"TZOFFSETTO:+0100\r\nRRULE:FREQ={freq}\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
    )


@st.composite
def ics_calendars(draw: st.DrawFn) -> str:
    zone = draw(st.sampled_from(["", "Evil", "Europe/Paris", "(UTC+07:00) Bangkok"]))
    parts = ["BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"]
    if zone and draw(st.booleans()):
        offset = draw(st.sampled_from(["+0700", "-0330", "+2500", "x"]))
        parts.append(_vtimezone(zone, draw(st.sampled_from(FREQS)), offset))
    for n in range(draw(st.integers(1, 4))):
        tz = f';TZID="{zone}"' if zone else ""
        lines = [f"UID:u{n}", f"DTSTART{tz}:{draw(WHEN)}", f"DTEND{tz}:{draw(WHEN)}"]
        lines += [f"RRULE:{rule}" for rule in draw(st.lists(RULE, max_size=2))]
        if draw(st.booleans()):
            lines.append(f"EXDATE{tz}:{draw(WHEN)}")
        if draw(st.booleans()):
            lines.append(f"RDATE{tz}:{draw(WHEN)}")
        lines.append("SUMMARY:" + draw(st.text(max_size=40)).replace("\r", " ").replace("\n", " "))
        lines.append(f"ATTENDEE:mailto:{ME[0]}")
        if draw(st.booleans()):
            lines.append(draw(st.sampled_from(["JUNK", "DTSTART:nonsense", "RRULE:", ":"])))
        parts.append("BEGIN:VEVENT\r\n" + "\r\n".join(lines) + "\r\nEND:VEVENT\r\n")
    parts.append("END:VCALENDAR\r\n")
    return "".join(parts)


def _read(data: Any, fmt: str, window: tuple[datetime, datetime] | None) -> None:
    warnings: list[str] = []
    try:
        found = extract_interviews(
            data,
            format=fmt,  # type: ignore[arg-type]
            me=ME,
            timezone="Europe/Berlin",
            window=window,
            include_all=True,
            warnings=warnings,
        )
    except AppError:
        return
    assert isinstance(found, list)
    assert all(isinstance(w, str) and w for w in warnings)


@FUZZ
@given(text=ics_calendars(), window=WINDOW)
def test_fuzz_ics(text: str, window: tuple[datetime, datetime] | None) -> None:
    _read(text, "ics", window)


_ISO = st.builds(
    lambda y, m, d, h: f"{y:04d}-{m:02d}-{d:02d}T{h:02d}:00:00Z",
    YEAR,
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(0, 23),
)


@st.composite
def google_pages(draw: st.DrawFn) -> dict[str, Any]:
    items = []
    for n in range(draw(st.integers(1, 4))):
        recurrence = [f"RRULE:{r}" for r in draw(st.lists(RULE, max_size=2))]
        recurrence += draw(st.lists(st.sampled_from(["EXDATE:20260101T000000Z", "RDATE:x"])))
        items.append(
            {
                "id": f"g{n}",
                "summary": draw(st.text(max_size=30)),
                "start": {
                    "dateTime": draw(_ISO),
                    "timeZone": draw(st.sampled_from(["UTC", "Evil", "Pacific Standard Time"])),
                },
                "end": {"dateTime": draw(_ISO)},
                "recurrence": recurrence,
                "attendees": [{"email": ME[0], "self": True}],
            }
        )
    return {"kind": "calendar#events", "items": items}


@FUZZ
@given(page=google_pages(), window=WINDOW)
def test_fuzz_google_json(page: dict[str, Any], window: tuple[datetime, datetime] | None) -> None:
    _read(page, "google", window)


_PATTERN_TYPES = [
    "daily",
    "weekly",
    "absoluteMonthly",
    "relativeMonthly",
    "absoluteYearly",
    "relativeYearly",
    "hourly",
    "",
]


@st.composite
def graph_pages(draw: st.DrawFn) -> dict[str, Any]:
    items = []
    for n in range(draw(st.integers(1, 4))):
        pattern = {
            "type": draw(st.sampled_from(_PATTERN_TYPES)),
            "interval": draw(st.integers(-1, 5000)),
            "month": draw(st.integers(-1, 13)),
            "dayOfMonth": draw(st.integers(-1, 32)),
            "daysOfWeek": draw(st.lists(st.sampled_from(["monday", "friday", "x"]), max_size=3)),
            "index": draw(st.sampled_from(["first", "last", "fifth", ""])),
        }
        rng = {
            "type": draw(st.sampled_from(["noEnd", "numbered", "endDate", "x"])),
            "numberOfOccurrences": draw(st.integers(-1, 100_000)),
            "endDate": draw(st.sampled_from(["2026-12-31", "9999-12-31", "1900-01-01", "x"])),
        }
        items.append(
            {
                "id": f"m{n}",
                "type": "seriesMaster",
                "subject": draw(st.text(max_size=30)),
                "start": {"dateTime": draw(_ISO)[:-1], "timeZone": "UTC"},
                "end": {"dateTime": draw(_ISO)[:-1], "timeZone": "UTC"},
                "recurrence": {"pattern": pattern, "range": rng},
                "attendees": [{"type": "required", "emailAddress": {"address": ME[0]}}],
            }
        )
    return {"value": items}


@FUZZ
@given(page=graph_pages(), window=WINDOW)
def test_fuzz_graph_json(page: dict[str, Any], window: tuple[datetime, datetime] | None) -> None:
    _read(page, "graph", window)
