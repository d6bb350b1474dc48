"""Names from a directory (issue 16): post-nominal letters a directory writes after the given name
of a "Surname, Given" display name ("Abernathy, Colleen RN", "Okafor, Ngozi PhD") are no part of the
name: the person is "Colleen Abernathy", matched with the letter's signature and address."""

from __future__ import annotations

import pytest

from app.calendar.extract import first_name_first
from tests.calendar.helpers import google_event, only_interview


@pytest.mark.parametrize(
    ("shown", "email", "name"),
    [
        ("Vandermeer, Odalys RN", "odalys.vandermeer@brackenfold.example", "Odalys Vandermeer"),
        ("Quarshie, Ekow PhD", "ekow.quarshie@brackenfold.example", "Ekow Quarshie"),
        ("Lindgren, Maud MD MPH", "maud.lindgren@brackenfold.example", "Maud Lindgren"),
        ("Quarshie, Ekow PhD", None, "Ekow Quarshie"),
    ],
)
def test_letters_after_the_given_name_are_dropped(shown: str, email: str | None, name: str) -> None:
    assert first_name_first(shown, email) == name


def test_a_given_name_alone_is_kept() -> None:
    assert first_name_first("Vandermeer, Odalys", None) == "Odalys Vandermeer"
    # A surname that looks like letters is still a surname ("Do" is also a credential).
    assert first_name_first("Nguyen, Do", None) == "Do Nguyen"


def test_the_guest_is_the_person_the_letter_names() -> None:
    page = google_event(
        "Interview - Alex Morgan - Staff Nurse",
        "Hi Alex,\n\nYou'll meet Odalys Vandermeer, Nurse Manager, Ward 3 (hiring manager).\n\n"
        "Brackenfold Nursing Recruitment",
        ("Nursing Recruitment", "nursingrecruitment@brackenfold.example"),
        ("Vandermeer, Odalys RN", "odalys.vandermeer@brackenfold.example"),
        start="2026-11-20T09:00:00-05:00",
        end="2026-11-20T09:45:00-05:00",
    )
    found = {(p.name, p.email) for p in only_interview(page).interviewers}
    assert found == {("Odalys Vandermeer", "odalys.vandermeer@brackenfold.example")}
