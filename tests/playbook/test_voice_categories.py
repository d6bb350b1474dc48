"""Voice check by category (issue 14): self-deprecation by trait or comparison, polite blame and
jabs, restatement of what was left out, quoted speech in outsider voice. Phrasings from the
issue and the tune set, not from the held-out set."""

from __future__ import annotations

import pytest

from app.playbook.models import FindingCode
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice

C = FindingCode


def codes(text: str, scenario: Scenario = Scenario.FOLLOW_UP) -> set[FindingCode]:
    return {f.code for f in check_voice(text, scenario).findings}


def note(middle: str) -> str:
    return (
        f"Hi Ana,\n\nThank you for the interview. {middle}\n\n"
        "What is next for the team?\n\nBest,\nLi"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm a slow thinker, so I'm not sure I did myself justice.",
        "I'm usually not great in interviews.",
        "I freeze under pressure.",
        "I know my portfolio is pretty weak next to the agency designers.",
        "I'm probably not at the level of your other cooks.",
        "I'm probably not what you had in mind.",
    ],
)
def test_self_deprecation_by_trait_or_comparison(sentence: str) -> None:
    assert C.SELF_DEPRECATION in codes(note(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I was nervous at the start.",
        "As a junior analyst I learned a lot from the case.",
        "My portfolio is online if it helps.",
    ],
)
def test_plain_facts_about_oneself_are_not_self_deprecation(sentence: str) -> None:
    assert C.SELF_DEPRECATION not in codes(note(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Honestly the scheduling has been chaotic on your side.",
        "The interview loop was disorganised.",
        "Your panel clearly hadn't read my CV.",
        "Glad someone finally read my CV.",
        "The interviewer in the round before was running late.",
        "The take-home's time limit was way too tight.",
        "The question was sprung on me at the end.",
    ],
)
def test_polite_blame_and_jabs(sentence: str) -> None:
    assert C.BLAME_SHIFT in codes(note(sentence))


def test_the_missing_piece_named_then_given_is_a_restatement() -> None:
    text = (
        "Hi Sade,\n\nThank you for today. When you asked about the forecast, I gave the total "
        "without the churn assumption. That was my error.\n\nThe assumption I left out: churn "
        "falls to 2% a month once annual plans launch.\n\nBest,\nImran"
    )
    assert C.MISSING_RESTATEMENT not in codes(text, Scenario.RECOVERY)


def test_your_inside_a_quoted_question_is_not_outsider_voice() -> None:
    text = (
        'Hi Gustavo,\n\nThanks for the interview. You asked me "what\'s your stack?" and I '
        "enjoyed answering.\n\nWho owns the upgrades next year?\n\nBest,\nRenata"
    )
    assert C.OUTSIDER_VOICE not in codes(text)
    assert C.OUTSIDER_VOICE in codes(text.replace('"what\'s your stack?"', "about your stack"))
