"""Titles (issue 16): a one-word scope after a title that carries the hiring-manager mark ("Staff
Engineer, Ranking · Hiring Manager") is the title's scope and the mark is the titled person's, as
the same word without the mark already was ("Staff Engineer, Payments")."""

from __future__ import annotations

import pytest

from app.calendar.names import parse_people
from app.calendar.schedule import read_signature
from tests.calendar.helpers import google_event, only_interview


@pytest.mark.parametrize(
    ("line", "name", "title"),
    [
        (
            "Odile Brun · Staff Engineer, Ranking · Hiring Manager",
            "Odile Brun",
            "Staff Engineer, Ranking",
        ),
        (
            "Kwame Adjei — Account Director, Enterprise (hiring manager)",
            "Kwame Adjei",
            "Account Director, Enterprise",
        ),
        (
            "Ines Carvalho - Product Lead, Checkout - Hiring Manager",
            "Ines Carvalho",
            "Product Lead, Checkout",
        ),
        ("Rory Nakamura, Sales Manager, SMB (HM)", "Rory Nakamura", "Sales Manager, SMB"),
    ],
)
def test_a_marked_one_word_scope_belongs_to_the_title(line: str, name: str, title: str) -> None:
    people = parse_people(line)
    assert [(p.name, p.title, p.hiring_manager) for p in people] == [(name, title, True)]


def test_a_marked_second_person_with_a_full_name_stays_a_person() -> None:
    # Guard: two words that read as a name after a title are the next person, marked.
    people = parse_people("Lena Vogt, Head of Billing, Tariq Haddad (hiring manager)")
    assert [(p.name, p.hiring_manager) for p in people] == [
        ("Lena Vogt", False),
        ("Tariq Haddad", True),
    ]


def test_the_invites_hiring_manager_keeps_the_scoped_title() -> None:
    page = google_event(
        "Panel - Alex Morgan (Data Engineer, Ranking)",
        "Your panel:\n"
        "• Odile Brun · Staff Engineer, Ranking · Hiring Manager\n"
        "• Pavel Sokolov · Senior Data Engineer\n",
        ("Fernhollow Recruiting", "recruiting@fernhollow.example"),
        ("Odile Brun", "odile.brun@fernhollow.example"),
        ("Pavel Sokolov", "pavel.sokolov@fernhollow.example"),
        start="2026-11-03T14:00:00-05:00",
        end="2026-11-03T15:00:00-05:00",
    )
    interview = only_interview(page)
    found = {(p.name, p.title, p.hiring_manager) for p in interview.interviewers}
    assert found == {
        ("Odile Brun", "Staff Engineer, Ranking", True),
        ("Pavel Sokolov", "Senior Data Engineer", False),
    }


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Mirela Stan, Engineering Manager (Settlements)", "Engineering Manager (Settlements)"),
        (
            "Joao Pinto, Product Designer (Onboarding) — hiring manager",
            "Product Designer (Onboarding)",
        ),
    ],
)
def test_a_team_in_brackets_after_a_title_is_part_of_it(line: str, title: str) -> None:
    assert [p.title for p in parse_people(line)] == [title]


@pytest.mark.parametrize(
    "line",
    [
        "Mirela Stan, Engineering Manager (optional)",
        "Mirela Stan, Engineering Manager (Remote)",
        "Mirela Stan, Engineering Manager (case study and questions)",
    ],
)
def test_a_remark_in_brackets_after_a_title_is_still_cut(line: str) -> None:
    assert [p.title for p in parse_people(line)] == ["Engineering Manager"]


@pytest.mark.parametrize("sep", ["·", "•"])
def test_a_signature_title_and_company_apart_by_a_middle_dot(sep: str) -> None:
    lines = ("Thanks,", "Bea Lindqvist", f"Senior Talent Partner {sep} Harrowgate Mills")
    signed = read_signature(lines, lambda text: text == "Harrowgate Mills")
    assert signed is not None
    assert (signed.name, signed.title, signed.company) == (
        "Bea Lindqvist",
        "Senior Talent Partner",
        "Harrowgate Mills",
    )


def test_a_stacked_agenda_under_times_gives_each_guest_their_title() -> None:
    page = google_event(
        "Onsite | Alex Morgan | Process Engineer",
        "Kestrel Foundry - your visit\n\n"
        "1:00 PM\nMarisol Quintero\nProcess Engineering Manager\n\n"
        "1:40 PM\nDeclan Farrow\nSenior Process Engineer\n\n"
        "2:20 PM\nYuki Tanabe\nQuality Lead\n",
        ("Kestrel Scheduling", "scheduling@kestrelfoundry.example"),
        ("Marisol Quintero", "marisol.quintero@kestrelfoundry.example"),
        ("Declan Farrow", "declan.farrow@kestrelfoundry.example"),
        ("Yuki Tanabe", "yuki.tanabe@kestrelfoundry.example"),
        start="2026-11-10T13:00:00-05:00",
        end="2026-11-10T15:00:00-05:00",
    )
    titles = {p.name: p.title for p in only_interview(page).interviewers}
    assert titles == {
        "Marisol Quintero": "Process Engineering Manager",
        "Declan Farrow": "Senior Process Engineer",
        "Yuki Tanabe": "Quality Lead",
    }


def test_me_in_brackets_after_a_name_is_the_writer_not_a_title() -> None:
    assert [(p.name, p.title) for p in parse_people("Nadia Okafor (me)")] == [
        ("Nadia Okafor", None)
    ]
    page = google_event(
        "Alex Morgan - interview - Shift Supervisor",
        "Hi Alex,\n\nYou'll meet Pieter Claes, our Regional Director, and Nadia Okafor (me), "
        "who runs the store.\n\nNadia O.\nStore Manager, Copperline Outfitters",
        ("Nadia Okafor", "nadia.okafor@copperline.example"),
        ("Nadia Okafor", "nadia.okafor@copperline.example"),
        ("Pieter Claes", "pieter.claes@copperline.example"),
        start="2026-11-12T10:00:00-05:00",
        end="2026-11-12T10:45:00-05:00",
    )
    titles = {p.name: p.title for p in only_interview(page).interviewers}
    assert titles["Nadia Okafor"] == "Store Manager"  # from her signature
