"""Recruiter (issue 16, eighth session): what a reader took for the recruiter's name but names
nobody is dropped - a greeting ("Bonjour Alex"), a town with its state, the company's own name
without an address; "I'm Nadia Brook" is Nadia Brook. Then the organizer who signs the letter
as recruiting staff, in any of the invites' languages, is the one to ask."""

from __future__ import annotations

from typing import Any

from app.calendar.interviews import _NOT_A_CONTACT, extract_interviews
from app.calendar.model import Contact
from tests.calendar.helpers import ME


def _recruiter(body: str, organizer: tuple[str, str]) -> Contact | None:
    page: dict[str, Any] = {
        "items": [
            {
                "id": "rn8",
                "summary": "Entrevue – Mécanicien(ne) d'entretien – Alex Morgan",
                "description": body,
                "start": {"dateTime": "2027-11-02T09:00:00-04:00"},
                "end": {"dateTime": "2027-11-02T10:00:00-04:00"},
                "organizer": {"email": organizer[1], "displayName": organizer[0]},
                "attendees": [
                    {"email": ME[0], "displayName": "Alex Morgan", "self": True},
                    {"email": "l.pare@scierienord.example", "displayName": "Luc Paré"},
                ],
            }
        ]
    }
    (found,) = extract_interviews(page, format="google", me=ME, timezone="America/New_York")
    return found.recruiter


def test_the_organizer_who_signs_as_recruiting_staff_after_a_greeting() -> None:
    got = _recruiter(
        "Bonjour Alex,\n\nJe vous confirme l'entrevue avec Luc Paré, contremaître.\n\n"
        "Josée Lavoie\nConseillère en recrutement\nScierie Nord inc.",
        ("Josée Lavoie", "j.lavoie@scierienord.example"),
    )
    assert got == Contact("Josée Lavoie", "j.lavoie@scierienord.example")


def test_words_that_name_nobody() -> None:
    for text in ("Bonjour Alex", "Hi Sam", "Cambridge MA", "Ms", "Greenhouse"):
        assert _NOT_A_CONTACT.match(text), text
    for text in ("Sandra Li", "Mira Osei", "Jo Ng"):
        assert _NOT_A_CONTACT.match(text) is None, text


def test_a_signer_who_does_not_recruit_is_not_made_the_one_to_ask() -> None:
    got = _recruiter(
        "Bonjour Alex,\n\nÀ mardi.\n\nLuc Paré\nContremaître, Scierie Nord",
        ("Luc Paré", "l.pare@scierienord.example"),
    )
    assert got is None or got.name != "Luc Paré" or got.email != "l.pare@scierienord.example"
