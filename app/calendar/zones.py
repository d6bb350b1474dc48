"""Time-zone names as providers write them (IANA, Windows, Outlook display names) → ZoneInfo."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON


@lru_cache(maxsize=512)
def zone(name: str | None) -> ZoneInfo | None:
    """The zone a provider's name means, or None when we cannot tell.

    Windows names ("Pacific Standard Time", Graph and Exchange) go through the CLDR mapping that
    icalendar ships; anything else must be an IANA key.
    """
    if not name or not isinstance(name, str) or len(name) > 100:
        return None
    name = name.strip().strip('"')
    mapped = WINDOWS_TO_OLSON.get(name)
    if mapped:
        name = mapped
    if name.upper() in ("UTC", "Z", "GMT", "ETC/UTC"):
        return ZoneInfo("UTC")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


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
    midnight in the user's zone (an all-day event is the user's day).
    """
    if not isinstance(value, datetime):
        return datetime.combine(value, time(0), user)
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.replace(tzinfo=fallback)
    return value.astimezone(user)


def to_utc(value: datetime | date, fallback: tzinfo) -> datetime:
    if not isinstance(value, datetime):
        return datetime.combine(value, time(0), UTC)
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.replace(tzinfo=fallback)
    return value.astimezone(UTC)


def parse_iso(text: object, fallback: tzinfo) -> datetime | None:
    """RFC 3339 (Google) or Graph's 7-digit fractions; naive values are read in `fallback`."""
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
    if value.tzinfo is None:
        value = value.replace(tzinfo=fallback)
    return value


def parse_iso_date(text: object) -> date | None:
    if not isinstance(text, str) or len(text) != 10:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
