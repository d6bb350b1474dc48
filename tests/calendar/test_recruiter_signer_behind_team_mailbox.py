"""Recruiter (issue 16, eighth session): an invite sent from a team's or an office's mailbox
("Ufficio Personale X" <personale@…>, "X Interviews" <interviews@…>, a Sekretariat) and signed by
a person who is not met: that person, at the mailbox, is the one to ask. Also when the person
signs on someone's behalf ("i.A.") or under a tool's footer. A signer who is met is not."""

from __future__ import annotations

from typing import Any

from app.calendar.interviews import extract_interviews
from app.calendar.model import Contact
from tests.calendar.helpers import ME


def _recruiter(organizer: tuple[str, str], body: str, *guests: tuple[str, str]) -> Contact | None:
    people: list[dict[str, Any]] = [{"email": ME[0], "displayName": "Alex Morgan", "self": True}]
    people += [{"email": e, "displayName": n} for n, e in guests]
    page = {
        "items": [
            {
                "id": "rs8",
                "summary": "Interview - Alex Morgan - Data Engineer",
                "description": body,
                "start": {"dateTime": "2027-06-08T11:00:00-04:00"},
                "end": {"dateTime": "2027-06-08T12:00:00-04:00"},
                "organizer": {"email": organizer[1], "displayName": organizer[0]},
                "attendees": people,
            }
        ]
    }
    (found,) = extract_interviews(page, format="google", me=ME, timezone="America/New_York")
    return found.recruiter


def test_the_person_who_signs_a_team_mailbox_letter_is_the_one_to_ask() -> None:
    got = _recruiter(
        ("Ufficio Personale Lagomar", "personale@lagomar.example"),
        "Gentile Alex,\nla incontrerà Piero Galli, Responsabile Dati.\n\nCordiali saluti,\n"
        "Benedetta Sala\nUfficio Personale – Lagomar",
        ("Piero Galli", "piero.galli@lagomar.example"),
    )
    assert got == Contact("Benedetta Sala", "personale@lagomar.example")


def test_a_signer_under_a_tools_footer_or_on_someones_behalf() -> None:
    got = _recruiter(
        ("Brightkiln Interviews", "interviews@brightkiln.example"),
        "Hi Alex,\n\nYou'll meet Ana Ruiz (Staff Engineer).\n\nTobias Wren\n\n"
        "Interview Coordinator, Brightkiln\n\nSent via GoodTime\n\nMeeting ID: 123",
        ("Ana Ruiz", "ana.ruiz@brightkiln.example"),
    )
    assert got == Contact("Tobias Wren", "interviews@brightkiln.example")
    got = _recruiter(
        ("Sekretariat Vorstand", "sekretariat@hohenfels.example"),
        "Sehr geehrte(r) Alex Morgan,\nim Auftrag von Frau Dr. Hohenfels bestätige ich den "
        "Termin.\n\nMit freundlichen Grüßen\ni.A. Margit Lenz\nAssistentin des Vorstands",
        ("Dr. Ursula Hohenfels", "u.hohenfels@hohenfels.example"),
    )
    assert got == Contact("Margit Lenz", "sekretariat@hohenfels.example")


def test_a_signer_who_is_met_is_not_made_the_one_to_ask() -> None:
    got = _recruiter(
        ("Lagomar Interviews", "interviews@lagomar.example"),
        "Hi Alex,\n\nLooking forward to it.\n\nPiero Galli\nHead of Data, Lagomar",
        ("Piero Galli", "piero.galli@lagomar.example"),
    )
    # The team mailbox stays the one to ask, nameless: the signer is met, not the recruiter.
    assert got == Contact(None, "interviews@lagomar.example")
