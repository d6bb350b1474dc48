"""Nineteenth round (issue 16): recruiting staff the letter puts on the call are met, and a line
led by a pictograph reads as a bulleted line. "You'll be meeting with me and our CEO", "Priya
(our COO) and I want to talk through the opening with you" make the writer one of the people
met; "👥 Interviewers: …" lists the people met as "Interviewers: …" does; a contact verb
("Ping Hanna Berg, your recruiter") is no part of the name; "Name – Title (Team)" keeps the
team."""

from __future__ import annotations

import pytest

from app.calendar.names import parse_people
from tests.calendar.helpers import one_invite

_WRITER = ("Gudrun Ellefsen", "gudrun@brackwater.example")
_BOSS = ("Tomasz Wierzbicki", "tomasz@brackwater.example")
_TITLE = "Interview - Alex Morgan - Planning Lead"


def _met(description: str, *guests: tuple[str | None, str]) -> dict[str | None, str | None]:
    interview = one_invite(_TITLE, description, _WRITER, *guests)
    return {p.name: p.title for p in interview.interviewers}


@pytest.mark.parametrize(
    "sentence",
    [
        "You'll be meeting with me and our COO, Tomasz Wierzbicki, for the Planning Lead role.",
        "Tomasz (our COO) and I want to talk through the Planning Lead opening with you.",
        "Tomasz Wierzbicki (COO) and I would like to walk through the role with you.",
    ],
)
def test_the_writer_who_says_they_are_on_the_call_is_met(sentence: str) -> None:
    met = _met(f"Hi Alex,\n\n{sentence}\n\nGudrun Ellefsen\nPeople Partner, Brackwater", _BOSS)
    assert met == {"Tomasz Wierzbicki": "COO", "Gudrun Ellefsen": "People Partner"}


def test_a_writer_who_only_sends_the_invite_is_not_met() -> None:
    met = _met(
        "Hi Alex,\n\nYou'll be meeting our COO, Tomasz Wierzbicki, for the Planning Lead role."
        "\n\nGudrun Ellefsen\nPeople Partner, Brackwater",
        _BOSS,
    )
    assert met == {"Tomasz Wierzbicki": "COO"}


@pytest.mark.parametrize("bullet", ["👥 ", "➤ ", "▸ ", "🗓️ "])
def test_a_line_led_by_a_pictograph_is_read_as_its_label(bullet: str) -> None:
    interview = one_invite(
        "Your interview at Brackwater is confirmed",
        f"Your interview for Planning Lead is confirmed!\n{bullet}Interviewers: Tomasz "
        "Wierzbicki (Director of Planning) and Sunniva Dahl (HR Officer)\nAsk for Sunniva at "
        "reception.",
        ("Brackwater Hiring", "hiring@brackwater.example"),
        _BOSS,
        ("Sunniva Dahl", "sunniva.dahl@brackwater.example"),
    )
    assert {p.name: p.title for p in interview.interviewers} == {
        "Tomasz Wierzbicki": "Director of Planning",
        "Sunniva Dahl": "HR Officer",
    }


def test_a_contact_verb_before_the_recruiter_is_no_part_of_the_name() -> None:
    interview = one_invite(
        "Alex Morgan // Brackwater - Technical Interview",
        "👋 Hi Alex!\n\n🗓 Who you'll meet\n• Tomasz Wierzbicki — Staff Engineer\n\n"
        "💬 Questions? Ping Gudrun Ellefsen, your recruiter, at gudrun@brackwater.example.",
        _WRITER,
        _BOSS,
    )
    assert interview.recruiter is not None
    assert (interview.recruiter.name, interview.recruiter.email) == (
        "Gudrun Ellefsen",
        "gudrun@brackwater.example",
    )


@pytest.mark.parametrize(("text", "name"), [("Ping Li – Staff Engineer", "Ping Li")])
def test_a_given_name_like_a_verb_stays_a_name(text: str, name: str) -> None:
    assert [p.name for p in parse_people(text)] == [name]


def test_the_team_in_brackets_after_a_dashed_title_is_kept() -> None:
    (p,) = parse_people("Tomasz Wierzbicki – Engineering Manager (Fleet)")
    assert (p.name, p.title) == ("Tomasz Wierzbicki", "Engineering Manager (Fleet)")


@pytest.mark.parametrize(
    ("sentence", "left_out"),
    [
        (
            "Tomasz (our COO) will hop on for the first few minutes to say hello, then leave us "
            "to it. After that it's Sunniva Dahl, one of our planners.",
            "Tomasz Wierzbicki",
        ),
        (
            "I'll join for the first few minutes to welcome you, then hand over to Tomasz "
            "Wierzbicki (COO) and Sunniva Dahl (Senior Planner).",
            "Gudrun Ellefsen",
        ),
    ],
)
def test_who_only_opens_the_call_is_not_met(sentence: str, left_out: str) -> None:
    met = _met(
        f"Hi Alex,\n\n{sentence}\n\nGudrun Ellefsen\nVP Operations, Brackwater",
        _BOSS,
        ("Sunniva Dahl", "sunniva.dahl@brackwater.example"),
        (None, _WRITER[1]),
    )
    assert left_out not in met and "Sunniva Dahl" in met


def test_joining_for_the_first_minutes_with_no_reason_is_left_as_it_was() -> None:
    met = _met(
        "Hi Alex,\n\nYou'll meet Tomasz Wierzbicki, our COO. Tomasz will join for the first few "
        "minutes of the call and stay throughout.\n\nGudrun Ellefsen\nPeople Partner, Brackwater",
        _BOSS,
    )
    assert "Tomasz Wierzbicki" in met


def test_a_hiring_manager_field_for_someone_not_on_the_call_adds_no_interviewer() -> None:
    met = _met(
        "Job Requisition: JR-4410 Planning Lead\nHiring Manager: Ingeborg Solvang\n\n"
        "Interviewers:\nTomasz Wierzbicki - Associate Director, Planning\n\n"
        "Ingeborg is on leave this week; Tomasz is interviewing on her behalf.",
        _BOSS,
    )
    assert met == {"Tomasz Wierzbicki": "Associate Director, Planning"}


def test_a_hiring_manager_field_with_nobody_invited_is_still_met() -> None:
    interview = one_invite(
        _TITLE,
        "Hiring Manager: Ingeborg Solvang (Head of Planning)\nRecruiter: Gudrun Ellefsen",
        ("Workday", "donotreply@myworkday.example"),
    )
    assert [(p.name, p.hiring_manager) for p in interview.interviewers] == [
        ("Ingeborg Solvang", True)
    ]
