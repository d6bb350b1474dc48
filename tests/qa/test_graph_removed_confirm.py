"""calendarView delta `@removed` ids that Graph then will not describe.

Each `@removed` id is confirmed with `GET /me/events/{id}` (deleted, or only moved out of the
window?). Only a 404 says "deleted"; Graph can also refuse the GET itself (400
ErrorInvalidIdMalformed for an occurrence id, 403 ErrorAccessDenied for an item it no longer lets
the user read). Before, such an answer failed the whole round, and since the delta link only moves
when a round is stored, every later round replayed the same page and failed the same way: no
change of that calendar was seen until the weekly full sync. Now the id is left unconfirmed like
those past the confirmation cap: the round's other changes are stored and, without a cursor, the
next round is a full one that reconciles it by the window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from app.errors import ProviderThrottled
from app.providers.graph_calendar_changes import GraphIncrementalCalendar
from app.providers.microsoft_graph import GraphClient
from app.settings import Settings

BASE = "https://graph.microsoft.com/v1.0"
NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
WINDOW = (NOW - timedelta(days=14), NOW + timedelta(days=60))
LINK = BASE + "/me/calendarView/delta?$deltatoken=t1"


def _event(event_id: str) -> dict[str, Any]:
    start = NOW + timedelta(days=1)
    stamp = "%Y-%m-%dT%H:%M:%S.0000000"
    return {
        "id": event_id,
        "subject": "Interview: Staff Engineer",
        "start": {"dateTime": start.strftime(stamp), "timeZone": "UTC"},
        "end": {"dateTime": (start + timedelta(hours=1)).strftime(stamp), "timeZone": "UTC"},
        "attendees": [],
    }


def _calendar(refusal: httpx.Response) -> GraphIncrementalCalendar:
    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/me/calendarView/delta"):
            return httpx.Response(
                200,
                json={
                    "value": [
                        _event("AAMkKept"),
                        {"id": "AAMkGone", "@removed": {"reason": "deleted"}},
                        {"id": "AAMkOdd", "@removed": {"reason": "deleted"}},
                    ],
                    "@odata.deltaLink": BASE + "/me/calendarView/delta?$deltatoken=t2",
                },
            )
        if path.endswith("/me/events/AAMkGone"):
            return httpx.Response(404, json={"error": {"code": "ErrorItemNotFound"}})
        if path.endswith("/me/events/AAMkOdd"):
            return refusal
        return httpx.Response(500)

    async def token() -> str:
        return "token"

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return GraphIncrementalCalendar(GraphClient(http, token, base_url=BASE), Settings())


@pytest.mark.parametrize(
    ("status", "code"), [(400, "ErrorInvalidIdMalformed"), (403, "ErrorAccessDenied")]
)
async def test_a_removed_id_graph_will_not_describe_is_left_to_a_full_round(
    status: int, code: str
) -> None:
    refusal = httpx.Response(status, json={"error": {"code": code, "message": "no"}})

    changes = await _calendar(refusal).changes(LINK, WINDOW, timezone="UTC")

    assert [e.event_id for e in changes.events] == ["AAMkKept"]
    assert changes.removed_ids == ["AAMkGone"]  # confirmed by its 404; the other is not guessed
    assert changes.next_cursor is None  # the next round is full
    assert not changes.full_resync


async def test_a_throttled_confirmation_still_fails_the_round_to_be_retried() -> None:
    refusal = httpx.Response(
        429, headers={"Retry-After": "30"}, json={"error": {"code": "TooManyRequests"}}
    )
    with pytest.raises(ProviderThrottled):
        await _calendar(refusal).changes(LINK, WINDOW, timezone="UTC")
