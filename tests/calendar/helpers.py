"""Paths and compact views of results, so tests can state exact expectations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.calendar.interviews import extract_interviews
from app.calendar.model import Interview, Interviewer

REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"

ME = ["alex.morgan@gmail.com", "alex.morgan@initech.com"]


def load(name: str, *, tz: str = "America/New_York", **kwargs: Any) -> list[Interview]:
    return extract_interviews((FIXTURES / name).read_bytes(), me=ME, timezone=tz, **kwargs)


def person(i: Interviewer) -> tuple[Any, ...]:
    """(name, email, title, role, hiring_manager, "HH:MM-HH:MM" or None, source)."""
    slot = f"{i.slot_start:%H:%M}-{i.slot_end:%H:%M}" if i.slot_start and i.slot_end else None
    return (i.name, i.email, i.title, str(i.role), i.hiring_manager, slot, str(i.source))


def people(interview: Interview) -> list[tuple[Any, ...]]:
    return [person(i) for i in interview.interviewers]


def contact(interview: Interview) -> tuple[str | None, str | None] | None:
    r = interview.recruiter
    return (r.name, r.email) if r else None
