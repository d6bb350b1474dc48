"""Provider text with a lone UTF-16 surrogate, as JSON can carry it ("\\ud83d").

Graph and Google are UTF-16 services: a field cut at a fixed length (Graph's 255-character
`bodyPreview`, a display name truncated by the organizer's client) can end half-way through an
emoji, and their JSON then writes a lone escape such as "\\ud83d". `json.loads` (httpx, the
Google client) turns it into a Python str that cannot be encoded as UTF-8, so neither SQLite nor
PostgreSQL can store it. Before, such an event failed the whole calendar sync on every round
(UnicodeEncodeError at INSERT), so no interview of that calendar was planned or updated again.
Now the store writes the lone surrogate as U+FFFD, as it drops U+0000."""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import select

from app.store.db import Database, without_nul
from app.store.interviews import InterviewerRecord, InterviewRecord
from tests.autodraft.test_sync_algorithm import NOW, interview, world
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
