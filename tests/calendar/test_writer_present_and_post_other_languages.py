"""A manager's own invite in Dutch, Finnish or the Nordic languages: the writer who says they
are present ("Aanwezig: ikzelf …", "Paikalla olen minä ja …", "X blir også med") is met, not
the one to ask (extract._TAKES_PART); "Samtale om stillingen som …" is a talk about a job
(detect._CASUAL, _ROLE_TALK); and the job a sentence names as "the position of …" in those
languages is the position, in lower case too (company._POST_FRAME)."""

from __future__ import annotations

import pytest

from tests.calendar.helpers import one_invite

_ORG = ("Wietske Brandsma", "wietske.brandsma@dijkwerk.example")
_PEER = ("Joost Terpstra", "joost.terpstra@dijkwerk.example")


@pytest.mark.parametrize(
    "body",
    [
        "Hoi Alex,\n\nAanwezig: ikzelf en Joost Terpstra uit het team.\n\nGroet,\nWietske",
        "Hei Alex,\n\nPaikalla olen minä ja Joost Terpstra.\n\nTerveisin\nWietske",
        "Hei Alex,\n\nJoost Terpstra blir også med.\n\nHilsen\nWietske",
    ],
)
def test_the_writer_who_says_they_are_present_is_met(body: str) -> None:
    i = one_invite("Sollicitatiegesprek werkvoorbereider", body, _ORG, _PEER)
    assert {p.email for p in i.interviewers} == {_ORG[1], _PEER[1]}
    assert i.recruiter is None


def test_the_writer_who_says_they_stay_away_is_not_met() -> None:
    # Guard: "Ich selbst bin nicht dabei" says the opposite.
    body = "Hallo Alex,\n\nIch selbst bin nicht dabei.\n\nGrüße\nWietske"
    i = one_invite("Vorstellungsgespräch Werkvoorbereider", body, _ORG, _PEER)
    assert _ORG[1] not in {p.email for p in i.interviewers}


def test_a_talk_about_the_position_is_an_interview() -> None:
    body = "Hej Alex\n\nTak for din ansøgning.\n\nMvh\nWietske"
    i = one_invite("Samtale om stillingen som UX-designer", body, _ORG, _PEER)
    assert i.is_interview
    assert i.position == "UX-designer"


@pytest.mark.parametrize(
    ("body", "job"),
    [
        ("le confermo il colloquio per la posizione di geometra di cantiere.",
         "Geometra di cantiere"),
        ("Je vous confirme votre entretien pour le poste de technicien de maintenance chez nous.",
         "Technicien de maintenance"),
        ("Vi gleder oss til å møte deg til intervju for stillingen som driftstekniker.",
         "Driftstekniker"),
        ("Gespräch für die Position Strategischer Einkäufer (m/w/d) bei uns.",
         "Strategischer Einkäufer"),
        ("daarna praten we over de functie servicemonteur windturbines.",
         "Servicemonteur windturbines"),
    ],
)  # fmt: skip
def test_the_position_named_in_another_language(body: str, job: str) -> None:
    i = one_invite("Interview", "Hi Alex,\n\n" + body + "\n\nWietske", _ORG, _PEER)
    assert i.position == job


def test_a_german_verb_after_the_word_is_no_job() -> None:
    # Guard: "Die Stelle berichtet an …" names no job.
    body = "Hallo Alex,\n\nDie Position berichtet an Herrn Pichler.\n\nWietske"
    i = one_invite("Vorstellungsgespräch", body, _ORG, _PEER)
    assert i.position is None or not i.position.startswith("Berichtet")
