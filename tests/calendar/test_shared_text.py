"""Titles and descriptions shared by many events are read once (caches keyed by the text):
each event must still get what its own date, guests and organizer decide."""

from __future__ import annotations

from typing import Any

from app.calendar.interviews import extract_interviews
from tests.calendar.helpers import ME, google_event, people

ITINERARY = (
    "Here is your schedule.<br>"
    "10:00 AM - 10:45 AM&nbsp;&nbsp;System design&nbsp;&nbsp;Lena Shah, Engineering Manager<br>"
    "11:00 AM - 11:45 AM&nbsp;&nbsp;Coding&nbsp;&nbsp;Tom Iyer, Staff Software Engineer"
)


def _page(*events: dict[str, Any]) -> dict[str, Any]:
    return {"items": [e["items"][0] for e in events]}


def _onsite(day: int, event_id: str, organizer: tuple[str, str]) -> dict[str, Any]:
    return google_event(
        "Onsite Interview: Senior Backend Engineer",
        ITINERARY,
        organizer,
        start=f"2025-03-{day:02d}T10:00:00-05:00",
        end=f"2025-03-{day:02d}T12:00:00-05:00",
        event_id=event_id,
    )


def test_one_itinerary_on_two_days_is_placed_on_each_day() -> None:
    coordinator = ("Jamie Fox", "jamie.fox@northwind.com")
    found = extract_interviews(
        _page(_onsite(3, "a", coordinator), _onsite(10, "b", coordinator)),
        format="google",
        me=ME,
        timezone="America/New_York",
    )
    assert [i.event_id for i in found] == ["a", "b"]
    first, second = found
    assert people(first) == people(second)
    starts = [[i.slot_start for i in interview.interviewers] for interview in found]
    assert [s.day for s in starts[0] if s] == [3, 3]
    assert [s.day for s in starts[1] if s] == [10, 10]


def test_the_same_text_from_another_sender_names_another_company() -> None:
    found = extract_interviews(
        _page(
            _onsite(3, "a", ("Jamie Fox", "jamie.fox@northwind.com")),
            _onsite(4, "b", ("Rae Kim", "rae.kim@fabrikam.com")),
        ),
        format="google",
        me=ME,
        timezone="America/New_York",
    )
    assert [(i.event_id, i.company) for i in found] == [("a", "Northwind"), ("b", "Fabrikam")]


def test_a_shared_title_gives_the_candidates_position_per_event() -> None:
    # The parenthesis after the candidate's own name is the position; after someone else's
    # it is their title. The title is the same on both events; the guests decide.
    title = "Meet the team - Alex Morgan (Frontend Engineer)"
    mine = google_event(
        title,
        "",
        ("Jamie Fox", "jamie.fox@northwind.com"),
        ("Alex Morgan", "alex.morgan@gmail.com"),
        ("Lena Shah", "lena.shah@northwind.com"),
        start="2025-03-03T10:00:00-05:00",
        end="2025-03-03T11:00:00-05:00",
        me="someone.else@gmail.com",
        event_id="a",
    )
    theirs = google_event(
        title,
        "",
        ("Jamie Fox", "jamie.fox@northwind.com"),
        ("Lena Shah", "lena.shah@northwind.com"),
        start="2025-03-04T10:00:00-05:00",
        end="2025-03-04T11:00:00-05:00",
        event_id="b",
    )
    found = extract_interviews(
        _page(mine, theirs),
        format="google",
        me=[*ME, "someone.else@gmail.com"],
        timezone="America/New_York",
        include_all=True,
    )
    positions = {i.event_id: i.position for i in found}
    assert positions == {"a": "Frontend Engineer", "b": None}
