"""A reason that opens its clause and names nothing of the writer's, followed by what went wrong
for the writer, is blame even when the reason names no tool or person the lexicon knows and
the stumble is said of the work, not with "I" (issue 14: the stumble put on the time box or the
setup, politely, still blame_shift). The frames: a strong causal word ("owing to", "due to",
"because of", "thanks to"), a premise with a lack ("given that nobody had ..."), a pace
("given how quickly we ..."), an absolute clause ("with the X being ..."). What went wrong: the
writer's stumble, their work gone wrong ("my estimate was built on the wrong base", "it came
out half-remembered"), or the writer below par ("I was not at my sharpest"). The writer's own
reason, a reason for a good outcome, and sympathy are not blame. Our own sentences."""

from __future__ import annotations

import pytest

from app.playbook import clauses


def spans(text: str) -> list[str]:
    low = text.lower()
    return [low[a:b] for a, b in clauses.blame_spans(low)]


BLAME = [
    "Owing to a mix-up over which version of the schedule was current, my staffing plan was "
    "built on the wrong shifts.",
    "Due to a misunderstanding about the units, my load figure came out ten times too high.",
    "Thanks to the alarm test halfway through, it came out garbled.",
    "Given that nobody had shared the floor plan beforehand, my answer on the evacuation route "
    "was muddled.",
    "Given how quickly we moved through the accounts, I skipped the accruals.",
    "With the practice rig being an older model than ours, I missed the bleed valve.",
    "Because of the change of rooms, I was not at my sharpest on the first question.",
]

CLEAR = [
    # the writer's own reason
    "Owing to my own nerves, my staffing plan was built on the wrong shifts.",
    "With my notes being in the other bag, I skipped the accruals.",
    "Given how little I had slept, my answer on the evacuation route was muddled.",
    # a reason for something that went well
    "Thanks to the floor plan you sent, my answer on the evacuation route was clear.",
    "Given how quickly we moved, we covered all four cases.",
    # no reason frame: the writer's work simply went wrong
    "My staffing plan was built on the wrong shifts, and that is on me.",
    # sympathy
    "Sorry to hear that, due to the strike, your morning was rushed.",
]


@pytest.mark.parametrize("text", BLAME)
def test_an_outside_reason_before_a_worse_result_is_blame(text: str) -> None:
    assert spans(text) != []


@pytest.mark.parametrize("text", CLEAR)
def test_an_own_or_good_or_absent_reason_is_not(text: str) -> None:
    assert spans(text) == []
