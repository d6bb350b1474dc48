"""Provider text with a lone UTF-16 surrogate, as JSON can carry it ("\\ud83d").

Graph and Google are UTF-16 services: a field cut at a fixed length (Graph's 255-character
`bodyPreview`, a display name truncated by the organizer's client) can end half-way through an
emoji, and their JSON then writes a lone escape such as "\\ud83d". `json.loads` (httpx, the
Google client) turns it into a Python str that cannot be encoded as UTF-8, so neither SQLite nor
PostgreSQL can store it. Before, such an event failed the whole calendar sync on every round
(UnicodeEncodeError at INSERT), so no interview of that calendar was planned or updated again.
Now the store writes the lone surrogate as U+FFFD, as it drops U+0000; and the provider clients
(app/providers/text_guard.py) do the same to what Graph and Google answer, so a card or an API
answer built from live calendar data can be written as JSON too."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import httpx
import orjson
from sqlalchemy import select

from app.providers.microsoft_graph import GraphCalendar, GraphClient
from app.providers.text_guard import valid_text
from app.store.db import Database, without_nul
from app.store.interviews import InterviewerRecord, InterviewRecord
from tests.addons.gmail_harness import harness, interview_event, now, pushed_card, texts
from tests.autodraft.test_sync_algorithm import NOW, interview, world
from tests.fakes.google_api import FakeGoogleApis
from tests.store.conftest import database_url, db  # noqa: F401  (fixtures)

# What json.loads makes of Graph's or Google's escaped JSON: the high half of U+1F600 alone.
HALF_EMOJI = json.loads('"\\ud83d"')


async def test_an_event_with_a_lone_surrogate_is_stored_and_planned(
    db: Database,  # noqa: F811
) -> None:
    w = await world(db, extendable=True)
    event = interview("a", NOW + timedelta(days=1))
    event["summary"] = "Interview: Senior Backend Engineer - Litware " + HALF_EMOJI
    event["attendees"][2]["displayName"] = "Dana Lee " + HALF_EMOJI
    w.calendar.put(event)

    report = await w.run()

    assert report.interviews == 1
    assert set(await w.drafts()) == {"a"}  # its drafts are planned
    async with db.sessions() as session:
        [title] = (await session.scalars(select(InterviewRecord.title))).all()
        names = set((await session.scalars(select(InterviewerRecord.name))).all())
    assert title.endswith("Litware \ufffd")
    assert "Dana Lee \ufffd" in names


def test_without_nul_replaces_lone_surrogates_and_keeps_pairs() -> None:
    assert without_nul("a\x00b" + HALF_EMOJI) == "ab\ufffd"
    assert without_nul({"k": ["\U0001f600", HALF_EMOJI + "x"]}) == {"k": ["\U0001f600", "\ufffdx"]}


# --- the same text read live from the provider, straight into a card or an API answer --------


async def test_the_gmail_cards_survive_a_calendar_event_with_a_lone_surrogate(
    tmp_path: Path,
) -> None:
    """Before, the compose card and the homepage answered 500 (the card could not be written as
    JSON) when any interview around now had a lone surrogate in its title or a guest's name."""
    apis = FakeGoogleApis()  # writes \\u escapes, as Google may
    event = interview_event("loop1", now() - timedelta(hours=3, minutes=30))
    event["summary"] += " " + HALF_EMOJI
    for guest in event["attendees"]:
        if guest.get("displayName") == "Dana Lee":
            guest["displayName"] = "Dana " + HALF_EMOJI
    apis.add_event(event)
    async with harness(tmp_path, apis) as h:
        compose = await h.call("/addons/gmail/compose", h.event(to=["dana.lee@litware.example"]))
        home = await h.call("/addons/gmail/homepage", h.event())
        opened = await h.call(
            "/addons/calendar/event-open",
            h.event("CALENDAR", calendar={"calendarId": "primary", "id": "loop1"}),
        )
    shown = [texts(pushed_card(answer)) for answer in (compose, home, opened)]
    assert "Dana Lee" in shown[0] and "No interview found" not in shown[0]
    assert any("\ufffd" in text for text in shown)


async def test_graph_json_with_a_lone_surrogate_reads_as_a_replacement_character() -> None:
    start = NOW + timedelta(days=1)
    stamp = "%Y-%m-%dT%H:%M:%S.0000000"
    page = {
        "value": [
            {
                "id": "AAMk1",
                "subject": "Interview: Staff Engineer " + HALF_EMOJI,
                "bodyPreview": "x" * 254 + HALF_EMOJI,
                "start": {"dateTime": start.strftime(stamp), "timeZone": "UTC"},
                "end": {
                    "dateTime": (start + timedelta(hours=1)).strftime(stamp),
                    "timeZone": "UTC",
                },
                "organizer": {"emailAddress": {"name": "Jordan", "address": "j@litware.example"}},
                "attendees": [
                    {
                        "type": "required",
                        "emailAddress": {
                            "name": "Dana " + HALF_EMOJI,
                            "address": "d@litware.example",
                        },
                    }
                ],
            }
        ]
    }
    body = json.dumps(page).encode("ascii")  # Graph's escapes, byte for byte

    async def token() -> str:
        return "token"

    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    async with httpx.AsyncClient(transport=transport) as http:
        client = GraphClient(http, token, base_url="https://graph.microsoft.com/v1.0")
        events = await GraphCalendar(client).list_events(
            NOW, NOW + timedelta(days=7), timezone="UTC"
        )

    [event] = events
    assert event.title.endswith("Engineer \ufffd")
    names = [p.name for p in event.attendees]
    assert "Dana \ufffd" in names
    orjson.dumps({"title": event.title, "names": names})  # what the API answers with


def test_valid_text_walks_keys_and_values_and_leaves_ascii_alone() -> None:
    text = "plain ascii"
    assert valid_text(text) is text
    assert valid_text({"a" + HALF_EMOJI: [1, None, "\U0001f600", HALF_EMOJI]}) == {
        "a\ufffd": [1, None, "\U0001f600", "\ufffd"]
    }
    # Two halves written as two escapes are one character.
    assert valid_text(json.loads('"\\ud83d\\ude00"')) == "\U0001f600"
