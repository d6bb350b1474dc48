""" "Kind of you" thanks a kindness; it is no softener (vtune10b, PLAYBOOK §5; tone._is_noun_kind
with _KIND_OF_PERSON). "Kind of" before anything else still hedges. Our own sentences."""

from __future__ import annotations

import pytest

from app.playbook.scenarios import Scenario
from tests.playbook.voice_helpers import code_values as codes


def note(body: str) -> str:
    return f"Dear Ms Aziz,\n\n{body} I enjoyed hearing about the new lab.\n\nKind regards,\nOla\n"


KINDNESS = [
    "It was kind of you to make time for me between the two board meetings.",
    "Thank you for the tour; it was very kind of you to walk me to the station afterwards.",
    "Please thank the panel too; it was kind of them to stay late.",
]

HEDGES = [
    "Thank you for the time; I kind of enjoyed it, I think.",
    "Thank you for the time today; it was kind of a blur.",
]


@pytest.mark.parametrize("body", KINDNESS)
def test_kindness_is_no_hedge(body: str) -> None:
    assert "hedging" not in codes(note(body), Scenario.GRATITUDE)


@pytest.mark.parametrize("body", HEDGES)
def test_kind_of_still_hedges(body: str) -> None:
    assert "hedging" in codes(note(body), Scenario.GRATITUDE)
