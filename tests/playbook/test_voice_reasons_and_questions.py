"""A sentence that opens on an outside reason and then tells the writer's slip is blame; a reason
for a choice, or "since" telling when, is not. Enjoyment asked as a question nobody answers is no
question in a thank-you note, and "..., or would ..." is the other side of one question, not a
question of its own (issue 14)."""

from __future__ import annotations

import pytest

from app.playbook.models import FindingCode
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice

C = FindingCode


def recovery(middle: str) -> set[FindingCode]:
    text = (
        "Hi Sam,\n\nThank you for the interview this morning. When you asked about the quote, I "
        f"used last year's rates. {middle} The right quote is £4,100 at this year's rates, with "
        "the skip hire on top.\n\nBest,\nJo"
    )
    return {f.code for f in check_voice(text, Scenario.RECOVERY).findings}


@pytest.mark.parametrize(
    "middle",
    [
        "Given that the price list was only sent on the morning, I ended up quoting the old "
        "rates. That's on me.",
        "Since the rate card in the pack was a year old, I misread the labour line. That's on me.",
        "The pallet label was barely legible, so I misread the weight. That's on me.",
    ],
)
def test_an_outside_reason_before_the_slip_is_blame(middle: str) -> None:
    assert C.BLAME_SHIFT in recovery(middle)


@pytest.mark.parametrize(
    "middle",
    [
        "Given that the role is client-facing, I should have led with the account plan. That's "
        "on me.",
        "Since our call, I realised I got the labour line wrong. That's on me.",
        "Since the interview, I have gone back over the labour line. That's on me.",
    ],
)
def test_a_reason_for_a_choice_or_since_when_is_no_blame(middle: str) -> None:
    assert C.BLAME_SHIFT not in recovery(middle)


def test_enjoyment_asked_as_a_question_is_no_question_in_gratitude() -> None:
    text = (
        "Hi Ana,\n\nThank you for the tour of the depot. Is there anything better than a "
        "planner who loves a good spreadsheet? I enjoyed it, and I'm looking forward to working "
        "together.\n\nBest,\nJo"
    )
    codes = {f.code for f in check_voice(text, Scenario.GRATITUDE).findings}
    assert C.QUESTION_IN_GRATITUDE not in codes


def test_an_or_clause_is_the_same_question() -> None:
    text = (
        "Hi Ana,\n\nThank you for the conversation about the planning role. If the Leeds "
        "contract slips, would the team still grow this year, or would the team pause hiring "
        "until it signs, and how would that change the first six months of the role?\n\nBest,\nJo"
    )
    codes = {f.code for f in check_voice(text, Scenario.FOLLOW_UP).findings}
    assert C.TOO_MANY_QUESTIONS not in codes


def test_three_questions_in_one_sentence_are_still_three() -> None:
    text = (
        "Hi Ana,\n\nThank you for the conversation about the planning role. Who would I report "
        "to, how big is the team, and when would the new depot open?\n\nBest,\nJo"
    )
    codes = {f.code for f in check_voice(text, Scenario.FOLLOW_UP).findings}
    assert C.TOO_MANY_QUESTIONS in codes


# An opening reason before a verb that only sometimes tells a slip ("ended up", "got lost",
# "missed") is blame when the reason names a fault or a lack; when it names none, the sentence is
# news, not an excuse. Written for this test.
CALM_OPENINGS = [
    "Since caching kept coming up, I ended up reading the book you suggested on Saturday.",
    "Given the volumes you talked through, I got lost in how tidy the queueing design is; "
    "thank you for showing it to me.",
    "Since the site visit went long, I missed my bus home, which was more than worth it.",
]


@pytest.mark.parametrize("scenario", [Scenario.GRATITUDE, Scenario.FOLLOW_UP])
@pytest.mark.parametrize("middle", CALM_OPENINGS)
def test_an_opening_reason_before_good_news_is_no_blame(middle: str, scenario: Scenario) -> None:
    text = (
        "Hi Sam,\n\nThank you for the interview yesterday and for the time with the platform "
        f"team. {middle} I'm looking forward to hearing about next steps.\n\nBest,\nJo"
    )
    codes = {f.code for f in check_voice(text, scenario).findings}
    assert C.BLAME_SHIFT not in codes


@pytest.mark.parametrize(
    "middle",
    [
        "Since the brief was vague about the budget, I ended up quoting the wrong scope. "
        "That's on me.",
        "Given how little time was left on the clock, I got lost in the labour line. That's on me.",
    ],
)
def test_a_faulty_reason_before_a_loose_slip_is_still_blame(middle: str) -> None:
    assert C.BLAME_SHIFT in recovery(middle)
