"""Time-zone names as providers write them (IANA, Windows, Outlook display names) → ZoneInfo."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, tzinfo
from functools import lru_cache
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from app.calendar.model import EARLIEST_YEAR, LATEST_YEAR
from app.playbook.timing import canonical_zone_name

# The product's range as instants: the first moment of EARLIEST_YEAR and the first moment after
# LATEST_YEAR, in UTC (a window or a series is clipped to them).
FIRST_MOMENT = datetime(EARLIEST_YEAR, 1, 1, tzinfo=UTC)
END_MOMENT = datetime(LATEST_YEAR + 1, 1, 1, tzinfo=UTC)


_D = TypeVar("_D", bound=date)


class OutOfRange(ValueError):
    """A provider's date or time outside the years the product reads (model.EARLIEST_YEAR to
    LATEST_YEAR): the reader skips that event and says so (Budget.warn)."""

    def __init__(self, year: int | None) -> None:
        super().__init__(year)
        # None: a duration carries the end past any year Python holds.
        self.year = year

    def warning(self, title: str, uid: str | None) -> str:
        label = " ".join(title.split())[:60] or (uid or "")[:60] or "untitled"
        where = f"is in the year {self.year}" if self.year is not None else "runs past them"
        return (
            f"the event {label!r}: its date {where}, outside the years {EARLIEST_YEAR}-"
            f"{LATEST_YEAR} RightNote reads, so it was skipped"
        )


def in_range(value: _D) -> _D:
    """`value` itself when its year is one the product reads, before any zone arithmetic on it
    (the wall-clock year: an offset moves it by a day at most, far from Python's edges);
    else OutOfRange."""
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise OutOfRange(value.year)
    return value


@lru_cache(maxsize=512)
def zone(name: str | None) -> ZoneInfo | None:
    """The zone a provider's name means, or None when we cannot tell.

    Windows names ("Pacific Standard Time", Graph and Exchange) go through the CLDR mapping that
    icalendar ships; anything else must be an IANA name, in any case.
    """
    if not name or not isinstance(name, str) or len(name) > 100:
        return None
    name = name.strip().strip('"')
    mapped = WINDOWS_TO_OLSON.get(name)
    if mapped:
        name = mapped
    if name.upper() in ("UTC", "Z", "GMT", "ETC/UTC"):
        return ZoneInfo("UTC")
    # The same lookup as the playbook's: 'europe/berlin' is Europe/Berlin.
    key = canonical_zone_name(name)
    return ZoneInfo(key) if key is not None else None


def zone_name(tz: tzinfo | None, tzid: str | None = None) -> str | None:
    """An IANA name for a tzinfo when it has one (custom VTIMEZONEs map through Windows names)."""
    if tzid:
        found = zone(tzid)
        if found is not None:
            return found.key
    if isinstance(tz, ZoneInfo):
        return tz.key
    return None


def aware(value: datetime | date, fallback: tzinfo, user: tzinfo) -> datetime:
    """A timezone-aware datetime in the user's zone.

    Naive values (floating times, or a TZID nobody defined) are read in `fallback`; a date is
    midnight in the user's zone (an all-day event is the user's day). OutOfRange for a year
    the product does not read.
    """
    in_range(value)
    if not isinstance(value, datetime):
        return datetime.combine(value, time(0), user)
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.replace(tzinfo=fallback)
    return value.astimezone(user)


def to_utc(value: datetime | date, fallback: tzinfo) -> datetime:
    in_range(value)
    if not isinstance(value, datetime):
        return datetime.combine(value, time(0), UTC)
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.replace(tzinfo=fallback)
    return value.astimezone(UTC)


def parse_iso(text: object, fallback: tzinfo) -> datetime | None:
    """RFC 3339 (Google) or Graph's 7-digit fractions; naive values are read in `fallback`.
    OutOfRange for a year the product does not read."""
    if not isinstance(text, str) or not 8 <= len(text) <= 40:
        return None
    head, dot, frac = text.partition(".")
    if dot:
        # Graph writes 100-ns ticks ("…00.0000000"); Python reads at most microseconds.
        digits = "".join(c for c in frac if c.isdigit())
        rest = frac[len(digits) :]
        text = f"{head}.{digits[:6]}{rest}" if digits else head + rest
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    in_range(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=fallback)
    return value


def parse_iso_date(text: object) -> date | None:
    """A `YYYY-MM-DD` date, or None; OutOfRange for a year the product does not read."""
    if not isinstance(text, str) or len(text) != 10:
        return None
    try:
        value = date.fromisoformat(text)
    except ValueError:
        return None
    return in_range(value)


# Offset matching for custom VTIMEZONEs: zones people are most likely to mean come first, so
# "(UTC-05:00) Eastern Time" with -5/-4 reads as New York rather than Havana.
_PREFERRED = (
    "UTC",
    "Europe/London",
    "Europe/Berlin",
    "Europe/Helsinki",
    "Europe/Moscow",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Los_Angeles",
    "America/Anchorage",
    "Pacific/Honolulu",
    "America/Halifax",
    "America/St_Johns",
    "America/Sao_Paulo",
    "America/Mexico_City",
    "America/Bogota",
    "Africa/Lagos",
    "Africa/Johannesburg",
    "Africa/Cairo",
    "Asia/Jerusalem",
    "Asia/Dubai",
    "Asia/Tehran",
    "Asia/Karachi",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Asia/Dhaka",
    "Asia/Bangkok",
    "Asia/Shanghai",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Australia/Brisbane",
    "Australia/Sydney",
    "Australia/Adelaide",
    "Australia/Darwin",
    "Australia/Perth",
    "Pacific/Auckland",
)


def parse_offset(text: str | None) -> int | None:
    """`+0700`, `-0430` or `+053000` → seconds east of UTC, or None."""
    if not text:
        return None
    text = text.strip()
    if len(text) not in (5, 7) or text[0] not in "+-" or not text[1:].isdigit():
        return None
    seconds = int(text[1:3]) * 3600 + int(text[3:5]) * 60 + int(text[5:7] or 0)
    if seconds >= 24 * 3600:
        return None
    return -seconds if text[0] == "-" else seconds


def _pair(a: int, b: int | None) -> tuple[int, int | None]:
    if b is None or b == a:
        return a, None
    return min(a, b), max(a, b)


@lru_cache(maxsize=1)
def _by_offsets() -> dict[tuple[int, int | None], str]:
    from zoneinfo import available_timezones

    table: dict[tuple[int, int | None], str] = {}
    names = [*_PREFERRED, *sorted(available_timezones())]
    winter, summer = datetime(2025, 1, 15, 12, tzinfo=UTC), datetime(2025, 7, 15, 12, tzinfo=UTC)
    for name in names:
        odd = name.startswith(("Etc/", "SystemV/", "posix/", "right/")) or "/" not in name
        if odd and name != "UTC":
            continue
        try:
            tz = ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
        offsets = [when.astimezone(tz).utcoffset() for when in (winter, summer)]
        if offsets[0] is None or offsets[1] is None:
            continue
        key = _pair(int(offsets[0].total_seconds()), int(offsets[1].total_seconds()))
        table.setdefault(key, name)
    return table


def vtimezone_zone(
    tzid: str, location: str | None, standard: str | None, daylight: str | None
) -> ZoneInfo | None:
    """The IANA zone a custom VTIMEZONE stands for, without running its rules.

    By its name (IANA or Windows), its X-LIC-LOCATION, else the first zone with the same
    standard and daylight offsets (a fixed Etc/GMT±N zone when whole hours and no DST).
    """
    found = zone(tzid) or zone(location)
    if found is not None:
        return found
    std, dst = parse_offset(standard), parse_offset(daylight)
    if std is None:
        std, dst = dst, None
    if std is None:
        return None
    key = _pair(std, dst)
    name = _by_offsets().get(key)
    if name is None and key[1] is None and key[0] % 3600 == 0 and abs(key[0]) <= 12 * 3600:
        hours = -key[0] // 3600
        name = "Etc/GMT" + (f"{hours:+d}" if hours else "")
    return zone(name) if name else None
