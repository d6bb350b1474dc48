"""Position (issue 16, eighth session): the terms after a job in brackets are no part of its
name - per diem or PRN work, where it may be done from ("Remote", "Hybrid"), the agency's
client ("on behalf of X"); a team or a place alone in brackets stays."""

from __future__ import annotations

from typing import Any

from app.calendar.interviews import extract_interviews
from tests.calendar.helpers import ME


def _position(title: str) -> str | None:
    page: dict[str, Any] = {
        "items": [
            {
                "id": "po8",
                "summary": title,
                "description": "See you then.",
                "start": {"dateTime": "2027-07-06T09:00:00-04:00"},
                "end": {"dateTime": "2027-07-06T10:00:00-04:00"},
                "organizer": {"email": "ria.holt@fernbank.example", "displayName": "Ria Holt"},
                "attendees": [
                    {"email": ME[0], "displayName": "Alex Morgan", "self": True},
                    {"email": "ria.holt@fernbank.example", "displayName": "Ria Holt"},
                ],
            }
        ]
    }
    (found,) = extract_interviews(page, format="google", me=ME, timezone="America/New_York")
    return found.position


def test_terms_in_brackets_are_left_out() -> None:
    assert _position("Interview: Respiratory Therapist (PRN) - Alex Morgan") == (
        "Respiratory Therapist"
    )
    assert _position("Interview: Data Analyst (Porto or Remote EU) - Alex Morgan") == (
        "Data Analyst"
    )
    assert _position("Interview: Asset Engineer (on behalf of Tarnside Water) - Alex Morgan") == (
        "Asset Engineer"
    )


def test_a_team_in_brackets_stays() -> None:
    assert _position("Interview: Backend Engineer (Payments) - Alex Morgan") == (
        "Backend Engineer (Payments)"
    )
