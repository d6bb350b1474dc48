"""The position (issue 16): invites written for each mechanism, each failing before it. The job in
brackets after the employer's name ("… x Fenwick Marine (Deck Officer)", "Brackwater interview
(Claims Handler)") or after the candidate's name written surname first by a directory; a job's title
in Spanish, Portuguese or German in a subject that says "Entrevista" or "Zweitgespräch"; and the
noise around a job: a level code in brackets, the sending tool's tag, a requisition's state, a
"Job-ID" in brackets, "appointment" after it."""

from __future__ import annotations

from typing import Any

from app.calendar.interviews import extract_interviews
from app.calendar.model import Interview
from tests.calendar.helpers import ME, google_event, only_event

START = "2027-04-06T09:00:00-04:00"
END = "2027-04-06T10:00:00-04:00"


def _invite(title: str, description: str = "Looking forward to it.") -> Interview:
    page = google_event(
        title,
        description,
        ("Halden Okafor", "halden.okafor@fenwickmarine.example"),
        ("Halden Okafor", "halden.okafor@fenwickmarine.example"),
        start=START,
        end=END,
    )
    return only_event(page)


def test_the_job_in_brackets_after_the_employers_name() -> None:
    assert _invite("Intro call: Alex Morgan x Fenwick Marine (Deck Officer)").position == (
        "Deck Officer"
    )
    assert _invite("Interview with Fenwick Marine (Marine Surveyor)").position == (
        "Marine Surveyor"
    )
    assert _invite(
        "Alex Morgan — Fenwick Marine interview (Cargo Operations Analyst)"
    ).position == ("Cargo Operations Analyst")


def test_the_job_after_the_candidates_name_written_surname_first() -> None:
    page: dict[str, Any] = google_event(
        "Interview: Alex Morgan (Port Logistics Planner)",
        "See you then.",
        ("Halden Okafor", "halden.okafor@fenwickmarine.example"),
        ("Halden Okafor", "halden.okafor@fenwickmarine.example"),
        start=START,
        end=END,
    )
    page["items"][0]["attendees"][0]["displayName"] = "Morgan, Alex"
    (found,) = extract_interviews(page, format="google", me=ME, timezone="America/New_York")
    assert found.position == "Port Logistics Planner"


def test_a_job_title_in_spanish_portuguese_or_german() -> None:
    assert _invite("Entrevista | Analista de Compras | Alex Morgan").position == (
        "Analista de Compras"
    )
    assert _invite("Entrevista técnica - Desenvolvedor(a) Frontend - Alex Morgan").position == (
        "Desenvolvedor(a) Frontend"
    )
    assert _invite("Zweitgespräch Vertriebsleiter Nord (Job-ID 2231) - Alex Morgan").position == (
        "Vertriebsleiter Nord"
    )


def test_noise_around_the_job_is_cut() -> None:
    assert _invite("Interview - Data Engineer [L4] - Alex Morgan").position == "Data Engineer"
    assert _invite("[Lever] Interview: Alex Morgan - Harbour Pilot").position == "Harbour Pilot"
    assert _invite("Interview - Alex Morgan - Senior Accountant (Open)").position == (
        "Senior Accountant"
    )


def test_a_job_named_by_its_frame_in_the_letter() -> None:
    for text, job in (
        ("Following your application for the Tidal Load Modeller vacancy, let's talk.", None),
        ("As before, I'm the hiring manager for the Senior Ballast Engineer post.", None),
        ("For the technical round of the Hull Systems Engineer process, two of us join.", None),
        ("Ines leads the team you would join as Staff Survey Designer.", None),
        ("Applying for: Port Operations Analyst - Nightshift (Req 4471-LH)", None),
    ):
        found = _invite("Interview - Alex Morgan", text)
        expected = {
            "Following": "Tidal Load Modeller",
            "As": "Senior Ballast Engineer",
            "For": "Hull Systems Engineer",
            "Ines": "Staff Survey Designer",
            "Applying": "Port Operations Analyst - Nightshift",
        }[text.split()[0].rstrip(",:")]
        assert found.position == (job or expected), text


def test_a_frame_around_the_company_or_a_person_names_no_job() -> None:
    company = _invite(
        "Interview - Alex Morgan", "Thanks for your interest in the Fenwick Marine role."
    )
    assert company.position is None
    person = _invite(
        "Interview - Alex Morgan", "You will join as Halden Okafor's second for the day."
    )
    assert person.position is None
