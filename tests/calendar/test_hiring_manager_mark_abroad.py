"""The hiring-manager mark as invites in other languages write it beside a name or a title
(schedule.marks_in_english): Swedish "rekryterande chef", Norwegian "ansettende leder", German
"einstellende Führungskraft", Polish "menedżerka zatrudniająca", Portuguese "gestora da vaga";
French "responsable du recrutement" only when it alone fills a parenthesis (as a title it heads
recruiting). And the mark between the name and the title ("Name (HM) – Title")."""

from __future__ import annotations

import pytest

from app.calendar.schedule import marks_in_english, people_line
from tests.calendar.helpers import one_invite

_ORG = ("Marelle Vogt", "marelle.vogt@korvanta.example")
_HEAD = ("Teodora Lindqvist", "teodora.lindqvist@korvanta.example")
_PEER = ("Bram Oosterhuis", "bram.oosterhuis@korvanta.example")


def _people(line: str) -> dict[str | None, tuple[str | None, bool]]:
    interview = one_invite(
        "Interview: Alex Morgan / Data Engineer - Korvanta",
        f"Hi Alex,\n\nYou will meet:\n{line}\nBram Oosterhuis, Data Engineer\n\n"
        "Best,\nMarelle Vogt\nRecruiter, Korvanta",
        _ORG,
        _HEAD,
        _PEER,
    )
    return {p.name: (p.title, p.hiring_manager) for p in interview.interviewers}


@pytest.mark.parametrize(
    "line",
    [
        "Teodora Lindqvist, Dataingenjörschef (rekryterande chef)",
        "Teodora Lindqvist, Dataingenjörschef (anställande chef)",
        "Teodora Lindqvist – Dataingenjörschef, ansettende leder",
        "Teodora Lindqvist, Dataingenjörschef (Einstellende Führungskraft)",
        "Teodora Lindqvist, Dataingenjörschef (menedżerka zatrudniająca)",
        "Teodora Lindqvist, Dataingenjörschef (gestora da vaga)",
        "Teodora Lindqvist, Dataingenjörschef (responsable du recrutement)",
    ],
)
def test_the_mark_abroad_is_the_mark_not_the_title(line: str) -> None:
    assert _people(line) == {
        "Teodora Lindqvist": ("Dataingenjörschef", True),
        "Bram Oosterhuis": ("Data Engineer", False),
    }


def test_the_mark_between_the_name_and_the_title() -> None:
    p = people_line("Teodora Lindqvist (HM) – Head of Data Platform")
    assert p is not None
    assert (p.name, p.title, p.hiring_manager) == (
        "Teodora Lindqvist",
        "Head of Data Platform",
        True,
    )
    assert _people("Teodora Lindqvist (gestora da vaga) – Coordenadora de Dados") == {
        "Teodora Lindqvist": ("Coordenadora de Dados", True),
        "Bram Oosterhuis": ("Data Engineer", False),
    }


def test_a_recruiting_head_by_title_keeps_the_title() -> None:
    # As a title of its own, "Responsable du recrutement" heads recruiting: no mark.
    text = "Claire Dubois, Responsable du recrutement, vous appellera."
    assert marks_in_english(text) == text
    assert marks_in_english("Avec Jean Roux (responsable du recrutement)") == (
        "Avec Jean Roux (hiring manager)"
    )
