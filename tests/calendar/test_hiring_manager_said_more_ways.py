"""The hiring-manager mark as more invites write it (issue 16): a bracket between the name and
"is the hiring manager"; "is on the panel too and is the hiring manager"; "who the <job> role
reports to"; a relative clause in Spanish, Norwegian, Italian ("que será tu responsable directo",
"som blir din nærmeste leder", "e sua futura responsabile"); "the role reports to her" in
German, Italian, Spanish, French, Swedish; "— your future manager" alone after a title; a colon
between name and title; the one person of the hiring manager's session; two styles before a
name ("Frau Dr.")."""

from __future__ import annotations

import pytest

from app.calendar.schedule import _hm_said, _manager_said, _split_rest, people_line, title_beside


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "Dorothea Kwan (Director of Risk at Halberd Bank) is the hiring manager.",
            "Dorothea Kwan",
        ),
        (
            "Ines Marlow, Head of Legal, is also on the panel and is the hiring manager.",
            "Ines Marlow",
        ),
        (
            "You'll meet Tobias Reyes, Head of Finance, who the Payroll Analyst role reports to.",
            "Tobias Reyes",
        ),
        (
            "Te atenderá Rocío Lamas, jefa de planta, que será tu responsable directo.",
            "Rocío Lamas",
        ),
        ("Du møter Sigrun Dahl, teamleder lager, som blir din nærmeste leder.", "Sigrun Dahl"),
        (
            "Parlerà con Paola Greco, responsabile di produzione e sua futura responsabile.",
            "Paola Greco",
        ),
        ("Poi con Marta Villa, Direttrice Commerciale, a cui la posizione riporta.", "Marta Villa"),
        ("Conocerás a Óscar Prieto, director de compras, a quien reportarías.", "Óscar Prieto"),
    ],
)
def test_the_sentence_names_the_hiring_manager(line: str, name: str) -> None:
    assert _hm_said(line) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Dabei ist Jana Vogt, Teamleiterin Einkauf – die Stelle berichtet an sie.", "Jana Vogt"),
        ("Poi con Chiara Bassi, Direttrice Tecnica; la posizione riporta a lei.", "Chiara Bassi"),
        ("Hablarás con Nuria Sáez; el puesto reporta a ella.", "Nuria Sáez"),
        (
            "Vous verrez Hugo Marchal, responsable logistique : le poste est rattaché à lui.",
            "Hugo Marchal",
        ),
        (
            "Du träffar Elsa Nyqvist, enhetschef, och tjänsten rapporterar till henne.",
            "Elsa Nyqvist",
        ),
        ("Carmen Ruiz will lead the call; the engagement reports to her.", "Carmen Ruiz"),
    ],
)
def test_the_role_reports_to_them_in_other_languages(line: str, name: str) -> None:
    assert _manager_said(line) == (name, True)


def test_a_lead_you_would_have_is_the_manager_said_but_a_lead_interviewer_is_not() -> None:
    assert _manager_said(
        "After that, Rafe Oduya, Senior Producer, who'd be your lead on the team."
    ) == (
        "Rafe Oduya",
        False,
    )
    assert _manager_said("Rafe Oduya, who will be your lead interviewer today.") == (None, False)


def test_the_mark_alone_after_a_dash_follows_the_title() -> None:
    text = "Lorcan Devlin, Engineering Manager, Payments — your future manager"
    assert title_beside(text, "Lorcan Devlin") == ("Engineering Manager, Payments", True)
    other = "Lorcan Devlin, Engineering Manager — he joins for the last ten minutes"
    assert title_beside(other, "Lorcan Devlin") == ("Engineering Manager", False)


def test_a_colon_between_name_and_title() -> None:
    p = people_line("Henrike Solberg: VP Operations (hiring manager)")
    assert p is not None and (p.name, p.title, p.hiring_manager) == (
        "Henrike Solberg",
        "VP Operations",
        True,
    )
    assert people_line("Recruiter: Henrike Solberg") is None


def test_two_styles_before_the_name() -> None:
    p = people_line("Frau Dr. Jana Vogt, Teamleiterin Einkauf (Ihre künftige Vorgesetzte)")
    assert p is not None and (p.name, p.title, p.hiring_manager) == (
        "Jana Vogt",
        "Teamleiterin Einkauf",
        True,
    )


def test_the_one_person_of_the_hiring_managers_session_has_the_mark() -> None:
    _, found = _split_rest("Hiring manager conversation — Amaru Quispe, Plant Manager")
    assert [(p.name, p.hiring_manager) for p in found] == [("Amaru Quispe", True)]
    _, other = _split_rest("Systems design — Amaru Quispe, Plant Manager")
    assert [(p.name, p.hiring_manager) for p in other] == [("Amaru Quispe", False)]
