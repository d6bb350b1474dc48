"""Ownership said as "my own to ...": "my drift was my own to answer for" owns the stumble as
"mine to answer for" does (issue 14: ownership in other words counts; the note otherwise got
missing_blame, send -> revise). Our own notes; each positive fails on the tree before this
change, and the near miss keeps its missing_blame."""

from __future__ import annotations

import pytest

from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice


def codes(body: str) -> set[str]:
    text = (
        "Hi Marit,\n\nThank you for the plant visit on Tuesday. When you asked about the boiler "
        f"log, I quoted last year's pressure limit. {body} The current limit is 12 bar, and I "
        "would check it against the permit at every handover.\n\nRegards,\nJonas\n"
    )
    return {f.code.value for f in check_voice(text, Scenario.RECOVERY).findings}


OWNED = [
    "My reading was my own to answer for.",
    "My quote was my own to answer for.",
    "My drift was my own to answer for.",
]

NOT_OWNED = [
    # "my own" for something else: nothing owned
    "I have a checklist of my own to share if it helps.",
]


@pytest.mark.parametrize("body", OWNED)
def test_my_own_to_answer_for_is_ownership(body: str) -> None:
    assert "missing_blame" not in codes(body)


@pytest.mark.parametrize("body", NOT_OWNED)
def test_my_own_for_something_else_owns_nothing(body: str) -> None:
    assert "missing_blame" in codes(body)
