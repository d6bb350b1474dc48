"""Thirteenth extraction round (issue 16, fresh-10 read by mechanism): invites written for each
mechanism, each failing before it.

Post-nominal letters written between a name and its title ("Name, PharmD, BCOP, Director of
Pharmacy", "(FIA, Senior Actuary)") belong to the name, not the title; an organisational unit
written before the title with a dash ("Chief Actuary's Office - Senior Actuary") is where the
person sits, not what they do."""

from __future__ import annotations

from app.calendar.model import Interviewer
from tests.calendar.helpers import google_event, only_interview

START = "2026-09-08T13:00:00-04:00"
END = "2026-09-08T14:00:00-04:00"
ORGANIZER = ("Imelda Carrasco", "imelda.carrasco@harrowgatehealth.org")


def _people(description: str, *guests: tuple[str | None, str]) -> dict[str | None, Interviewer]:
    page = google_event(
        "Interview - Alex Morgan - Respiratory Therapist",
        description,
        ORGANIZER,
        *guests,
        start=START,
        end=END,
    )
    return {p.name: p for p in only_interview(page).interviewers}


def test_letters_after_a_name_in_prose_are_not_the_title() -> None:
    found = _people(
        "Dear Alex,\n\nYour panel is Winifred Osei-Bonsu, DNP, CCRN, Director of Critical Care, "
        "and Tobias Harrow, RRT, MSc, Respiratory Therapy Supervisor.\n\nImelda Carrasco\n"
        "Talent Acquisition, Harrowgate Health",
        ("Winifred Osei-Bonsu", "wosei@harrowgatehealth.org"),
        ("Tobias Harrow", "tharrow@harrowgatehealth.org"),
    )
    assert found["Winifred Osei-Bonsu"].title == "Director of Critical Care"
    assert found["Tobias Harrow"].title == "Respiratory Therapy Supervisor"


def test_letters_and_a_unit_before_a_title_in_parentheses() -> None:
    found = _people(
        "Interviewers: Bartholomew Quaye (FCCA, Group Treasury Office - Treasury Analyst), "
        "Imelda Carrasco (Talent Acquisition Partner)",
        ("Bartholomew Quaye", "bquaye@harrowgatehealth.org"),
        ORGANIZER,
    )
    assert found["Bartholomew Quaye"].title == "Treasury Analyst"
    assert str(found["Bartholomew Quaye"].role) == "peer"
