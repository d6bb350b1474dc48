"""Card labels are card text: Google renders a little HTML in them (bold, colour, links), as the
project's own card renderer (tests/support/card_renderer.py) reads them. The calendar side of
the cards escaped what an invite says in each widget's text, but not in its labels: an invite
whose company, position or guest's job title held '<a href=...>Reconnect</a>' put a live link
(or coloured text) under the interview on the compose, homepage and calendar cards. Anyone can
send an invite; its words must never become structure (SECURITY.md)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.addons.gmail_harness import Harness, harness, interview_event, now, pushed_card
from tests.fakes.google_api import FakeGoogleApis
from tests.fakes.google_identity import USER_EMAIL

LINK = '<a href="https://evil.example/login">Reconnect RightNote</a>'
COLOUR = '<font color="#ff0000">URGENT</font>'
DANA = "dana.lee@litware.example"


@pytest.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    apis = FakeGoogleApis()
    event = interview_event(
        "loop1",
        now() - timedelta(hours=3),
        title=f"Interview: Staff Engineer {LINK} - Litware {COLOUR}",
        people=(
            ("Dana Lee", DANA, f"Engineering Manager {LINK}"),
            ("Sam Rivera", "sam@litware.example", "CEO"),
        ),
    )
    apis.add_event(event)
    async with harness(tmp_path, apis) as ready:
        yield ready


def labels(card: Any) -> Iterator[str]:
    if isinstance(card, dict):
        for key, value in card.items():
            # A widget's labels, and a section's header.
            if key in ("topLabel", "bottomLabel", "header") and isinstance(value, str):
                yield value
            else:
                yield from labels(value)
    elif isinstance(card, list):
        for item in card:
            yield from labels(item)


def assert_no_markup_from_the_invite(card: dict[str, Any]) -> None:
    shown = list(labels(card))
    assert shown, "the card has no labels to check"
    for label in shown:
        assert "<a " not in label and "<font" not in label, label


async def test_compose_card(h: Harness) -> None:
    card = pushed_card(await h.call("/addons/gmail/compose", h.event(to=[DANA])))
    assert_no_markup_from_the_invite(card)


async def test_homepage_card(h: Harness) -> None:
    card = pushed_card(await h.call("/addons/gmail/homepage", h.event()))
    assert_no_markup_from_the_invite(card)


async def test_calendar_card(h: Harness) -> None:
    stored = h.apis.calendars[USER_EMAIL][0]
    calendar = {
        "calendarId": USER_EMAIL,
        "id": "loop1",
        "organizer": stored["organizer"],
        "attendees": stored["attendees"],
    }
    response = await h.call("/addons/calendar/event-open", h.event("CALENDAR", calendar=calendar))
    assert_no_markup_from_the_invite(pushed_card(response))
