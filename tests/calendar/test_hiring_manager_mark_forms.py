"""The hiring-manager mark (issue 16) in more of the forms people write it ("owns the hiring
decision", "has the final say", "your future manager" in apposition, "who you would report to",
"runs the group you would join", a job title that reports to someone, the mark in German,
Portuguese, Spanish and French), also on an itinerary's row, a surname alone resolved to the full
name written before, a label's value read to the end of its sentence only, and styles before names
("Dame", "Eng.", "Herr", "Lady") that are no part of the name."""

from __future__ import annotations

import pytest

from app.calendar.names import parse_people
from app.calendar.people import names_match
from app.calendar.schedule import parse_schedule
from tests.calendar.helpers import google_event, only_interview

_RECRUITER = ("Odalys Pruett", "odalys.pruett@brackenfold.example")


def _found(description: str, *guests: tuple[str, str]) -> set[tuple[str | None, str, bool]]:
    page = google_event(
        "Interview - Alex Morgan - Logistics Analyst",
        description,
        _RECRUITER,
        *guests,
        start="2026-11-24T13:00:00-05:00",
        end="2026-11-24T14:30:00-05:00",
    )
    interview = only_interview(page)
    return {(p.name, str(p.role), p.hiring_manager) for p in interview.interviewers}


@pytest.mark.parametrize(
    "line",
    [
        "Wilhelmina Goss, Fleet Operations Manager — owns the hiring decision for this role",
        "Wilhelmina Goss – Fleet Operations Manager, Ihre zukünftige Vorgesetzte",
        "Wilhelmina Goss — Fleet Operations Manager, sua futura gestora",
        "Wilhelmina Goss, Fleet Operations Manager (responsable de la contratación)",
        "Wilhelmina Goss, Fleet Operations Manager — ton futur gestionnaire",
    ],
)
def test_the_mark_in_other_words_and_languages_on_a_person_line(line: str) -> None:
    assert [(p.name, p.title, p.hiring_manager) for p in parse_people(line)] == [
        ("Wilhelmina Goss", "Fleet Operations Manager", True)
    ]


_GOSS = ("Wilhelmina Goss", "wilhelmina.goss@brackenfold.example")
_TANG = ("Corin Tang", "corin.tang@brackenfold.example")


@pytest.mark.parametrize(
    "description",
    [
        "Hi Alex,\n\nHere's time with Wilhelmina, your future manager if all goes well.\n",
        "You'll meet:\nWilhelmina Goss – VP Logistics\n\n"
        "Wilhelmina has the final say on this hire.\n",
        "You'll meet:\nWilhelmina Goss – VP Logistics\n\n"
        "The Logistics Analyst reports to Wilhelmina.\n",
        "You will speak with Wilhelmina Goss (Head of Planning). "
        "Wilhelmina runs the planning group you would join.\n",
        "Wilhelmina Goss is the operations manager for the northern depots "
        "and the hiring manager.\n",
        "Session 1 (1:00 - 1:45 PM): Routing exercise with Corin Tang, Logistics Analyst\n"
        "Session 2 (1:45 - 2:30 PM): Goals with Wilhelmina Goss, who leads the team you would "
        "join\n",
    ],
)
def test_the_mark_said_in_a_sentence(description: str) -> None:
    found = _found(description + "\nOdalys Pruett\nRecruiter, Brackenfold\n", _GOSS, _TANG)
    assert any(name == "Wilhelmina Goss" and hm for name, _, hm in found)
    assert not any(name == "Corin Tang" and hm for name, _, hm in found)


def test_who_you_would_report_to_marks_that_person_not_the_next() -> None:
    found = _found(
        "Hi Alex,\n\nYou'll be speaking with Wilhelmina Goss, who you would report to, and Corin "
        "Tang, one of the analysts on her team.\n\nOdalys Pruett\nRecruiter, Brackenfold\n",
        _GOSS,
        _TANG,
    )
    assert ("Wilhelmina Goss", "decision_maker", True) in found
    assert not any(name == "Corin Tang" and hm for name, _, hm in found)


def test_a_surname_alone_is_the_person_named_in_full_before() -> None:
    s = parse_schedule(
        "Ihre Gesprächspartner sind Herr Dr. Anselm Rieger (Leiter Qualität) und Frau Ida Kolb "
        "(Prüfingenieurin). Herr Dr. Rieger wäre Ihr direkter Vorgesetzter.",
        start=None,
        end=None,
        zones=[],
    )
    assert s.hiring_managers == ("Anselm Rieger",)


def test_a_label_value_ends_with_its_sentence() -> None:
    s = parse_schedule(
        "Hosts: Wilhelmina Goss (Fleet Operations Manager) & Corin Tang (Logistics Analyst). "
        "Wilhelmina is the hiring manager.",
        start=None,
        end=None,
        zones=[],
    )
    assert [(m.person.name, m.person.hiring_manager) for m in s.mentions if not m.aside] == [
        ("Wilhelmina Goss", False),
        ("Corin Tang", False),
    ]
    assert s.hiring_managers == ("Wilhelmina",)


def test_a_style_with_a_dot_does_not_end_the_label_value() -> None:
    # Guard: "Ing." and "Mr" before names are not the end of a sentence.
    s = parse_schedule(
        "Panel: Ing. Kojo Asamoah (Plant Manager), Mr Ebo Quaye (Process Engineer) and myself.",
        start=None,
        end=None,
        zones=[],
    )
    assert [m.person.name for m in s.mentions if not m.aside] == ["Kojo Asamoah", "Ebo Quaye"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Dame Imelda Crossley (Chair of the Board)", "Imelda Crossley"),
        ("Eng. Tariq Al-Mansouri, Drilling Supervisor", "Tariq Al-Mansouri"),
        ("Herr Jonas Weidemann (Leiter Einkauf)", "Jonas Weidemann"),
        ("Lady Harriet Vane-Tempest, Trustee", "Harriet Vane-Tempest"),
    ],
)
def test_a_style_before_a_name_is_no_part_of_it(line: str, name: str) -> None:
    assert [p.name for p in parse_people(line)] == [name]


def test_a_guest_listed_with_a_style_is_the_same_person() -> None:
    assert names_match("Lady Harriet Vane-Tempest", "Harriet Vane-Tempest")
    assert names_match("Eng. Tariq Al-Mansouri", "Tariq Al-Mansouri")


def test_a_recruiter_hiring_for_a_client_is_not_the_hiring_manager() -> None:
    # Guard: "I'm hiring for a client" is an agency's sentence, not a manager's.
    page = google_event(
        "Intro call - Alex Morgan",
        "Hi Alex - I'm hiring for a client in freight and would love to tell you more.\n\n"
        "Odalys Pruett\nSenior Consultant, Brackenfold Search\n",
        _RECRUITER,
        start="2026-11-24T13:00:00-05:00",
        end="2026-11-24T13:30:00-05:00",
    )
    interview = only_interview(page)
    assert not any(p.hiring_manager for p in interview.interviewers)
