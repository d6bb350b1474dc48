"""The homepage card: what RightNote does, recent and upcoming interviews with a suggested note
per interviewer, auto-draft status, stand down and resume."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.store.opportunities import Opportunity
from tests.addons.gmail_harness import (
    AUTH,
    Harness,
    button,
    button_texts,
    interview_event,
    now,
    pushed_card,
    texts,
    updated_card,
    widgets_named,
)
from tests.addons.gmail_harness import h as h  # the fixture, over this file's apis
from tests.fakes.google_api import FakeGoogleApis

HOMEPAGE = "/addons/gmail/homepage"


@pytest.fixture
def apis() -> FakeGoogleApis:
    fake = FakeGoogleApis()
    fake.add_event(interview_event("loop1", now() - timedelta(days=1)))
    fake.add_event(
        interview_event(
            "onsite",
            now() + timedelta(days=2),
            title="Onsite interview - Contoso",
            people=(
                ("Priya Shah", "priya@contoso.example", "Staff Engineer"),
                ("Lee Chan", "lee.chan@contoso.example", "Technical Recruiter"),
            ),
        )
    )
    fake.add_event(interview_event("old", now() - timedelta(days=30), title="Interview - Fabrikam"))
    return fake


async def test_the_homepage_says_what_it_does_and_lists_interviews(h: Harness) -> None:
    card = pushed_card(await h.call(HOMEPAGE, h.event()))
    said = texts(card)
    assert "cannot rescue a candidacy that is off the mark" in said
    assert "nothing here promises an outcome" in said
    assert "guarantee" not in said.lower()
    headers = [s.get("header") for s in card["sections"]]
    assert headers.index("Recent interviews") < headers.index("Coming up")
    assert "Dana Lee (Engineering Manager): Follow up with a decision-maker" in said
    assert "Sam Rivera (CEO): Thank them briefly" in said
    # Two days ahead: no note yet (tests/suggestions/test_not_yet_event_card.py).
    assert (
        "Priya Shah (Staff Engineer): Not yet: no note until the interview has ended "
        "(then: Thank them briefly)"
    ) in said
    assert "Lee Chan (Technical Recruiter): No note (they run the process)" in said
    assert "Fabrikam" not in said  # outside the window
    assert button_texts(card).count("Stand down") == 2
    # Auto-drafts are off, with a connect button: an action that mints a signed short-lived link
    # for the verified user when pressed (tests/connect/test_connect_gmail_card.py).
    assert button(card, "Connect mailbox")["action"]["function"] == (
        "https://rightnote.example.com/addons/gmail/actions/connect"
    )
    assert "Off." in said


async def test_the_calendar_host_gets_the_same_homepage(h: Harness) -> None:
    card = pushed_card(await h.call(HOMEPAGE, h.event("CALENDAR")))
    assert "Coming up" in texts(card)


async def test_auto_draft_status(h: Harness) -> None:
    await h.connect_mailbox()
    said = texts(pushed_card(await h.call(HOMEPAGE, h.event())))
    assert "On: after each interview" in said
    assert "Connect mailbox" not in said


async def test_a_revoked_mailbox_needs_reconnecting(h: Harness) -> None:
    await h.connect_mailbox(status="needs_reauth")
    card = pushed_card(await h.call(HOMEPAGE, h.event()))
    assert "Paused" in texts(card)
    assert "Reconnect" in button_texts(card)


async def test_stand_down_and_resume_per_opportunity(h: Harness) -> None:
    card = pushed_card(await h.call(HOMEPAGE, h.event()))
    stand_downs = [
        b for bs in widgets_named(card, "buttons") for b in bs if b["text"] == "Stand down"
    ]
    response = await h.click(stand_downs[1]["onClick"], h.event())  # Contoso, coming up
    said = texts(updated_card(response))
    assert "You stood down from Contoso" in said and "created nothing" in said
    assert "stateChanged" not in response
    async with h.database.sessions() as session:
        rows = (await session.scalars(select(Opportunity))).all()
        assert [(o.company, o.stood_down) for o in rows] == [("Contoso", True)]
    card = pushed_card(await h.call(HOMEPAGE, h.event()))
    said = texts(card)
    assert "You stood down from this opportunity: no notes." in said
    assert "Priya Shah" not in said
    resumed = await h.click(button(card, "Resume"), h.event())
    assert "Resumed" in texts(updated_card(resumed))
    async with h.database.sessions() as session:
        assert (await session.scalar(select(Opportunity))).stood_down is False  # type: ignore[union-attr]


async def test_a_failing_calendar_is_said_plainly(h: Harness) -> None:
    h.apis.fail("status", on="GET /events", status=500)
    card = pushed_card(await h.call(HOMEPAGE, h.event()))
    said = texts(card)
    assert "Google Calendar is slow or not answering" in said
    assert "Auto-drafts" in said


async def test_missing_calendar_scope_is_requested(h: Harness) -> None:
    response = await h.call(HOMEPAGE, h.event(scopes=[AUTH + "gmail.addons.execute"]))
    assert response == {
        "requesting_google_scopes": {"scopes": [AUTH + "calendar.events.owned.readonly"]}
    }


async def test_no_token_no_homepage(h: Harness) -> None:
    response = await h.post(HOMEPAGE, h.event(), system_token="")
    assert response.status_code == 401
    assert h.apis.requests == []


async def test_interviews_synced_for_auto_drafts_show_when_the_calendar_fails(
    h: Harness,
) -> None:
    from app.autodraft.ingest import ingest_interviews, interviews_from_events
    from app.calendar.interviews import parse_events
    from app.store.queries import get_or_create_user
    from tests.addons.gmail_harness import IDENTITY
    from tests.fakes.google_identity import USER_EMAIL

    async with h.database.sessions() as session:
        user = await get_or_create_user(session, IDENTITY)
        items = [e for e in h.apis.calendars[USER_EMAIL] if e["id"] == "loop1"]
        interviews = interviews_from_events(
            parse_events(items, format="google", timezone="UTC"), me=[USER_EMAIL], timezone="UTC"
        )
        await ingest_interviews(session, user, interviews, now=now(), timezone="UTC")
        await session.commit()
    h.apis.fail("status", on="GET /events", status=503)
    said = texts(pushed_card(await h.call(HOMEPAGE, h.event())))
    assert "Google Calendar is slow or not answering" in said
    assert "Dana Lee (Engineering Manager): Follow up with a decision-maker" in said
    assert "Onsite interview - Contoso" not in said  # never synced
