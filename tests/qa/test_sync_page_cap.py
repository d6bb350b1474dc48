"""A full calendar listing that the page cap cuts short is not the whole window.

`CalendarChanges.full_resync` tells the sync that every event of the window was listed, so a
stored interview the listing did not name is cancelled (its drafts with it). Before, a full round
stopped by the page cap (Graph `MAX_PAGES` delta pages, Google `MAX_PAGES` events.list pages;
Google documents that a page may hold fewer events than asked, even none, with more to come)
was still reported as full: every interview on the unread pages would have been cancelled.
Now such a round is stored as changes, with no cursor, so the next round is a full one again."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.providers import google_calendar_changes as google
from app.providers import graph_calendar_changes as graph
from app.providers.google_api import access_token_credentials
from app.providers.microsoft_graph import GraphClient
from app.settings import Settings
from tests.fakes.google_api import USER_TOKEN, FakeGoogleApis
from tests.fakes.server import serve_asgi
from tests.providers.google_env import google_settings

BASE = "https://graph.microsoft.com/v1.0"
NOW = datetime.now(UTC).replace(microsecond=0)
WINDOW = (NOW - timedelta(days=14), NOW + timedelta(days=60))


def _graph_event(n: int) -> dict[str, Any]:
    start = NOW + timedelta(days=1, hours=n)
    stamp = "%Y-%m-%dT%H:%M:%S.0000000"
    return {
        "id": f"AAMk{n}",
        "subject": "Interview: Staff Engineer",
        "start": {"dateTime": start.strftime(stamp), "timeZone": "UTC"},
        "end": {"dateTime": (start + timedelta(hours=1)).strftime(stamp), "timeZone": "UTC"},
        "attendees": [],
    }


def _graph_calendar(pages: int) -> graph.GraphIncrementalCalendar:
    """A delta round of `pages` pages of one event each, the last with the delta link."""

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("$skiptoken", "0"))
        body: dict[str, Any] = {"value": [_graph_event(page)]}
        if page + 1 < pages:
            body["@odata.nextLink"] = f"{BASE}/me/calendarView/delta?$skiptoken={page + 1}"
        else:
            body["@odata.deltaLink"] = f"{BASE}/me/calendarView/delta?$deltatoken=d"
        return httpx.Response(200, json=body)

    async def token() -> str:
        return "token"

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return graph.GraphIncrementalCalendar(GraphClient(http, token, base_url=BASE), Settings())


async def test_a_graph_full_round_cut_by_the_page_cap_is_not_complete(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(graph, "MAX_PAGES", 3)

    changes = await _graph_calendar(pages=5).changes(None, WINDOW, timezone="UTC")

    assert not changes.full_resync
    assert changes.next_cursor is None  # so the next round is full again
    assert [e.event_id for e in changes.events] == ["AAMk0", "AAMk1", "AAMk2"]


async def test_a_graph_full_round_inside_the_cap_is_complete(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(graph, "MAX_PAGES", 3)

    changes = await _graph_calendar(pages=3).changes(None, WINDOW, timezone="UTC")

    assert changes.full_resync
    assert changes.next_cursor == f"{BASE}/me/calendarView/delta?$deltatoken=d"
    assert len(changes.events) == 3


@pytest.fixture
def google_calendar(tmp_path: Path) -> Iterator[tuple[FakeGoogleApis, Settings]]:
    apis = FakeGoogleApis()
    with serve_asgi(apis.app) as url:
        yield apis, google_settings(tmp_path, url)


def _google_event(n: int) -> dict[str, Any]:
    start = NOW + timedelta(days=1, hours=n)
    return {
        "id": f"ev{n}",
        "iCalUID": f"ev{n}@google.com",
        "summary": "Interview: Staff Engineer",
        "start": {"dateTime": start.isoformat()},
        "end": {"dateTime": (start + timedelta(hours=1)).isoformat()},
    }


@pytest.mark.parametrize(("events", "complete"), [(3, False), (2, True)])
async def test_a_google_full_listing_cut_by_the_page_cap_is_not_complete(
    google_calendar: tuple[FakeGoogleApis, Settings],
    monkeypatch: pytest.MonkeyPatch,
    events: int,
    complete: bool,
) -> None:
    apis, settings = google_calendar
    for n in range(events):
        apis.add_event(_google_event(n))
    monkeypatch.setattr(google, "PAGE_SIZE", 1)
    monkeypatch.setattr(google, "MAX_PAGES", 2)
    calendar = google.GoogleIncrementalCalendar(access_token_credentials(USER_TOKEN), settings)

    changes = await calendar.changes(None, WINDOW, timezone="UTC")

    assert changes.full_resync is complete
    assert (changes.next_cursor is not None) is complete
    assert [e.event_id for e in changes.events] == ["ev0", "ev1"]
