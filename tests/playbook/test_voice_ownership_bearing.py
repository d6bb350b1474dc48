"""Ownership by a verb of bearing with the mistake as its object (issue 14: ownership in other
words counts; missing_blame precision on the batches by others was 83.5 %, b40 64 %): "I'll
carry that", "I stand for it", "which I accept", "I assume the fault", "I am the only
responsible", "no one but myself to thank for that", "has my name on it", and the fault said to
be mine "nevertheless" or "still"; and "my own to answer for", as "mine to answer for" does. Our
own notes; each positive fails on the tree before its change, and each near miss keeps its
missing_blame."""

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
    "I'll carry that.",
    "I stand for it.",
    "I skipped the revision check, which I accept.",
    "I assume the fault completely.",
    "I am the only responsible for this.",
    "I've no one but myself to thank for that.",
    "The old figure has my name on it.",
    "The mistake is nevertheless mine.",
]

MY_OWN_TO = [
    "My reading was my own to answer for.",
    "My quote was my own to answer for.",
    "My drift was my own to answer for.",
]

NOT_OWNED = [
    "I'll carry that forward to the next audit.",
    "I stand by the method I described.",
    "The colleague who briefed me has no one but himself to thank.",
]

# "my own" for something else: nothing owned
MY_OWN_FOR_SOMETHING_ELSE = ["I have a checklist of my own to share if it helps."]


@pytest.mark.parametrize("body", OWNED)
def test_bearing_the_mistake_is_ownership(body: str) -> None:
    assert "missing_blame" not in codes(body)


@pytest.mark.parametrize("body", NOT_OWNED)
def test_bearing_something_else_owns_nothing(body: str) -> None:
    assert "missing_blame" in codes(body)


@pytest.mark.parametrize("body", MY_OWN_TO)
def test_my_own_to_answer_for_is_ownership(body: str) -> None:
    assert "missing_blame" not in codes(body)


@pytest.mark.parametrize("body", MY_OWN_FOR_SOMETHING_ELSE)
def test_my_own_for_something_else_owns_nothing(body: str) -> None:
    assert "missing_blame" in codes(body)
