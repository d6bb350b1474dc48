"""Descriptions and summaries: boilerplate, names, schedules."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from app.calendar.boilerplate import clean_description
from app.calendar.names import parse_people
from app.calendar.schedule import parse_schedule, summary_people

PT = ZoneInfo("America/Los_Angeles")
UTC = ZoneInfo("UTC")


def test_teams_block_in_outlook_text_is_removed() -> None:
    text = (
        "Looking forward to it.\n\n" + "_" * 80 + "\nMicrosoft Teams meeting\nJoin on your "
        "computer, mobile app or room device\nClick here to join the meeting<https://teams."
        "microsoft.com/l/meetup-join/x>\nMeeting ID: 245 812 937 415\nPasscode: Hq7Vb2\n"
        "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://x>\n" + "_" * 80
    )
    assert clean_description(text) == "Looking forward to it."


def test_newer_teams_layout_without_rules_is_removed() -> None:
    text = (
        "Agenda: intro\nMicrosoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>\n"
        "Join the meeting now<https://teams.microsoft.com/l/x>\nMeeting ID: 1\nPasscode: 2"
    )
    assert clean_description(text) == "Agenda: intro"


def test_zoom_block_is_removed_but_following_schedule_is_kept() -> None:
    text = (
        "Join Zoom Meeting\nhttps://acme.zoom.us/j/123?pwd=x\n\nMeeting ID: 123 456 7890\n"
        "Passcode: 1\nOne tap mobile\n+16699006833,,1234567890# US (San Jose)\n\n"
        "10:00 - 10:30  Intro  Sam Lee, CTO"
    )
    assert clean_description(text) == "10:00 - 10:30  Intro  Sam Lee, CTO"


def test_google_meet_block_and_html_are_removed() -> None:
    text = (
        "Hi<br>Panel: <b>Ana Ruiz</b> (CTO)<br><br>-::~:~::~:~:~:~::~:~::-\nJoin with Google Meet:"
        " https://meet.google.com/abc-defg-hij\nPlease do not edit this section.\n-::~:~::~:~::-"
    )
    assert clean_description(text) == "Hi\nPanel: Ana Ruiz (CTO)"


def test_calendly_footer_is_removed() -> None:
    text = (
        "Event Name: Intro\n\nNeed to make changes to this event?\nCancel: https://calendly."
        "com/cancellations/x\nReschedule: https://calendly.com/reschedulings/x\n\n"
        "Powered by Calendly.com"
    )
    assert clean_description(text) == "Event Name: Intro"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deepa Rao (Hiring Manager)", [("Deepa Rao", "Hiring Manager", None, True)]),
        (
            "Sam Lee, Staff Engineer; Ana Ruiz, CTO",
            [("Sam Lee", "Staff Engineer", None, False), ("Ana Ruiz", "CTO", None, False)],
        ),
        (
            "A. Smith (Engineer) and Bob Jones (Designer)",
            [("A. Smith", "Engineer", None, False), ("Bob Jones", "Designer", None, False)],
        ),
        (
            "Deepa, Head of Research and Development",
            [("Deepa", "Head of Research and Development", None, False)],
        ),
        (
            "Priya Natarajan, Staff Engineer, Payments",
            [("Priya Natarajan", "Staff Engineer, Payments", None, False)],
        ),
        ("Sam Lee (she/her) - sam@acme.com", [("Sam Lee", None, "sam@acme.com", False)]),
        (
            "Jun Park and June Lee",
            [("Jun Park", None, None, False), ("June Lee", None, None, False)],
        ),
        (
            "Dr. Maria García-López (VP Engineering)",
            [("Maria García-López", "VP Engineering", None, False)],
        ),
        ("System Design", []),
        ("the team", []),
        ("Google Meet", []),
    ],
)
def test_parse_people(text: str, expected: list[tuple[object, ...]]) -> None:
    got = [(p.name, p.title, p.email, p.hiring_manager) for p in parse_people(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Phone Screen with Deepa (Hiring Manager)", [("Deepa", "Hiring Manager")]),
        ("Coffee with Sam Lee, CEO", [("Sam Lee", "CEO")]),
        ("Chat w/ Maria (VP Eng) - Contoso", [("Maria", "VP Eng")]),
        ("Interview with Acme - Senior Engineer", [("Acme", None)]),
        ("Team sync", []),
    ],
)
def test_summary_people(title: str, expected: list[tuple[object, ...]]) -> None:
    assert [(p.name, p.title) for p in summary_people(title)] == expected


def _slots(
    text: str, start: datetime, end: datetime, zones: list[ZoneInfo]
) -> list[tuple[Any, ...]]:
    schedule = parse_schedule(text, start=start, end=end, zones=zones)
    return [
        (
            m.person.name,
            m.person.title,
            m.topic,
            m.slot_start.strftime("%H:%M") if m.slot_start else None,
            m.slot_end.strftime("%H:%M") if m.slot_end else None,
        )
        for m in schedule.mentions
    ]


def test_meridiem_is_borrowed_from_the_end_time() -> None:
    text = "11:30 - 12:15 PM  Coding  Sam Lee, Engineer\n1 - 1:45pm  Values  Ana Ruiz, CTO"
    start, end = datetime(2025, 3, 4, 11, 30, tzinfo=PT), datetime(2025, 3, 4, 14, tzinfo=PT)
    assert _slots(text, start, end, [PT]) == [
        ("Sam Lee", "Engineer", "Coding", "11:30", "12:15"),
        ("Ana Ruiz", "CTO", "Values", "13:00", "13:45"),
    ]


def test_24_hour_clock_and_zone_hint_on_the_line() -> None:
    text = "14:00–14:45 CET: System design with Jonas Weber (Staff Engineer)"
    berlin = ZoneInfo("Europe/Berlin")
    start = datetime(2025, 3, 4, 14, tzinfo=berlin)
    end = datetime(2025, 3, 4, 15, tzinfo=berlin)
    # The event is given in UTC; the written CET puts the slot inside it.
    assert _slots(text, start.astimezone(UTC), end.astimezone(UTC), [UTC]) == [
        ("Jonas Weber", "Staff Engineer", "System design", "14:00", "14:45"),
    ]


def test_slots_that_run_past_midnight_land_on_the_next_day() -> None:
    # An evening loop for a candidate far from the company: one slot crosses midnight, the
    # next starts after it. Both belong to the event, not to the morning of its first day.
    text = (
        "22:45 - 23:30 UTC  Priya Shah, Staff Engineer\n"
        "23:30 - 00:15 UTC  Lee Chan, Engineering Manager\n"
        "00:15 - 01:00 UTC  Ana Ruiz, CTO"
    )
    start, end = datetime(2026, 11, 27, 22, 45, tzinfo=UTC), datetime(2026, 11, 28, 1, tzinfo=UTC)
    schedule = parse_schedule(text, start=start, end=end, zones=[UTC])
    got = [(m.person.name, m.slot_start, m.slot_end) for m in schedule.mentions]
    assert got == [
        ("Priya Shah", start, datetime(2026, 11, 27, 23, 30, tzinfo=UTC)),
        (
            "Lee Chan",
            datetime(2026, 11, 27, 23, 30, tzinfo=UTC),
            datetime(2026, 11, 28, 0, 15, tzinfo=UTC),
        ),
        ("Ana Ruiz", datetime(2026, 11, 28, 0, 15, tzinfo=UTC), end),
    ]


def test_a_backwards_range_is_not_read_as_an_overnight_slot() -> None:
    text = "14:00 - 13:00  Coding  Sam Lee, Engineer"
    start, end = datetime(2025, 3, 4, 9, tzinfo=PT), datetime(2025, 3, 4, 10, tzinfo=PT)
    assert [
        m.slot_start for m in parse_schedule(text, start=start, end=end, zones=[PT]).mentions
    ] in ([], [None])


def test_block_layout_and_labels() -> None:
    text = (
        "Hiring Manager: Omar Haddad\nRecruiter: Grace Liu <grace@fabrikam.com>\n"
        "Job Title: Platform Engineer\n\n10:00 AM – 10:45 AM\nCoding\nInterviewer: Sofia Rossi\n"
    )
    start, end = datetime(2025, 4, 9, 10, tzinfo=PT), datetime(2025, 4, 9, 11, tzinfo=PT)
    schedule = parse_schedule(text, start=start, end=end, zones=[PT])
    assert schedule.recruiter is not None
    recruiter = (schedule.recruiter.name, schedule.recruiter.email)
    assert recruiter == ("Grace Liu", "grace@fabrikam.com")
    assert schedule.position == "Platform Engineer"
    got = [
        (m.person.name, m.person.hiring_manager, m.topic, m.slot_start is not None)
        for m in schedule.mentions
    ]
    assert got == [("Sofia Rossi", False, "Coding", True), ("Omar Haddad", True, None, False)]


def test_sentence_naming_interviewers() -> None:
    text = "You will be meeting with Priya Shah (Director of Data) and Leo Brandt (Data Scientist)."
    schedule = parse_schedule(text, start=None, end=None, zones=[])
    assert [(m.person.name, m.person.title) for m in schedule.mentions] == [
        ("Priya Shah", "Director of Data"),
        ("Leo Brandt", "Data Scientist"),
    ]


def test_prose_with_times_is_not_a_schedule() -> None:
    text = "Please arrive between 9:30 and 9:45 so we can get you a badge. Parking 10-11am is free."
    assert parse_schedule(text, start=None, end=None, zones=[]).mentions == ()
