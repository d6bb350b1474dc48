"""review8 M6: what a recovery note counts as owning the stumble in other words. "I stand by the
answer I gave" keeps the answer (the opposite of owning it); "we take ownership of incidents"
describes a job; "I acknowledge the figure you quoted is right" owns no fault. None of them takes
the blame (PLAYBOOK §4 step 3), so missing_blame stays. The fault said in other words is still
ownership: "I fully accept the wrong estimate", "I take full responsibility for that", "the bad
call was mine", "I accept the estimate was too low". Our own sentences."""

from __future__ import annotations

import pytest

from tests.playbook.voice_helpers import code_values


def note(middle: str) -> str:
    return f"Hi Dara,\n\nThank you for the interview on Monday. {middle}\n\nKind regards,\nLeo\n"


NOT_OWNED = [
    "I stand by the answer I gave on the queue design. To restate: the consumer should "
    "acknowledge only after the write.",
    "I stand by the result of the pricing model I described. To restate: demand dips in "
    "August and the model allows for it.",
    "When we discussed outages, I went round in circles. In my current role we take ownership "
    "of outages end to end, and I wanted to restate that we hold a review within two days.",
    "I acknowledge the number you quoted is right. To restate: the churn rate is four percent "
    "a month.",
]


@pytest.mark.parametrize("middle", NOT_OWNED)
def test_keeping_an_answer_or_a_job_description_is_not_ownership(middle: str) -> None:
    assert "missing_blame" in code_values(note(middle))


OWNED = [
    "I gave a muddled answer on the queue design. I fully accept the wrong estimate. To "
    "restate: the consumer should acknowledge only after the write.",
    "I gave a muddled answer on the queue design, and I take full responsibility for that. To "
    "restate: the consumer should acknowledge only after the write.",
    "I rushed the queue design question; the bad call was mine. To restate: the consumer "
    "should acknowledge only after the write.",
    "I rushed the queue design question, and I take ownership of the mistake. To restate: the "
    "consumer should acknowledge only after the write.",
    "The brief said speed mattered most, but I accept the estimate was too low. To restate: "
    "the migration needs three weeks, not one.",
    "I could not say what happens to an order placed between two runs. I accept the answer "
    "could have been clearer. To restate: every change is replayed within minutes.",
]


@pytest.mark.parametrize("middle", OWNED)
def test_the_fault_owned_in_other_words_still_counts(middle: str) -> None:
    assert "missing_blame" not in code_values(note(middle))
