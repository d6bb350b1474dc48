"""The job in a subject ends before the firm written after "at", and after its word in the
languages invites come in: "UX Writer hos Solsikke Rejser" (Danish, Norwegian, Swedish),
"Controllerin bei Kranichwerk" (German), "Chargée de communication chez Levrier" (French)
(company._AT_TAIL)."""

from __future__ import annotations

import pytest

from tests.calendar.helpers import one_invite

_ORG = ("Ingrid Malmström", "ingrid.malmstrom@tidevand.example")
_GUEST = ("Mads Holt", "mads.holt@tidevand.example")


@pytest.mark.parametrize(
    ("subject", "job"),
    [
        ("Jobsamtale: UX Writer hos Tidevand Rejser", "UX Writer"),
        ("Interview: Data Analyst bei Tidevand Rejser", "Data Analyst"),
        ("Entretien : Product Designer chez Tidevand Rejser", "Product Designer"),
    ],
)
def test_the_firm_after_its_word_is_no_part_of_the_job(subject: str, job: str) -> None:
    i = one_invite(subject, "Hi Alex,\n\nSee you then.", _ORG, _GUEST)
    assert i.position == job


def test_a_lower_case_word_after_is_kept() -> None:
    # Guard: only a capitalised firm is cut ("Data Analyst bei uns" names no firm).
    i = one_invite("Interview: Data Analyst bei uns", "Hi Alex,\n\nSee you then.", _ORG, _GUEST)
    assert i.position != "Data Analyst"
