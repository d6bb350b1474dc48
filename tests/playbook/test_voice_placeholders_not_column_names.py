"""Capitals and letters that are the candidate's content, not a slot a template left (review9,
PLAYBOOK §6): column names joined by "_" ("partition by START_DATE"), a capitalised name before
the thing it names ("the CLIENT NAME redaction tool"), "the XX chromosome", a date still "TBD
weeks away". Beside them, the slots still read. Our own sentences."""

from __future__ import annotations

import pytest

from app.playbook.scenarios import Scenario
from tests.playbook.voice_helpers import code_values as codes


def note(body: str) -> str:
    return f"Hi Leo,\n\nThank you for the interview. {body}\n\nBest,\nNia\n"


NOT_SLOTS = [
    "I liked how the JOB_TITLE and TEAM_NAME columns stay apart from the grade.",
    "I would key the join on CLIENT_NAME after deduplicating it.",
    "The CLIENT NAME redaction tool you built for legal was impressive.",
    "I enjoyed hearing about the lab's work on the XX chromosome and the imaging pipeline.",
    "The new site opening is TBD weeks away, according to the builders.",
]

SLOTS = [
    "I'm keen to discuss the CLIENT NAME account.",
    "I could do a second round on the XX at 3pm.",
    "We cut the queue to TBD minutes at peak.",
]


@pytest.mark.parametrize("body", NOT_SLOTS)
def test_content_is_not_a_placeholder(body: str) -> None:
    assert "placeholder_left" not in codes(note(body), Scenario.GRATITUDE)


@pytest.mark.parametrize("body", SLOTS)
def test_slots_still_read(body: str) -> None:
    assert "placeholder_left" in codes(note(body), Scenario.GRATITUDE)
