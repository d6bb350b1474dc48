"""Company (issue 16, eighth session): the Polish "Sp. z o.o." and the European "SE" are legal
forms, a careers team written after the firm's name in another language is no part of it, and an
agency that names its client in French, Dutch, German or Spanish writes for that client."""

from __future__ import annotations

from typing import Any

from app.calendar.interviews import extract_interviews
from tests.calendar.helpers import ME


def _company(signature: str, organizer: tuple[str, str]) -> str | None:
    page: dict[str, Any] = {
        "items": [
            {
                "id": "co8",
                "summary": "Interview - Alex Morgan",
                "description": "Looking forward to meeting you.\n\n" + signature,
                "start": {"dateTime": "2027-05-04T09:00:00-04:00"},
                "end": {"dateTime": "2027-05-04T10:00:00-04:00"},
                "organizer": {"email": organizer[1], "displayName": organizer[0]},
                "attendees": [
                    {"email": ME[0], "displayName": "Alex Morgan", "self": True},
                    {"email": organizer[1], "displayName": organizer[0]},
                ],
            }
        ]
    }
    (found,) = extract_interviews(page, format="google", me=ME, timezone="America/New_York")
    return found.company


def test_polish_and_european_legal_forms_are_left_out() -> None:
    assert (
        _company(
            "Pozdrawiam,\nBeata Sowa\nKierownik Magazynu\nOdra Chłodnie Sp. z o.o.",
            ("Beata Sowa", "b.sowa@odrachlodnie.example"),
        )
        == "Odra Chłodnie"
    )
    assert (
        _company(
            "Viele Grüße\nJannik Fuhr\nLeiter Einkauf\nMöwenstein Logistik SE | Bremen",
            ("Jannik Fuhr", "jannik.fuhr@moewenstein-logistik.example"),
        )
        == "Möwenstein Logistik"
    )


def test_a_careers_team_after_the_name_is_left_out() -> None:
    assert (
        _company(
            "Cordialement,\nL'équipe Maison Verdier Recrutement",
            ("Maison Verdier Recrutement", "recrutement@maisonverdier.example"),
        )
        == "Maison Verdier"
    )
    assert (
        _company(
            "Liebe Grüße\nIhr Bergquell Resorts Karriere-Team",
            ("Bergquell Resorts Karriere-Team", "karriere@bergquellresorts.example"),
        )
        == "Bergquell Resorts"
    )


def test_an_agency_naming_its_client_in_another_language_writes_for_the_client() -> None:
    for signature, client in (
        (
            "Je vous confirme l'entretien chez notre client, la Brasserie des Moulins.\n\n"
            "Inès Carrel\nConsultante – Carrel Conseil RH",
            "Brasserie des Moulins",
        ),
        (
            "Je hebt een gesprek bij mijn klant Kooiman Installatie in Breda.\n\n"
            "Ruud Pals\nRecruiter | Pals Werving",
            "Kooiman Installatie",
        ),
        (
            "Das Gespräch findet bei unserem Kunden Alpenholz Bau statt.\n\n"
            "Vera Kunz\nBeraterin, Kunz Personal",
            "Alpenholz Bau",
        ),
        (
            "La entrevista es con nuestro cliente Grupo Marisma en Cádiz.\n\n"
            "Lola Ibáñez\nConsultora, Ibáñez Talento",
            "Grupo Marisma",
        ),
    ):
        got = _company(signature, ("Agent", "agent@agency-people.example"))
        assert got == client, (client, got)
