"""Company (issue 16, eighth session): a domain that is a short form of the name the invite
writes ("Marrowfield Logistics" at mrwfld.com, "Pike Bio" at pbio.ai) gives that name, not the
letters of the domain; a provincial second level (".qc.ca") is no company; the organizer's
mailbox that writes the name the domain spells ("Hydro-Boréal Recrutement") gives that name."""

from __future__ import annotations

from typing import Any

from app.calendar.company import company_label
from app.calendar.interviews import extract_interviews
from tests.calendar.helpers import ME


def _company(body: str, organizer: dict[str, Any], guest: tuple[str, str]) -> str | None:
    page: dict[str, Any] = {
        "items": [
            {
                "id": "sd8",
                "summary": "Interview - Alex Morgan - Planner",
                "description": body,
                "start": {"dateTime": "2027-09-07T09:00:00-04:00"},
                "end": {"dateTime": "2027-09-07T10:00:00-04:00"},
                "organizer": organizer,
                "attendees": [
                    {"email": ME[0], "displayName": "Alex Morgan", "self": True},
                    {"email": guest[1], "displayName": guest[0]},
                ],
            }
        ]
    }
    (found,) = extract_interviews(page, format="google", me=ME, timezone="America/New_York")
    return found.company


def test_a_short_domain_gives_the_name_the_invite_writes() -> None:
    got = _company(
        "We look forward to welcoming you at Marrowfield Logistics.\n\nBest,\nDana Kiel\n"
        "Talent Partner, Marrowfield Logistics",
        {"email": "no-reply@greenhouse.io"},
        ("Ola Brandt", "ola.brandt@mrwfld.com"),
    )
    assert got == "Marrowfield Logistics"
    got = _company(
        "A first call with Ola Brandt.\n\nJo Fenn\nSourcing Lead, Pike Bio",
        {"email": "jo@pbio.ai", "displayName": "Jo Fenn"},
        ("Ola Brandt", "ola@pbio.ai"),
    )
    assert got == "Pike Bio"


def test_a_provincial_second_level_and_the_mailbox_name() -> None:
    assert company_label("rh.hydroboreal.qc.ca") == "Hydroboreal"
    got = _company(
        "Poste: Technicien(ne)\nInterviewer: Ola Brandt",
        {"email": "recrutement@hydroboreal.qc.ca", "displayName": "Hydro-Boréal Recrutement"},
        ("Ola Brandt", "ola.brandt@hydroboreal.qc.ca"),
    )
    assert got == "Hydro-Boréal"


def test_a_name_that_does_not_shorten_to_the_domain_is_not_taken() -> None:
    got = _company(
        "We look forward to welcoming you at Northgate Freight.\n\nDana Kiel\nTalent Partner",
        {"email": "no-reply@greenhouse.io"},
        ("Ola Brandt", "ola.brandt@mrwfld.com"),
    )
    # Only the domain is left to name the employer, written as a name.
    assert got == "Mrwfld"
