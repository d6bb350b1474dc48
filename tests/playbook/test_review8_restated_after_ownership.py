"""review8 M1: after "that's on me, but/though ...", the writer restating the point ("the point I
was making holds: ...", "the fix is quick: ...") or crediting a thing ("the trace had it right")
is not an outside reason; a cause, or a defect of a thing, with its fault there still is (issue
14: polite blame beside an ownership sentence). Our own sentences."""

from __future__ import annotations

import pytest

from tests.playbook.voice_helpers import code_values


def recovery(middle: str) -> str:
    return (
        f"Hi Priya,\n\nThank you for the interview on Tuesday. {middle}\n\nBest regards,\nTomas\n"
    )


# --- M1: the restatement or a credit after "that's on me, but ..." ---------------------------

RESTATED = [
    "I gave the wrong index for the orders table, and that's on me, but the point I was making "
    "still holds: index by customer, not by date.",
    "I muddled the queue question, and that's my mistake, but the fix is quick: the consumer "
    "should acknowledge only after the write.",
    "I misread the question on backups; that's on me, though the idea behind my answer is "
    "simple: snapshot nightly, not hourly.",
    "I misquoted the latency, which is on me, but the trace we looked at had it right: 30 ms, "
    "not 300.",
    "I swapped the two shard keys; the error is mine, though the good news is that the schema "
    "only needs one change: swap them back.",
]

STILL_BLAME = [
    # a cause with its own fault after the concession
    "I gave the wrong index for the orders table, and that's on me, but the schema diagram we "
    "were sent had no indexes on it at all.",
    "I muddled the queue question, and that's my mistake, though the brief never said the "
    "consumer was idempotent.",
    "I misquoted the latency; the error is mine, but the dashboard you showed was a week old.",
    # a defect of a thing the lists do not name
    "The race condition was my bug, but for context the build server ran an older compiler "
    "where the optimiser was off by default, which made it far worse.",
]


@pytest.mark.parametrize("middle", RESTATED)
def test_the_point_restated_after_the_ownership_is_not_blame(middle: str) -> None:
    assert "blame_shift" not in code_values(recovery(middle))


@pytest.mark.parametrize("middle", STILL_BLAME)
def test_a_faulty_cause_after_the_ownership_is_still_blame(middle: str) -> None:
    assert "blame_shift" in code_values(recovery(middle))
