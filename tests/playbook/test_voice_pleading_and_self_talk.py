"""Pleading and self-talk shapes (issue 14, stakes reading), in sentences written for these
tests: the post lost as a condition that leaves the candidate stranded, a
sacrifice spelled "I would" or "nothing I wouldn't", the outcome as the best of years, one more
chance as all one asks, the post as fate or a wait by the phone; a trait ("the kind of person
who falls apart"), a place behind the others, a flaw that "always has" been.

Each positive is flagged by the voice check and not without the reading (so the test fails
without the mechanism); each negative is a near-pair the reading must leave alone.
"""

from __future__ import annotations

import pytest

from app.playbook import stakes_reading
from app.playbook import voice_weights as vw
from tests.playbook.voice_helpers import code_values as codes

OWN = "I got the load figure wrong, and that mistake is mine."
POINT = "The safe figure is 12 tonnes at that radius."


def recovery(body: str) -> str:
    return (
        "Hi Rosalind,\n\nThank you for the site interview this morning. "
        f"{OWN} {POINT} {body}\n\nBest,\nCasimir\n"
    )


@pytest.fixture
def no_stakes_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """The checker without the reading and without the scorer."""
    monkeypatch.setattr(stakes_reading, "plea_spans", lambda low, vocab: [])
    monkeypatch.setattr(stakes_reading, "self_spans", lambda low, vocab: [])
    monkeypatch.setattr(vw, "WEIGHTS", {})


PLEAS = [
    "Honestly, if the role goes to someone else I don't know what I'll do next.",
    "If this one doesn't work out, I have no idea what my next step is.",
    "I would move heaven and earth for a place in your lifting crew.",
    "There is nothing I wouldn't give up to join the depot.",
    "A yes from your panel would be the best thing to happen to me in a decade.",
    "An offer would make the whole summer worth it for me.",
    "A second site walk is all I'd ask for, just one more hour.",
    "I've felt for a long time that this crew is meant for me.",
    "I'll be sitting by the phone every evening this week.",
]

CALM = [
    "If the role goes to someone else, I'd still like to hear how the tower job lands.",
    "Your riggers would move heaven and earth for a client, which I admired.",
    "The site walk was worth it, and the tower crane was the best part of the visit.",
    "All I'd ask is that you send the method statement by Friday.",
    "The new jib is meant for heavier lifts than ours.",
    "I'll phone the depot on Friday about the slinging course.",
]

SELF_TALK = [
    "I'm the kind of person who falls apart when a clock is running.",
    "I'm probably a couple of steps behind the others you saw.",
    "Deadlines turn me into a deer in the headlights, they always have.",
]

NOT_SELF_TALK = [
    "The old hoist was a step behind schedule, so the crew replanned.",
    "The old queue falls apart under load, and always has.",
    "The kind of person who thrives on site is curious, and I am.",
]


@pytest.mark.parametrize("body", PLEAS)
def test_stakes_laid_on_the_outcome_are_pleading(body: str) -> None:
    assert "pleading" in codes(recovery(body))


@pytest.mark.parametrize("body", PLEAS)
def test_without_the_reading_these_pleas_are_missed(body: str, no_stakes_reading: None) -> None:
    assert "pleading" not in codes(recovery(body))


@pytest.mark.parametrize("body", CALM)
def test_calm_near_pairs_are_not_pleading(body: str) -> None:
    assert "pleading" not in codes(recovery(body))


@pytest.mark.parametrize("body", SELF_TALK)
def test_a_trait_or_a_place_behind_the_others_is_self_deprecation(body: str) -> None:
    assert "self_deprecation" in codes(recovery(body))


@pytest.mark.parametrize("body", SELF_TALK)
def test_without_the_reading_this_self_talk_is_missed(body: str, no_stakes_reading: None) -> None:
    assert "self_deprecation" not in codes(recovery(body))


@pytest.mark.parametrize("body", NOT_SELF_TALK)
def test_systems_and_schedules_behind_are_not_self_talk(body: str) -> None:
    assert "self_deprecation" not in codes(recovery(body))
