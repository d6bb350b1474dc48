"""Job interview or not (issue 16, itune10c): a vendor's paid research study about how the user
looks for work, and a client's quarterly business review with its recruiting provider, talk
about interviews and are none; an interview for a research job stays one."""

from __future__ import annotations

from app.calendar.interviews import extract_interviews
from tests.calendar.helpers import ME, google_event

START = "2031-06-08T13:00:00-04:00"
END = "2031-06-08T14:00:00-04:00"


def _is_interview(title: str, description: str, *guests: tuple[str, str]) -> bool:
    page = google_event(title, description, guests[0], *guests, start=START, end=END, me=ME[0])
    found = extract_interviews(page, format="google", me=ME, timezone="America/New_York")
    return any(i.is_interview for i in found)


def test_a_paid_research_study_about_interviews_is_none() -> None:
    assert not _is_interview(
        "Tallyhire research study: how candidates schedule interviews (45 min, $75 gift card)",
        "Thanks for signing up for our research study! I'll ask about your recent job search "
        "and how interview invites reached you.\n\nOla Reyes\nSenior UX Researcher",
        ("Ola Reyes", "ola@tallyhire.example"),
    )


def test_a_quarterly_business_review_with_the_rpo_is_none() -> None:
    assert not _is_interview(
        "QBR: Kestrel RPO x Initech – Q2 hiring metrics and interview-to-offer ratios",
        "Agenda:\n1. Time to hire and interview-to-offer ratio\n2. Q3 plan",
        ("Reece Dalton", "reece.dalton@kestrel-rpo.example"),
    )


def test_an_interview_for_a_research_job_stays_one() -> None:
    assert _is_interview(
        "Interview: Research Scientist – Alex Morgan",
        "Hi Alex, you'll meet Dr. Lena Ortiz, who leads the assay team and is the hiring "
        "manager.\n\nTalent team",
        ("Lena Ortiz", "lena.ortiz@quillbio.example"),
    )
