"""The Gmail compose card with inputs that hold no visible character (a zero-width space pasted
with a word that was then deleted, a lone BOM). Before, such a topic was used as the topic ("I
enjoyed talking about \u200b with you."), and such a pasted text was voice-checked as the user's
note ("missing_thanks") where the JSON API refuses it as empty."""

from __future__ import annotations

import html
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from tests.addons.gmail_harness import (
    Harness,
    button,
    form,
    harness,
    interview_event,
    now,
    pushed_card,
    texts,
    updated_card,
)
from tests.fakes.google_api import FakeGoogleApis

DANA = "dana.lee@litware.example"
INVISIBLE = "\u200b\u200d\ufeff \u2060"


@pytest.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    apis = FakeGoogleApis()
    apis.add_event(interview_event("loop1", now() - timedelta(hours=3, minutes=30)))
    async with harness(tmp_path, apis) as ready:
        yield ready


async def _card(h: Harness) -> dict:  # type: ignore[type-arg]
    return pushed_card(await h.call("/addons/gmail/compose", h.event(to=[DANA])))


async def test_an_invisible_topic_is_left_as_the_placeholder(h: Harness) -> None:
    card = await _card(h)
    inputs = form(scenario="follow_up", topic=INVISIBLE)
    response = await h.click(button(card, "Insert draft"), h.event(to=[DANA], inputs=inputs))
    markup = response["renderActions"]["hostAppAction"]["gmailAction"]["updateDraftActionMarkup"]
    body = html.unescape(markup["updateBody"]["insertContents"][0]["content"])
    assert "talking about [topic we discussed] with you" in body, body
    assert "\u200b" not in body


async def test_an_invisible_pasted_text_is_not_checked_as_the_users_note(h: Harness) -> None:
    card = await _card(h)
    inputs = form(scenario="gratitude", own_text=INVISIBLE)
    response = await h.click(button(card, "Check voice"), h.event(to=[DANA], inputs=inputs))
    checked = texts(updated_card(response))
    assert "the note RightNote would insert" in checked, checked
    assert "missing_thanks" not in checked


async def test_a_recipient_written_with_a_display_name_is_matched(h: Harness) -> None:
    # Gmail documents bare addresses; a "Name <address>" form (a client or a future event
    # format) was read as the address 'danalee<dana.lee@litware.example' and matched nobody.
    response = await h.call(
        "/addons/gmail/compose", h.event(to=["Dana Lee <dana.lee@litware.example>"])
    )
    shown = texts(pushed_card(response))
    assert "No interview found" not in shown, shown
    assert "Dana Lee" in shown
