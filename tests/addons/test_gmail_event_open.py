"""The Calendar event card: the interview's plan, Save plan, Create drafts now, stand down.

Create drafts now needs the mailbox connection (gmail.compose, from the connect flow); without it
the card says so and nothing is stored or created. With it, the drafts go through the auto-draft
delivery step into the fake Gmail, through the real client library.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from app.store.drafts import DraftRecord, DraftState
from app.store.interviews import InterviewRecord
from app.store.plans import Plan
from app.store.users import User
from tests.addons.gmail_harness import (
    AUTH,
    Harness,
    button,
    button_texts,
    form,
    input_names,
    interview_event,
    now,
    pushed_card,
    selected,
    texts,
    updated_card,
)
from tests.addons.gmail_harness import h as h  # the fixture, over this file's apis
from tests.fakes.google_api import FakeGoogleApis
from tests.fakes.google_identity import USER_EMAIL

EVENT_OPEN = "/addons/calendar/event-open"


@pytest.fixture
def apis() -> FakeGoogleApis:
    fake = FakeGoogleApis()
    fake.add_event(interview_event("loop1", now() - timedelta(hours=2)))
    return fake


def calendar_object(h: Harness, event_id: str = "loop1") -> dict[str, Any]:
    """What Google puts in `calendar` with currentEventAccess READ: no title, no times."""
    stored = next(e for e in h.apis.calendars[USER_EMAIL] if e["id"] == event_id)
    return {
        "calendarId": USER_EMAIL,
        "id": event_id,
        "organizer": stored["organizer"],
        "attendees": stored["attendees"],
        "capabilities": {"canSeeAttendees": True},
    }


async def open_event(h: Harness, **event: Any) -> dict[str, Any]:
    return pushed_card(
        await h.call(EVENT_OPEN, h.event("CALENDAR", calendar=calendar_object(h), **event))
    )


async def count(h: Harness, model: Any) -> int:
    async with h.database.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def test_the_card_shows_the_plan(h: Harness) -> None:
    card = await open_event(h)
    said = texts(card)
    assert "Interview: Staff Engineer - Litware" in said  # fetched with events.get
    assert "Dana Lee" in said and "Suggested: Follow up with a decision-maker" in said
    assert "Sam Rivera" in said and "Suggested: Thank them briefly" in said
    assert "Jordan Blake" not in said  # the recruiter runs the process
    assert h.apis.seen("GET", f"/calendar/v3/calendars/{USER_EMAIL}/events/loop1")
    # Not connected: no inputs to save, but the buttons and the connect link are there.
    assert input_names(card) == []
    assert button_texts(card)[:2] == ["Create drafts now", "Stand down"]
    assert "Connect mailbox" in button_texts(card)


async def test_create_drafts_now_without_a_mailbox_explains_and_creates_nothing(
    h: Harness,
) -> None:
    card = await open_event(h)
    response = await h.click(
        button(card, "Create drafts now"), h.event("CALENDAR", calendar=calendar_object(h))
    )
    said = texts(updated_card(response))
    assert "Nothing was created" in said
    assert "compose window you have open" in said
    assert "Connect mailbox" in button_texts(updated_card(response))
    assert h.apis.drafts == {}
    assert await count(h, InterviewRecord) == 0
    assert await count(h, DraftRecord) == 0


async def test_connected_save_plan_then_create_drafts_now(h: Harness) -> None:
    await h.connect_mailbox()
    card = await open_event(h)
    assert {"scenario_0", "topic_0", "stumble_0", "restatement_0", "scenario_1"} <= set(
        input_names(card)
    )
    assert selected(card, "scenario_0") == ["follow_up"]
    event = h.event(
        "CALENDAR",
        calendar=calendar_object(h),
        inputs=form(
            scenario_0="follow_up",
            topic_0="the billing migration",
            scenario_1="recovery",
            topic_1="our pricing model",
            stumble_1="I mixed up the two pricing tiers",
            restatement_1="usage-based pricing fits the self-serve tier best",
        ),
    )
    saved = await h.click(button(card, "Save plan"), event)
    assert saved["renderActions"]["action"]["notification"]["text"] == "Plan saved."
    async with h.database.sessions() as session:
        plans = {p.topic: p for p in (await session.scalars(select(Plan))).all()}
    assert plans["our pricing model"].stumble_text == "I mixed up the two pricing tiers"
    assert plans["the billing migration"].scenario_override is None  # the suggestion stands
    saved_card = updated_card(saved)
    assert selected(saved_card, "scenario_1") == ["recovery"]

    created = await h.click(button(saved_card, "Create drafts now"), event)
    notice = texts(updated_card(created))
    assert "2 of 2 drafts now in your Gmail drafts. Nothing was sent." in notice
    assert notice.count("Their draft is in your Gmail drafts: edit it there.") == 2
    assert "topic_0" not in input_names(updated_card(created))
    drafts = list(h.apis.drafts.values())
    assert sorted(str(d.message["To"]) for d in drafts) == [
        "Dana Lee <dana.lee@litware.example>",
        "Sam Rivera <sam@litware.example>",
    ]
    sam = next(d for d in drafts if "sam@" in str(d.message["To"]))
    plain = sam.message.get_body(("plain",))
    assert plain is not None
    body = plain.get_content()
    assert "I mixed up the two pricing tiers" in body  # the saved recovery notes were used
    assert all(d.message["X-RightNote-Key"] for d in drafts)
    # The drafts went in with the connected mailbox's token, not the add-on's.
    async with h.database.sessions() as session:
        states = (await session.scalars(select(DraftRecord.state))).all()
    assert sorted(states) == [DraftState.DELIVERED, DraftState.DELIVERED]

    again = await h.click(button(saved_card, "Create drafts now"), event)
    assert "No drafts were waiting" in texts(updated_card(again))
    assert len(h.apis.drafts) == 2  # never twice


async def test_create_drafts_now_when_gmail_fails_keeps_the_work(h: Harness) -> None:
    await h.connect_mailbox()
    card = await open_event(h)
    for _ in range(4):
        h.apis.fail("status", on="GET /drafts", status=503)
    created = await h.click(
        button(card, "Create drafts now"), h.event("CALENDAR", calendar=calendar_object(h))
    )
    notice = texts(updated_card(created))
    assert "0 of 2 drafts" in notice and "keeps trying" in notice
    async with h.database.sessions() as session:
        states = (await session.scalars(select(DraftRecord.state))).all()
    assert sorted(states) == [DraftState.PENDING, DraftState.PENDING]
    assert h.apis.drafts == {}


async def test_stand_down_from_the_calendar(h: Harness) -> None:
    await h.connect_mailbox()
    card = await open_event(h)
    await h.click(button(card, "Save plan"), h.event("CALENDAR", calendar=calendar_object(h)))
    assert await count(h, DraftRecord) == 2
    response = await h.click(
        button(card, "Stand down"), h.event("CALENDAR", calendar=calendar_object(h))
    )
    assert "cancelled 2 pending auto-drafts" in texts(updated_card(response))
    async with h.database.sessions() as session:
        states = (await session.scalars(select(DraftRecord.state))).all()
    assert set(states) == {DraftState.CANCELLED}
    reopened = pushed_card(
        await h.call(EVENT_OPEN, h.event("CALENDAR", calendar=calendar_object(h)))
    )
    assert "You stood down from this opportunity" in texts(reopened)
    assert "Create drafts now" not in button_texts(reopened)


async def test_a_failing_calendar_falls_back_to_the_guest_list(h: Harness) -> None:
    h.apis.fail("slow", on="GET /events/loop1", delay=20.0)
    card = await open_event(h)
    said = texts(card)
    assert "Google Calendar is slow or not answering" in said
    assert "Dana Lee" in said and "Sam Rivera" in said  # from the event object's attendees


async def test_an_event_on_a_calendar_we_cannot_read(h: Harness) -> None:
    obj = calendar_object(h)
    obj["calendarId"] = "team@group.calendar.google.com"
    card = pushed_card(await h.call(EVENT_OPEN, h.event("CALENDAR", calendar=obj)))
    assert "only its guest list is used" in texts(card)


async def test_missing_scopes_are_requested(h: Harness) -> None:
    response = await h.call(
        EVENT_OPEN,
        h.event(
            "CALENDAR",
            calendar=calendar_object(h),
            scopes=[AUTH + "calendar.addons.execute", AUTH + "calendar.addons.current.event.read"],
        ),
    )
    assert response == {
        "requesting_google_scopes": {"scopes": [AUTH + "calendar.events.owned.readonly"]}
    }


async def test_without_tokens_nothing_happens(h: Harness) -> None:
    await h.connect_mailbox()
    event = h.event("CALENDAR", calendar=calendar_object(h), parameters={"event_id": "loop1"})
    for path in (
        EVENT_OPEN,
        "/addons/gmail/actions/create-drafts",
        "/addons/gmail/actions/save-plan",
    ):
        response = await h.post(path, event, system_token="")
        assert response.status_code == 401
    forged = h.event("CALENDAR", calendar=calendar_object(h))
    forged["authorizationEventObject"]["userIdToken"] = h.identity.forged_token(
        h.identity.user_token()
    )
    assert (await h.post("/addons/gmail/actions/create-drafts", forged)).status_code == 401
    assert h.apis.requests == [] and h.apis.drafts == {}
    assert await count(h, InterviewRecord) == 0
    assert await count(h, User) == 1  # only the one connect_mailbox made
