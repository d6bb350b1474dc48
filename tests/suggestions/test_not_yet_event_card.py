"""The Calendar event card and the Gmail homepage decide the note at the time, as the compose card
does (`choice_at`): before an interviewer's slot has ended they say "Not yet" (or "Under way")
and which note follows, not the note itself; once it has ended, the note. Every response is
checked against Google's schemas by the harness.

The fake interview runs 90 minutes: Dana Lee's slot is its first 45, Sam Rivera's the last 45.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.store.plans import Plan
from tests.addons.gmail_harness import (
    Harness,
    button,
    form,
    harness,
    interview_event,
    now,
    pushed_card,
    selected,
    texts,
)
from tests.fakes.google_api import FakeGoogleApis
from tests.fakes.google_identity import USER_EMAIL

EVENT_OPEN = "/addons/calendar/event-open"
HOMEPAGE = "/addons/gmail/homepage"
FOLLOW_UP = "Follow up with a decision-maker"  # Dana, Engineering Manager
THANK = "Thank them briefly"  # Sam, CEO


def two_days_ahead() -> datetime:
    return (now() + timedelta(days=2)).replace(hour=14, minute=0, second=0)


@asynccontextmanager
async def one_interview(tmp_path: Path, start: datetime) -> AsyncIterator[Harness]:
    apis = FakeGoogleApis()
    apis.add_event(interview_event("loop1", start))
    async with harness(tmp_path, apis) as ready:
        yield ready


def calendar_object(h: Harness) -> dict[str, Any]:
    stored = next(e for e in h.apis.calendars[USER_EMAIL] if e["id"] == "loop1")
    return {
        "calendarId": USER_EMAIL,
        "id": "loop1",
        "organizer": stored["organizer"],
        "attendees": stored["attendees"],
        "capabilities": {"canSeeAttendees": True},
    }


async def open_event(h: Harness, **event: Any) -> dict[str, Any]:
    return pushed_card(
        await h.call(EVENT_OPEN, h.event("CALENDAR", calendar=calendar_object(h), **event))
    )


async def test_event_card_two_days_ahead_says_not_yet(tmp_path: Path) -> None:
    async with one_interview(tmp_path, two_days_ahead()) as h:
        await h.connect_mailbox()
        card = await open_event(h)
        said = texts(card)
        assert said.count("Not yet: no note until the interview has ended") == 2
        assert f"Then: {FOLLOW_UP}" in said and f"Then: {THANK}" in said
        assert "14:00–14:45 UTC: it has not happened yet" in said  # Dana's slot
        assert "14:45–15:30 UTC: it has not happened yet" in said  # Sam's slot
        assert "Suggested: " + FOLLOW_UP not in said
        assert "Suggested: " + THANK not in said
        # The plan's list opens on "not yet"; saving it leaves the suggestion to stand.
        assert selected(card, "scenario_0") == ["not_yet"]
        assert selected(card, "scenario_1") == ["not_yet"]
        event = h.event(
            "CALENDAR",
            calendar=calendar_object(h),
            inputs=form(scenario_0="not_yet", topic_0="the billing migration"),
        )
        saved = await h.click(button(card, "Save plan"), event)
        assert saved["renderActions"]["action"]["notification"]["text"] == "Plan saved."
        async with h.database.sessions() as session:
            plans = (await session.scalars(select(Plan))).all()
        assert [(p.topic, p.scenario_override) for p in plans] == [("the billing migration", None)]


async def test_event_card_under_way(tmp_path: Path) -> None:
    # Dana's slot started 10 minutes ago; Sam's starts in 35.
    async with one_interview(tmp_path, now() - timedelta(minutes=10)) as h:
        said = texts(await open_event(h))
        assert "Under way: no note until the interview has ended" in said
        assert "Your interview with them is under way" in said
        assert "Not yet: no note until the interview has ended" in said  # Sam, ahead
        assert "Suggested: " + FOLLOW_UP not in said


async def test_event_card_ended_a_minute_ago_suggests_the_note(tmp_path: Path) -> None:
    # The whole interview (both slots) ended a minute ago: the notes are suggested.
    async with one_interview(tmp_path, now() - timedelta(minutes=91)) as h:
        said = texts(await open_event(h))
        assert "Suggested: " + FOLLOW_UP in said
        assert "Suggested: " + THANK in said
        assert "no note until the interview has ended" not in said


async def test_homepage_two_days_ahead(tmp_path: Path) -> None:
    async with one_interview(tmp_path, two_days_ahead()) as h:
        said = texts(pushed_card(await h.call(HOMEPAGE, h.event())))
        assert (
            "Dana Lee (Engineering Manager): Not yet: no note until the interview has ended "
            f"(then: {FOLLOW_UP})"
        ) in said
        assert (
            f"Sam Rivera (CEO): Not yet: no note until the interview has ended (then: {THANK})"
            in said
        )
        assert f"Dana Lee (Engineering Manager): {FOLLOW_UP}" not in said


async def test_homepage_under_way(tmp_path: Path) -> None:
    async with one_interview(tmp_path, now() - timedelta(minutes=10)) as h:
        said = texts(pushed_card(await h.call(HOMEPAGE, h.event())))
        assert (
            "Dana Lee (Engineering Manager): Under way: no note until the interview has ended "
            f"(then: {FOLLOW_UP})"
        ) in said
        assert (
            f"Sam Rivera (CEO): Not yet: no note until the interview has ended (then: {THANK})"
            in said
        )


async def test_homepage_ended_a_minute_ago(tmp_path: Path) -> None:
    async with one_interview(tmp_path, now() - timedelta(minutes=91)) as h:
        said = texts(pushed_card(await h.call(HOMEPAGE, h.event())))
        assert f"Dana Lee (Engineering Manager): {FOLLOW_UP}" in said
        assert f"Sam Rivera (CEO): {THANK}" in said
        assert "no note until the interview has ended" not in said
