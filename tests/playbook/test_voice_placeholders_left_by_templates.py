"""Placeholders as templates and note-takers leave them (issue 14, placeholder_left), in
sentences written for these tests: a note to self ("TODO", "FIXME:"), a figure left as TBD, a
slot named in capitals ("Dear RECRUITER NAME"), a mail-merge tag ("*|FNAME|*"), a day left as
XX; beside calm notes that only report a state ("the room is still TBC") or use the letters as
words.
"""

from __future__ import annotations

import pytest

from app.playbook.scenarios import Scenario
from tests.playbook.voice_helpers import code_values as codes


def ask(body: str, greeting: str = "Hi Dana,") -> str:
    return (
        f"{greeting}\n\nThanks for setting up Thursday. Could you send me the panel's names and "
        f"emails? {body}\n\nBest,\nRavi\n"
    )


SLOTS = [
    ("TODO confirm whether it's in person", "Hi Dana,"),
    ("FIXME: add the second date", "Hi Dana,"),
    ("Last year we cut the queue to TBD minutes at peak.", "Hi Dana,"),
    ("I'm keen to meet the team.", "Dear RECRUITER NAME,"),
    ("I'm keen to discuss the CLIENT NAME account.", "Hi Dana,"),
    ("I'm keen to meet the team.", "Hi *|FNAME|*,"),
    ("I can also do the second round on the XX if that suits.", "Hi Dana,"),
]

CALM_SLOTS = [
    "The invite still says the room is TBD, so no rush on that.",
    "The panel is TBC on the invite, I gather.",
    "I cleared the TODO comments out of our build scripts last week, so that part is fresh.",
    "Our XX chromosome screening work may come up, which I'm happy to discuss.",
    "I'm REALLY looking forward to the ROLE.",
]


@pytest.mark.parametrize(("body", "greeting"), SLOTS)
def test_slots_left_are_placeholders(body: str, greeting: str) -> None:
    assert "placeholder_left" in codes(ask(body, greeting), Scenario.ASK_RECRUITER)


@pytest.mark.parametrize("body", CALM_SLOTS)
def test_states_and_words_are_not_placeholders(body: str) -> None:
    assert "placeholder_left" not in codes(ask(body), Scenario.ASK_RECRUITER)
