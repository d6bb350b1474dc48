"""The scorer's pleading sentence must hold a word of wanting or stakes (stakes_reading
.plea_cued_in). A cue word that asks nothing for the candidate does not open the gate: "please"
before an errand, "need to" before a need for facts, a want denied. Sentences written for this
test; each beside one where the same word does plead.
"""

from __future__ import annotations

import pytest

from app.playbook.stakes_reading import plea_cued_in

TAME = [
    "please withdraw my name from the process.",
    "please send the panel's names when you can.",
    "i need to know who is on the panel on thursday.",
    "we need to check the room booking first.",
    "i don't want to pretend the slip was anyone else's.",
]

CUED = [
    "please, i am asking you for one more look.",
    "please keep me in mind, i need this.",
    "i need to get this role, there is nothing else.",
    "i hope with all my heart this one works out.",
    "i need this job.",
]


@pytest.mark.parametrize("sentence", TAME)
def test_a_cue_that_asks_nothing_does_not_open_the_gate(sentence: str) -> None:
    assert not plea_cued_in(sentence, 0, len(sentence))


@pytest.mark.parametrize("sentence", CUED)
def test_a_cue_that_wants_still_does(sentence: str) -> None:
    assert plea_cued_in(sentence, 0, len(sentence))
