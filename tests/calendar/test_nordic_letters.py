"""Invites written in Swedish, Danish and Norwegian: the sign-off "Med vänliga hälsningar" /
"Med venlig hilsen" closes the letter, a signature title "Rekryterare" / "Rekrutteringskonsulent"
is recruiting staff (the one to ask), and a subject's "Backend-utvecklare" / "Dataingeniør" is
a job (company._FOREIGN_JOB_STEMS, schedule._REKRYT, extract._RESOURCING)."""

from __future__ import annotations

import pytest

from tests.calendar.helpers import one_invite

_TOOL = ("Norrsken Kraft", "norrsken-kraft@jobvite-mail.com")
_HEAD = ("Ylva Berglund", "ylva.berglund@norrskenkraft.example")


@pytest.mark.parametrize(
    ("sign_off", "title"),
    [
        ("Med vänliga hälsningar,", "Rekryterare, Norrsken Kraft AB"),
        ("Med venlig hilsen", "Rekrutteringskonsulent"),
    ],
)
def test_the_signer_who_recruits_is_the_one_to_ask(sign_off: str, title: str) -> None:
    i = one_invite(
        "Intervju - Backend-utvecklare - Norrsken Kraft",
        f"Hej Alex!\n\nDu träffar Ylva Berglund, Teamlead Backend.\n\n{sign_off}\n"
        f"Linnea Åkesson\n{title}",
        _TOOL,
        _HEAD,
    )
    assert i.recruiter is not None and i.recruiter.name == "Linnea Åkesson"
    assert i.position == "Backend-utvecklare"


@pytest.mark.parametrize(
    ("subject", "job"),
    [
        ("Jobintervju: Dataingeniør - Norrsken Kraft", "Dataingeniør"),
        ("Sollicitatiegesprek - Frontend-ontwikkelaar - Norrsken Kraft", "Frontend-ontwikkelaar"),
    ],
)
def test_nordic_and_dutch_job_words_in_the_subject(subject: str, job: str) -> None:
    i = one_invite(subject, "Hej Alex!\n\nVi ses.", _TOOL, _HEAD)
    assert i.position == job


def test_a_signer_with_no_recruiting_title_is_not_the_recruiter() -> None:
    # Guard: a signature whose title is the team lead's is no recruiter.
    i = one_invite(
        "Intervju - Backend-utvecklare - Norrsken Kraft",
        "Hej Alex!\n\nVälkommen.\n\nMed vänliga hälsningar,\nYlva Berglund\nTeamlead Backend",
        _TOOL,
        _HEAD,
    )
    assert i.recruiter is None or i.recruiter.name != "Ylva Berglund"
