"""The calendar card's plan inputs are numbered in interviewer order (scenario_0, stumble_0 ...)
and Save plan re-reads the event. When the guest list changed between opening the card and
pressing Save (the recruiter added an interviewer, or removed one), the numbers pointed at other
people: what the user wrote about a stumble with Dana was saved on someone else's plan, whose
draft then became a repair note about a stumble they never saw. The card now carries who each
number is for, and an edit for someone no longer in the invite is not applied to anyone."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.store.interviews import InterviewerRecord
from app.store.plans import Plan
from tests.addons.gmail_harness import (
    Harness,
    button,
    form,
    harness,
    interview_event,
    now,
    pushed_card,
)
from tests.fakes.google_api import FakeGoogleApis
from tests.fakes.google_identity import USER_EMAIL

DANA = ("Dana Lee", "dana.lee@litware.example", "Engineering Manager")
SAM = ("Sam Rivera", "sam@litware.example", "CEO")
ALEX = ("Alex Park", "alex.park@litware.example", "Staff Engineer")
STUMBLE = "I froze on the capacity question"


@pytest.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    apis = FakeGoogleApis()
    apis.add_event(interview_event("loop1", now() - timedelta(hours=2), people=(DANA, SAM)))
    async with harness(tmp_path, apis) as ready:
        await ready.connect_mailbox()
        yield ready


def _calendar(h: Harness) -> dict[str, Any]:
    stored = next(e for e in h.apis.calendars[USER_EMAIL] if e["id"] == "loop1")
    return {"calendarId": USER_EMAIL, "id": "loop1", "attendees": stored["attendees"]}


def _replace_event(h: Harness, people: tuple[tuple[str, str, str], ...]) -> None:
    events = h.apis.calendars[USER_EMAIL]
    old = next(e for e in events if e["id"] == "loop1")
    new = interview_event("loop1", now() - timedelta(hours=2), people=people)
    new["start"], new["end"] = old["start"], old["end"]
    events[events.index(old)] = new


async def _stumbles(h: Harness) -> dict[str, str | None]:
    async with h.database.sessions() as session:
        rows = await session.execute(
            select(InterviewerRecord.email, Plan.stumble_text).join(
                Plan, Plan.interviewer_id == InterviewerRecord.id
            )
        )
        return {email or "": text for email, text in rows.all()}


@pytest.mark.parametrize(
    "later",
    [(ALEX, DANA, SAM), (SAM,), (SAM, DANA)],
    ids=["one added ahead", "dana removed", "order changed"],
)
async def test_save_plan_after_the_guest_list_changed(
    h: Harness, later: tuple[tuple[str, str, str], ...]
) -> None:
    opened = pushed_card(
        await h.call("/addons/calendar/event-open", h.event("CALENDAR", calendar=_calendar(h)))
    )
    # The card showed Dana first: the user writes about their stumble with Dana (number 0).
    inputs = form(scenario_0="recovery", stumble_0=STUMBLE, scenario_1="gratitude")
    _replace_event(h, later)
    event = h.event("CALENDAR", calendar=_calendar(h), inputs=inputs)
    await h.click(button(opened, "Save plan"), event)
    stumbles = await _stumbles(h)
    for _, email, _ in later:
        expected = STUMBLE if email == DANA[1] else None
        assert stumbles.get(email) == expected, (email, stumbles)
