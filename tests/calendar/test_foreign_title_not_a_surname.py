"""A foreign job title's head word inside a person's surname does not make the person the job
(review of 962566f): "Schleiter" holds the German "leiter", "Contador" is a Spanish title word
and a surname; after a given name they are people. German compounds and Spanish titles that
lead on their head word are still jobs."""

from __future__ import annotations

from app.calendar.model import Interview
from tests.calendar.helpers import one_invite


def _invite(title: str) -> Interview:
    return one_invite(
        title,
        "Looking forward to it.",
        ("Halden Okafor", "halden.okafor@fenwickmarine.example"),
        ("Halden Okafor", "halden.okafor@fenwickmarine.example"),
    )


def test_a_surname_holding_a_title_stem_is_a_person_not_the_job() -> None:
    assert _invite("Interview: Alex Morgan / Anna Schleiter").position is None
    assert _invite("Interview: Mia Projektleiter").position is None


def test_foreign_titles_that_lead_on_or_are_their_head_word_stay_jobs() -> None:
    assert _invite("Interview: Senior Softwareentwickler - Alex Morgan").position == (
        "Senior Softwareentwickler"
    )
    assert _invite("Entrevista | Contador Senior | Alex Morgan").position == "Contador Senior"
    assert _invite("Interview: Teamleiter Logistik").position == "Teamleiter Logistik"
