"""Dates, times and zones written as text in schedules: "10:00 AM – 10:45 AM PT", "Tuesday,
March 4", "14h30". Wall-clock values only; `schedule` decides which zone and day they belong to."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from app.calendar.model import EARLIEST_YEAR, LATEST_YEAR

# (hour, minute, meridiem "a"/"p"/None, written in 24-hour style)
Clock = tuple[int, int, str | None, bool]

TIME = r"(?:\d{1,2}(?:[:.h][0-5]\d)?\s*[ap]\.?\s?m\b\.?|\d{1,2}[:h][0-5]\d|noon|midday)"
_TZ = (
    r"(?:\(?\b(?:[ECMP][SD]?T|UTC|GMT|BST|CES?T|EES?T|WES?T|IST|JST|SGT|HKT|AES?T|AEDT|NZST|NZDT)"
    r"\b\)?|\(?(?:Pacific|Eastern|Central|Mountain)(?: Standard| Daylight)? Time\)?)"
)
SLOT = re.compile(
    rf"(?P<s>{TIME}|\d{{1,2}})\s*(?:{_TZ}\s*)?(?:-|–|—|~|\bto\b|\buntil\b|\bbis\b|à)\s*"
    rf"(?P<e>{TIME})\s*(?P<tz>{_TZ})?",
    re.IGNORECASE,
)
# Each branch starts with a literal (the word boundary is checked behind the word), so the
# engine skips ahead to the letters P, E, C, M and "(" instead of trying every position.
TZ_ANYWHERE = re.compile(
    "|".join(
        rf"{w}(?<!\w{w})(?= (?:Standard |Daylight )?Time\b)"
        for w in ("Pacific", "Eastern", "Central", "Mountain")
    )
    + r"|\((?:[ECMP][SD]?T|UTC|GMT|BST|CES?T|EES?T|IST|JST|SGT|AES?T|AEDT)\)"
)
ONE_TIME = re.compile(r"(\d{1,2})(?:[:.h]([0-5]\d))?\s*(?:([ap])\.?\s?m\.?)?", re.IGNORECASE)
TZ_NAMES = {
    "pt": "America/Los_Angeles",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles",
    "mt": "America/Denver",
    "mst": "America/Denver",
    "mdt": "America/Denver",
    "mountain": "America/Denver",
    "ct": "America/Chicago",
    "cst": "America/Chicago",
    "cdt": "America/Chicago",
    "central": "America/Chicago",
    "et": "America/New_York",
    "est": "America/New_York",
    "edt": "America/New_York",
    "eastern": "America/New_York",
    "utc": "UTC",
    "gmt": "Europe/London",
    "bst": "Europe/London",
    "cet": "Europe/Berlin",
    "cest": "Europe/Berlin",
    "eet": "Europe/Helsinki",
    "eest": "Europe/Helsinki",
    "wet": "Europe/Lisbon",
    "west": "Europe/Lisbon",
    "ist": "Asia/Kolkata",
    "jst": "Asia/Tokyo",
    "sgt": "Asia/Singapore",
    "hkt": "Asia/Hong_Kong",
    "aest": "Australia/Sydney",
    "aedt": "Australia/Sydney",
    "nzst": "Pacific/Auckland",
    "nzdt": "Pacific/Auckland",
}

_DIGIT = re.compile(r"\d")
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ]
    )
    for m in names.split()
}
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?"
_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = [
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
    re.compile(r"(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/(?P<y>\d{2,4}))?"),
    re.compile(
        rf"(?:{_WEEKDAY},?\s+)?(?P<mn>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?:{_WEEKDAY},?\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mn>{_MONTH})"
        rf"(?:,?\s+(?P<y>\d{{4}}))?",
        re.IGNORECASE,
    ),
]


# Times, days and dates repeat across a calendar's itineraries: each is read once.
@lru_cache(maxsize=1024)
def parse_time(text: str) -> Clock | None:
    """(hour, minute, meridiem, 24h-notation) from "10:45 AM", "9.30am", "14h30", "noon"."""
    low = text.strip().lower()
    if low in ("noon", "midday"):
        return 12, 0, "p", False
    m = ONE_TIME.fullmatch(low.strip())
    if m is None:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    mer = m.group(3)
    if mer and not 1 <= hour <= 12:
        return None
    if hour > 23:
        return None
    return hour, minute, mer, m.group(1).startswith("0") or hour >= 13


def _minutes(t: Clock, mer: str | None) -> int:
    hour, minute, _, h24 = t
    if mer == "a":
        hour = 0 if hour == 12 else hour
    elif mer == "p":
        hour = 12 if hour == 12 else hour + 12
    elif not h24 and 1 <= hour < 7:
        # "1:00 – 1:45" on an interview day is the afternoon.
        hour += 12
    return hour * 60 + minute


# A range that ends "earlier" than it starts wraps past midnight only when that makes a short
# slot; "9:00 – 8:00" stays nonsense.
MAX_WRAPPED_SLOT = 4 * 60


def range_minutes(start: Clock, end: Clock) -> tuple[int, int] | None:
    """Minutes after midnight of a written range; "11:30 – 12:15 PM" borrows the end's PM for
    the start only when that keeps the order. None when the range makes no sense."""
    s_mer, e_mer = start[2], end[2]
    if s_mer is None and e_mer is not None:
        s_mer = e_mer
        if _minutes(start, s_mer) > _minutes(end, e_mer):
            s_mer = "a" if e_mer == "p" else "p"
    s, e = _minutes(start, s_mer), _minutes(end, e_mer)
    if e <= s and e_mer is None:
        if e + 1440 - s <= MAX_WRAPPED_SLOT:
            e += 1440  # "23:30 – 00:15": the slot runs past midnight into the next day
        elif e + 720 < 1440:
            e += 720  # "11:30 – 1:00": the afternoon
    if not (0 <= s < 1440 and s < e <= 1440 + MAX_WRAPPED_SLOT):
        return None
    return s, e


@lru_cache(maxsize=4096)
def wall(day: date, minutes: int, zone: ZoneInfo) -> datetime:
    """The wall-clock time `minutes` after midnight of `day` in `zone` (1440 is next midnight)."""
    days, rest = divmod(minutes, 1440)
    hour, minute = divmod(rest, 60)
    return datetime.combine(day + timedelta(days=days), time(hour, minute), zone)


def tz_name(text: str | None) -> str | None:
    """IANA zone for "PT", "(EST)", "Pacific Time" ...; None when not one we know."""
    if not text:
        return None
    key = text.strip("() ").split()[0].lower()
    return TZ_NAMES.get(key)


@lru_cache(maxsize=1024)
def parse_date(text: str, ref_year: int | None) -> date | None:
    """A date on its own ("Tuesday, March 4", "4 March 2025", "2025-03-04", "3/4/2025")."""
    text = text.strip()
    if not text or _DIGIT.search(text) is None:
        return None
    for pattern in _DATE_PATTERNS:
        m = pattern.fullmatch(text)
        if m is None:
            continue
        groups = m.groupdict()
        month = _MONTHS.get(groups["mn"].lower().rstrip(".")) if groups.get("mn") else None
        if month is None:
            month = int(groups["m"]) if groups.get("m") else None
        if month is None:
            return None
        year = int(groups["y"]) if groups.get("y") else ref_year
        if year is None:
            return None
        if year < 100:
            year += 2000
        if not EARLIEST_YEAR <= year <= LATEST_YEAR:
            return None  # a day the product does not read: no slot is placed on it
        try:
            return date(year, month, int(groups["d"]))
        except ValueError:
            return None
    return None
