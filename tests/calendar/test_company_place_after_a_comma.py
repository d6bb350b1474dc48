"""Company and position (issue 16, itune10c): a town after a comma is no part of the company
when the name before it spells the domain as well ("The Marlowe, Edinburgh" -> "The Marlowe",
as a department after a dash already was), and the employer with its place after a dash is no
part of the position ("Housekeeping Supervisor - Baan Talay Resort, Koh Samui")."""

from __future__ import annotations

from typing import Any

from app.calendar.interviews import extract_interviews
from tests.calendar.helpers import ME


def _found(title: str, body: str, domain: str) -> Any:
    page: dict[str, Any] = {
        "items": [
            {
                "id": "pc10",
                "summary": title,
                "description": body,
                "start": {"dateTime": "2031-08-03T09:00:00-04:00"},
                "end": {"dateTime": "2031-08-03T10:00:00-04:00"},
                "organizer": {"email": f"kari.lund@{domain}", "displayName": "Kari Lund"},
                "attendees": [
                    {"email": ME[0], "displayName": "Alex Morgan", "self": True},
                    {"email": f"kari.lund@{domain}", "displayName": "Kari Lund"},
                ],
            }
        ]
    }
    (found,) = extract_interviews(page, format="google", me=ME, timezone="America/New_York")
    return found


def test_a_town_after_a_comma_is_no_part_of_the_company() -> None:
    found = _found(
        "Interview: Pastry Chef",
        "You'll meet Kari Lund, our head chef.\n\nKari Lund\nThe Marlowe, Edinburgh",
        "themarlowe.example",
    )
    assert found.company == "The Marlowe"


def test_the_employer_and_its_place_after_a_dash_are_no_part_of_the_position() -> None:
    found = _found(
        "Interview: Housekeeping Supervisor - Baan Talay Resort, Koh Samui",
        "You'll meet Kari Lund, our executive housekeeper.",
        "baantalayresort.example",
    )
    assert found.company == "Baan Talay Resort"
    assert found.position == "Housekeeping Supervisor"
