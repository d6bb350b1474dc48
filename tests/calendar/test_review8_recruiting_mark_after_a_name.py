"""Review8 M29: French "responsable du recrutement" and Spanish "gerente de contratación" name the
recruiting manager's own job as often as the hiring-manager mark. Straight after the name of the
one who signs the letter they are the writer's own job (the recruiter); elsewhere the mark."""

from __future__ import annotations

from app.calendar.schedule import marks_in_english
from tests.calendar.helpers import one_invite


def test_after_the_writers_own_name_the_words_are_the_recruiters_title() -> None:
    for text in (
        "Vous verrez Hugo Lemaire (Directeur Data) et Maëlle Garnier (responsable du "
        "recrutement).\n\nCordialement,\nMaëlle Garnier",
        "Con Tomás Vidal (Jefe de Datos) y Nerea Ibáñez (Gerente de Contratación).\n\n"
        "Un saludo,\nNerea Ibáñez",
    ):
        assert marks_in_english(text) == text
    # Someone else named so is the hiring manager.
    assert marks_in_english(
        "Vous verrez Hugo Lemaire (responsable du recrutement).\n\nCordialement,\nMaëlle Garnier"
    ) == ("Vous verrez Hugo Lemaire (hiring manager).\n\nCordialement,\nMaëlle Garnier")


def test_after_a_title_the_words_are_still_the_mark() -> None:
    assert marks_in_english("Hugo Lemaire, Directeur Data (responsable du recrutement)") == (
        "Hugo Lemaire, Directeur Data (hiring manager)"
    )
    assert marks_in_english("Elin Berg (IT-chef, rekryterande chef)") == (
        "Elin Berg (IT-chef, hiring manager)"
    )
    assert marks_in_english("Marta Riva (manager di riferimento)") == (
        "Marta Riva (hiring manager)"
    )


def test_the_recruiter_who_writes_stays_the_one_to_ask() -> None:
    org = ("Maëlle Garnier", "maelle.garnier@ferronnerie-alpine.example")
    lead = ("Hugo Lemaire", "hugo.lemaire@ferronnerie-alpine.example")
    i = one_invite(
        "Entretien - Data Engineer",
        "Bonjour Alex,\n\nVous rencontrerez Hugo Lemaire (Directeur Data) et Maëlle Garnier "
        "(responsable du recrutement).\n\nCordialement,\nMaëlle Garnier",
        org,
        org,
        lead,
    )
    assert i.recruiter is not None and i.recruiter.email == org[1]
    assert not any(p.hiring_manager and p.email == org[1] for p in i.interviewers)
