"""Send-by times (PLAYBOOK §4 recovery and §7). Pure: the caller passes `now` where it matters."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from app.playbook.models import InterviewTime
from app.playbook.scenarios import Scenario

RECOVERY_WINDOW = timedelta(hours=3)
RECOVERY_CUTOFF = time(18, 0)
LATE_ENDING = time(15, 0)
NEXT_DAY_SEND_BY = time(10, 0)
ASK_RECRUITER_SEND_BY = time(17, 0)


def zone(name: str | None) -> tzinfo:
    """The IANA zone by name, in any case; UTC when none is given. Unknown names raise
    ValueError."""
    if not name:
        return UTC
    key = canonical_zone_name(name)
    if key is None:
        raise ValueError(f"unknown time zone {name!r}")
    return ZoneInfo(key)


def canonical_zone_name(name: str | None) -> str | None:
    """The IANA spelling of a zone name typed in any case ('europe/berlin' → 'Europe/Berlin'),
    or None when no zone has that name. The calendar's zone lookup uses it too."""
    if not isinstance(name, str):
        return None
    text = name.strip()
    if not text or len(text) > 100:
        return None
    try:
        ZoneInfo(text)
        return text
    except (ZoneInfoNotFoundError, ValueError, OSError):
        pass
    return _zone_names().get(text.casefold())


@lru_cache(maxsize=1)
def _zone_names() -> dict[str, str]:
    # Built on the first name that is not an exact key (listing the zone files takes ~25 ms);
    # no two IANA names differ only in case.
    return {key.casefold(): key for key in available_timezones()}


def localise(moment: datetime, tz: tzinfo) -> datetime:
    """Naive datetimes are read in `tz`; aware ones are converted to it."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=tz)
    return moment.astimezone(tz)


def next_business_day(day: datetime) -> datetime:
    day = day + timedelta(days=1)
    while day.weekday() >= 5:  # Saturday, Sunday
        day += timedelta(days=1)
    return day


def previous_business_day(day: datetime) -> datetime:
    day = day - timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def _at(day: datetime, clock: time) -> datetime:
    # Build the wall-clock time in the day's own zone (DST-correct with zoneinfo).
    return datetime.combine(day.date(), clock, tzinfo=day.tzinfo)


def send_by(
    scenario: Scenario, interview: InterviewTime, *, debrief_at: datetime | None = None
) -> datetime | None:
    """When the note should be sent, in the candidate's zone; None when it cannot be known."""
    tz = zone(interview.timezone)
    if scenario is Scenario.RECOVERY:
        if debrief_at is not None:
            return localise(debrief_at, tz)
        if interview.end is None:
            return None
        end = localise(interview.end, tz)
        after_window = end + RECOVERY_WINDOW
        if end.timetz().replace(tzinfo=None) > LATE_ENDING:
            return after_window
        return min(after_window, _at(end, RECOVERY_CUTOFF))
    if scenario in (Scenario.FOLLOW_UP, Scenario.GRATITUDE):
        moment = interview.end or interview.start
        if moment is None:
            return None
        return _at(next_business_day(localise(moment, tz)), NEXT_DAY_SEND_BY)
    if scenario is Scenario.ASK_RECRUITER:
        if interview.start is None:
            return None
        # Before the interview day, on a day the recruiter is working.
        return _at(previous_business_day(localise(interview.start, tz)), ASK_RECRUITER_SEND_BY)
    return None


# Notes and cards are English whatever the server's locale (strftime's %A and %B follow LC_TIME).
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def describe_send_by(scenario: Scenario, deadline: datetime | None, now: datetime) -> str | None:
    """One line for the card or pane: the deadline, time left, and what lateness means."""
    if deadline is None:
        return None
    when = (
        f"{DAYS[deadline.weekday()][:3]} {deadline.day:02d} {MONTHS[deadline.month - 1][:3]}, "
        f"{deadline.hour:02d}:{deadline.minute:02d}"
    )
    # Every time shown carries its zone: "18:00 EST", "23:00 UTC" (no zone given reads as UTC).
    label = deadline.tzname() if deadline.tzinfo is not None else None
    when += f" {label or 'UTC'}"
    left = deadline - now
    if left <= timedelta(0):
        return _late(scenario, deadline, now, f"Send-by was {when}")
    if scenario is Scenario.RECOVERY:
        return f"Send by {when} ({format_duration(left)} left), before the debrief."
    return f"Send by {when} ({format_duration(left)} left)."


def format_duration(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    days, minutes = divmod(minutes, 60 * 24)
    hours, minutes = divmod(minutes, 60)
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min"


_NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _days(n: int) -> str:
    return f"{_NUMBERS[n] if n < len(_NUMBERS) else n} day{'s' if n != 1 else ''}"


def _late(scenario: Scenario, deadline: datetime, now: datetime, was: str) -> str:
    """What a missed send-by means, graded by how late it is. Never a promise about the
    outcome, never a nudge to apologise for the delay."""
    if scenario is Scenario.RECOVERY:
        return (
            f"{was}. The debrief has probably happened; a repair note now will probably not "
            "change anything."
        )
    if scenario is Scenario.ASK_RECRUITER:
        # The send-by is the working day before the interview, so the interview is on one of
        # the days up to the next working day: once that day is over, it has taken place.
        day = deadline.replace(hour=0, minute=0, second=0, microsecond=0)
        over = next_business_day(day) + timedelta(days=1)
        if now >= over:
            return f"{was}. The interview day has passed, so the question is moot: hold this note."
        return (
            f"{was}. Ask now only if the interview is still ahead; once it has started, hold "
            "this note."
        )
    late = (now - deadline).days
    if late < 1:
        return f"{was}. Sending it now is still fine, sooner is better."
    if late < 4:
        return (
            f"{was}, {_days(late)} ago. Send it today, as written: a short note reads "
            "better than one that explains the timing."
        )
    if scenario is Scenario.FOLLOW_UP:
        return (
            f"{was}, {_days(late)} ago. Send it only if its question is still open; if "
            "you have heard from them since, answer that message instead."
        )
    return (
        f"{was}, {_days(late)} ago. Send it only if you have not thanked them since; "
        "keep it to the thanks."
    )
