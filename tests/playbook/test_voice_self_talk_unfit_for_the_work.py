"""Self-deprecation said in words of fitness or ability, not by rank (vtune10b, PLAYBOOK §5;
stakes_reading._UNFIT): a standing lack at a kind of task, a person unsuited or out of their
depth, not the pick, a doubt about being enough or the right fit, a record that falls short.
A slip owned, a skill stated plainly, or a draft judged is not self-talk. Our own sentences."""

from __future__ import annotations

import pytest

from app.playbook.scenarios import Scenario
from tests.playbook.voice_helpers import code_values as codes


def note(body: str) -> str:
    return (
        "Hi Marta,\n\nThank you for the conversation on Tuesday. "
        f"{body} I enjoyed hearing about the warehouse move.\n\nBest,\nOwen\n"
    )


UNFIT = [
    "I'm really poor with spreadsheets when someone is watching.",
    "I suspect I am simply unsuited to panel formats.",
    "I'm hardly the natural pick for a team this size.",
    "I'm not much of a presenter, as you probably saw.",
    "Honestly I doubt I'm experienced enough for a team like yours.",
    "I'm afraid I might not be the right match for the role after all.",
    "My background probably falls a long way short of the brief.",
    "I'm clearly out of my league with logistics software.",
]

CALM = [
    "My first estimate fell short, and the revised one is in the deck.",
    "I'm good with spreadsheets and I've run the stock counts for three years.",
    "I'm hardly a beginner at route planning, so the depot question was fun.",
    "After two years running the rota I'm experienced enough to own the night shift.",
    "The old scanners fall short at peak, which is why the move makes sense.",
]


@pytest.mark.parametrize("body", UNFIT)
def test_unfit_for_the_work_is_self_talk(body: str) -> None:
    assert "self_deprecation" in codes(note(body), Scenario.GRATITUDE)


@pytest.mark.parametrize("body", CALM)
def test_plain_statements_are_not(body: str) -> None:
    assert "self_deprecation" not in codes(note(body), Scenario.GRATITUDE)
