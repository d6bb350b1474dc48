"""Cost limits for calendar data anyone can write: iterations and sizes, not results.

A recurrence rule is a program: `FREQ=SECONDLY` from 1970, or a rule that never matches
(`BYMONTH=2;BYMONTHDAY=30`), makes dateutil loop for seconds to forever while producing
nothing, so capping the number of *occurrences* bounds nothing. Here:

- rules repeating more often than daily are refused (an interview series never does);
- DTSTART is moved forward, by whole periods, to just before the window (`advance`);
- every period dateutil steps through is counted (`Budget`), per series and per parse, matched
  or not; a series over its budget stops and is reported, the rest of the calendar goes on;
- a window may not be longer than MAX_WINDOW;
- titles and descriptions are cut to what a person writes before any pattern runs.

What was skipped and why is collected in `Budget.warnings` for the API and the CLI to show.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from typing import Any

import dateutil.rrule  # type: ignore[import-untyped]

MAX_WINDOW = timedelta(days=732)
# Steps dateutil may take through periods (days, weeks, months, years as FREQ says), matched
# or not. A year costs about ten times a day (it builds the year's day set), so it counts
# ten steps: 4,000 is 11 years of days, 166 of months, 400 of years.
SERIES_ITERATIONS = 4_000
PARSE_ITERATIONS = 60_000
# Occurrences made per parse (each is a copy of its event: the costly part of a legit series).
PARSE_OCCURRENCES = 10_000
# Times per day a rule may give (BYHOUR × BYMINUTE × BYSECOND values); dateutil makes these
# without stepping a period, so the iteration count does not see them.
MAX_TIMES_PER_DAY = 4
MAX_WARNINGS = 50
TITLE_MAX = 500
DESCRIPTION_MAX_CHARS = 64 * 1024
ALLOWED_FREQ = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")


class BudgetExceeded(Exception):
    """Raised inside dateutil's loop when a series has used up its iterations."""


class Budget:
    """Iterations left for one parse, and what was skipped (shown to the user)."""

    __slots__ = ("left", "occurrences_left", "series_left", "warnings")

    def __init__(
        self, iterations: int = PARSE_ITERATIONS, occurrences: int = PARSE_OCCURRENCES
    ) -> None:
        self.left = iterations
        self.occurrences_left = occurrences
        self.series_left = SERIES_ITERATIONS
        self.warnings: list[str] = []

    @property
    def spent(self) -> bool:
        return self.left <= 0 or self.occurrences_left <= 0

    def warn(self, message: str) -> None:
        if len(self.warnings) < MAX_WARNINGS and message not in self.warnings:
            self.warnings.append(message)

    def spend(self, steps: int) -> None:
        self.left -= steps
        self.series_left -= steps
        if self.left < 0 or self.series_left < 0:
            raise BudgetExceeded

    def occurrence(self) -> None:
        self.occurrences_left -= 1
        if self.occurrences_left < 0:
            raise BudgetExceeded

    @contextmanager
    def series(self) -> Iterator[None]:
        """Count dateutil's steps in this thread against this budget while expanding one series."""
        self.series_left = SERIES_ITERATIONS
        previous = getattr(_active, "budget", None)
        _active.budget = self
        try:
            yield
        finally:
            _active.budget = previous


_active = threading.local()


def _spend(steps: int) -> None:
    budget = getattr(_active, "budget", None)
    if budget is not None:
        budget.spend(steps)


class _CountedInfo(dateutil.rrule._iterinfo):  # type: ignore[misc]
    # dateutil asks its _iterinfo for the candidate days of every period it steps through,
    # matched or not: the one place to count its work without changing its results.
    def ydayset(self, *args: Any) -> Any:
        _spend(10)
        return super().ydayset(*args)

    def mdayset(self, *args: Any) -> Any:
        _spend(2)
        return super().mdayset(*args)

    def wdayset(self, *args: Any) -> Any:
        _spend(2)
        return super().wdayset(*args)

    def ddayset(self, *args: Any) -> Any:
        _spend(1)
        return super().ddayset(*args)


# dateutil looks this module-level name up each time it starts iterating a rule; outside a
# Budget.series() block the counter does nothing.
dateutil.rrule._iterinfo = _CountedInfo


def rule_parts(line: str) -> dict[str, str]:
    """`RRULE:FREQ=WEEKLY;COUNT=4` → {"FREQ": "WEEKLY", "COUNT": "4"} (upper-case keys)."""
    body = line.split(":", 1)[1] if ":" in line else line
    parts: dict[str, str] = {}
    for item in body.split(";")[:20]:
        key, _, value = item.partition("=")
        parts.setdefault(key.strip().upper(), value.strip().upper())
    return parts


def refusal(parts: dict[str, str]) -> str | None:
    """Why a rule is not expanded, or None when it may be."""
    freq = parts.get("FREQ", "")
    if freq not in ALLOWED_FREQ:
        if freq in ("HOURLY", "MINUTELY", "SECONDLY"):
            return (
                f"it repeats {freq.lower()}; an interview series repeats at most daily, "
                "so it was not expanded"
            )
        return f"its rule has no usable FREQ ({freq[:20] or 'none'}), so it was not expanded"
    times = 1
    for key in ("BYHOUR", "BYMINUTE", "BYSECOND"):
        if parts.get(key):
            times *= len(parts[key].split(","))
    if times > MAX_TIMES_PER_DAY:
        return (
            f"it gives {times:,} times a day (BYHOUR/BYMINUTE/BYSECOND); an interview series "
            "has one, so it was not expanded"
        )
    return None


def advance(start: Any, parts: dict[str, str], before: datetime) -> Any:
    """DTSTART moved forward by whole periods of the rule to just before `before`.

    The rule's phase (INTERVAL), the weekday, day of month and month it implies, and the
    time of day are kept, so the occurrences from there on are the same. A rule with COUNT
    counts from the real start and is not moved (the iteration budget bounds it).
    """
    if "COUNT" in parts or not isinstance(start, date):
        return start
    try:
        interval = max(1, min(int(parts.get("INTERVAL", "1") or 1), 10_000))
    except ValueError:
        return start
    try:
        moved = _advance(start, parts, before, interval)
    except OverflowError:  # a date at Python's edges (the readers refuse such events first)
        return start
    # recurring_ical_events gives DTSTART as an occurrence even where the rule does not match
    # it, so a moved start must never reach the window: compared as instants when both carry
    # a zone (the dates above are a margin for floating times and all-day dates).
    if moved is not start:
        try:
            if isinstance(moved, datetime) and isinstance(before, datetime) and moved >= before:
                return start
        except TypeError:  # naive against aware: the date margin holds
            pass
    return moved


# Days kept between a moved start's date and the window's: zone offsets differ by up to 26 h,
# and a floating time or all-day date is read in a zone not known here.
_MARGIN = timedelta(days=2)


def _advance(start: Any, parts: dict[str, str], before: Any, interval: int) -> Any:
    if isinstance(before, datetime):
        if isinstance(start, datetime) and start.tzinfo is not None and before.tzinfo is not None:
            before = before.astimezone(start.tzinfo)  # the window's date in the event's zone
        target = before.date() - _MARGIN
    else:
        target = before - _MARGIN
    first = start.date() if isinstance(start, datetime) else start
    gap = (target - first).days
    if gap <= 0:
        return start
    freq = parts.get("FREQ")
    if freq in ("DAILY", "WEEKLY"):
        step = interval * (7 if freq == "WEEKLY" else 1)
        periods = gap // step - 1
        return start + timedelta(days=periods * step) if periods > 0 else start
    months = interval * (12 if freq == "YEARLY" else 1)
    periods = (gap // 31) // months - 1
    # A moved date must exist (31 January + 1 month does not): step back until it does.
    for back in range(8):
        if periods - back <= 0:
            return start
        total = first.month - 1 + (periods - back) * months
        try:
            return start.replace(year=first.year + total // 12, month=total % 12 + 1)
        except ValueError:
            continue
    return start


def check_window(lo: datetime, hi: datetime) -> str | None:
    """Why a window is refused, or None."""
    if hi - lo > MAX_WINDOW:
        return (
            f"the window is {(hi - lo).days:,} days long; the limit is {MAX_WINDOW.days} days "
            "(ask for a shorter range)"
        )
    return None


def cut_title(text: str) -> str:
    return text[:TITLE_MAX]


def cut_description(text: str) -> str:
    return text[:DESCRIPTION_MAX_CHARS]
