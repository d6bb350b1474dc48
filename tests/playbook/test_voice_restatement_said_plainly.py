"""The point restated in other words counts (PLAYBOOK §4 step 5; issue 14: missing_restatement
must not fire when the corrected answer is there): a frame that gives the point as a that-clause
("I wanted to say that ..."), what the writer would do in the second predicate of their
sentence ("I know the spec and would set ..."), and a plain fact that happens to hold a negation
("the two queues don't share consumers"). A frame with no point in it, the writer's own "don't",
and a wish are still not the point. Our own sentences."""

from __future__ import annotations

import pytest

from tests.playbook.voice_helpers import code_values


def note(point: str) -> str:
    return (
        "Hi Magnus,\n\nThank you for the site interview. When you asked about the pump outlet, "
        f"I gave the wrong setting, and that was my mistake. {point}\n\nBest,\nAstrid\n"
    )


RESTATED = [
    "I wanted to say that the relief valve on that pump should lift at ten bar.",
    "I know that pump well and would set the relief valve to lift at ten bar.",
    "The two outlets don't share a valve, so each one needs its own relief setting.",
]

NOT_RESTATED = [
    "I wanted to say that I'm sorry for the muddle.",
    "I don't remember the rating of that valve.",
    "I know that pump well and would love to talk it through.",
]


@pytest.mark.parametrize("point", RESTATED)
def test_the_point_said_plainly_is_restated(point: str) -> None:
    assert "missing_restatement" not in code_values(note(point))


@pytest.mark.parametrize("point", NOT_RESTATED)
def test_no_point_leaves_missing_restatement(point: str) -> None:
    assert "missing_restatement" in code_values(note(point))
