"""The learned scorer's self_deprecation sentence needs a word of low rank or fault
(stakes_reading.self_cued_in). A trait word alone ("kind", "type", "always") counts, except
for a trait that does well: "the kind of person who thrives on site" praises the candidate.
Sentences written for this test."""

from __future__ import annotations

import pytest

from app.playbook.models import FindingCode
from app.playbook.scenarios import Scenario
from app.playbook.stakes_reading import self_cued_in
from app.playbook.voice import check_voice

GOOD_TRAITS = [
    "the kind of person who thrives under a deadline is calm, and i am",
    "i'm the type who always enjoys a messy handover",
    "the sort of fitter who excels on night shifts",
]

TRAITS_THAT_FAULT = [
    "i'm the kind of person who panics when a clock runs",
    "i always go quiet in panels",
    "the type who thrives is not me, i'm slower than that",
]


@pytest.mark.parametrize("sentence", GOOD_TRAITS)
def test_a_good_trait_is_no_cue(sentence: str) -> None:
    assert not self_cued_in(sentence, 0, len(sentence))


@pytest.mark.parametrize("sentence", TRAITS_THAT_FAULT)
def test_a_trait_or_a_fault_still_cues(sentence: str) -> None:
    assert self_cued_in(sentence, 0, len(sentence))


# A verb of doing well that is denied runs the candidate down: "never" is a trait word and a
# negation at once, and "not the kind who thrives" is no praise.
DENIED_GOOD_TRAITS = [
    "honestly i'm the sort who never shines at a whiteboard",
    "i'm not the type of engineer who thrives with a clock running",
    "i'm the kind of person who doesn't excel in panels",
    "i'm the kind who rarely enjoys being put on the spot",
    "i always seem to be the one who can't shine on the day",
]


@pytest.mark.parametrize("sentence", DENIED_GOOD_TRAITS)
def test_a_denied_good_trait_still_cues(sentence: str) -> None:
    assert self_cued_in(sentence, 0, len(sentence))


def test_a_denied_good_trait_in_a_thank_you_is_self_talk() -> None:
    text = (
        "Hi Ana,\n\nThank you for showing me round the depot on Tuesday. I'm honestly the sort "
        "who never shines at interviews, so I'm sorry if I seemed flat.\n\nBest,\nJo"
    )
    codes = {f.code for f in check_voice(text, Scenario.GRATITUDE).findings}
    assert FindingCode.SELF_DEPRECATION in codes
