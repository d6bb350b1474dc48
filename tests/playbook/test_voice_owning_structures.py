"""Ownership (PLAYBOOK §4: take the blame, all of it) said by structure in words the earlier
families missed (issue 14): a duty of the writer's closing its clause, the fault owned in a
relative clause, the promise "I'll own ...", the weight carried ("wear", "carry the can", "on my
shoulders", "an own goal", "self-inflicted"), an outside cause said not to be why, excuses
refused, and "should [adverb] have". Every note below is our own; each positive fails on the
tree before this change, and each near miss keeps its missing_blame."""

from __future__ import annotations

import pytest

from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice


def recovery(middle: str) -> str:
    return (
        "Hi Oskar,\n\nThank you for the site visit this morning. When we walked the east "
        f"stairwell, I gave you the wrong fire-door rating. {middle} The doors on that core "
        "need to be FD60S, with self-closers and intumescent strips.\n\nRegards,\nNiamh\n"
    )


def codes(text: str) -> set[str]:
    return {f.code.value for f in check_voice(text, Scenario.RECOVERY).findings}


OWNED = [
    "Checking the schedule before the walk was my job.",
    "Reading the drawings twice was my task, though.",
    "It is a slip I own.",
    "That was careless, which I own completely.",
    "I'll own skimming the schedule.",
    "I'll wear that one.",
    "I'll carry the can for it.",
    "Chalk that one up to me.",
    "That sits squarely on my own shoulders.",
    "That was an own goal.",
    "The muddle was self-inflicted.",
    "Wrong rating, on me entirely.",
    "The error is attributable to me and nobody else.",
    "The wind in the stairwell was loud, but that isn't why: I hadn't read the schedule.",
    "The phone signal dropped twice, and that had nothing to do with my answer.",
    "The rain was heavy, but it didn't cause the mistake.",
    "I'm not going to blame the tablet for it.",
    "I should nonetheless have checked the schedule.",
    "I still should have checked the schedule.",
]

NOT_OWNED = [
    "Checking schedules was my job at my last firm.",
    "The tablet was slow to load the drawings.",
    "Mistakes happen on a busy morning.",
    "The schedule should have been printed for me.",
    "I'd wear a hard hat next time.",
]


@pytest.mark.parametrize("middle", OWNED)
def test_ownership_by_structure_counts(middle: str) -> None:
    assert "missing_blame" not in codes(recovery(middle))


@pytest.mark.parametrize("middle", NOT_OWNED)
def test_near_misses_still_lack_ownership(middle: str) -> None:
    assert "missing_blame" in codes(recovery(middle))
