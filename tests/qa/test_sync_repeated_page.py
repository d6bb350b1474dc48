"""Paging that repeats a page: a Graph `@odata.nextLink` or a Google `nextPageToken` leading
back to a page already read (a server-side paging bug, or a proxy replaying an answer). Before,
the sync followed it blindly up to the page cap on every round: 400 Graph requests (with the
same 50 events read 400 times) or 200 Google requests, then no cursor, so the next round did it
again (Graph allows 10,000 requests per mailbox per 10 minutes, across all apps). Now the round
stops at the first repeated page, keeps what it read, and is not complete (as for the cap)."""

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
STAMP = "%Y-%m-%dT%H:%M:%S.0000000"


def _graph_event(n: int) -> dict[str, Any]:
    start = NOW + timedelta(days=1, hours=n)
    return {
        "id": f"AAMk{n}",
        "subject": "Interview: Staff Engineer",
        "start": {"dateTime": start.strftime(STAMP), "timeZone": "UTC"},
        "end": {"dateTime": (start + timedelta(hours=1)).strftime(STAMP), "timeZone": "UTC"},
        "attendees": [],
    }


def _graph(back_to: int) -> tuple[graph.GraphIncrementalCalendar, list[str]]:
    """Pages 0, 1, 2, ...: page 2's nextLink leads back to page `back_to`."""
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        page = int(request.url.params.get("$skiptoken", "0"))
        following = back_to if page == 2 else page + 1
        body = {
            "value": [_graph_event(page)],
            "@odata.nextLink": f"{BASE}/me/calendarView/delta?$skiptoken={following}",
        }
        return httpx.Response(200, json=body)

    async def token() -> str:
        return "token"

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    calendar = graph.GraphIncrementalCalendar(GraphClient(http, token, base_url=BASE), Settings())
    return calendar, asked


@pytest.mark.parametrize("back_to", [2, 1])
async def test_a_graph_page_that_leads_back_ends_the_round(back_to: int) -> None:
    calendar, asked = _graph(back_to)

    changes = await calendar.changes(None, WINDOW, timezone="UTC")

    assert len(asked) == 3  # pages 0, 1 and 2; the link back is not followed
    assert not changes.full_resync and changes.next_cursor is None
    assert [e.event_id for e in changes.events] == ["AAMk0", "AAMk1", "AAMk2"]


async def test_a_graph_delta_link_that_leads_to_itself_is_read_once() -> None:
    calendar, asked = _graph(back_to=2)
    link = f"{BASE}/me/calendarView/delta?$skiptoken=2"  # a stored cursor on the looping page

    changes = await calendar.changes(link, WINDOW, timezone="UTC")

    assert asked == [link]
    assert changes.next_cursor is None  # so the next round is a full one
    assert [e.event_id for e in changes.events] == ["AAMk2"]


@pytest.fixture
def google_calendar(tmp_path: Path) -> Iterator[tuple[FakeGoogleApis, Settings]]:
    apis = FakeGoogleApis()
    with serve_asgi(apis.app) as url:
        yield apis, google_settings(tmp_path, url)


async def test_a_google_page_token_that_repeats_ends_the_listing(
    google_calendar: tuple[FakeGoogleApis, Settings], monkeypatch: pytest.MonkeyPatch
) -> None:
    apis, settings = google_calendar
    for n in range(4):
        start = NOW + timedelta(days=1, hours=n)
        apis.add_event(
            {
                "id": f"ev{n}",
                "summary": "Interview: Staff Engineer",
                "start": {"dateTime": start.isoformat()},
                "end": {"dateTime": (start + timedelta(hours=1)).isoformat()},
            }
        )
    apis.repeat_pages = True
    monkeypatch.setattr(google, "PAGE_SIZE", 1)
    calendar = google.GoogleIncrementalCalendar(access_token_credentials(USER_TOKEN), settings)

    changes = await calendar.changes(None, WINDOW, timezone="UTC")

    assert len(apis.seen("GET", "/events")) == 2  # the first page, then the one that repeats
    assert not changes.full_resync and changes.next_cursor is None
    assert [e.event_id for e in changes.events] == ["ev0", "ev1"]
