"""Roles of titles written in other languages (app/playbook/roles.py, app/calendar/titles.py):
HR and recruiting staff ("responsable RH", "Rekryterare", "Rekruterka"), heads of a unit
("Subdirectora", "Chefe de Turno", "Kierowniczka", "Dyrektor", "Surintendant", "Chef
d'équipe", "部長"), owners and chief executives ("Proprietária", "代表取締役"), individual
contributors ("Architecte", "Adviseur", "Sviluppatrice", "Programista", "Verpleegkundige").
And the writer who lists themself among those met in their own language ("moi-même", "la
sottoscritta", "undertecknad") is met as well as the one to ask."""

from __future__ import annotations

import pytest

from app.calendar.titles import role_of
from app.playbook.roles import Role
from tests.calendar.helpers import contact, one_invite


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Responsable RH Groupe", Role.RECRUITER),
        ("Técnica de RRHH", Role.RECRUITER),
        ("Senior rekryterare", Role.RECRUITER),
        ("Rekruterka IT", Role.RECRUITER),
        ("Specjalista ds. Rekrutacji", Role.RECRUITER),
        ("Subdirectora de Operaciones", Role.DECISION_MAKER),
        ("Chefe de Turno", Role.DECISION_MAKER),
        ("Kierowniczka Magazynu", Role.DECISION_MAKER),
        ("Dyrektor Sprzedaży", Role.DECISION_MAKER),
        ("Surintendante des opérations", Role.DECISION_MAKER),
        ("Chef d'équipe logistique", Role.DECISION_MAKER),
        ("営業部長", Role.DECISION_MAKER),
        ("Proprietário", Role.EXECUTIVE),
        ("代表取締役", Role.EXECUTIVE),
        ("Architecte logiciel", Role.PEER),
        ("Adviseur Inkoop", Role.PEER),
        ("Sviluppatrice Backend", Role.PEER),
        ("Programista Java", Role.PEER),
        ("Verpleegkundige SEH", Role.PEER),
        ("Chargée de communication", Role.PEER),
        ("Journeyman Electrician", Role.PEER),
        ("Coordinadora de Calidad", Role.PEER),
    ],
)
def test_titles_abroad_have_their_role(title: str, role: Role) -> None:
    assert role_of(title) is role


@pytest.mark.parametrize("words", ["Rozmowa rekrutacyjna", "II etap rekrutacji"])
def test_the_recruiting_process_is_no_recruiter(words: str) -> None:
    assert role_of(words) is Role.UNKNOWN


def test_a_project_lead_in_french_leads_no_unit() -> None:
    assert role_of("Chef de projet") is Role.PEER


_HR = ("Solène Marchetti", "solene.marchetti@verrerie-arlon.example")
_LEAD = ("Bastien Fourcade", "bastien.fourcade@verrerie-arlon.example")


@pytest.mark.parametrize(
    "line",
    [
        "- moi-même, Solène Marchetti, responsable RH",
        "- et la soussignée, Solène Marchetti (responsable RH)",
    ],
)
def test_the_hr_writer_who_lists_herself_is_met_and_asked(line: str) -> None:
    i = one_invite(
        "Entretien – Opérateur de production",
        "Bonjour Alex,\n\nVous rencontrerez :\n- Bastien Fourcade, chef d'atelier\n"
        f"{line}\n\nCordialement,\nSolène Marchetti\nResponsable RH – Verrerie d'Arlon",
        _HR,
        _LEAD,
    )
    met = {p.name: str(p.role) for p in i.interviewers}
    assert met == {"Bastien Fourcade": "decision_maker", "Solène Marchetti": "recruiter"}
    assert contact(i) == _HR
