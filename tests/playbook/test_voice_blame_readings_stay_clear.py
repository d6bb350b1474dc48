"""Praise, courtesies and the reader's own questions that the blame readings of
cause_reading.excused_state_spans must leave clear (review9): a circumstance said to show in how
calm the team was, a late thank-you with its reason, tiredness mentioned in a gratitude note with
no stumble, and "then again" / "mind you" opening a question with no stumble before it. Beside
them, the readings' own cases still read. Our own sentences."""

from __future__ import annotations

import pytest

from app.playbook import cause_reading
from app.playbook.rules import tokens, vocabulary
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice


def read(text: str) -> list[tuple[int, int]]:
    low = text.lower()
    return cause_reading.excused_state_spans(low, vocabulary(tokens(low)))


CLEAR = [
    # praise: the circumstance shows in the team, not in the answer
    "The kitchen had been busy since dawn, and it showed in how calm the pass stayed at noon.",
    "The office dog wandered in twice, and it shows in how relaxed the staff seemed.",
    "The night shift had been on since midnight, and it showed.",
    # a late thank-you or follow-up with its reason is a courtesy
    "Sorry I was slow to send this - the baby was up most of the night.",
    "Sorry I was slow with this note - the kids were sick all weekend.",
    "Apologies that I was slow to follow up; I was travelling overnight for a wedding.",
    # tired, with no stumble named
    "I was a little tired - I had flown in overnight from Accra - but I loved the tour.",
    # the reader's questions and praise after a turn, no stumble before it
    "I liked hearing the runway covers two years. Then again, what happens if the round slips?",
    "I loved the roastery. Mind you, everyone I met seemed happy to be there.",
    "I liked your point on the migration. Mind you, anyone who has moved a warehouse knows the "
    "last tenth is hard: how will we staff it?",
    "I loved how the clinic grew. Then again, who would not be proud of that?",
]

READ = [
    # the circumstance shown in the answer, or the writer's own at the clause's end
    "I had a migraine all morning, and it showed in my answer on sampling.",
    "I'm not used to calls at 6am, which probably showed.",
    # a state in the interview with an outside reason
    "Sorry I was slow on the pricing questions - my laptop battery died mid-call.",
    "I was a bit tired in the second half, as I had flown in overnight.",
    # a turn to the setup after a stumble
    "I got the depreciation question wrong. Then again, who knows that schedule by heart?",
]


@pytest.mark.parametrize("text", CLEAR)
def test_praise_courtesy_and_questions_are_not_read(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize("text", READ)
def test_the_readings_own_cases_still_read(text: str) -> None:
    assert read(text)


def test_a_follow_up_question_after_a_turn_sends() -> None:
    note = (
        "Hi Dana,\n\nThank you for the conversation today. I enjoyed hearing that the runway "
        "covers the next 24 months of the roadmap. Then again, what happens if the next round "
        "does not come through on time?\n\nBest,\nSam"
    )
    assert check_voice(note, Scenario.FOLLOW_UP).verdict.value == "send"


def test_a_late_thank_you_sends() -> None:
    note = (
        "Hi Ms. Park,\n\nThank you for meeting me yesterday. Sorry I was slow to send this - the "
        "baby was up most of the night. I enjoyed hearing about the library's reading programme, "
        "and I'm excited about the chance to work together.\n\nBest,\nJune"
    )
    assert check_voice(note, Scenario.GRATITUDE).verdict.value == "send"


def test_a_reason_taken_back_in_the_next_sentence_is_not_read() -> None:
    text = (
        "On the budget question I was flat and vague, as I had travelled overnight. That is no "
        "excuse: the answer was mine to get right."
    )
    assert read(text) == []
    assert read(text.split(" That is")[0])  # the reason alone still reads
