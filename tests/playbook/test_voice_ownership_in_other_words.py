"""Ownership in other words (issue 14: "ownership in other words must count as taking the
blame"; missing_blame had the weakest precision on notes by other writers): the fault's origin
or owner put on the candidate ("the wrong torque came from me", "that slip belongs to me"), the
answer got wrong or read wrong by the candidate, the hands put up, the answer taken as the
candidate's own, how the candidate worked named as where it went wrong ("which was my
pacing", "that was my bug"), and a longer or hyphenated subject before "was mine" ("the torque
mix-up was mine").
Every note below is our own; each positive but the hyphenated subject (a guard) fails on the
tree before this change, and each near miss keeps its missing_blame."""

from __future__ import annotations

import pytest

from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice


def codes(body: str) -> set[str]:
    text = (
        "Hi Dagny,\n\nThank you for the workshop assessment on Friday. When you asked about the "
        f"wheel nuts, I gave the torque for the old hub. {body} The new hub takes 120 Nm in a "
        "star pattern.\n\nRegards,\nEsko\n"
    )
    return {f.code.value for f in check_voice(text, Scenario.RECOVERY).findings}


OWNED = [
    "The wrong torque came from me.",
    "That slip belongs to me.",
    "I got the torque question completely wrong.",
    "I read that one backwards.",
    "I'm putting my hands up to that.",
    "I take the wrong figure as mine.",
    "I rushed it, which was my pacing.",
    "Skipping the manual was my prep.",
    "The torque mix-up was mine.",
]

NOT_OWNED = [
    # the day, the nerves or the reader: nothing owned
    "The figure came from the old manual.",
    "I'm the one who should thank you for the tour.",
    "The new bay was a pleasure to see.",
    "I got the new hub drawings late.",
    "The hands-on part was my favourite.",
]


@pytest.mark.parametrize("body", OWNED)
def test_ownership_in_these_words_counts(body: str) -> None:
    assert "missing_blame" not in codes(body)


@pytest.mark.parametrize("body", NOT_OWNED)
def test_without_ownership_missing_blame_stays(body: str) -> None:
    assert "missing_blame" in codes(body)
