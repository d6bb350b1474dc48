"""The compose sidebar end to end: signed requests in, Card JSON out, Calendar read from the fake
through the real client library. Every response is checked against Google's schemas."""

from __future__ import annotations

import html
from datetime import timedelta
from typing import Any, Literal

import pytest
from sqlalchemy import func, select

from app.autodraft.ingest import ingest_interviews, interviews_from_events
from app.calendar.interviews import parse_events
from app.store.drafts import DraftRecord, DraftState
from app.store.opportunities import Opportunity
from app.store.queries import get_or_create_user
from app.store.users import User
from tests.addons.gmail_harness import (
    AUTH,
    IDENTITY,
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

COMPOSE = "/addons/gmail/compose"
DANA = "dana.lee@litware.example"


@pytest.fixture
def apis() -> FakeGoogleApis:
    fake = FakeGoogleApis()
    # Ended two hours ago: the notes are due now.
    fake.add_event(interview_event("loop1", now() - timedelta(hours=3, minutes=30)))
    fake.add_event(
        {
            "id": "lunch",
            "summary": "Lunch with Alex",
            "start": {"dateTime": now().isoformat()},
            "end": {"dateTime": (now() + timedelta(hours=1)).isoformat()},
        }
    )
    return fake


async def open_compose(h: Harness, **event: Any) -> dict[str, Any]:
    response = await h.call(COMPOSE, h.event(**event))
    return pushed_card(response)


async def test_a_recipient_who_interviewed_you_is_matched(h: Harness) -> None:
    card = await open_compose(h, to=[DANA])
    said = texts(card)
    assert "Dana Lee" in said and "Engineering Manager" in said
    assert "Interview: Staff Engineer - Litware" in said
    # The suggested note and why (a people-manager title: a decision-maker).
    assert "Follow up with a decision-maker" in said
    assert "Decision-maker" in said
    assert selected(card, "scenario") == ["follow_up"]
    assert {"topic", "questions", "question_1", "question_2"} <= set(input_names(card))
    assert "Send by" in said
    assert button_texts(card)[:2] == ["Insert draft", "Check voice"]
    # The calendar was read with the user's token, over the right window.
    calls = h.apis.seen("GET", "/calendar/v3/calendars/primary/events")
    assert len(calls) == 1 and calls[0].query["singleEvents"] == ["true"]


async def test_an_executive_gets_a_short_thank_you(h: Harness) -> None:
    card = await open_compose(h, to=["sam@litware.example"])
    assert selected(card, "scenario") == ["gratitude"]
    assert "questions" not in input_names(card)


async def test_insert_produces_the_draft_markup(h: Harness) -> None:
    card = await open_compose(h, to=[])
    assert "Add the interviewer to the To line" in texts(card)
    card = await open_compose(h, cc=[DANA])  # matched through Cc
    assert "Dana Lee" in texts(card)
    insert = button(card, "Insert draft")
    # The user has since taken Dana off Cc: the To line is empty and she is nowhere.
    event = h.event(
        inputs=form(
            scenario="follow_up",
            topic="the billing <migration> & rollout",
            questions=["funding"],
            question_1="What would <b>success</b> look like in a year?",
        )
    )
    response = await h.click(insert, event)
    markup = response["renderActions"]["hostAppAction"]["gmailAction"]["updateDraftActionMarkup"]
    body = markup["updateBody"]
    assert body["type"] == "IN_PLACE_INSERT"
    content = body["insertContents"][0]
    assert content["contentType"] == "MUTABLE_HTML"
    # What the user typed is escaped: no markup of theirs reaches the draft.
    assert "&lt;migration&gt; &amp; rollout" in content["content"]
    assert "<b>success</b>" not in content["content"]
    assert "Hi Dana," in html.unescape(content["content"])
    assert "what gets cut when a quarter runs short" in content["content"]
    assert markup["updateSubject"]["subject"] == "Thank you, and two questions"
    # The To line was empty: the interviewer is put there.
    assert markup["updateToRecipients"] == {"toRecipients": [{"email": DANA}]}
    assert response["renderActions"]["action"]["notification"]["text"].startswith("Inserted")
    # Still on Cc: not added to To a second time.
    again = await h.click(insert, h.event(cc=[DANA], inputs=form(topic="billing")))
    markup = again["renderActions"]["hostAppAction"]["gmailAction"]["updateDraftActionMarkup"]
    assert "updateToRecipients" not in markup


async def test_recipients_the_user_chose_are_left_alone(h: Harness) -> None:
    card = await open_compose(h, to=[DANA])
    response = await h.click(
        button(card, "Insert draft"), h.event(to=[DANA], inputs=form(topic="the billing migration"))
    )
    markup = response["renderActions"]["hostAppAction"]["gmailAction"]["updateDraftActionMarkup"]
    assert "updateToRecipients" not in markup
    assert "updateSubject" in markup


async def test_three_questions_are_refused_and_nothing_is_inserted(h: Harness) -> None:
    card = await open_compose(h, to=[DANA])
    event = h.event(
        to=[DANA],
        inputs=form(
            scenario="follow_up",
            topic="billing",
            questions=["funding", "team"],
            question_1="How do we measure success?",
        ),
    )
    response = await h.click(button(card, "Insert draft"), event)
    assert "hostAppAction" not in response["renderActions"]
    assert "at most 2" in response["renderActions"]["action"]["notification"]["text"]
    assert "Nothing was inserted" in response["renderActions"]["action"]["notification"]["text"]


async def test_check_voice_shows_findings(h: Harness) -> None:
    card = await open_compose(h, to=[DANA])
    event = h.event(
        to=[DANA],
        inputs=form(
            scenario="recovery",
            own_text="Hi Dana, I'm so sorry!!! Please give me another chance, I really need this "
            "job. Your question was unclear.",
        ),
    )
    response = await h.click(button(card, "Check voice"), event)
    checked = texts(updated_card(response))
    assert "Hold: do not send this as written." in checked
    for code in ("pleading", "intensity", "blame_shift"):
        assert code in checked
    assert "Try:" in checked  # suggestions shown
    # Without pasted text, the note RightNote would insert is checked instead.
    response = await h.click(
        button(card, "Check voice"), h.event(to=[DANA], inputs=form(scenario="gratitude"))
    )
    checked = texts(updated_card(response))
    assert "the note RightNote would insert" in checked
    assert "placeholder_left" in checked  # no topic given yet


async def test_changing_the_scenario_re_renders_its_inputs(h: Harness) -> None:
    card = await open_compose(h, to=[DANA])
    picker = next(w for w in _selections(card) if w["name"] == "scenario")
    response = await h.click(
        {"action": picker["onChangeAction"]},
        h.event(to=[DANA], inputs=form(scenario="recovery", topic="caching")),
    )
    refreshed = updated_card(response)
    assert selected(refreshed, "scenario") == ["recovery"]
    assert {"stumble", "what_happened", "restatement"} <= set(input_names(refreshed))
    # Recovery shows the time left before the debrief.
    assert "before the debrief" in texts(refreshed) or "Send-by was" in texts(refreshed)


def _selections(card: dict[str, Any]) -> list[dict[str, Any]]:
    from tests.addons.gmail_harness import widgets_named

    return widgets_named(card, "selectionInput")


async def test_no_match_still_offers_the_picker(h: Harness) -> None:
    card = await open_compose(h, to=["friend@example.org"])
    said = texts(card)
    assert "No interview found" in said and "friend@example.org" in said
    assert selected(card, "scenario") == ["gratitude"]
    response = await h.click(button(card, "Insert draft"), h.event(to=["friend@example.org"]))
    markup = response["renderActions"]["hostAppAction"]["gmailAction"]["updateDraftActionMarkup"]
    assert "[first name]" in markup["updateBody"]["insertContents"][0]["content"]
    assert "updateToRecipients" not in markup


async def _plan_drafts(h: Harness) -> None:
    """The auto-draft layer has planned notes for the interview (as a sync would)."""
    async with h.database.sessions() as session:
        user = await get_or_create_user(session, IDENTITY)
        items = [e for e in h.apis.calendars[USER_EMAIL] if e["id"] == "loop1"]
        events = parse_events(items, format="google", timezone="UTC")
        interviews = interviews_from_events(events, me=[USER_EMAIL], timezone="UTC")
        await ingest_interviews(session, user, interviews, now=now(), timezone="UTC")
        await session.commit()


async def _records(h: Harness) -> list[DraftRecord]:
    async with h.database.sessions() as session:
        return list((await session.scalars(select(DraftRecord))).all())


async def test_stand_down_explains_cancels_and_inserts_nothing(h: Harness) -> None:
    await _plan_drafts(h)
    pending = [r for r in await _records(h) if r.state is DraftState.PENDING]
    assert len(pending) >= 2
    card = await open_compose(h, to=[DANA])
    event = h.event(to=[DANA], inputs=form(scenario="stand_down"))
    refreshed = updated_card(
        await h.click(
            {
                "action": next(w for w in _selections(card) if w["name"] == "scenario")[
                    "onChangeAction"
                ]
            },
            event,
        )
    )
    assert button_texts(refreshed)[0] == "Stand down"
    assert "Insert draft" not in button_texts(refreshed)
    response = await h.click(button(refreshed, "Stand down"), h.event(to=[DANA]))
    assert "hostAppAction" not in response["renderActions"]
    said = texts(updated_card(response))
    assert f"cancelled {len(pending)} pending auto-drafts" in said
    assert "other candidates" in said
    records = await _records(h)
    assert all(r.state is DraftState.CANCELLED for r in records)
    async with h.database.sessions() as session:
        opportunity = await session.scalar(select(Opportunity))
        assert opportunity is not None and opportunity.stood_down
    # Insert with stand_down picked inserts nothing either.
    response = await h.click(
        button(card, "Insert draft"), h.event(to=[DANA], inputs=form(scenario="stand_down"))
    )
    assert "hostAppAction" not in response["renderActions"]
    # Next time, the suggestion is to stand down.
    again = await open_compose(h, to=[DANA])
    assert selected(again, "scenario") == ["stand_down"]


async def test_missing_scopes_are_requested(h: Harness) -> None:
    granted = [
        AUTH + "gmail.addons.execute",
        AUTH + "gmail.addons.current.action.compose",
        AUTH + "userinfo.email",
    ]
    response = await h.call(COMPOSE, h.event(to=[DANA], scopes=granted))
    assert response == {
        "requesting_google_scopes": {
            "scopes": [
                AUTH + "gmail.addons.current.message.metadata",
                AUTH + "calendar.events.owned.readonly",
            ]
        }
    }
    assert h.apis.requests == []  # asked before using anything
    # Insert needs the compose scope only.
    insert = await h.call(
        "/addons/gmail/actions/insert", h.event(to=[DANA], scopes=[AUTH + "gmail.addons.execute"])
    )
    assert insert == {
        "requesting_google_scopes": {"scopes": [AUTH + "gmail.addons.current.action.compose"]}
    }


@pytest.mark.parametrize("fault", ["status", "slow", "drop"])
async def test_a_failing_calendar_is_said_plainly_and_the_card_still_works(
    h: Harness, fault: Literal["status", "slow", "drop"]
) -> None:
    for _ in range(2):  # httplib2 replays a dropped request once
        h.apis.fail(fault, on="GET /events", status=503, delay=20.0)
    card = await open_compose(h, to=[DANA])
    said = texts(card)
    assert "Google Calendar is slow or not answering" in said
    assert "No interview found" not in said  # unknown, not "no"
    assert selected(card, "scenario") == ["gratitude"]
    response = await h.click(button(card, "Insert draft"), h.event(to=[DANA]))
    assert "updateDraftActionMarkup" in response["renderActions"]["hostAppAction"]["gmailAction"]


async def test_a_rejected_calendar_token_is_said_plainly(h: Harness) -> None:
    card = await open_compose(h, to=[DANA], oauth_token="ya29.expired")
    assert "did not accept RightNote's access" in texts(card)
    assert "Insert draft" in button_texts(card)


async def test_requests_without_valid_tokens_do_nothing(h: Harness) -> None:
    event = h.event(to=[DANA])
    no_token = await h.post(COMPOSE, event, system_token="")
    forged = await h.post(
        COMPOSE,
        event,
        system_token=h.identity.forged_token(
            h.identity.system_token("https://rightnote.example.com" + COMPOSE)
        ),
    )
    other_endpoint = await h.post(
        COMPOSE,
        event,
        system_token=h.identity.system_token("https://rightnote.example.com/addons/gmail/homepage"),
    )
    bad_user = h.event(to=[DANA])
    bad_user["authorizationEventObject"]["userIdToken"] = h.identity.forged_token(
        h.identity.user_token()
    )
    forged_user = await h.post(COMPOSE, bad_user)
    stand_down = await h.post("/addons/gmail/actions/stand-down", event, system_token="")
    for response in (no_token, forged, other_endpoint, forged_user, stand_down):
        assert response.status_code == 401, response.text
        assert response.json()["error"] == "unauthorized"
    assert h.apis.requests == []
    async with h.database.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(User)) == 0
