"""Ownership said in other words counts as taking the blame (issue 14): the fault as the subject
and the writer's as its predicate with an adverb between ("the slip is nonetheless mine"), "X
is my Y to own", the writer accepting it with an adverb between ("I still accept the error"),
"I've only myself to blame", "I should own it, and I do", a terse tag with a particle ("Still
mine.", "My blunder though."), and an owning clause after "and" whose phrase begins inside a
prepositional object ("... on the forecast and that's on me"); the excuse refused ("No excuse
though: ...", "that doesn't excuse the wrong figure") and the duty named as the writer's ("was my
job"). Denied, conditional or asked ownership, and "no excuse for" a fault of the setup, are not
ownership. Our own sentences."""

from __future__ import annotations

import pytest

from tests.playbook.voice_helpers import code_values


def note(middle: str) -> str:
    return (
        "Hi Priya,\n\nThank you for the interview on Tuesday. When you asked about the reorder "
        f"point, I used the average demand instead of the peak. {middle} The reorder point "
        "should use peak weekly demand plus two weeks of safety stock.\n\nBest,\nTomas\n"
    )


OWNED = [
    "The slip is nonetheless mine.",
    "That is my misjudgement to own.",
    "I still accept the error.",
    "I've only myself to blame.",
    "I should own it, and I do.",
    "Still mine.",
    "My blunder though.",
    "I rushed the part on the forecast and that's on me.",
    "It was not the answer I wanted and the error was mine.",
    "That's my answer to own.",
    # the excuse refused
    "No excuse though: I simply didn't check the figure.",
    "The noise in the yard doesn't excuse the wrong figure.",
    # the duty named as the writer's
    "Checking the demand series was my job.",
    "My call, my slip.",
]

NOT_OWNED = [
    "I don't accept the error was a big one.",
    "If the slip is mine, I'd like to know.",
    "Is that my misjudgement to own?",
    "The slip is not mine alone to explain.",
    "There is no excuse for a forecast tool that crashes twice.",
    "It wasn't my job to check the demand series.",
]


@pytest.mark.parametrize("middle", OWNED)
def test_ownership_in_other_words_counts(middle: str) -> None:
    assert "missing_blame" not in code_values(note(middle))


@pytest.mark.parametrize("middle", NOT_OWNED)
def test_denied_conditional_or_asked_ownership_does_not(middle: str) -> None:
    assert "missing_blame" in code_values(note(middle))
