"""Google Calendar API v3 `Event` resources → Events.

Accepts what `events.list` returns with or without `singleEvents=true`: series masters carry
`recurrence` lines and are expanded here; modified or cancelled instances arrive as their own
items (`recurringEventId` + `originalStartTime`) and replace the generated occurrence. A cancelled
instance is often only `{id, status, recurringEventId, originalStartTime}`: it inherits the rest
from its master so the cancellation is recognisable.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from app.calendar.ics import cancelled_title
from app.calendar.json_fields import json_list, json_str, json_sub
from app.calendar.limits import Budget, cut_description, cut_title
from app.calendar.model import Attendee, AttendeeKind, Event, EventStatus, Response, Source
from app.calendar.people import clean_email, clean_name
from app.calendar.recurrence import (
    Window,
    expand_rules,
    in_window,
    occurrence_events,
    series_label,
)
from app.calendar.zones import OutOfRange, aware, parse_iso, parse_iso_date, zone

_RESPONSE = {
    "accepted": Response.ACCEPTED,
    "tentative": Response.TENTATIVE,
    "declined": Response.DECLINED,
    "needsAction": Response.NEEDS_ACTION,
}
_MAX_ATTENDEES = 1000


def normalize_google(
    items: list[dict[str, Any]],
    *,
    user_tz: ZoneInfo,
    window: Window | None,
    cap: int,
    budget: Budget | None = None,
) -> list[Event]:
    budget = budget if budget is not None else Budget()
    # Only string ids can name a series; anything else in "id" is malformed input.
    masters = {
        i["id"]: i
        for i in items
        if isinstance(i.get("id"), str) and isinstance(i.get("recurrence"), list)
    }
    # Instances that the provider sent on their own replace the generated occurrence.
    replaced: set[tuple[str, datetime]] = set()
    for item in items:
        series = item.get("recurringEventId")
        try:
            original = _original_start(item, user_tz)
        except OutOfRange:  # skipped (and said) below
            continue
        if isinstance(series, str) and original is not None:
            replaced.add((series, original))
    out: list[Event] = []
    for item in items:
        series = item.get("recurringEventId")
        master = masters.get(series) if isinstance(series, str) else None
        try:
            event = _event(item, user_tz, master)
        except OutOfRange as far:
            title = json_str(item.get("summary")) or json_str((master or {}).get("summary"))
            budget.warn(far.warning(title or "", json_str(item.get("id"))))
            continue
        if event is None:
            continue
        if isinstance(item.get("recurrence"), list) and not series:
            out.extend(_expand(item, event, user_tz, window, cap, replaced, budget))
        elif in_window(event.start, event.end, window):
            out.append(event)
    return out


def _expand(
    item: dict[str, Any],
    event: Event,
    user_tz: ZoneInfo,
    window: Window | None,
    cap: int,
    replaced: set[tuple[str, datetime]],
    budget: Budget,
) -> list[Event]:
    start, end = event.start, event.end
    if start is None or end is None:
        return [event]
    # Expand in the series' own zone so "every Tuesday 10:00" survives DST changes.
    series_tz = zone(json_sub(item, "start", "timeZone")) or user_tz
    found = expand_rules(
        start.astimezone(series_tz),
        end.astimezone(series_tz),
        item["recurrence"],
        all_day=event.all_day,
        window=window,
        cap=cap,
        budget=budget,
        label=series_label(event.title, event.event_id or event.uid),
    )
    return occurrence_events(
        event, found, user_tz=user_tz, window=window, replaced=replaced, derive_ids=True
    )


def _event(item: dict[str, Any], user_tz: ZoneInfo, master: dict[str, Any] | None) -> Event | None:
    def inherited(name: str) -> Any:
        value = item.get(name)
        if value is None and master is not None and name not in ("id", "status", "start", "end"):
            value = master.get(name)
        return value

    # Most events belong to no series: their own fields are all there is.
    field = item.get if master is None else inherited

    event_id = json_str(item.get("id"))
    start, all_day = _when(item.get("start"), user_tz)
    end, _ = _when(item.get("end"), user_tz)
    original = _original_start(item, user_tz)
    if start is None and original is not None and master is not None:
        # A cancelled-instance stub: place it where the occurrence was, with the master's length.
        m_start, _ = _when(master.get("start"), user_tz)
        m_end, _ = _when(master.get("end"), user_tz)
        start = original.astimezone(user_tz)
        end = start + (m_end - m_start) if m_start and m_end else start
    title = cut_title((json_str(field("summary")) or "").strip())
    status_text = json_str(item.get("status"))
    status = EventStatus.CONFIRMED
    if status_text == "cancelled" or cancelled_title(title):
        status = EventStatus.CANCELLED
    elif status_text == "tentative":
        status = EventStatus.TENTATIVE
    uid = json_str(field("iCalUID")) or event_id
    if not uid:
        return None
    organizer = _person(field("organizer"), organizer=True)
    attendees = tuple(
        a for a in (_person(x) for x in (json_list(field("attendees"))[:_MAX_ATTENDEES])) if a
    )
    return Event(
        source=Source.GOOGLE,
        uid=uid,
        event_id=event_id,
        recurrence_id=original,
        title=title,
        description=cut_description(json_str(field("description")) or ""),
        location=(json_str(field("location")) or "").strip() or None,
        start=start,
        end=end if end is not None else start,
        all_day=all_day,
        status=status,
        organizer=organizer,
        attendees=attendees,
        creator=_person(field("creator")),
        attendees_hidden=field("attendeesOmitted") is True
        or field("guestsCanSeeOtherGuests") is False,
        series_id=json_str(item.get("recurringEventId")),
        conference_url=_conference(field("conferenceData")) or json_str(field("hangoutLink")),
        event_type=json_str(field("eventType")),
        origin_timezone=getattr(zone(json_sub(item, "start", "timeZone")), "key", None),
    )


def _when(value: Any, user_tz: ZoneInfo) -> tuple[datetime | None, bool]:
    if not isinstance(value, dict):
        return None, False
    fallback = zone(json_str(value.get("timeZone"))) or user_tz
    when = parse_iso(value.get("dateTime"), fallback)
    if when is not None:
        return when.astimezone(user_tz), False
    day = parse_iso_date(value.get("date"))
    if day is not None:
        return aware(day, fallback, user_tz), True
    return None, False


def _original_start(item: dict[str, Any], user_tz: ZoneInfo) -> datetime | None:
    value = item.get("originalStartTime")
    if not isinstance(value, dict):
        return None
    fallback = zone(json_str(value.get("timeZone"))) or user_tz
    when = parse_iso(value.get("dateTime"), fallback)
    if when is None:
        day = parse_iso_date(value.get("date"))
        if day is None:
            return None
        when = datetime.combine(day, datetime.min.time(), fallback)
    return when.astimezone(UTC)


def _person(value: Any, *, organizer: bool = False) -> Attendee | None:
    if not isinstance(value, dict):
        return None
    get = value.get
    return _attendee(
        json_str(get("email")),
        json_str(get("displayName")),
        get("resource") is True,
        get("optional") is True,
        json_str(get("responseStatus")),
        organizer or get("organizer") is True,
        get("self") is True,
    )


# The same people are on many events of a calendar: each guest entry is built once (an
# Attendee is immutable, so events share it).
@lru_cache(maxsize=4096)
def _attendee(
    raw_email: str | None,
    raw_name: str | None,
    resource: bool,
    optional: bool,
    response: str | None,
    is_organizer: bool,
    is_self: bool,
) -> Attendee | None:
    email = clean_email(raw_email)
    name = clean_name(raw_name, email)
    if email is None and name is None:
        return None
    return Attendee(
        email=email,
        name=name,
        kind=AttendeeKind.RESOURCE if resource else AttendeeKind.PERSON,
        optional=optional,
        response=_RESPONSE.get(response or "", Response.UNKNOWN),
        is_organizer=is_organizer,
        is_self=is_self,
    )


def _conference(value: Any) -> str | None:
    if not isinstance(value, dict):
        return None
    for entry in json_list(value.get("entryPoints")):
        if isinstance(entry, dict) and entry.get("entryPointType") == "video":
            return json_str(entry.get("uri"))
    return None
