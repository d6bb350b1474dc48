"""Guests known by address (issue 16): an address whose local part is the initials of a long name is
that person's: the given names' initials without the surname (pqh@ for Phan Quynh Hoa Le) and the
initials with the surname's particles (mdlv@ for Marisol de la Vega). Others stay apart."""

from __future__ import annotations

import pytest

from app.calendar.people import name_matches_email


@pytest.mark.parametrize(
    ("name", "email"),
    [
        ("Phan Quynh Hoa Le", "pqh@tamarind.example"),
        ("Marisol de la Vega", "mdlv@tamarind.example"),
        ("Jan-Pieter van den Broek", "jpvdb@tamarind.example"),
    ],
)
def test_initials_of_a_long_name_are_its_address(name: str, email: str) -> None:
    assert name_matches_email(name, email)


@pytest.mark.parametrize(
    ("name", "email"),
    [
        ("Phan Quynh Hoa Le", "qhl@tamarind.example"),
        ("Marisol Vega", "mv2x@tamarind.example"),
        ("Marisol de la Vega", "dlv@tamarind.example"),
        ("Ines Albrecht", "i@tamarind.example"),
    ],
)
def test_other_letters_are_not(name: str, email: str) -> None:
    assert not name_matches_email(name, email)
