"""A Northwind onsite that happened yesterday, as Outlook's calendar holds it, and a way to put
it in the store through the auto-draft service layer (as a calendar sync would)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from app.auth.identity import Identity
from app.autodraft.ingest import ingest_interviews
from app.calendar.interviews import extract_interviews
from app.calendar.model import Interview
from app.store.db import Database
from app.store.queries import get_or_create_user
from tests.fakes.graph import graph_event

CANDIDATE = ("Alice Candidate", "alice@contoso.example")
PRIYA = ("Priya Raman", "priya.raman@northwind.example")  # Engineering Manager
DANA = ("Dana Whitfield", "dana.whitfield@northwind.example")  # Senior Software Engineer
JORDAN = ("Jordan Blake", "jordan.blake@northwind.example")  # Recruiting Coordinator

_BODY = """<p>Hi Alice,</p><p>Here is your onsite schedule:</p>
<p>2:00 PM - 2:45 PM Priya Raman, Engineering Manager<br>
2:45 PM - 3:30 PM Dana Whitfield, Senior Software Engineer</p>
<p>Jordan Blake, Recruiting Coordinator</p>"""


def northwind_onsite(now: datetime, *, candidate: tuple[str, str] = CANDIDATE) -> dict[str, Any]:
    """Yesterday 14:00-15:30 UTC, with the schedule in the description (as recruiters write)."""
    start = (
        (now - timedelta(days=1))
        .astimezone(UTC)
        .replace(hour=14, minute=0, second=0, microsecond=0)
    )
    return graph_event(
        "Interview - Senior Backend Engineer - Northwind",
        start,
        90,
        organizer=JORDAN,
        attendees=[candidate, PRIYA, DANA],
        body=_BODY,
        id="AAMkNorthwindOnsite",
    )


def interviews_from(event: dict[str, Any], me: str, timezone: str = "UTC") -> list[Interview]:
    return extract_interviews([event], format="graph", me=[me], timezone=timezone)


async def seed_interviews(
    database: Database,
    identity: Identity,
    interviews: list[Interview],
    *,
    now: datetime,
    timezone: str = "UTC",
) -> None:
    async with database.sessions() as session, session.begin():
        user = await get_or_create_user(session, identity)
        await ingest_interviews(session, user, interviews, now=now, timezone=timezone)


LOCAL_CANDIDATE = Identity("local", "local", email=CANDIDATE[1], name=CANDIDATE[0])


async def seed_local_onsite(database: Database, now: datetime) -> None:
    """Yesterday's Northwind onsite in the store of the one local-mode user."""
    interviews = interviews_from(northwind_onsite(now), CANDIDATE[1])
    await seed_interviews(database, LOCAL_CANDIDATE, interviews, now=now)
