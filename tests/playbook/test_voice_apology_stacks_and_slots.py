"""Anxious apology and placeholders (issue 14), in sentences written for these tests: "sorry to
bother you" beside another apology is two apologies; an apology stretched past a comma or a dash
("I apologise, over and over" / "I apologise -- truly"); slots as forms and drafts leave them
("(Hiring manager name)", "INSERT DATE", "<the figure I meant to give>", "section [X]"); and what
is no slot: a pattern's character class, a brand's short name once the brand is named.
"""

from __future__ import annotations

import pytest

from app.playbook.scenarios import Scenario
from tests.playbook.voice_helpers import code_values as codes


def ask(body: str) -> str:
    return (
        "Hi Lotte,\n\nThanks for setting up Tuesday's interview. "
        f"{body} Could you tell me who will be on the panel?\n\nBest,\nJonas\n"
    )


def follow_up(body: str) -> str:
    return (
        "Hi Lotte,\n\nThank you for the interview on Tuesday. "
        f"{body} If the audit moves to March, who covers the month-end close?\n\nBest,\nJonas\n"
    )


STACKED = [
    "Sorry to trouble you again, and sorry for the long list below.",
    "So sorry to bother you on your day off, sorry!",
    "I apologise, again, for the muddle over the dates.",
    "I apologise \u2014 truly \u2014 for sending the wrong file.",
]

ONCE = [
    "Sorry to bother you on a Friday afternoon.",
    "Sorry to hear about the office move, and thanks for fitting me in.",
    "I apologise for the late reply.",
]


@pytest.mark.parametrize("body", STACKED)
def test_stacked_apologies_are_anxious(body: str) -> None:
    assert "anxious_apology" in codes(ask(body), Scenario.ASK_RECRUITER)


@pytest.mark.parametrize("body", ONCE)
def test_one_plain_apology_is_not(body: str) -> None:
    assert "anxious_apology" not in codes(ask(body), Scenario.ASK_RECRUITER)


SLOTS = [
    "I passed your note to (Hiring manager name) as you asked.",
    "I'm free any time after INSERT DATE.",
    "<the figure I meant to give on the accruals> is the one to use.",
    "I mixed up section [X] with section [Y] of the policy.",
]

NOT_SLOTS = [
    "The check I described was the pattern [A-Z]{3}[0-9]+ on invoice ids.",
    "I liked the TK buying story and how TK Maxx trains its buyers.",
    "The manager (the one in the blue jacket) was very kind.",
    "I typed arr[X] in the pairing task, which was my slip.",
    "I swapped <link rel> for <script defer> in the demo, which was my slip.",
]


@pytest.mark.parametrize("body", SLOTS)
def test_slots_left_are_placeholders(body: str) -> None:
    assert "placeholder_left" in codes(follow_up(body), Scenario.FOLLOW_UP)


@pytest.mark.parametrize("body", NOT_SLOTS)
def test_what_is_no_slot_is_not(body: str) -> None:
    assert "placeholder_left" not in codes(follow_up(body), Scenario.FOLLOW_UP)
