"""The compose card's `target` parameter (the interview a note is for, carried from click to
click) with a start or end at the edge of what Python holds. '0001-01-01T00:00:00+14:00' or
'9999-12-31T23:59:59-14:00' parsed, then overflowed when moved to the user's zone to work out the
send-by time: Refresh, Insert draft and Check voice answered 500 instead of a card. A time no
interview can be at is now read as no time (the card still works, with the person and company).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from tests.addons.gmail_harness import Harness, form, harness, interview_event, now
from tests.fakes.google_api import FakeGoogleApis

DANA = "dana.lee@litware.example"
ACTIONS = ("compose-refresh", "insert", "check-voice")
EDGES = [
    ("0001-01-01T00:00:00+14:00", "0001-01-01T01:00:00+14:00"),
    ("9999-12-31T23:00:00-14:00", "9999-12-31T23:59:59-14:00"),
    ("2026-11-20T10:00:00+00:00", "9999-12-31T23:59:59-12:00"),
]


@pytest.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    apis = FakeGoogleApis()
    apis.add_event(interview_event("loop1", now() - timedelta(hours=3)))
    async with harness(tmp_path, apis) as ready:
        yield ready


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize(("start", "end"), EDGES)
async def test_a_target_at_the_edge_of_time_still_gets_a_card(
    h: Harness, action: str, start: str, end: str
) -> None:
    target = {"k": "loop1", "s": start, "e": end, "n": "Dana Lee", "a": DANA, "c": "Litware"}
    event = h.event(
        to=[DANA],
        parameters={"target": json.dumps(target), "had_to": "1"},
        inputs=form(scenario="recovery", stumble="I froze on the design question"),
        time_zone="Pacific/Kiritimati",
    )
    # h.call asserts a 200 and checks the answer against Google's card schemas.
    response = await h.call(f"/addons/gmail/actions/{action}", event)
    assert "Dana" in json.dumps(response)
