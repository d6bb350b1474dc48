"""What the caller handed us: .ics text, Google events or Graph events — and how big it is.

Accepted shapes: .ics text or bytes; a JSON event, a JSON list of events, or an API page
(`{"items": [...]}` from Google, `{"value": [...]}` from Graph), as text, bytes or already
parsed; a list of such pages. The format is detected when not given.
"""

from __future__ import annotations

import codecs
from typing import Any, Literal

import orjson

from app.errors import ParseError, PayloadTooLarge

Format = Literal["ics", "google", "graph"]
FORMATS: tuple[Format, ...] = ("ics", "google", "graph")

_GOOGLE_KEYS = frozenset(
    {
        "summary",
        "iCalUID",
        "htmlLink",
        "hangoutLink",
        "recurringEventId",
        "guestsCanSeeOtherGuests",
        "attendeesOmitted",
        "creator",
        "eventType",
    }
)
_GRAPH_KEYS = frozenset(
    {
        "subject",
        "iCalUId",
        "bodyPreview",
        "@odata.etag",
        "isAllDay",
        "seriesMasterId",
        "isCancelled",
        "isOrganizer",
        "onlineMeeting",
        "responseStatus",
        "showAs",
        "@removed",
    }
)


def too_large(size: int, max_bytes: int) -> PayloadTooLarge:
    return PayloadTooLarge(
        f"the calendar data is {size:,} bytes; the limit is {max_bytes:,} bytes "
        "(export a shorter date range)"
    )


def decode(data: bytes, max_bytes: int) -> str:
    if len(data) > max_bytes:
        raise too_large(len(data), max_bytes)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ParseError("the file is not valid UTF-16 text") from exc
    # Calendars are UTF-8; a stray byte must not make the whole file unreadable.
    return data.decode("utf-8", errors="replace").lstrip("\ufeff")


def load(
    data: bytes | str | list[Any] | dict[str, Any],
    format: Format | None,
    *,
    max_bytes: int,
    max_events: int,
) -> tuple[Format, str | list[dict[str, Any]]]:
    """(format, ics text or list of event objects). Raises ParseError / PayloadTooLarge."""
    if format is not None and format not in FORMATS:
        raise ParseError(f"unknown format {format!r}; use one of: {', '.join(FORMATS)}")
    if isinstance(data, bytes | bytearray | memoryview):
        data = decode(bytes(data), max_bytes)
    if isinstance(data, str):
        if len(data) > max_bytes:
            raise too_large(len(data.encode("utf-8", errors="replace")), max_bytes)
        text = data.lstrip("\ufeff \t\r\n")
        if not text:
            raise ParseError("the calendar data is empty")
        if format == "ics" or (format is None and text[:6].upper() == "BEGIN:"):
            return "ics", text
        if text[0] not in "[{":
            if format is None and "BEGIN:V" in text[:4096].upper():
                return "ics", text
            raise ParseError("not an iCalendar file (BEGIN:VCALENDAR) or Google/Graph JSON events")
        try:
            data = orjson.loads(text)
        except orjson.JSONDecodeError as exc:
            raise ParseError(f"the JSON is not valid: {exc}") from exc
    if format == "ics":
        raise ParseError("format 'ics' needs the text of an .ics file, not JSON")
    items = _unwrap(data)
    if len(items) > max_events:
        raise ParseError(f"{len(items):,} events is more than the limit of {max_events:,}")
    detected = format or _detect(data, items)
    return detected, items


def _unwrap(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, dict):
        for key in ("items", "value"):
            if isinstance(data.get(key), list):
                return _objects(data[key])
        if not data:
            raise ParseError("the JSON object is empty: expected an event or a page of events")
        return [data]
    if isinstance(data, list):
        out: list[dict[str, Any]] = []
        for item in data:
            # A list of pages is a paged download written out as one file.
            if isinstance(item, dict) and any(
                isinstance(item.get(k), list) for k in ("items", "value")
            ):
                out.extend(_unwrap(item))
            else:
                out.extend(_objects([item]))
        return out
    raise ParseError("expected a JSON event, a list of events or an API page")


def _objects(items: list[Any]) -> list[dict[str, Any]]:
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise ParseError(f"event {index} is a JSON {type(item).__name__}, not an object")
    return items


def _detect(data: Any, items: list[dict[str, Any]]) -> Format:
    if isinstance(data, dict):
        if data.get("kind") == "calendar#events" or "nextSyncToken" in data:
            return "google"
        if "@odata.context" in data or "@odata.nextLink" in data or "@odata.deltaLink" in data:
            return "graph"
    google = graph = 0
    for item in items[:50]:
        keys = item.keys()
        google += len(_GOOGLE_KEYS.intersection(keys)) + (item.get("kind") == "calendar#event") * 5
        graph += len(_GRAPH_KEYS.intersection(keys))
        organizer = item.get("organizer")
        if isinstance(organizer, dict):
            google += "email" in organizer
            graph += "emailAddress" in organizer
    if google == graph:
        # Google pages wrap events in "items", Graph pages in "value".
        if isinstance(data, dict) and isinstance(data.get("items"), list):
            return "google"
        if isinstance(data, dict) and isinstance(data.get("value"), list):
            return "graph"
        if not items:
            return "google"
        raise ParseError(
            "could not tell whether these are Google Calendar or Microsoft Graph events; "
            "pass the format (google or graph)"
        )
    return "google" if google > graph else "graph"
