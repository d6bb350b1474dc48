"""The Gmail compose card before the interview (QA5: composing to an interviewer two days ahead
offered "Thank you for our conversation on Wednesday"): the card says when the interview is and
that the note comes after it, suggests none, offers no Insert; picking a note still writes one.
Every response is checked against Google's schemas by the harness."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.addons.gmail_harness import (
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

COMPOSE = "/addons/gmail/compose"
DANA = "dana.lee@litware.example"  # Engineering Manager: follow_up once the interview is over


@pytest.fixture
def apis() -> FakeGoogleApis:
    fake = FakeGoogleApis()
    start = (now() + timedelta(days=2)).replace(hour=14, minute=0, second=0)
    fake.add_event(interview_event("ahead1", start))
    return fake


async def test_two_days_ahead_the_card_says_not_yet(h: Harness) -> None:
    card = pushed_card(await h.call(COMPOSE, h.event(to=[DANA])))
    said = texts(card)
    assert "Dana Lee" in said
    assert "no note until the interview has ended" in said
    assert "14:00–14:45 UTC" in said and "not happened yet" in said
    assert "Then: Follow up with a decision-maker" in said
    assert selected(card, "scenario") == ["not_yet"]
    assert "Insert draft" not in button_texts(card)
    assert "Send by" not in said
    assert not {"topic", "questions"} & set(input_names(card))
    # Not the recruiter's note either: Dana is the interviewer, not the one to ask.
    assert "Asks the recruiter who you will meet" not in said


async def test_a_click_keeps_it_not_yet_and_a_pick_writes_the_note(h: Harness) -> None:
    card = pushed_card(await h.call(COMPOSE, h.event(to=[DANA])))
    check = button(card, "Check voice")
    again = updated_card(await h.click(check, h.event(to=[DANA], inputs=form(scenario="not_yet"))))
    assert selected(again, "scenario") == ["not_yet"]
    # Decided on Dana's own slot again (its times travel with the card), not the whole loop.
    assert "14:00–14:45 UTC" in texts(again)
    assert "Insert draft" not in button_texts(again)
    # The user picks a thank-you themselves: the card writes it (the user can always override).
    refresh = h.event(to=[DANA], inputs=form(scenario="gratitude"))
    refresh["commonEventObject"]["parameters"] = {
        p["key"]: p["value"] for p in check["action"]["parameters"]
    }
    picked = updated_card(await h.call("/addons/gmail/actions/compose-refresh", refresh))
    assert selected(picked, "scenario") == ["gratitude"]
    assert "Insert draft" in button_texts(picked)
    response = await h.click(
        button(picked, "Insert draft"), h.event(to=[DANA], inputs=form(scenario="gratitude"))
    )
    assert "updateDraftActionMarkup" in str(response)


async def test_insert_while_not_yet_inserts_nothing(h: Harness) -> None:
    card = pushed_card(await h.call(COMPOSE, h.event(to=[DANA])))
    check = button(card, "Check voice")
    event = h.event(to=[DANA], inputs=form(scenario="not_yet"))
    event["commonEventObject"]["parameters"] = {
        p["key"]: p["value"] for p in check["action"]["parameters"]
    }
    response = await h.call("/addons/gmail/actions/insert", event)
    assert "updateDraftActionMarkup" not in str(response)
    assert "has not ended yet" in response["renderActions"]["action"]["notification"]["text"]


async def test_under_way_says_so(h: Harness) -> None:
    # Dana's slot is the first half of a 4-hour loop that began 30 minutes ago.
    h.apis.add_event(interview_event("now1", now() - timedelta(minutes=30), minutes=240))
    card = pushed_card(await h.call(COMPOSE, h.event(to=[DANA])))
    said = texts(card)
    assert "Under way: no note until the interview has ended" in said
    assert selected(card, "scenario") == ["not_yet"]
