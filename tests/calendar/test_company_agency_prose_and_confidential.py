"""Company (issue 16, eighth session): a search firm that sends the candidate to its client
without the word "client" ("the CFO appointment at X", "a meeting at X's offices") writes for
that firm; one that keeps the client's name back ("I can't share the client's name", "on a
confidential basis") names no company - its own is not the employer."""

from __future__ import annotations

from typing import Any

from app.calendar.interviews import extract_interviews
from tests.calendar.helpers import ME


def _company(title: str, body: str) -> str | None:
    page: dict[str, Any] = {
        "items": [
            {
                "id": "ag8",
                "summary": title,
                "description": body,
                "start": {"dateTime": "2027-10-05T09:00:00-04:00"},
                "end": {"dateTime": "2027-10-05T10:00:00-04:00"},
                "organizer": {"email": "p.rook@rookfieldsearch.example", "displayName": "Pia Rook"},
                "attendees": [
                    {"email": ME[0], "displayName": "Alex Morgan", "self": True},
                    {"email": "p.rook@rookfieldsearch.example", "displayName": "Pia Rook"},
                ],
            }
        ]
    }
    (found,) = extract_interviews(page, format="google", me=ME, timezone="America/New_York")
    return found.company


def test_the_firm_a_search_partner_sends_the_candidate_to() -> None:
    got = _company(
        "Finance Director search - next step",
        "Alex, the next step is a meeting at Saltmoor Ferries's offices with their CEO.\n\n"
        "Pia Rook\nPartner, Rookfield Search",
    )
    assert got == "Saltmoor Ferries"
    got = _company(
        "Head of Estates search - first conversation",
        "I will lead this first conversation about the appointment at Bramble Vale Housing "
        "Trust.\n\nPia Rook\nPartner, Rookfield Search",
    )
    assert got == "Bramble Vale Housing Trust"


def test_a_client_kept_back_names_no_company() -> None:
    got = _company(
        "Operations Director: screening call",
        "I'm running this on a confidential basis, so I can't share the client's name yet.\n\n"
        "Pia Rook\nPartner, Rookfield Search",
    )
    assert got is None


def test_the_search_firm_itself_when_it_names_nobody_else() -> None:
    got = _company(
        "Operations Director: screening call",
        "A first chat about your background.\n\nPia Rook\nPartner, Rookfield Search",
    )
    assert got == "Rookfield Search"
