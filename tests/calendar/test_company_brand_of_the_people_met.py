"""Company (issue 16, itune10c): a group's mailbox books for one of its brands. The brand is the
company when the people met write from its own domain and the letter names it ("Ember & Oak"
at emberandoak.example beside fenwickhospitality.example), when the letter says so after a dash
("Orbitfreight Logistics B.V. — an Ecklund Group company"), as "a brand of", or in another
language ("Vidreira do Sado, empresa do Grupo Lusovidro", "Fjordvarme, et selskap i Norvik
Energi-konsernet", "A Padaria 3 Irmãos faz parte do Grupo Tríade Alimentos")."""

from __future__ import annotations

from typing import Any

from app.calendar.interviews import extract_interviews
from tests.calendar.helpers import ME


def _company(body: str, group: str, met: str | None = None, title: str = "Interview") -> str | None:
    page: dict[str, Any] = {
        "items": [
            {
                "id": "bm10",
                "summary": title,
                "description": body,
                "start": {"dateTime": "2031-08-03T09:00:00-04:00"},
                "end": {"dateTime": "2031-08-03T10:00:00-04:00"},
                "organizer": {"email": f"careers@{group}", "displayName": "Careers"},
                "attendees": [
                    {"email": ME[0], "displayName": "Alex Morgan", "self": True},
                    {"email": f"kari.lund@{met or group}", "displayName": "Kari Lund"},
                ],
            }
        ]
    }
    (found,) = extract_interviews(page, format="google", me=ME, timezone="America/New_York")
    return found.company


def test_the_brand_of_the_people_met_over_the_groups_mailbox() -> None:
    body = (
        "Thank you for applying for the Line Cook position at Ember & Oak, downtown.\n\n"
        "With: Kari Lund, Executive Chef\n\nFenwick Hospitality Recruiting"
    )
    assert (
        _company(
            body,
            "fenwickhospitality.example",
            "emberandoak.example",
            "Interview – Line Cook – Fenwick Hospitality",
        )
        == "Ember & Oak"
    )


def test_a_name_inside_the_chosen_one_is_no_other_brand() -> None:
    body = "Thank you for applying to Northfleet Valley NHS Foundation Trust.\n\nKari Lund"
    assert _company(body, "northfleetvalley.nhs.uk", "nhs.net") != "NHS"


def test_the_brand_said_after_a_dash_or_as_a_brand_of() -> None:
    for body, brand in (
        (
            "Kari Lund\nHead of Operations\nOrbitfreight Logistics B.V. — an Ecklund Group company",
            "Orbitfreight Logistics",
        ),
        ("Bramble & Vine Home is a brand of The Ecklund Group, so mail comes from us.", None),
    ):
        found = _company(body, "ecklundgroup.example")
        assert found == (brand or "Bramble & Vine Home"), body


def test_the_brand_said_in_other_languages() -> None:
    assert (
        _company(
            "Convidamos para uma entrevista na Vidreira do Sado, empresa do Grupo Lusovidro, "
            "na nossa fábrica.",
            "lusovidro.example",
            "vidreirasado.example",
        )
        == "Vidreira do Sado"
    )
    assert (
        _company(
            "Vi vil invitere deg til intervju hos Fjordvarme, et selskap i Norvik "
            "Energi-konsernet.\n\nNorvik Energi AS",
            "norvikenergi.example",
        )
        == "Fjordvarme"
    )
    assert (
        _company(
            "A Padaria 3 Irmãos faz parte do Grupo Tríade Alimentos.\n\nGrupo Tríade Alimentos",
            "grupotriade.example",
        )
        == "Padaria 3 Irmãos"
    )
