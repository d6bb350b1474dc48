"""Company (issue 16, eighth session): a group's mailbox books for one of its brands, sites or
properties, and the invite says so - "X | A Y brand", "X, a Y community", "X, one of the Y
restaurants", "Company: X (Y Group)". The brand the candidate would work at is the company."""

from __future__ import annotations

from typing import Any

from app.calendar.interviews import extract_interviews
from tests.calendar.helpers import ME


def _company(body: str) -> str | None:
    page: dict[str, Any] = {
        "items": [
            {
                "id": "br8",
                "summary": "Interview - Alex Morgan - Shift Supervisor",
                "description": body,
                "start": {"dateTime": "2027-08-03T09:00:00-04:00"},
                "end": {"dateTime": "2027-08-03T10:00:00-04:00"},
                "organizer": {"email": "careers@halvorsengroup.example"},
                "attendees": [
                    {"email": ME[0], "displayName": "Alex Morgan", "self": True},
                    {"email": "k.lund@halvorsengroup.example", "displayName": "Kari Lund"},
                ],
            }
        ]
    }
    (found,) = extract_interviews(page, format="google", me=ME, timezone="America/New_York")
    return found.company


def test_a_brand_site_or_property_of_the_group_is_the_company() -> None:
    for body, brand in (
        ("You'll meet Kari Lund.\n\nFjordlys Bakeri | A Halvorsen Group brand", "Fjordlys Bakeri"),
        ("Location: Solvang Lodge, a Halvorsen Group property.", "Solvang Lodge"),
        (
            "Your trial shift is at Bryggen Kro, one of the Halvorsen Group restaurants.",
            "Bryggen Kro",
        ),
        ("Company: Nordlys Hotels (Halvorsen Group)\nInterviewer: Kari Lund", "Nordlys Hotels"),
    ):
        assert _company(body) == brand, body


def test_the_group_stays_when_no_brand_is_named() -> None:
    assert _company("You'll meet Kari Lund, our operations lead.") == "Halvorsen Group"
