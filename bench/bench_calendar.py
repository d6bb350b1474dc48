"""Calendar intelligence throughput, each figure next to a baseline measured in the same run.

1. Google Calendar events normalised, classified and extracted per second on one core
   (target ≥ 5,000/s), against plain `json.loads` + a walk over the same events' fields.
2. A 1,000-event .ics file, end to end (target < 1 s), against `icalendar.Calendar.from_ical`
   alone on the same bytes.
3. Cost limits (issue 13): hostile calendars end to end; what the iteration budget costs a
   calendar of ordinary series (the counting hook on, against dateutil's own loop); and what
   the other way to bound the work, a worker process, would cost per call (one warm worker
   and a freshly started one, as after killing a runaway), against the same call in-process.

Run by hand: `.venv/bin/python bench/bench_calendar.py [--events 2000] [--repeat 5]`.
The process pins itself to one CPU. Figures are the best of `--repeat` runs, in CPU time of
this process (`time.process_time`), so other load on a shared machine does not count; wall
time is printed beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import dateutil.rrule  # noqa: E402
from icalendar import Calendar  # noqa: E402

from app.calendar import limits  # noqa: E402
from app.calendar.interviews import extract_interviews  # noqa: E402


def words(text: str) -> list[str]:
    return text.split()


ME = ["alex.morgan@gmail.com", "alex.morgan@initech.com"]
MEET = (
    "\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: "
    "https://meet.google.com/abc-defg-hij\nOr dial: (US) +1 402-555-0137 PIN: 123456789#\n"
    "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
    "Please do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
)
FIRST = words(
    "Deepa Priya Tom Marcus Lena Ana Ravi Sofia Ken Aisha Omar Lucía Jun Mira Sam Nadia Sven Elena "
    "Raj Chris Grace Leo Ines Jonas Maria Kim Taylor Jordan Morgan Casey"
)
LAST = words(
    "Rao Natarajan O'Brien Chen Park Ruiz Kumar Rossi Watanabe Bello Haddad Fernández Shah Petrov "
    "Mehta Wong Liu Brandt Duarte Weber Lopez Lee Reed Blake Fox Olsen Iyer"
)
TITLES = (
    "Engineering Manager",
    "Staff Software Engineer",
    "VP Engineering",
    "Product Designer",
    "Senior Engineer",
    "Director of Data",
    "Group Product Manager",
    "Data Scientist",
)


def itinerary(rng: random.Random) -> str:
    # Names drawn from a pool so per-name caches see the reuse a real calendar has, no more.
    rows = []
    for slot in range(rng.randint(2, 5)):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        start, end = 10 + slot, 10 + slot
        rows.append(
            f"{start % 12 or 12}:00 {'AM' if start < 12 else 'PM'} - "
            f"{end % 12 or 12}:45 {'AM' if end < 12 else 'PM'}&nbsp;&nbsp;Topic {slot}"
            f"&nbsp;&nbsp;{name}, {rng.choice(TITLES)}"
        )
    return (
        "Hi Alex,<br><br>Here is your itinerary.<br>"
        + "<br>".join(rows)
        + "<br><br>Your recruiting coordinator: Jamie Fox (jamie.fox@northwind.com)"
    )


def kind_of(i: int) -> int:
    return i % 6


def google_events(n: int, seed: int = 7) -> list[dict[str, Any]]:
    """A realistic mix: about a third interviews (itineraries, guest lists, hidden guests), the
    rest ordinary meetings, 1:1s and personal events, most with Meet boilerplate."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        day = 1 + i % 28
        start = f"2025-03-{day:02d}T{9 + i % 8:02d}:00:00-05:00"
        end = f"2025-03-{day:02d}T{10 + i % 8:02d}:00:00-05:00"
        if kind_of(i) == 0:  # itineraries run 10:00 to 15:00
            start, end = f"2025-03-{day:02d}T10:00:00-05:00", f"2025-03-{day:02d}T15:00:00-05:00"
        kind = kind_of(i)
        event: dict[str, Any] = {
            "kind": "calendar#event",
            "id": f"ev{i}",
            "status": "confirmed",
            "iCalUID": f"ev{i}@google.com",
            "start": {"dateTime": start},
            "end": {"dateTime": end},
            "eventType": "default",
        }
        me = {"email": "alex.morgan@gmail.com", "self": True, "responseStatus": "accepted"}
        if kind == 0:
            event.update(
                summary="Onsite Interview: Senior Backend Engineer - Northwind",
                description=itinerary(rng) + MEET,
                organizer={
                    "email": "candidate-calendar@northwind.com",
                    "displayName": "Northwind Candidate Calendar",
                },
                attendees=[me],
            )
        elif kind == 1:
            event.update(
                summary=f"Phone Screen with Deepa (Hiring Manager) #{i}",
                organizer={"email": "jordan.blake@litware.com", "displayName": "Jordan Blake"},
                attendees=[me],
                guestsCanSeeOtherGuests=False,
                description=MEET,
            )
        elif kind == 2:
            names = [(rng.choice(FIRST), rng.choice(LAST)) for _ in range(rng.randint(1, 5))]
            guests = [
                {
                    "email": f"{f.lower()}.{last.lower()}@adatum.com".replace("'", ""),
                    "displayName": f"{f} {last}",
                }
                for f, last in names
            ]
            event.update(
                summary="Interview loop",
                description="<p>Your interview loop.</p>" + MEET,
                organizer={"email": "chris.wong@adatum.com", "displayName": "Chris Wong"},
                attendees=[
                    {"email": "chris.wong@adatum.com", "organizer": True},
                    me,
                    {"email": "room@resource.calendar.google.com", "resource": True},
                    *guests,
                ],
            )
        elif kind == 3:
            event.update(
                summary="Payments team sync",
                description="Agenda in the doc." + MEET,
                organizer={"email": "bill@initech.com"},
                attendees=[
                    {"email": "bill@initech.com", "organizer": True},
                    {"email": "alex.morgan@initech.com", "self": True},
                    {"email": "milton@initech.com"},
                ],
            )
        elif kind == 4:
            event.update(
                summary=f"Alex / Peter 1:1 ({i})",
                organizer={"email": "peter@initech.com"},
                attendees=[
                    {"email": "peter@initech.com", "organizer": True},
                    {"email": "alex.morgan@initech.com", "self": True},
                ],
            )
        else:
            event.update(
                summary="Dentist", organizer={"email": "alex.morgan@gmail.com", "self": True}
            )
        out.append(event)
    return out


def ics_file(n: int) -> bytes:
    """n VEVENTs: interviews with itineraries and guest lists, meetings, a few short series."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "METHOD:PUBLISH",
    ]
    for i in range(n):
        day = 1 + i % 28
        lines += [
            "BEGIN:VEVENT",
            f"UID:bench-{i}@example.com",
            "DTSTAMP:20250101T000000Z",
            f"DTSTART;TZID=America/New_York:202503{day:02d}T{9 + i % 8:02d}0000",
            f"DTEND;TZID=America/New_York:202503{day:02d}T{10 + i % 8:02d}0000",
        ]
        if i % 3 == 0:
            lines += [
                f"SUMMARY:Onsite interview {i} - Northwind",
                "ORGANIZER;CN=Rita Recruiter:mailto:rita@northwind.com",
                "ATTENDEE;CN=Alex Morgan;PARTSTAT=ACCEPTED:mailto:alex.morgan@gmail.com",
                "ATTENDEE;CN=Deepa Rao;PARTSTAT=ACCEPTED:mailto:deepa.rao@northwind.com",
                "ATTENDEE;CUTYPE=ROOM;CN=Conf Room 4B:mailto:room-4b@northwind.com",
                "DESCRIPTION:10:00 AM - 10:45 AM  Intro  Deepa Rao\\, Engineering Manager\\n"
                "10:45 AM - 11:30 AM  Coding  Sam Lee\\, Staff Engineer\\n\\nJoin Zoom Meeting"
                "\\nhttps://northwind.zoom.us/j/123\\nMeeting ID: 123 456 7890",
            ]
        elif i % 3 == 1:
            lines += [
                f"SUMMARY:Team sync {i}",
                "ORGANIZER;CN=Bill:mailto:bill@initech.com",
                "ATTENDEE;CN=Alex Morgan:mailto:alex.morgan@initech.com",
                "ATTENDEE;CN=Milton:mailto:milton@initech.com",
                "DESCRIPTION:Weekly sync.",
            ]
            if i % 30 == 1:
                lines.append("RRULE:FREQ=WEEKLY;COUNT=4")
        else:
            lines += [f"SUMMARY:Dentist {i}", "LOCATION:12 Pine St"]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def series_page(n: int) -> dict[str, Any]:
    """n weekly and daily Google series masters (standups, 1:1s), no interviews."""
    items = []
    for i in range(n):
        items.append(
            {
                "kind": "calendar#event",
                "id": f"series{i}",
                "summary": f"Team sync {i}",
                "start": {"dateTime": f"2024-0{1 + i % 9}-0{1 + i % 9}T09:00:00-05:00"},
                "end": {"dateTime": f"2024-0{1 + i % 9}-0{1 + i % 9}T09:30:00-05:00"},
                "recurrence": ["RRULE:FREQ=WEEKLY;BYDAY=MO,WE" if i % 3 else "RRULE:FREQ=DAILY"],
                "organizer": {"email": "bill@initech.com"},
                "attendees": [{"email": "alex.morgan@initech.com", "self": True}],
            }
        )
    return {"kind": "calendar#events", "items": items}


HOSTILE_RULE = (
    "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:h{n}\r\nDTSTART:19700101T000000Z\r\n"
    "DTEND:19700101T010000Z\r\nRRULE:{rule}\r\nSUMMARY:Interview\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)
HOSTILE_ZONE = (
    "BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:Evil\r\nBEGIN:STANDARD\r\n"
    "DTSTART:19700101T000000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\n"
    "RRULE:FREQ=SECONDLY\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:19700101T000001\r\n"
    "TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=SECONDLY\r\nEND:DAYLIGHT\r\n"
    "END:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:z\r\nDTSTART;TZID=Evil:20260105T100000\r\n"
    "DTEND;TZID=Evil:20260105T110000\r\nRRULE:FREQ=WEEKLY\r\nSUMMARY:Interview\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def hostile_inputs() -> dict[str, tuple[str, Any]]:
    window = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 12, 31, tzinfo=UTC))
    never = "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"
    one = HOSTILE_RULE.format(n="{n}", rule=never)
    body = one[one.index("BEGIN:VEVENT") : one.index("END:VCALENDAR")]
    many = "".join(body.replace("{n}", str(n)) for n in range(300))
    return {
        "SECONDLY from 1970, 2026 window": (HOSTILE_RULE.format(n=0, rule="FREQ=SECONDLY"), window),
        f"{never}, no window": (HOSTILE_RULE.format(n=0, rule=never), None),
        "300 such series in one file": (f"BEGIN:VCALENDAR\r\n{many}END:VCALENDAR\r\n", window),
        "VTIMEZONE with SECONDLY rules": (HOSTILE_ZONE, window),
    }


def _in_worker(data: bytes) -> int:
    return len(extract_interviews(data, me=ME, timezone="America/New_York"))


def process_costs(ics: bytes, repeat: int) -> tuple[float, float, float]:
    """(in-process, warm worker process, fresh worker process) wall seconds for one call."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    ctx = multiprocessing.get_context("forkserver")
    local = best(lambda: _in_worker(ics), repeat)[1]
    with ProcessPoolExecutor(1, mp_context=ctx) as pool:
        pool.submit(_in_worker, ics).result()
        warm = best(lambda: pool.submit(_in_worker, ics).result(), repeat)[1]

    def fresh() -> int:
        with ProcessPoolExecutor(1, mp_context=ctx) as pool:
            return pool.submit(_in_worker, ics).result()

    cold = best(fresh, max(2, repeat // 3))[1]
    return local, warm, cold


def best(fn: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    """(best CPU seconds, best wall seconds, result)."""
    cpu, wall, result = [], [], None
    for _ in range(repeat):
        c0, w0 = time.process_time(), time.perf_counter()
        result = fn()
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    return min(cpu), min(wall), result


def walk(page: dict[str, Any]) -> int:
    # Baseline: touch the same fields the normaliser reads, doing nothing with them.
    touched = 0
    for item in page["items"]:
        for key in ("id", "summary", "description", "status", "start", "end", "organizer"):
            touched += item.get(key) is not None
        for attendee in item.get("attendees", ()):
            touched += len(attendee)
    return touched


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.platform()} · {cpu} · {os.cpu_count()} logical CPUs (pinned to one) · "
        f"Python {platform.python_version()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=3000)
    parser.add_argument("--ics-events", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="each repeat reads a calendar of its own (another seed), so the caches keyed by "
        "title, description or name see only the reuse inside one calendar, not the repeats",
    )
    parser.add_argument(
        "--throughput-only", action="store_true", help="the Google and .ics figures only"
    )
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    events = google_events(args.events)
    page = {"kind": "calendar#events", "items": events}
    raw = json.dumps(page).encode()
    n = len(events)

    base = best(lambda: walk(json.loads(raw)), args.repeat)
    if args.fresh:
        pages = iter(
            [
                {"kind": "calendar#events", "items": google_events(args.events, seed=100 + k)}
                for k in range(args.repeat)
            ]
        )
        dicts = best(
            lambda: extract_interviews(
                next(pages), format="google", me=ME, timezone="America/New_York"
            ),
            args.repeat,
        )
    else:
        dicts = best(
            lambda: extract_interviews(page, format="google", me=ME, timezone="America/New_York"),
            args.repeat,
        )
    from_bytes = best(
        lambda: extract_interviews(raw, me=ME, timezone="America/New_York"), args.repeat
    )
    interviews = [i for i in dicts[2] if i.is_interview]

    ics = ics_file(args.ics_events)
    parse = best(lambda: Calendar.from_ical(ics), args.repeat)
    whole = best(lambda: extract_interviews(ics, me=ME, timezone="America/New_York"), args.repeat)

    def rate(result: tuple[float, float, Any]) -> str:
        return f"{n / result[0]:>9,.0f} events/s  (wall {n / result[1]:,.0f}/s)"

    print(f"machine: {machine()}")
    print(f"google events: {n} ({len(interviews)} interviews found)")
    print(f"  baseline json.loads + field walk    {rate(base)}")
    print(
        f"  normalise+classify+extract (dicts)  {rate(dicts)}  {dicts[0] * 1e6 / n:.0f} µs/event"
        + ("  (a new calendar each repeat)" if args.fresh else "")
    )
    print(f"  same, from JSON bytes               {rate(from_bytes)}")
    print(
        f".ics: {args.ics_events} VEVENTs, {len(ics) / 1024:.0f} KiB "
        f"({len(whole[2])} interviews found)"
    )
    print(f"  baseline icalendar.Calendar.from_ical  {parse[0]:.3f} s  (wall {parse[1]:.3f} s)")
    print(f"  extract_interviews end to end          {whole[0]:.3f} s  (wall {whole[1]:.3f} s)")
    if args.throughput_only:
        return

    page_of_series = series_page(300)
    window = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 12, 31, tzinfo=UTC))

    def expand() -> Any:
        return extract_interviews(
            page_of_series, format="google", me=ME, timezone="America/New_York", window=window
        )

    counted = best(expand, args.repeat)
    dateutil.rrule._iterinfo = limits._CountedInfo.__mro__[1]  # dateutil's own, no counting
    try:
        plain = best(expand, args.repeat)
    finally:
        dateutil.rrule._iterinfo = limits._CountedInfo
    print("cost limits")
    print(
        f"  300 Google series in a 2026 window, budget counting  {counted[0]:.3f} s  "
        f"(dateutil uncounted, same run: {plain[0]:.3f} s; {counted[0] / plain[0]:.2f}x)"
    )
    for name, (data, win) in hostile_inputs().items():
        warnings: list[str] = []
        extract_interviews(
            data, me=ME, timezone="UTC", window=win, include_all=True, warnings=warnings
        )
        result = best(
            lambda data=data, win=win: extract_interviews(
                data, me=ME, timezone="UTC", window=win, include_all=True
            ),
            3,
        )
        print(f"  hostile: {name:36s} {result[0]:.3f} s  ({len(warnings)} warnings)")
    local, warm, cold = process_costs(ics, max(3, args.repeat // 2))
    print(
        f"  1,000-VEVENT .ics in-process {local:.3f} s (wall); in a warm worker process "
        f"{warm:.3f} s (+{(warm - local) * 1e3:.0f} ms); in a fresh one {cold:.3f} s"
    )


if __name__ == "__main__":
    main()
