"""A title read out of prose loses what the prose put around it (issue 16): "our" before it in
any language, the team or place after it in words, the next sentence, an aside left open; and
"… and responsible for this hire" after it is the hiring-manager mark, not part of the title."""

from __future__ import annotations

import pytest

from app.calendar.company import _title_told


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("la nostra Responsabile Acquisti", "Responsabile Acquisti"),
        ("Head of Housekeeping. Marit runs the floor staff", "Head of Housekeeping"),
        ("Charge Nurse, Ward 9 (Chair; she leads the night team", "Charge Nurse, Ward 9"),
        ("Store Manager of the branch", "Store Manager"),
        ("Desarrolladora Senior del equipo", "Desarrolladora Senior"),
        ("avdelningschef på Björkhagen", "avdelningschef"),
    ],
)
def test_the_title_without_the_words_around_it(said: str, title: str) -> None:
    assert _title_told(said) == (title, False)


def test_responsible_for_this_hire_is_the_mark() -> None:
    assert _title_told("jefa de bodega y responsable de esta contratación") == (
        "jefa de bodega",
        True,
    )


@pytest.mark.parametrize(
    "kept", ["Sr. Dir., Supply Chain Planning", "Head of Real Estate", "Assoc. Dir. Clinical Ops"]
)
def test_short_forms_with_dots_and_plain_titles_stay(kept: str) -> None:
    assert _title_told(kept) == (kept, False)
