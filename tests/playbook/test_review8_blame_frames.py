"""review8 M2, M3, M7, M8, M9, M21: readings of clauses.py that cleared blame or took credit for
blame, each narrowed to its category. Sentences written for these tests, in recovery notes
(issue 14: blame beside an ownership sentence is still blame_shift).

- "thanks to" with help that showed the writer their error ("I realised ...") is credit (M2);
- "with X being <praise>" is no reason offered for a stumble (M3);
- "until/before" clears only the clock as the deadline, not a person or kit that acted (M7);
- ", so" after the writer's own reason clears only a neutral thing, not a named fault (M8);
- an occasion clause with its own fault words ("with no notice") is a jab, not owned (M9);
- "between X and Y" after the stumble weighs two causes; after a relation noun it is none (M21).
"""

from __future__ import annotations

import pytest

from tests.playbook.voice_helpers import code_values as codes


def note(body: str) -> str:
    return (
        "Hi Dana, thank you for the interview yesterday. "
        f"{body} To restate: the queue should be partitioned by customer.\n\nBest,\nRuth"
    )


BLAME = [
    # M2 guards: "thanks to" a fault of a thing is still irony.
    "Thanks to the lag on the call, my answer on indexing came out garbled. That's on me.",
    "Thanks to the fire alarm going off, I lost my train of thought on indexing.",
    "Thanks to the surprise question at the end, I blanked on the indexing part.",
    "Thanks to the short slot, I realised too late that my answer was incomplete.",
    # M3 guards: a state of things at fault.
    "With the room being so noisy, I lost my train of thought on indexing. That's on me.",
    "With the laptop being an older model, I missed the shortcut and my demo was muddled.",
    # M7: a person or kit acting after "until/before".
    "I was on track until your colleague talked over me mid-answer. That's on me anyway.",
    "Things were going well until the interviewer cut me short. I own that.",
    "I had nearly finished before the video froze on your end. That's on me anyway.",
    # M8: the fault said outright after ", so".
    "I had revised the database part, so the unclear design prompt caught me off guard. "
    "That's on me.",
    "I had prepared for the coding round, so the confusing whiteboard task threw me. I own it.",
    # M9: the occasion carries its own fault.
    "When the scope shifted with no notice halfway through, I should have stopped to ask. "
    "That's on me.",
    "When the brief changed without warning, I should have asked for a minute. That's on me.",
    # M21: two causes weighed after the stumble.
    "My answer fell apart between your manager's interruptions and the five-minute timer. "
    "That's on me.",
    "I lost my way on sharding between the constant interruptions and the echo. I own that.",
    "I lost my footing somewhere between the laggy video and the ticking timer. That's on me.",
    "Between the fire drill and the late start, I didn't finish the exercise.",
]

CLEAR = [
    # M2: help that revealed the error, credited.
    "Thanks to the chat with Omar afterwards, I realised my estimate for the migration was too "
    "low. That's on me.",
    "Thanks to your note this morning, I saw my answer on indexing was too narrow. That is my "
    "mistake.",
    "I rushed the locking question and that's on me. Thanks to the pointer you gave near the "
    "end, I understood my answer was incomplete.",
    # M3: praise in the absolute clause.
    "With the whole team being so friendly, I relaxed, but my answer on indexing was too thin. "
    "That's on me.",
    "With everyone being so patient, I took my time, yet my sketch of the schema was muddled. "
    "I own that.",
    # M7 guards: the clock as the deadline.
    "I didn't spot the off-by-one before the timer ran out. That's on me.",
    "I was still tracing the bug until the clock ran out, and that's on me.",
    # M8 guard: a neutral thing after the writer's own reason.
    "I had revised the database part mostly, so the design task caught me cold. That's on me.",
    # M9 guard: the plain occasion, owned.
    "When the scope shifted, I should have stopped to ask. That's on me.",
    # M21 guard: a relation, not a cause.
    "I found a discrepancy between the invoice ledger and the bank export, and I explained it "
    "badly. That's on me.",
    "I was torn between the two designs and chose the weaker one. That's on me.",
    "I lost the thread between the second and third questions. That's on me.",
]


@pytest.mark.parametrize("body", BLAME)
def test_blame_that_a_rule_cleared_is_still_blame(body: str) -> None:
    assert "blame_shift" in codes(note(body))


@pytest.mark.parametrize("body", CLEAR)
def test_credit_deadlines_and_owned_occasions_are_not_blame(body: str) -> None:
    assert "blame_shift" not in codes(note(body))
