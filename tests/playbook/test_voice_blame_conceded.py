"""Blame read from the ownership that concedes against it (issue 14: polite blame with an
ownership sentence beside it is still blame_shift, hold in recovery). Ownership said against
something ("Still, the error is mine", "..., but I accept ...", "my mistake though") presupposes
that what came before it was offered as a reason; when that reason is something outside the
candidate with a fault or a lack in it, the note has put the stumble on it, whatever the words
of the cause. A reason about the candidate, one given up ("but that changes nothing"), one with
no fault in it, a recount of the question and sympathy are not blame. Every note below is our
own; each positive fails on the tree before this change, and each near miss stays clear."""

from __future__ import annotations

import pytest

from app.playbook.models import Verdict
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice


def note(body: str) -> str:
    return (
        "Hi Wenonah,\n\nThank you for the assessment on Monday. "
        f"{body} The drainage run should fall at 1 in 40 to the existing manhole.\n\n"
        "Best,\nTeodor\n"
    )


CONCEDED = [
    "The drawing pack was an older revision than the one on site. Nevertheless, I take full "
    "responsibility for the wrong fall.",
    "The soil report in the pack was missing its last page. Even so, the wrong figure was my "
    "mistake.",
    "The calculator on the bench was set to degrees, not radians. That said, I own the wrong "
    "answer.",
    "My estimate came in low as the site plan didn't show the soakaway. My mistake though.",
]

NOT_CONCEDED = [
    # the reason is the candidate's own
    "I gave the wrong fall for the drainage run. I was nervous, but that's on me.",
    # the reason given up before the ownership
    "The pack came late, but that changes nothing: the mistake is mine.",
    # no fault or lack in what came before
    "The brief was clear and the room was quiet. Still, the error is mine.",
    # a recount of the question, then the candidate's own clause
    "When you asked about the drainage, I gave the wrong fall. Still, that one is on me.",
    # sympathy, not a reason
    "Sorry the trains were not running for you this morning. Still, my answer was my mistake.",
]


@pytest.mark.parametrize("body", CONCEDED)
def test_an_outside_reason_conceded_is_blame(body: str) -> None:
    report = check_voice(note(body), Scenario.RECOVERY)
    codes = {f.code.value for f in report.findings}
    assert "blame_shift" in codes
    assert "missing_blame" not in codes
    assert report.verdict is Verdict.HOLD


@pytest.mark.parametrize("body", NOT_CONCEDED)
def test_no_outside_reason_no_blame(body: str) -> None:
    codes = {f.code.value for f in check_voice(note(body), Scenario.RECOVERY).findings}
    assert "blame_shift" not in codes
