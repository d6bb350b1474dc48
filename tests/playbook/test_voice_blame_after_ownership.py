"""An outside reason tacked on after the ownership in the same sentence, behind a concessive word
("..., that's on me, though the price list in the pack was a year old"), is still blame
(issue 14: polite blame beside an ownership sentence; PLAYBOOK §4 take the blame, all of it).
A concession that names no fault or lack outside the writer, or one given up in the same breath,
is not. Our own sentences."""

from __future__ import annotations

import pytest

from tests.playbook.voice_helpers import code_values


def note(middle: str) -> str:
    return (
        "Hi Oona,\n\nThank you for the interview on Friday. When we costed the kitchen refit, I "
        f"put the labour at two days. {middle} Three days is right: one to strip out, one to "
        "fit and one to finish.\n\nBest,\nKofi\n"
    )


BLAME = [
    "That was my mistake, though the rate sheet in the pack had no labour figures at all.",
    "The error is mine, but the brief never said the units were fitted.",
    "That's on me, although the drawing we were given left out the second wall.",
]

CLEAR = [
    # the concession names nothing outside the writer with a fault
    "That was my mistake, though the rest of the costing held up.",
    "The error is mine, but I've since redone the whole estimate.",
    # given up in the same breath
    "That's on me, though the brief was thin, but that's no excuse.",
]


@pytest.mark.parametrize("middle", BLAME)
def test_an_outside_reason_after_the_ownership_is_blame(middle: str) -> None:
    codes = code_values(note(middle))
    assert "blame_shift" in codes
    assert "missing_blame" not in codes


@pytest.mark.parametrize("middle", CLEAR)
def test_a_concession_without_an_outside_fault_is_not(middle: str) -> None:
    assert "blame_shift" not in code_values(note(middle))
