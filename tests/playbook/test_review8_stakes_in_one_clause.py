"""review8 M25, M26: two stakes readings tested a pair of words anywhere in a sentence.

- pleading (M25): a household word and a leaning phrase ("waiting for news", "let them down")
  plead only when the family waits on this outcome or fears failing it now, not when the news
  is of something else ("news on their school place") or the let-down is a past story;
- self_deprecation (M26): the pool ranked above plus a hedge is the writer's rivals only when
  the reader is the one who has or met them ("you probably had stronger people"), not when the
  writer reports the team's hiring.
Sentences written for these tests, each beside a near-pair that must still fire.
"""

from __future__ import annotations

import pytest

from app.playbook.scenarios import Scenario
from tests.playbook.voice_helpers import code_values as codes


def thanks(body: str) -> str:
    return (
        "Hi Lee,\n\nThank you for your time on Tuesday. I enjoyed hearing how the depot "
        f"rollout went. {body} I'm excited about the chance to work together.\n\nBest,\nNoor\n"
    )


def follow(body: str) -> str:
    return f"Hi Lee,\n\nThanks for the conversation on Tuesday. {body}\n\nBest,\nNoor\n"


PLEAS = [
    "My whole family is waiting for good news from you.",
    "My parents are waiting for news on this, and I can't let them down.",
    "My kids are counting on me getting this role.",
    "My wife and I are waiting on news about the role, and I don't want to disappoint them.",
]

CALM_HOUSEHOLD = [
    "My kids are waiting for news on their school place, so a July start would suit us well.",
    "My parents ran a bakery and I never wanted to let them down, which is why your quality "
    "story stayed with me.",
    "My sister is waiting for news about her visa, so I may take a day off in June.",
    "My dad is waiting for news from the hospital, so I may need a flexible first week.",
]


@pytest.mark.parametrize("body", PLEAS)
def test_the_household_leaning_on_this_outcome_pleads(body: str) -> None:
    assert "pleading" in codes(thanks(body), Scenario.GRATITUDE)


@pytest.mark.parametrize("body", CALM_HOUSEHOLD)
def test_family_news_or_a_past_story_does_not(body: str) -> None:
    assert "pleading" not in codes(thanks(body), Scenario.GRATITUDE)


RANKED = [
    "You probably had stronger candidates for the role anyway.",
    "I'm sure you met sharper people this week.",
    "No doubt there were more experienced applicants in the pool.",
]

REPORTED = [
    "You said the team hires younger, stronger candidates from the bootcamp, and that they "
    "probably ramp in a month. How do you support them early on?",
    "Your recruiter mentioned the programme draws stronger applicants every year, which is "
    "surely good news for the team. What does the first month look like?",
]


@pytest.mark.parametrize("body", RANKED)
def test_the_readers_pool_ranked_above_the_writer_runs_down(body: str) -> None:
    assert "self_deprecation" in codes(thanks(body), Scenario.GRATITUDE)


@pytest.mark.parametrize("body", REPORTED)
def test_the_teams_hiring_reported_does_not(body: str) -> None:
    assert "self_deprecation" not in codes(follow(body), Scenario.FOLLOW_UP)
