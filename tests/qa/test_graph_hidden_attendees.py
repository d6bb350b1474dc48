"""Microsoft Graph's counterpart of Google's hidden guest list: `hideAttendees` ("each attendee
only sees themselves"). A guest's copy of such an event lists only the guest, so the event is
marked as having a partial list, which keeps the interviewers a sync learnt earlier (see
test_hidden_guest_list.py for what the flag does in a sync round). The field is asked for in
the Graph `$select`, or Graph would never send it."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from app.calendar.graph import normalize_graph
from app.providers.microsoft_graph import EVENT_FIELDS


def _item(**extra: Any) -> dict[str, Any]:
    return {
        "id": "AAMk-1",
        "iCalUId": "uid-1",
        "subject": "Interview: Staff Engineer",
        "start": {"dateTime": "2026-12-08T15:00:00.0000000", "timeZone": "UTC"},
        "end": {"dateTime": "2026-12-08T16:00:00.0000000", "timeZone": "UTC"},
        "organizer": {
            "emailAddress": {"name": "Jordan Blake", "address": "jordan@litware.example"}
        },
        "attendees": [],
        **extra,
    }


def _events(item: dict[str, Any]) -> list[Any]:
    return normalize_graph([item], user_tz=ZoneInfo("UTC"), window=None, cap=10)


def test_hide_attendees_marks_the_list_partial() -> None:
    (event,) = _events(_item(hideAttendees=True))
    assert event.attendees_hidden is True


def test_a_visible_list_is_whole() -> None:
    assert _events(_item(hideAttendees=False))[0].attendees_hidden is False
    assert _events(_item())[0].attendees_hidden is False


def test_the_field_is_selected() -> None:
    assert "hideAttendees" in EVENT_FIELDS.split(",")
