"""Microsoft Graph `event` resources → Events.

`/me/calendarView` returns occurrences (type occurrence/exception, with `seriesMasterId`);
`/me/events` returns series masters with a `recurrence` pattern, expanded here. Delta pages
carry `{"id", "@removed"}` tombstones, which hold nothing to show and are skipped. The organizer
is often not in `attendees`; the user appears only by address (or `isOrganizer`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
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
    graph_rrule,
    in_window,
    occurrence_events,
    series_label,
)
from app.calendar.zones import OutOfRange, parse_iso, zone

_RESPONSE = {
    "accepted": Response.ACCEPTED,
    "tentativelyaccepted": Response.TENTATIVE,
    "declined": Response.DECLINED,
    "notresponded": Response.NEEDS_ACTION,
    "none": Response.NEEDS_ACTION,
    "organizer": Response.ORGANIZER,
}
_MAX_ATTENDEES = 1000


def normalize_graph(
    items: list[dict[str, Any]],
    *,
    user_tz: ZoneInfo,
    window: Window | None,
    cap: int,
    budget: Budget | None = None,
) -> list[Event]:
    budget = budget if budget is not None else Budget()
    replaced: set[tuple[str, datetime]] = set()
    for item in items:
        series = item.get("seriesMasterId")
        try:
            original = _original(item)
        except OutOfRange:  # skipped (and said) below
            continue
        if isinstance(series, str) and original is not None:
            replaced.add((series, original))
    out: list[Event] = []
    for item in items:
        if "@removed" in item:
            continue
        try:
            event = _event(item, user_tz)
        except OutOfRange as far:
            budget.warn(far.warning(json_str(item.get("subject")) or "", json_str(item.get("id"))))
            continue
        if event is None:
            continue
        if str(item.get("type", "")).lower() == "seriesmaster" and item.get("recurrence"):
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
    if event.start is None or event.end is None:
        return [event]
    recurrence = item["recurrence"]
    rng = recurrence.get("range") if isinstance(recurrence, dict) else None
    series_tz = (
        (zone(rng.get("recurrenceTimeZone")) if isinstance(rng, dict) else None)
        or zone(json_sub(item, "start", "timeZone"))
        or user_tz
    )
    start, end = event.start.astimezone(series_tz), event.end.astimezone(series_tz)
    rule = graph_rrule(recurrence, start, all_day=event.all_day)
    found = (
        expand_rules(
            start,
            end,
            [rule],
            all_day=event.all_day,
            window=window,
            cap=cap,
            budget=budget,
            label=series_label(event.title, event.event_id or event.uid),
        )
        if rule
        else None
    )
    return occurrence_events(
        event, found, user_tz=user_tz, window=window, replaced=replaced, derive_ids=False
    )


def _event(item: dict[str, Any], user_tz: ZoneInfo) -> Event | None:
    event_id = json_str(item.get("id"))
    uid = json_str(item.get("iCalUId")) or event_id
    if not uid:
        return None
    all_day = item.get("isAllDay") is True
    start = _when(item.get("start"), user_tz)
    end = _when(item.get("end"), user_tz)
    title = cut_title((json_str(item.get("subject")) or "").strip())
    status = EventStatus.CONFIRMED
    if item.get("isCancelled") is True or cancelled_title(title):
        status = EventStatus.CANCELLED
    organizer = _person(item.get("organizer"), organizer=True)
    if organizer is not None and item.get("isOrganizer") is True:
        organizer = replace(organizer, is_self=True)
    attendees = tuple(
        a for a in (_person(x) for x in json_list(item.get("attendees"))[:_MAX_ATTENDEES]) if a
    )
    body = item.get("body")
    description = json_str(body.get("content")) if isinstance(body, dict) else None
    location = item.get("location")
    meeting = item.get("onlineMeeting")
    return Event(
        source=Source.GRAPH,
        uid=uid,
        event_id=event_id,
        recurrence_id=_original(item) if item.get("seriesMasterId") else None,
        title=title,
        description=cut_description(description or json_str(item.get("bodyPreview")) or ""),
        location=(json_str(location.get("displayName")) if isinstance(location, dict) else None),
        start=start,
        end=end if end is not None else start,
        all_day=all_day,
        status=status,
        organizer=organizer,
        attendees=attendees,
        # Graph's hideAttendees: "each attendee only sees themselves" in their copy.
        attendees_hidden=item.get("hideAttendees") is True,
        series_id=json_str(item.get("seriesMasterId")),
        conference_url=(json_str(meeting.get("joinUrl")) if isinstance(meeting, dict) else None)
        or json_str(item.get("onlineMeetingUrl")),
        origin_timezone=getattr(zone(json_sub(item, "start", "timeZone")), "key", None),
    )


def _when(value: Any, user_tz: ZoneInfo) -> datetime | None:
    if not isinstance(value, dict):
        return None
    # Graph writes wall-clock time plus a zone name (UTC unless `Prefer: outlook.timezone`).
    tz = zone(json_str(value.get("timeZone"))) or user_tz
    when = parse_iso(value.get("dateTime"), tz)
    return when.astimezone(user_tz) if when is not None else None


def _original(item: dict[str, Any]) -> datetime | None:
    when = parse_iso(item.get("originalStart"), ZoneInfo("UTC"))
    return when.astimezone(UTC) if when is not None else None


def _person(value: Any, *, organizer: bool = False) -> Attendee | None:
    if not isinstance(value, dict):
        return None
    address = value.get("emailAddress")
    if not isinstance(address, dict):
        return None
    email = clean_email(json_str(address.get("address")))
    name = clean_name(json_str(address.get("name")), email)
    if email is None and name is None:
        return None
    kind = str(value.get("type", "")).lower()
    status = value.get("status")
    response = status.get("response") if isinstance(status, dict) else None
    return Attendee(
        email=email,
        name=name,
        kind=AttendeeKind.RESOURCE if kind == "resource" else AttendeeKind.PERSON,
        optional=kind == "optional",
        response=_RESPONSE.get(str(response or "").lower(), Response.UNKNOWN),
        is_organizer=organizer,
    )
