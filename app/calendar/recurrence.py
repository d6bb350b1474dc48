"""Recurring series, expanded with recurring_ical_events for every provider.

Google gives RRULE/EXDATE lines and Graph a pattern object; both are turned into a one-event
iCalendar series so there is one expander with one set of limits:
- with a window, the occurrences starting inside it;
- without one, the occurrences in the year after the series starts (DEFAULT_SPAN);
- never more than `cap` per series.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import recurring_ical_events
from icalendar import Calendar

from app.calendar.limits import (
    SERIES_ITERATIONS,
    Budget,
    BudgetExceeded,
    advance,
    refusal,
    rule_parts,
)
from app.calendar.model import Event
from app.calendar.zones import END_MOMENT, FIRST_MOMENT

DEFAULT_SPAN = timedelta(days=366)
DEFAULT_CAP = 200

Window = tuple[datetime, datetime]


def span(first: datetime | None, window: Window | None) -> Window | None:
    """Where a series is expanded: the window, else a year from its first start; never past
    the product's years (zones.FIRST_MOMENT, END_MOMENT), so a rule running toward the year
    9999 stops there and no date arithmetic nears Python's edges."""
    if window is not None:
        lo, hi = window
    elif first is None:
        return None
    else:
        lo, hi = first, first + DEFAULT_SPAN  # the readers bound `first` to the years read
    if lo.tzinfo is None or hi.tzinfo is None:
        return lo, hi
    return max(lo, FIRST_MOMENT), min(hi, END_MOMENT)


def in_window(start: datetime | None, end: datetime | None, window: Window | None) -> bool:
    """The event overlaps the window (an event without a start is always kept)."""
    if window is None or start is None:
        return True
    last = end if end is not None and end > start else start
    return start < window[1] and last >= window[0]


def occurrences(cal: Any, window: Window, cap: int, budget: Budget, label: str) -> list[Any] | None:
    """Occurrence components starting in [window), in order, at most `cap`.

    The library raises assorted errors on malformed rules; a series that cannot be expanded
    gives nothing and the caller falls back to the single event. A series over its budget
    (limits.py) gives None, said in `budget.warnings`: the caller keeps the single event.
    """
    lo, hi = window
    if budget.spent:
        budget.warn(
            "the calendar's recurring series used up their expansion budget; the rest "
            "are shown as their first occurrence only"
        )
        return None
    out: list[Any] = []
    try:
        with budget.series():
            query = recurring_ical_events.of(cal, skip_bad_series=True)
            # In growing slices so a dense series stops at `cap` without making every
            # occurrence of the window (the library's `after` re-walks the rule from its start
            # for each of its many small steps: quadratic in the occurrences).
            chunk_lo, size = lo, timedelta(days=31)
            while chunk_lo < hi and len(out) < cap:
                chunk_hi = min(hi, chunk_lo + size)
                found = []
                for occurrence in query.between(chunk_lo, chunk_hi):
                    budget.occurrence()
                    start = _start_of(occurrence, lo)
                    if start is None:
                        if chunk_lo == lo:
                            found.append((lo, occurrence))
                    elif chunk_lo <= start < chunk_hi:
                        found.append((start, occurrence))
                found.sort(key=lambda pair: pair[0])
                out.extend(occurrence for _, occurrence in found)
                chunk_lo, size = chunk_hi, size * 4
    except BudgetExceeded:
        if budget.spent:
            budget.warn(
                "the calendar's recurring series used up their expansion budget; the rest "
                "are shown as their first occurrence only"
            )
        else:
            budget.warn(
                f"{label}: its rule was stopped after {SERIES_ITERATIONS:,} steps "
                "(it matches too rarely or never), so it was not expanded"
            )
        return None
    return out[:cap]


def dt_of(prop: Any) -> Any:
    """The value of a date/time property, or None: a malformed one (vBroken) raises on `.dt`."""
    if prop is None:
        return None
    try:
        return prop.dt
    except Exception:
        return None


def _start_of(component: Any, like: datetime) -> datetime | None:
    value = dt_of(component.get("DTSTART"))
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return value.replace(tzinfo=like.tzinfo)
        return value
    if isinstance(value, date):
        return datetime.combine(value, time(0), like.tzinfo)
    return None


_RULE_LINE = re.compile(r"^(?:RRULE|RDATE|EXDATE|EXRULE)[;:][^\r\n]{1,2000}$", re.IGNORECASE)


def expand_rules(
    start: datetime,
    end: datetime,
    rules: Sequence[object],
    *,
    all_day: bool,
    window: Window | None,
    cap: int,
    budget: Budget,
    label: str,
) -> list[tuple[datetime, datetime]] | None:
    """(start, end) of each occurrence of a series given as RRULE/RDATE/EXDATE lines.

    None when the rules cannot be read or are refused (the caller keeps the single event).
    """
    lines = [r for r in rules[:50] if isinstance(r, str) and _RULE_LINE.match(r)]
    if not lines:
        return None
    bounds = span(start, window)
    assert bounds is not None
    moved = []
    for line in lines:
        if line[:5].upper() != "RRULE":
            continue
        parts = rule_parts(line)
        why = refusal(parts)
        if why is not None:
            budget.warn(f"{label}: {why}")
            return None
        moved.append(advance(start, parts, bounds[0]))
    # Several rules (RFC 5545 advises against it) move only when they agree on where to.
    first = moved[0] if moved and len(set(moved)) == 1 else start
    duration = end - start
    text = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "BEGIN:VEVENT",
            "UID:series",
            _dt_line("DTSTART", first, all_day),
            *lines,
            "END:VEVENT",
            "END:VCALENDAR",
        ]
    )
    try:
        cal = Calendar.from_ical(text)
        found = occurrences(cal, bounds, cap, budget, label)
        if found is None:
            return None
        out = []
        for occ in found:
            occ_start = _start_of(occ, start)
            if occ_start is not None:
                out.append((occ_start, occ_start + duration))
    except Exception:  # a malformed rule from the provider: keep the single event
        return None
    return out


def series_label(title: str, uid: str | None) -> str:
    """How a warning names a series: its title (cut), else its id."""
    name = " ".join(title.split())[:60] or (uid or "")[:60] or "?"
    return f"the series {name!r}"


def _dt_line(name: str, value: datetime, all_day: bool) -> str:
    if all_day:
        return f"{name};VALUE=DATE:{value:%Y%m%d}"
    if isinstance(value.tzinfo, ZoneInfo) and value.tzinfo.key != "UTC":
        return f"{name};TZID={value.tzinfo.key}:{value:%Y%m%dT%H%M%S}"
    return f"{name}:{value.astimezone(UTC):%Y%m%dT%H%M%SZ}"


_DAYS = {
    "sunday": "SU",
    "monday": "MO",
    "tuesday": "TU",
    "wednesday": "WE",
    "thursday": "TH",
    "friday": "FR",
    "saturday": "SA",
}
_INDEX = {"first": "1", "second": "2", "third": "3", "fourth": "4", "last": "-1"}
_FREQ = {
    "daily": "DAILY",
    "weekly": "WEEKLY",
    "absolutemonthly": "MONTHLY",
    "relativemonthly": "MONTHLY",
    "absoluteyearly": "YEARLY",
    "relativeyearly": "YEARLY",
}


def graph_rrule(recurrence: object, start: datetime, *, all_day: bool = False) -> str | None:
    """Graph's `recurrence {pattern, range}` as one RRULE line, or None if unreadable."""
    if not isinstance(recurrence, dict):
        return None
    pattern, rng = recurrence.get("pattern"), recurrence.get("range")
    if not isinstance(pattern, dict):
        return None
    kind = str(pattern.get("type", "")).lower()
    freq = _FREQ.get(kind)
    if freq is None:
        return None
    parts = [f"FREQ={freq}"]
    interval = pattern.get("interval")
    if isinstance(interval, int) and interval > 1:
        parts.append(f"INTERVAL={min(interval, 1000)}")
    days = [
        _DAYS[d.lower()]
        for d in pattern.get("daysOfWeek") or []
        if isinstance(d, str) and d.lower() in _DAYS
    ]
    if kind.startswith("relative") or kind == "weekly":
        if not days:
            days = [("MO", "TU", "WE", "TH", "FR", "SA", "SU")[start.weekday()]]
        parts.append("BYDAY=" + ",".join(days))
    if kind.startswith("relative"):
        parts.append("BYSETPOS=" + _INDEX.get(str(pattern.get("index", "first")).lower(), "1"))
    if kind.startswith("absolute"):
        day = pattern.get("dayOfMonth")
        parts.append(f"BYMONTHDAY={day if isinstance(day, int) and 1 <= day <= 31 else start.day}")
    if kind.endswith("yearly"):
        month = pattern.get("month")
        month = month if isinstance(month, int) and 1 <= month <= 12 else start.month
        parts.append(f"BYMONTH={month}")
    first_day = pattern.get("firstDayOfWeek")
    if isinstance(first_day, str) and first_day.lower() in _DAYS:
        parts.append("WKST=" + _DAYS[first_day.lower()])
    if isinstance(rng, dict):
        kind_range = str(rng.get("type", "")).lower()
        count = rng.get("numberOfOccurrences")
        if kind_range == "numbered" and isinstance(count, int) and count > 0:
            parts.append(f"COUNT={count}")
        elif kind_range == "enddate" and isinstance(rng.get("endDate"), str):
            try:
                last = date.fromisoformat(rng["endDate"])
            except ValueError:
                last = None
            if last is not None and all_day:
                parts.append(f"UNTIL={last:%Y%m%d}")
            elif last is not None and last < date(9999, 12, 1):  # later: no end
                # The end date is inclusive in the series' zone: stop at the end of that day.
                stop = datetime.combine(last + timedelta(days=1), time(0), start.tzinfo)
                until = (stop - timedelta(seconds=1)).astimezone(UTC)
                parts.append(f"UNTIL={until:%Y%m%dT%H%M%SZ}")
    return "RRULE:" + ";".join(parts)


def occurrence_events(
    master: Event,
    found: Sequence[tuple[datetime, datetime]] | None,
    *,
    user_tz: ZoneInfo,
    window: Window | None,
    replaced: set[tuple[str, datetime]],
    derive_ids: bool,
) -> list[Event]:
    """A series master's occurrences (`expand_rules`' (start, end) pairs) as events.

    None from `expand_rules` keeps the master alone, when it is in the window. Occurrences in
    `replaced` (series id, original UTC start) are left out: the provider sent them on their own.
    `derive_ids`: the occurrence's id is the master's id + "_" + its start, as Google writes
    instance ids; otherwise it is unknown (Graph's are opaque).
    """
    if found is None:
        return [master] if in_window(master.start, master.end, window) else []
    out = []
    for occ_start, occ_end in found:
        original = occ_start.astimezone(UTC)
        if (master.event_id or "", original) in replaced:
            continue
        event_id = None
        if derive_ids and master.event_id:
            suffix = f"{occ_start:%Y%m%d}" if master.all_day else f"{original:%Y%m%dT%H%M%SZ}"
            event_id = f"{master.event_id}_{suffix}"
        out.append(
            replace(
                master,
                event_id=event_id,
                recurrence_id=original,
                series_id=master.event_id,
                start=occ_start.astimezone(user_tz),
                end=occ_end.astimezone(user_tz),
            )
        )
    return out
