"""Blame said plainly or beside an ownership sentence (issue 14; training batches b41 and b43):
the excuse in an opening clause, after a concession in the same sentence, as a steer, as what
anyone would have done, as a hard week, as a thing that turned out wrong; and the same facts
told calmly, taken back, or as praise, which are not blame."""

from __future__ import annotations

import pytest

from app.playbook.models import FindingCode
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice

C = FindingCode


def recovery(middle: str) -> set[FindingCode]:
    text = (
        "Hi Marta,\n\nThank you for the interview this morning. When you asked about the loading "
        f"plan, I put the heavy pallets on top. {middle} The heavy pallets go at the bottom, "
        "against the bulkhead, with the light stock above.\n\nBest,\nOwen"
    )
    return {f.code for f in check_voice(text, Scenario.RECOVERY).findings}


def gratitude(middle: str) -> set[FindingCode]:
    text = (
        f"Hi Dana,\n\nThank you for the coffee and the tour of the depot. {middle} I'm looking "
        "forward to working together.\n\nBest,\nOwen"
    )
    return {f.code for f in check_voice(text, Scenario.GRATITUDE).findings}


BLAME = [
    # the reason in the clause that opens the ownership's sentence
    "Although the floor plan you sent me was for the old building, so every distance was off, "
    "the estimate came from me and the error belongs to me.",
    "Given how fast the questions came, one straight after another with no gap, the slip "
    "remains mine.",
    # the reason before a concession said at the end of the same sentence
    "the handout listed gross weights and not net, so that's the figure i used, my bad though.",
    # a steer or a justification in the reason before the ownership
    "The case was laid out so the cheaper option came first, which nudged me, but the pick was "
    "mine to defend and I own it.",
    "The brief described a single site, after all, but I should have asked, and that's on me.",
    "With the tray already loaded by someone else, there wasn't space for a spare, and yet "
    "that's on me.",
    # what anyone would have done, or nobody could have done
    "The oven on that station runs far hotter than the dial says, anyone's bread would have burnt.",
    "The key figure sat in an appendix nobody could be expected to find.",
    # the writer's week, offered as the reason
    "After the week I've had with the house move, I wasn't at my sharpest.",
    "That chisel was blunt as anything, you'd be lucky to get a clean joint out of it.",
    # a cause judged after the fact, a degree, a role-player, a pack that left it out
    "The job pack said the site had been surveyed in spring, which turned out to be wrong.",
    "The clip you played was that muffled I could barely hear the caller.",
    "The actor playing the customer kept interrupting, so I never got through my questions.",
    "That topic wasn't in the reading pack the agency sent me.",
    "your forklift is seriously temperamental, it kept stalling. that's on me though.",
    "The builders next door kept drilling, which is why my answers were all over the place.",
    "Hope the next person gets a laptop that actually works.",
]


@pytest.mark.parametrize("middle", BLAME)
def test_blame_said_plainly_is_found(middle: str) -> None:
    assert C.BLAME_SHIFT in recovery(middle)


CALM = [
    # the cause named and taken back
    "The software was new to me, but the weight rule isn't, so I don't count that as the "
    "reason. That's on me.",
    "The handout mentioned the old survey, but it was for me to ask, so the slip is not the "
    "handout's. That's on me.",
    "My train was late so I had less time with the pack, though with better planning that "
    "wouldn't have mattered. That's on me.",
    "Nobody could have predicted the storm, and it changed nothing: the slip was mine.",
    # the writer's own arrival
    "I arrived with less time to read the brief than I had planned, and I used it badly. "
    "That's on me.",
]


@pytest.mark.parametrize("middle", CALM)
def test_calm_or_taken_back_is_no_blame(middle: str) -> None:
    assert C.BLAME_SHIFT not in recovery(middle)


PRAISE = [
    "Who knew a bus timetable could hold so much maths?",
    "After the week I've had, our chat was the highlight of it.",
    "You'd be lucky to find a kinder team anywhere.",
]


@pytest.mark.parametrize("middle", PRAISE)
def test_praise_is_no_blame(middle: str) -> None:
    assert C.BLAME_SHIFT not in gratitude(middle)
