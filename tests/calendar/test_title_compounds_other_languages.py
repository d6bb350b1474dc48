"""Titles as German, Dutch, Nordic and Finnish invites write them (issue 16): one word whose end
is the head word ("Einkaufsleiterin", "Afdelingsleider", "Salgssjef", "Ekonomichef",
"Talouspäällikkö") leads people; one whose end is the job ("Backendentwickler", "Datautvecklare",
"Ohjelmistokehittäjä", "Lagermedarbetare") is an individual contributor. The officer who runs
the firm in those languages and in Italian ("Daglig leder", "Toimitusjohtaja", "Amministratore
delegato"), heads and directors in Italian and Spanish ("Capo reparto", "Direttore
commerciale", "Jefa de planta"), and recruiting staff in German, Spanish and Portuguese
("Recruiterin", "Consultor de selección", "Analista de Recrutamento")."""

from __future__ import annotations

import pytest

from app.calendar.names import is_name, is_title
from app.calendar.titles import role_of
from app.playbook.roles import Role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Einkaufsleiterin", Role.DECISION_MAKER),
        ("Afdelingsleider Logistiek", Role.DECISION_MAKER),
        ("Salgssjef", Role.DECISION_MAKER),
        ("Ekonomichef", Role.DECISION_MAKER),
        ("HR-chef", Role.RECRUITER),
        ("IT-chef", Role.DECISION_MAKER),
        ("Teknisk leder", Role.DECISION_MAKER),
        ("Hoofd Inkoop", Role.DECISION_MAKER),
        ("Talouspäällikkö", Role.DECISION_MAKER),
        ("Markkinointijohtaja", Role.DECISION_MAKER),
        ("Direttore commerciale", Role.DECISION_MAKER),
        ("Capo reparto", Role.DECISION_MAKER),
        ("Jefa de planta", Role.DECISION_MAKER),
        ("Teamlead Mobile", Role.DECISION_MAKER),
        ("Coordenador de Infraestrutura", Role.DECISION_MAKER),
        ("Ekonomidirektör", Role.DECISION_MAKER),
        ("Backendentwickler", Role.PEER),
        ("Datautvecklare", Role.PEER),
        ("Ohjelmistokehittäjä", Role.PEER),
        ("Lagermedarbetare", Role.PEER),
        ("Systemingenjör", Role.PEER),
        ("Grafisk designer", Role.PEER),
        ("Senior SDET", Role.PEER),
        ("Daglig leder", Role.EXECUTIVE),
        ("Toimitusjohtaja", Role.EXECUTIVE),
        ("Amministratore delegato", Role.EXECUTIVE),
        ("Verkställande direktör", Role.EXECUTIVE),
        ("Directrice générale", Role.EXECUTIVE),
        ("Recruiterin", Role.RECRUITER),
        ("Consultor de selección", Role.RECRUITER),
        ("Analista de Recrutamento", Role.RECRUITER),
    ],
)
def test_a_compound_or_foreign_title_has_its_role(title: str, role: Role) -> None:
    assert is_title(title)
    assert role_of(title) is role


@pytest.mark.parametrize("title", ["Sous-chef", "Pastry Chef", "Chef"])
def test_a_cook_is_no_head_of_a_unit(title: str) -> None:
    # "-chef" ends a Swedish or Danish head's title only inside a word or after a hyphen.
    assert role_of(title) is Role.PEER


def test_a_surname_that_is_a_head_word_stays_a_name() -> None:
    # "Leder" and "Leider" are surnames as well as head words; a capitalised pair is a person.
    assert is_name("Anna Leder")
    assert is_name("Pieter Leider")
