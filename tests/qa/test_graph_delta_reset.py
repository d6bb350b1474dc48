"""Graph calendarView delta: a delta link Graph no longer knows, as Graph really says it.

Graph documents a delta reset both as 410 Gone and as a 400 BadRequest whose error code is
`syncStateNotFound` ("The sync state generation is not found. The delta token is expired and
data must be synchronized again."), `syncStateInvalid` or `resyncRequired`. Either way the round
must become a full one; before, a 400 failed every round with the same dead link until the weekly
full sync came round (up to seven days without calendar changes)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from app.errors import ProviderError
from app.providers.graph_calendar_changes import GraphIncrementalCalendar
from app.providers.microsoft_graph import GraphClient, GraphGone, raise_for_status
from app.settings import Settings
from app.store.drafts import DraftRecord
from tests.fakes.microsoft_identity import ALICE
from tests.support.live import LiveEnv, graph_interview
from tests.support.live import now as live_now
from tests.sync.conftest import env  # noqa: F401  (fixture)

BASE = "https://graph.microsoft.com/v1.0"
NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
WINDOW = (NOW - timedelta(days=14), NOW + timedelta(days=60))
DEAD_LINK = BASE + "/me/calendarView/delta?$deltatoken=old"


def _event(event_id: str) -> dict[str, Any]:
    start = NOW + timedelta(days=1)
    return {
        "id": event_id,
        "subject": "Interview: Staff Engineer",
        "start": {"dateTime": start.strftime("%Y-%m-%dT%H:%M:%S.0000000"), "timeZone": "UTC"},
        "end": {
            "dateTime": (start + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.0000000"),
            "timeZone": "UTC",
        },
        "attendees": [],
    }


def _calendar(expired: httpx.Response) -> tuple[GraphIncrementalCalendar, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if "$deltatoken=old" in str(request.url):
            return expired
        return httpx.Response(
            200,
            json={
                "value": [_event("AAMk1")],
                "@odata.deltaLink": BASE + "/me/calendarView/delta?$deltatoken=new",
            },
        )

    async def token() -> str:
        return "token"

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    client = GraphClient(http, token, base_url=BASE)
    return GraphIncrementalCalendar(client, Settings()), seen


def _error(status: int, code: str) -> httpx.Response:
    return httpx.Response(
        status,
        json={"error": {"code": code, "message": "The sync state generation is not found."}},
    )


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (410, "SyncStateNotFound"),
        (400, "syncStateNotFound"),
        (400, "SyncStateNotFound"),
        (400, "syncStateInvalid"),
        (400, "resyncRequired"),
        (410, "resyncRequired"),
    ],
)
async def test_an_expired_delta_link_becomes_a_full_round(status: int, code: str) -> None:
    calendar, seen = _calendar(_error(status, code))

    changes = await calendar.changes(DEAD_LINK, WINDOW, timezone="UTC")

    assert changes.full_resync
    assert changes.next_cursor == BASE + "/me/calendarView/delta?$deltatoken=new"
    assert [e.event_id for e in changes.events] == ["AAMk1"]
    # The full round names the window again, as a first round does.
    assert "startDateTime" in seen[-1].url.params and "endDateTime" in seen[-1].url.params


def test_a_sync_reset_code_is_gone_and_other_bad_requests_stay_errors() -> None:
    with pytest.raises(GraphGone):
        raise_for_status(_error(400, "syncStateNotFound"), operation="calendarView delta")
    with pytest.raises(ProviderError) as other:
        raise_for_status(_error(400, "ErrorInvalidParameter"), operation="calendarView delta")
    assert not isinstance(other.value, GraphGone)


async def test_a_sync_round_on_a_delta_link_graph_answers_400_for_is_a_full_round(
    env: LiveEnv,  # noqa: F811
) -> None:
    """End to end against the fake Graph: connect, the link expires (400 syncStateNotFound), a
    new interview arrives by notification; the round is full and plans its drafts."""
    start = live_now() + timedelta(hours=3)
    env.graph.add_event(ALICE, graph_interview("AAMk1", start, start + timedelta(hours=1)))
    assert (await env.connect_microsoft()).status_code == 200
    await env.settle()
    env.graph.expire_delta_tokens(status=400)
    later = start + timedelta(days=1)
    env.graph.add_event(ALICE, graph_interview("AAMk2", later, later + timedelta(hours=1)))

    await env.graph.notify_change(ALICE, "AAMk2", "created")
    [outcome] = await env.sync.run_once()

    assert outcome.error is None and outcome.report is not None and outcome.report.full
    async with env.database.sessions() as session:
        drafts = (await session.scalars(select(DraftRecord))).all()
    assert len(drafts) == 4  # two interviewers for each of the two interviews
