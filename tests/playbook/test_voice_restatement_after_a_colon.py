"""The point restated in shapes the restatement reading missed on notes by other writers (issue
14: missing_restatement had the weakest precision on unseen notes): the correction given after a
colon, semicolon or dash that closes the writer's own clause ("I mixed up the two valves: the
relief valve sits upstream"); a figure about the thing in the present tense whose trade words
look like talk of feelings ("the peak pressure is 14 bar", "the fault current is 9 kA"); and a
rule stated as a condition ("If a tenant misses two payments, the agent writes"). Every note
below is our own; each positive fails on the tree before this change, and each near miss keeps
its missing_restatement."""

from __future__ import annotations

import pytest

from tests.playbook.voice_helpers import code_values as codes


def note(body: str) -> str:
    return f"Hi Renske,\n\nThank you for the site interview on Tuesday. {body}\n\nBest,\nOskar\n"


RESTATED = [
    # the correction after a colon, a semicolon or a dash closing the writer's own clause
    "I mixed up the two valves, and that was my error: the relief valve sits upstream of the "
    "regulator.",
    "I gave the wrong order for the commissioning checks; the flush should come before the "
    "leak test. My mistake.",
    "I described the escalation route backwards, my mistake \u2014 complaints go to the duty "
    "manager before the regional lead.",
    "My answer on the heat pump sizing was off, which is on me: the unit needs 9 kW for that "
    "floor area.",
    # a figure about the thing in the present tense, whose words look like feelings
    "I quoted the wrong figure, and that's on me. At full load the peak pressure is 14 bar, so "
    "the hose rating holds.",
    "I gave the wrong breaker, my mistake. The fault current at the board is 9 kA, which the "
    "10 kA breaker covers.",
    # a rule stated as a condition, nobody in the first person
    "I left out the arrears step, and that is on me. If a tenant misses two payments, the agent "
    "writes to the guarantor within five days.",
]

NOT_RESTATED = [
    # after the mark: the day, a feeling, or the writer again
    "I mixed up the two valves, and that was my error: it was a long morning.",
    "I gave the wrong order for the commissioning checks; I was nervous, my mistake.",
    "I described the escalation route backwards, my mistake \u2014 it is what it is.",
    # a figure about the writer, or a feeling with a number
    "I quoted the wrong figure, and that's on me. The stress of the 2 hour panel got to me.",
    # a condition about the reader or the writer
    "I left out the arrears step, and that is on me. If I get another chance, I will do better.",
]


@pytest.mark.parametrize("body", RESTATED)
def test_the_point_in_these_shapes_counts_as_restated(body: str) -> None:
    found = codes(note(body))
    assert "missing_restatement" not in found
    assert "missing_blame" not in found


@pytest.mark.parametrize("body", NOT_RESTATED)
def test_without_a_point_the_restatement_is_still_missing(body: str) -> None:
    assert "missing_restatement" in codes(note(body))
