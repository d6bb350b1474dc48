"""Ownership said short or in idiom (issue 14, missing_blame precision): "Mine entirely.", "My
stuff-up.", "I take that on", "Whose fault: mine", "down to my prep", "that was me", "my sauce,
my problem", "..., plain and simple", "I misfired", "that is my failure". Taking advice on board,
or "me" that names who was where, owns nothing."""

from __future__ import annotations

import pytest

from app.playbook.models import FindingCode
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice

C = FindingCode


def codes(middle: str) -> set[FindingCode]:
    text = (
        "Hi Priya,\n\nThanks for the interview this afternoon. On the stock question I said we "
        f"should reorder weekly. {middle} The better answer is to reorder on a minimum level of "
        "two weeks' cover, checked every Monday.\n\nBest,\nTom"
    )
    return {f.code for f in check_voice(text, Scenario.RECOVERY).findings}


OWNED = [
    "Wrong call; I didn't think it through. Mine entirely.",
    "I didn't check the sales history first. My stuff-up.",
    "I'm the one who should have asked about lead times, and I take that on.",
    "- Whose fault: mine.",
    "The question threw me, which was down to my prep, not the question.",
    "I'll not pretend otherwise, that was me.",
    "My plan, my problem.",
    "I mixed up the two reorder rules, plain and simple.",
    "I misfired on the reorder question.",
    "I never got to the supplier side. That is my failure.",
]


@pytest.mark.parametrize("middle", OWNED)
def test_ownership_said_short_is_read(middle: str) -> None:
    assert C.MISSING_BLAME not in codes(middle)


NOT_OWNED = [
    "You suggested I read up on safety stock, and I take that on board.",
    "That was me at the whiteboard, working it through.",
    "My plan was to cover it later.",
]


@pytest.mark.parametrize("middle", NOT_OWNED)
def test_words_that_own_nothing_leave_missing_blame(middle: str) -> None:
    assert C.MISSING_BLAME in codes(middle)
