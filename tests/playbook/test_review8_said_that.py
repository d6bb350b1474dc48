"""review8 M17: "I wanted to say that I really enjoyed the day" or "... that the office is lovely"
restates no point (PLAYBOOK §4 step 5), so missing_restatement stays; "I wanted to say that the
consumer should acknowledge after the write" still restates. Our own sentences."""

from __future__ import annotations

import pytest

from tests.playbook.voice_helpers import code_values


def note(middle: str) -> str:
    return f"Hi Dara,\n\nThank you for the interview on Monday. {middle}\n\nKind regards,\nLeo\n"


NO_POINT = [
    "I misread the question on queues, and that's on me. I wanted to say that I really "
    "enjoyed meeting the whole team on Monday.",
    "I misread the question on queues, and that's on me. I wanted to say that the office is "
    "lovely and the coffee was great.",
    "I misread the question on queues, and that's on me. I wanted to point out that I am "
    "still very interested in the role.",
]


@pytest.mark.parametrize("middle", NO_POINT)
def test_a_feeling_or_small_talk_after_say_that_is_no_restatement(middle: str) -> None:
    assert "missing_restatement" in code_values(note(middle))


POINT = [
    "I misread the question on queues, and that's on me. I wanted to say that the consumer "
    "should acknowledge each message only after the write.",
    "I misread the question on queues, and that's on me. What I meant to get across is that "
    "retries belong in the consumer, not the producer.",
    "I misread the question on queues, and that's on me. I wanted to say that I would put the "
    "retry logic in the consumer, not the producer.",
]


@pytest.mark.parametrize("middle", POINT)
def test_the_point_after_say_that_is_still_a_restatement(middle: str) -> None:
    assert "missing_restatement" not in code_values(note(middle))
