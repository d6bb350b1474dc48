"""What the caller handed us: .ics text, Google events or Graph events — and how big it is.

Accepted shapes: .ics text or bytes; a JSON event, a JSON list of events, or an API page
(`{"items": [...]}` from Google, `{"value": [...]}` from Graph), as text, bytes or already
parsed; a list of such pages. The format is detected when not given.
"""

from __future__ import annotations

import codecs
import re
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
    try:
        return data.decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError:
        pass
    if _ICS_START.search(data, 0, 4096):
        # RFC 5545 §3.1: simple writers fold inside a multi-byte character, and unfolding must
        # restore the octets. Unfold the bytes first so both halves of 'é' meet again; the
        # iCalendar reader unfolds again harmlessly.
        data = _FOLD.sub(b"", data)
        try:
            return data.decode("utf-8").lstrip("\ufeff")
        except UnicodeDecodeError:
            pass
    return _not_utf8(data).lstrip("\ufeff")


_ICS_START = re.compile(rb"BEGIN:V", re.IGNORECASE)
_FOLD = re.compile(rb"\r?\n[ \t]")


def _cp1252_bytes(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    # The five bytes cp1252 leaves undefined are dropped: never U+FFFD in a name.
    return exc.object[exc.start : exc.end].decode("cp1252", errors="ignore"), exc.end


codecs.register_error("rightnote-cp1252", _cp1252_bytes)


def _not_utf8(data: bytes) -> str:
    """A file that is not valid UTF-8: Windows-1252 (older Outlook and Exchange exports), or
    UTF-8 with a few stray bytes (a hand edit, a truncated field).

    A file is one encoding, so the choice is made once, on evidence: valid multi-byte UTF-8
    characters outnumbering the invalid bytes mean UTF-8 (each stray byte then read as
    cp1252); otherwise the whole file is cp1252. Text in cp1252 rarely forms valid UTF-8
    by accident ('é' then a space is not a UTF-8 sequence).
    """
    escaped = data.decode("utf-8", errors="surrogateescape")
    non_ascii = len(escaped) - len(escaped.encode("ascii", errors="ignore"))
    # Each invalid byte is one escape character, and one character fewer when ignored.
    invalid = len(escaped) - len(data.decode("utf-8", errors="ignore"))
    if non_ascii - invalid > invalid:
        return data.decode("utf-8", errors="rightnote-cp1252")
    return data.decode("cp1252", errors="ignore")


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
        for key in ("items", "value"):
            # Neither key is an event field: a page whose events list is not a list is a broken
            # download, not one event.
            if key in data:
                raise ParseError(
                    f"'{key}' must be a list of events, not a JSON {_json_type(data[key])}"
                )
        if not data:
            raise ParseError("the JSON object is empty: expected an event or a page of events")
        return [data]
    if isinstance(data, list):
        out: list[dict[str, Any]] = []
        for item in data:
            # A list of pages is a paged download written out as one file.
            if isinstance(item, dict) and ("items" in item or "value" in item):
                out.extend(_unwrap(item))
            else:
                out.extend(_objects([item]))
        return out
    raise ParseError("expected a JSON event, a list of events or an API page")


def _json_type(value: Any) -> str:
    names = {dict: "object", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


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
