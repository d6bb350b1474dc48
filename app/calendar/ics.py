"""iCalendar (.ics) → Events, with icalendar and recurring_ical_events.

Behaviour checked in research/calendar-parser-facts.md: several VCALENDARs or a bare VEVENT per
file; overrides replace the master wholesale (so they inherit its attendees here); cancelled
overrides are still returned (STATUS is read); unknown TZIDs come back naive; vCalAddress values
keep `MAILTO:`, quotes and fold whitespace; malformed values become vBroken without raising.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar

from app.calendar.limits import Budget, advance, cut_description, cut_title, refusal, rule_parts
from app.calendar.model import Attendee, AttendeeKind, Event, EventStatus, Response, Source
from app.calendar.people import clean_email, clean_name
from app.calendar.recurrence import Window, dt_of, in_window, occurrences, series_label, span
from app.calendar.zones import (
    OutOfRange,
    aware,
    in_range,
    to_utc,
    vtimezone_zone,
    zone,
    zone_name,
)
from app.errors import ParseError

_CUTYPE = {
    "INDIVIDUAL": AttendeeKind.PERSON,
    "ROOM": AttendeeKind.ROOM,
    "RESOURCE": AttendeeKind.RESOURCE,
    "GROUP": AttendeeKind.GROUP,
    "UNKNOWN": AttendeeKind.UNKNOWN,
}
_PARTSTAT = {
    "ACCEPTED": Response.ACCEPTED,
    "TENTATIVE": Response.TENTATIVE,
    "DECLINED": Response.DECLINED,
    "NEEDS-ACTION": Response.NEEDS_ACTION,
    "DELEGATED": Response.DELEGATED,
}
_INHERITED = ("ATTENDEE", "ORGANIZER", "DESCRIPTION", "LOCATION", "SUMMARY")
_CANCELLED_TITLE = ("canceled:", "cancelled:", "abgesagt:", "annulé:", "cancelado:", "peruttu:")


def cancelled_title(title: str) -> bool:
    """Outlook prefixes a cancelled meeting's subject ("Canceled: Interview with …")."""
    return title[:12].lower().startswith(_CANCELLED_TITLE)


def parse_ics(
    text: str,
    *,
    user_tz: ZoneInfo,
    window: Window | None,
    max_occurrences: int,
    max_events: int,
    budget: Budget | None = None,
) -> list[Event]:
    budget = budget if budget is not None else Budget()
    if "BEGIN:" not in text[:4096].upper():
        raise ParseError("not an iCalendar file: no BEGIN:VCALENDAR or BEGIN:VEVENT line")
    try:
        components = Calendar.from_ical(_slim(text), multiple=True)
    except Exception as exc:  # icalendar raises several types on malformed files
        raise ParseError(f"not a readable iCalendar file: {_reason(exc)}") from exc
    if not components:
        raise ParseError("the iCalendar file is incomplete: no VCALENDAR or VEVENT ends in it")
    events: list[Event] = []
    for cal in components:
        for event in _calendar_events(cal, user_tz, window, max_occurrences, budget):
            events.append(event)
            if len(events) > max_events:
                raise ParseError(
                    f"the calendar expands to more than {max_events:,} events; "
                    "pass a narrower window"
                )
    return events


# Properties nothing here reads. icalendar's parser costs ~50 µs a content line, and Outlook and
# Exchange write a dozen X-MICROSOFT-CDO-* lines per event, so they are dropped before parsing.
_UNREAD = frozenset(
    {
        "DTSTAMP",
        "CREATED",
        "LAST-MODIFIED",
        "SEQUENCE",
        "TRANSP",
        "CLASS",
        "PRIORITY",
        "CATEGORIES",
        "ATTACH",
        "COLOR",
        "GEO",
        "CONTACT",
        "RESOURCES",
        "RELATED-TO",
        "COMMENT",
    }
)
_READ_X = frozenset(
    {
        "X-WR-TIMEZONE",
        "X-ALT-DESC",
        "X-GOOGLE-CONFERENCE",
        "X-MICROSOFT-SKYPETEAMSMEETINGURL",
    }
)


_FOLD = re.compile(r"\r?\n[ \t]")
# The parameters of a content line: up to the first colon outside double quotes.
_HEAD = re.compile(r'[^:"]*(?:"[^"]*"[^:"]*)*')
_TZID_PARAM = re.compile(r';TZID=("[^"]*"|[^;:]*)', re.IGNORECASE)
_DATED = frozenset({"DTSTART", "DTEND", "RECURRENCE-ID", "EXDATE", "RDATE", "DUE"})


def _slim(text: str) -> str:
    """The calendar without unread properties, alarms and VTIMEZONEs, unfolded.

    A VTIMEZONE is a set of recurrence rules (icalendar hands them to dateutil's tzical, which
    expands them without bound): each is only read for the IANA zone it stands for, and the
    TZID parameters that name it are rewritten to that zone; one that stands for none is kept
    as its standard offset (a rule-less VTIMEZONE), never left to be read in the user's zone.
    """
    # Split on line ends only: str.splitlines would also break a value at U+2028 or a form feed.
    lines = [line.rstrip("\r") for line in _FOLD.sub("", text).split("\n")]
    zones = _vtimezones(lines)
    # Zones that map to no IANA zone are kept as one fixed offset each (no rules to run).
    fixed = [_FIXED_BLOCK.format(tzid=key, offset=key[len(_FIXED) :]) for key in _fixed(zones)]
    out: list[str] = []
    skipping = ""
    for line in lines:
        name = line.split(":", 1)[0].split(";", 1)[0].strip().upper()
        if skipping:
            if name == "END" and line.rstrip().upper().endswith(":" + skipping):
                skipping = ""
            continue
        if name == "BEGIN":
            kind = line.rstrip().upper().rpartition(":")[2]
            if kind in ("VALARM", "VTIMEZONE"):
                skipping = kind
                continue
            if kind == "VCALENDAR" and fixed:
                out.append(line)
                out.extend(fixed)
                continue
        if name in _UNREAD or (name.startswith("X-") and name not in _READ_X):
            continue
        if name in _DATED and ";" in line:
            line = _rezone(line, zones)
        out.append(line)
    return "\r\n".join(out) + "\r\n"


# The TZID of a zone kept as a fixed offset: "RightNote fixed UTC+0530" (not an IANA name).
_FIXED = "RightNote fixed UTC"
_FIXED_BLOCK = (
    "BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
    "TZOFFSETFROM:{offset}\r\nTZOFFSETTO:{offset}\r\nEND:STANDARD\r\nEND:VTIMEZONE"
)
_OFFSET = re.compile(r"[+-](?:[01][0-9]|2[0-3])[0-5][0-9](?:[0-5][0-9])?")


def _fixed(zones: dict[str, str]) -> list[str]:
    return sorted({key for key in zones.values() if key.startswith(_FIXED)})


def _offset(value: str | None) -> str | None:
    """A TZOFFSETTO value as written, or None when it is not `±hhmm[ss]` in ASCII digits
    (`+²³⁴⁵` passes str.isdigit but is no offset)."""
    if value is None:
        return None
    value = value.strip()
    return value if _OFFSET.fullmatch(value) else None


def _tzid_key(value: str) -> str:
    return value.strip().strip('"').replace("\\", "").strip()


def _vtimezones(lines: list[str]) -> dict[str, str]:
    """TZID (as written, unescaped) → IANA key, for every VTIMEZONE that maps to one."""
    found: dict[str, str] = {}
    inside = False
    tzid = location = standard = daylight = None
    part = ""
    for line in lines:
        name, _, value = line.partition(":")
        name = name.split(";", 1)[0].strip().upper()
        if name == "BEGIN" and value.strip().upper() == "VTIMEZONE":
            inside, tzid, location, standard, daylight, part = True, None, None, None, None, ""
        elif not inside:
            continue
        elif name == "BEGIN":
            part = value.strip().upper()
        elif name == "TZID":
            tzid = _tzid_key(value)
        elif name == "X-LIC-LOCATION":
            location = value.strip()
        elif name == "TZOFFSETTO" and part == "STANDARD":
            standard = value
        elif name == "TZOFFSETTO" and part == "DAYLIGHT":
            daylight = value
        elif name == "END" and value.strip().upper() == "VTIMEZONE":
            inside = False
            if not tzid or len(found) >= 100:
                continue
            standard, daylight = _offset(standard), _offset(daylight)
            mapped = vtimezone_zone(tzid, location, standard, daylight)
            if mapped is not None:
                found[tzid] = mapped.key
            elif standard or daylight:
                # No IANA zone has these offsets: its standard offset, fixed, rather than the
                # TZID going unknown and its times being read in the user's zone.
                found[tzid] = _FIXED + (standard or daylight or "")
    return found


def _rezone(line: str, zones: dict[str, str]) -> str:
    head = _HEAD.match(line)
    end = head.end() if head else 0
    param = _TZID_PARAM.search(line, 0, end)
    if param is None:
        return line
    tzid = _tzid_key(param.group(1))
    key = zones.get(tzid)
    if key is None:
        # No VTIMEZONE: a name our lookup reads ('europe/paris', a Windows name) is written as
        # its IANA key, which the parser knows; anything else stays as written (and is warned).
        found = zone(tzid)
        if found is None or found.key == tzid:
            return line
        key = found.key
    if key.startswith(_FIXED):
        key = f'"{key}"'
    return f"{line[: param.start()]};TZID={key}{line[param.end() :]}"


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]


class _Context:
    __slots__ = ("calendar_zone", "fallback", "method", "prodid", "unknown_zones", "user_tz")

    def __init__(self, cal: Any, user_tz: ZoneInfo) -> None:
        self.user_tz = user_tz
        self.method = _text(cal.get("METHOD")).upper() or None
        self.prodid = _text(cal.get("PRODID")) or None
        # A floating time or an unknown TZID is read in the calendar's zone, else the user's.
        self.calendar_zone = zone(_text(cal.get("X-WR-TIMEZONE")))
        self.fallback: tzinfo = self.calendar_zone or user_tz
        # TZID nobody defines → (the first event's title, how many events): one warning each.
        self.unknown_zones: dict[str, list[Any]] = {}

    def note_unknown_zone(self, tzid: str, title: str, uid: str) -> None:
        seen = self.unknown_zones.get(tzid)
        if seen is not None:
            seen[1] += 1
        elif len(self.unknown_zones) < 20:
            self.unknown_zones[tzid] = [" ".join(title.split())[:60] or uid[:60], 1]

    def warn_unknown_zones(self, budget: Budget) -> None:
        where = (
            f"the calendar's zone ({self.calendar_zone.key})"
            if self.calendar_zone is not None
            else f"your time zone ({self.user_tz.key})"
        )
        for tzid, (title, count) in self.unknown_zones.items():
            others = f" and {count - 1} other event{'s' if count > 2 else ''}" if count > 1 else ""
            budget.warn(
                f"the event {title!r}{others}: time zone {tzid[:60]!r} is unknown (not an IANA "
                f"or Windows zone, and no VTIMEZONE in the file defines it); its times were "
                f"read in {where} and may be hours off"
            )


def _calendar_events(
    cal: Any, user_tz: ZoneInfo, window: Window | None, cap: int, budget: Budget
) -> list[Event]:
    ctx = _Context(cal, user_tz)
    vevents = list(cal.walk("VEVENT"))
    if not vevents and cal.name == "VCALENDAR" and ("ATTENDEE" in cal or "ORGANIZER" in cal):
        # Lenient: properties written straight under VCALENDAR are read as one event.
        vevents = [cal]
    groups: dict[str, list[Any]] = {}
    for index, comp in enumerate(vevents):
        groups.setdefault(_uid(comp, index), []).append(comp)
    out: list[Event] = []
    for uid, comps in groups.items():
        master = next((c for c in comps if "RECURRENCE-ID" not in c), None)
        if master is not None and ("RRULE" in master or "RDATE" in master):
            try:
                out.extend(_expand(uid, master, comps, ctx, window, cap, budget))
            except OutOfRange as far:  # the series' own start: nothing of it is read
                budget.warn(far.warning(_text(master.get("SUMMARY")), uid))
            continue
        for comp in comps:
            try:
                event = _event(uid, comp, ctx, master if comp is not master else None)
            except OutOfRange as far:
                budget.warn(far.warning(_text(comp.get("SUMMARY")), uid))
                continue
            if in_window(event.start, event.end, window):
                out.append(event)
    ctx.warn_unknown_zones(budget)
    return out


def _expand(
    uid: str,
    master: Any,
    comps: list[Any],
    ctx: _Context,
    window: Window | None,
    cap: int,
    budget: Budget,
) -> list[Event]:
    single = _event(uid, master, ctx, None)
    bounds = span(single.start, window)
    if bounds is None:
        return [single]
    label = series_label(single.title, uid)
    rules = [_text_rule(r) for r in _as_list(master.get("RRULE"))[:50]]
    moved = []
    for parts in map(rule_parts, rules):
        why = refusal(parts)
        if why is not None:
            budget.warn(f"{label}: {why}")
            return [single] if in_window(single.start, single.end, window) else []
        moved.append(advance(dt_of(master.get("DTSTART")), parts, bounds[0]))
    if moved and len(set(moved)) == 1:
        _move_start(master, moved[0])
    series = Calendar()
    for comp in comps:
        series.add_component(comp)
    found = []
    try:
        for occ in occurrences(series, bounds, cap, budget, label) or ():
            try:
                found.append(_event(uid, occ, ctx, master))
            except OutOfRange as far:  # an override moved out of the product's years
                budget.warn(far.warning(single.title, uid))
    except Exception:  # a rule the library cannot expand: keep the event as written
        found = []
    if not found and in_window(single.start, single.end, window):
        return [single]
    return found


def _text_rule(value: Any) -> str:
    try:
        return str(value.to_ical().decode())
    except Exception:  # a vBroken rule: no FREQ, refused like one
        return ""


def _move_start(master: Any, start: Any) -> None:
    """DTSTART set to `start` (limits.advance), DTEND moved with it."""
    old = dt_of(master.get("DTSTART"))
    if old is None or start == old:
        return
    end = dt_of(master.get("DTEND"))
    try:
        new_end = start + (end - old) if end is not None and type(end) is type(old) else None
    except (OverflowError, TypeError):  # an end in the year 9999, or naive against aware
        return
    master.pop("DTSTART", None)
    master.add("DTSTART", start)
    if new_end is not None:
        master.pop("DTEND", None)
        master.add("DTEND", new_end)


def _uid(comp: Any, index: int) -> str:
    uid = _text(comp.get("UID"))
    if uid:
        return uid[:500]
    # No UID (OWA exports): a stable stand-in from what identifies the event.
    basis = "|".join(
        _text(comp.get(k)) if k != "DTSTART" else str(dt_of(comp.get(k)))
        for k in ("SUMMARY", "DTSTART", "ORGANIZER", "LOCATION")
    )
    digest = hashlib.sha1(f"{basis}|{index}".encode(), usedforsecurity=False).hexdigest()
    return "rightnote-" + digest[:20]


def _event(uid: str, comp: Any, ctx: _Context, master: Any | None) -> Event:
    def prop(name: str) -> Any:
        value = comp.get(name)
        if value is None and master is not None and name in _INHERITED:
            value = master.get(name)
        return value

    start_prop = comp.get("DTSTART")
    raw_start = dt_of(start_prop)
    start = _aware(raw_start, ctx)
    end = _end(comp, raw_start, start, ctx)
    title = cut_title(_text(prop("SUMMARY")).strip())
    status_text = _text(comp.get("STATUS")).upper()
    status = EventStatus.CONFIRMED
    if status_text == "CANCELLED" or ctx.method == "CANCEL" or cancelled_title(title):
        status = EventStatus.CANCELLED
    elif status_text == "TENTATIVE":
        status = EventStatus.TENTATIVE
    recurrence = dt_of(comp.get("RECURRENCE-ID"))
    description = cut_description(_text(prop("DESCRIPTION")) or _text(comp.get("X-ALT-DESC")))
    tzid = _params(start_prop).get("TZID")
    if tzid and isinstance(raw_start, datetime) and raw_start.tzinfo is None:
        # icalendar leaves a time naive when no zone database or VTIMEZONE knows its TZID.
        ctx.note_unknown_zone(str(tzid), title, uid)
    return Event(
        source=Source.ICS,
        uid=uid,
        event_id=None,
        recurrence_id=to_utc(recurrence, ctx.fallback) if isinstance(recurrence, date) else None,
        title=title,
        description=description,
        location=_text(prop("LOCATION")).strip() or None,
        start=start,
        end=end,
        all_day=isinstance(raw_start, date) and not isinstance(raw_start, datetime),
        status=status,
        organizer=_first_address(prop("ORGANIZER"), organizer=True),
        attendees=tuple(a for a in map(_address, _as_list(prop("ATTENDEE"))) if a is not None),
        method=ctx.method,
        prodid=ctx.prodid,
        conference_url=_conference(comp),
        origin_timezone=zone_name(getattr(raw_start, "tzinfo", None), tzid),
    )


def _aware(value: Any, ctx: _Context) -> datetime | None:
    if isinstance(value, date):
        return aware(value, ctx.fallback, ctx.user_tz)
    return None


def _end(comp: Any, raw_start: Any, start: datetime | None, ctx: _Context) -> datetime | None:
    end = _aware(dt_of(comp.get("DTEND")), ctx)
    if end is not None:
        return end
    if start is None:
        return None
    duration = dt_of(comp.get("DURATION"))
    if isinstance(duration, timedelta):
        try:
            return in_range(start + duration)
        except OverflowError:
            raise OutOfRange(None) from None
    # RFC 5545: no end means one day for a date, the start instant for a date-time.
    is_date = isinstance(raw_start, date) and not isinstance(raw_start, datetime)
    return start + timedelta(days=1) if is_date else start


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0] if value else ""
    try:
        return str(value)
    except Exception:  # a vBroken or odd value must not stop the file
        return ""


def _params(value: Any) -> Any:
    try:
        params = value.params
    except Exception:  # vBroken and plain values have no usable parameters
        return {}
    return params if params is not None else {}


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _first_address(value: Any, *, organizer: bool = False) -> Attendee | None:
    for item in _as_list(value):
        found = _address(item, organizer=organizer)
        if found is not None:
            return found
    return None


def _param(params: Any, key: str) -> str | None:
    """One parameter as text: a value the parser split at commas into a list (`EMAIL=a,b`, a
    corrupted file) gives its first item, so the cached cleaners never get an unhashable list."""
    value = params.get(key)
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
    return None if value is None else str(value)


def _address(value: Any, *, organizer: bool = False) -> Attendee | None:
    params = _params(value)
    email = clean_email(_param(params, "EMAIL")) or clean_email(_text(value))
    name = clean_name(_param(params, "CN"), email)
    if email is None and name is None:
        return None
    cutype = (_param(params, "CUTYPE") or "INDIVIDUAL").upper()
    role = (_param(params, "ROLE") or "").upper()
    partstat = (_param(params, "PARTSTAT") or "").upper()
    return Attendee(
        email=email,
        name=name,
        kind=_CUTYPE.get(cutype, AttendeeKind.UNKNOWN),
        optional=role == "OPT-PARTICIPANT",
        response=_PARTSTAT.get(partstat, Response.UNKNOWN),
        is_organizer=organizer,
        non_participant=role == "NON-PARTICIPANT",
    )


def _conference(comp: Any) -> str | None:
    for name in ("X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL", "CONFERENCE", "URL"):
        for value in _as_list(comp.get(name)):
            text = _text(value).strip()
            if text.startswith("https://"):
                return text[:500]
    return None
