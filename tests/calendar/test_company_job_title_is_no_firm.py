"""A job title in the subject whose first word starts the domain ("Product Designer" at
productboard.com) is the position, never the company (review6 M5, company._head_fit)."""

import pytest

from app.calendar.interviews import extract_interviews
from tests.calendar.helpers import ME, google_event

_LETTER = "Hi Alex,\n\nLooking forward to our chat.\n\nThanks"


@pytest.mark.parametrize(
    ("subject", "guest", "job"),
    [
        (
            "Product Designer Interview",
            ("Maya Cohen", "maya.cohen@productboard.com"),
            "Product Designer",
        ),
        ("Senior Engineer - Interview", ("Dan Roy", "dan.roy@seniorlink.com"), "Senior Engineer"),
        (
            "Sales Development Rep - Interview",
            ("Amy Wu", "amy.wu@salesforce.com"),
            "Sales Development Rep",
        ),
    ],
)
def test_job_title_in_subject_is_the_position_not_the_company(
    subject: str, guest: tuple[str, str], job: str
) -> None:
    data = google_event(
        subject, _LETTER, guest, start="2027-04-06T10:00:00-04:00", end="2027-04-06T11:00:00-04:00"
    )
    (i,) = extract_interviews(data, format="google", me=ME, timezone="America/New_York")
    assert i.company != job
    assert i.position == job


def test_firm_name_whose_first_word_starts_the_domain_still_fits() -> None:
    # Guard: the name the subject writes whole is still the company ("Isobar Cartography" at
    # isobarmaps.com), a title check must not take it.
    data = google_event(
        "Alex Morgan <> Isobar Cartography — Virtual Onsite",
        _LETTER,
        ("Maya Cohen", "maya.cohen@isobarmaps.com"),
        start="2027-04-06T10:00:00-04:00",
        end="2027-04-06T11:00:00-04:00",
    )
    (i,) = extract_interviews(data, format="google", me=ME, timezone="America/New_York")
    assert i.company == "Isobar Cartography"
