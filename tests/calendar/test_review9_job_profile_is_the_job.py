"""Workday prints "Job Profile:" both for an interviewer (the person's own job, under their field)
and for the requisition (the job applied for, in a block of its own). Only the first is a title
(review9 of 2026-12-08: the requisition's profile became the last listed person's title, which made
a peer the hiring manager's type)."""

from __future__ import annotations

from app.calendar.interviews import extract_interviews
from tests.calendar.helpers import google_event

ME = ["alex.morgan@gmail.com", "alex.morgan@initech.com"]


def _people(description: str) -> list[tuple[str | None, str | None, str]]:
    page = google_event(
        "Interview: Alex Morgan",
        description,
        ("Recruiting", "recruiting@ketterfield.example"),
        (None, "ines.obi@ketterfield.example"),
        (None, "paul.rey@ketterfield.example"),
        start="2026-06-16T09:00:00-04:00",
        end="2026-06-16T10:00:00-04:00",
    )
    (found,) = extract_interviews(page, format="google", me=ME, timezone="America/New_York")
    return sorted((i.name, i.title, str(i.role)) for i in found.interviewers)


def test_the_requisitions_job_profile_is_nobodys_title() -> None:
    rows = _people(
        "Hello Alex,\n\nInterviewers:\nInes Obi (Finance Director)\nPaul Rey\n\nPosition details\n"
        "Job Requisition: R-5120\nJob Profile: Engineering Manager\nLocation: Accra\n\n"
        "Kind regards,\nAma Owusu\nTalent Acquisition"
    )
    assert ("Paul Rey", None, "unknown") in rows


def test_a_job_profile_under_the_person_is_their_title() -> None:
    rows = _people(
        "Hello Alex,\n\nInterviewer: Ines Obi\nJob Profile: Finance Director\n"
        "Interviewer: Paul Rey\nJob Profile: Senior Accountant\n\nKind regards,\nAma Owusu"
    )
    assert ("Ines Obi", "Finance Director", "decision_maker") in rows
    assert ("Paul Rey", "Senior Accountant", "peer") in rows
