"""Self-deprecation by comparison with the reader's pool of candidates (PLAYBOOK §5, issue 14):
the candidate ranked against the people the reader sees or meets, the other applicants or the
names on the list ("green next to the people you usually interview", "I compare poorly with the
registrars you see"). Every note below is our own; each positive fails on the tree before this
change, and each near miss (the pool named without a rank of the writer) stays clear."""

from __future__ import annotations

import pytest

from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice


def follow_up(middle: str) -> str:
    return (
        "Hi Saoirse,\n\nThank you for the conversation on Monday about the survey team. "
        f"{middle} You said the drone work moves in-house next spring; who would fly it?"
        "\n\nBest,\nOmar\n"
    )


def codes(text: str) -> set[str]:
    return {f.code.value for f in check_voice(text, Scenario.FOLLOW_UP).findings}


RANKED = [
    "I'm sure you've interviewed far stronger surveyors this month.",
    "I probably looked green next to the analysts you normally meet.",
    "I expect I compare poorly with the surveyors you usually see.",
    "I know I'm not up to the standard of your other applicants.",
    "The other finalists probably breezed through the levelling task, unlike me.",
    "I doubt I'm the strongest name on your shortlist.",
]

NOT_RANKED = [
    "I'd love to meet the other surveyors on the drone team.",
    "You'll see better coverage once the second base station is in.",
    "I met the other applicants in the lobby and we compared notes on the commute.",
    "The standard you set for site photos is one I'd like to follow.",
]


@pytest.mark.parametrize("middle", RANKED)
def test_ranked_against_the_readers_pool(middle: str) -> None:
    assert "self_deprecation" in codes(follow_up(middle))


@pytest.mark.parametrize("middle", NOT_RANKED)
def test_the_pool_named_without_a_rank_is_not_self_deprecation(middle: str) -> None:
    assert "self_deprecation" not in codes(follow_up(middle))


@pytest.mark.parametrize(
    "middle",
    [
        "I'm keen to get better at Rust, like the other engineers you mentioned.",
        "I think the other option you showed me is better for cost.",
    ],
)
def test_a_bare_comparative_beside_the_pool_is_no_rank(middle: str) -> None:
    assert "self_deprecation" not in codes(follow_up(middle))
