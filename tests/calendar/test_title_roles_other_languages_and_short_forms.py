"""Roles of titles (issue 16) as invites in other languages and short forms write them. Individual
contributors in Spanish, Portuguese and French ("Analista …", "Engenheira …", "Técnico …"),
directors and managers ("Diretora de …", "Gestionnaire, …"), officers ("Directrice technique",
"Director General"), recruiting staff ("Técnica de selección", "Conseillère en acquisition de
talents"), abbreviations ("Dir., Eng", "Sr. EM, Payments") and a few trades the table lacked
("Senior Dispatcher", "Claims Adjuster")."""

from __future__ import annotations

import pytest

from app.calendar.names import is_name
from app.calendar.titles import role_of
from app.playbook.roles import Role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Analista de Riesgos Sénior", Role.PEER),
        ("Engenheira de Software Pleno", Role.PEER),
        ("Técnico de Mantenimiento", Role.PEER),
        ("Analyste financière", Role.PEER),
        ("Diretora de Produto", Role.DECISION_MAKER),
        ("Gestionnaire, Service à la clientèle", Role.DECISION_MAKER),
        ("Directeur technique", Role.EXECUTIVE),
        ("Directora General", Role.EXECUTIVE),
        ("Técnica de selección", Role.RECRUITER),
        ("Conseiller en acquisition de talents", Role.RECRUITER),
        ("Recrutadora", Role.RECRUITER),
        ("Dir., Product", Role.DECISION_MAKER),
        ("Sr. EM, Checkout", Role.DECISION_MAKER),
        ("Senior Dispatcher", Role.PEER),
        ("Claims Adjuster II", Role.PEER),
    ],
)
def test_a_title_in_another_language_or_short_form_has_its_role(title: str, role: Role) -> None:
    assert role_of(title) is role


@pytest.mark.parametrize("name", ["Em Watson", "Sem de Jong", "Dir Okafor"])
def test_names_that_look_like_the_short_forms_stay_names(name: str) -> None:
    # Guard: "EM" and "Dir." are read only where a title puts them.
    assert is_name(name)
