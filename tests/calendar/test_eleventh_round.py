"""Eleventh extraction round (issue 16, fresh-8 read by mechanism): invites written for each
mechanism, each failing before it. Company names without a legal form written as initials
with a slash or as "JSC", or a team's words on the mailbox that sends ("Recruiting
Operations", "Early Careers"); positions that keep an ordinal ("2nd Shift") and lose the
engagement's length ("(6 mo)") and what is left of an id cut at its "#" (", Req")."""

from __future__ import annotations

from app.calendar.company import _clean_position
from tests.calendar.helpers import google_event, only_interview

START = "2026-06-09T09:00:00-04:00"
END = "2026-06-09T11:00:00-04:00"


def test_legal_forms_with_a_slash_or_jsc_are_not_part_of_the_company() -> None:
    page = google_event(
        "Video Interview | Demand Planner",
        "Company: Skovlund Mejeri A/S\nInterviewer: Bodil Ravn, Planning Lead",
        ("Bodil Ravn", "bodil.ravn@skovlund-mejeri.dk"),
        start=START,
        end=END,
    )
    assert only_interview(page).company == "Skovlund Mejeri"
    page = google_event(
        "Interview for the position of Android Developer",
        "Dear Alex,\n\nWe invite you to the technical interview with Mr. Pham Duc Anh "
        "(Team Leader).\n\nBest regards,\nLe Thi Mai\nHR Executive - HanoiPixel Studio JSC",
        ("Le Thi Mai", "mai.le@hanoipixel.vn"),
        ("Pham Duc Anh", "anh.pham@hanoipixel.vn"),
        start=START,
        end=END,
    )
    assert only_interview(page).company == "HanoiPixel Studio"


def test_a_team_on_the_sending_mailbox_is_not_part_of_the_company() -> None:
    page = google_event(
        "Onsite Interview - Alex Morgan - Field Engineer",
        "10:00 | Petra Lund | Senior Field Engineer\n"
        "11:00 | Omar Haddad | Field Engineering Manager",
        ("Brightwater Instruments Recruiting Operations", "interviews@brightwaterinstruments.com"),
        ("Petra Lund", "petra.lund@brightwaterinstruments.com"),
        ("Omar Haddad", "omar.haddad@brightwaterinstruments.com"),
        start=START,
        end=END,
    )
    assert only_interview(page).company == "Brightwater Instruments"
    page = google_event(
        "Live Interview: Graduate Risk Analyst",
        "Dear Alex,\n\nYour interviewers will be Hana Sato (Risk Manager) and Leo Brandt "
        "(Risk Analyst).\n\nKind regards,\nThe Early Careers Team",
        ("Marsh & Fell Early Careers", "earlycareers@marshfell.co.uk"),
        ("Hana Sato", "hana.sato@marshfell.co.uk"),
        ("Leo Brandt", "leo.brandt@marshfell.co.uk"),
        start=START,
        end=END,
    )
    assert only_interview(page).company == "Marsh & Fell"


def test_positions_keep_ordinals_and_lose_terms_and_id_stubs() -> None:
    assert _clean_position("Dock Loader - 3rd Shift") == "Dock Loader - 3rd Shift"
    assert _clean_position("Contract Python Developer (9 mo)") == "Contract Python Developer"
    assert _clean_position("Phlebotomist (Weekends), Req") == "Phlebotomist (Weekends)"
    # ids stay cut as before
    assert _clean_position("Phlebotomist R-22031") == "Phlebotomist"
