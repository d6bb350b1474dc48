"""The excuse by company (issue 14: polite blame): the stumble put on the setup by saying what
anyone would have done in it ("anyone would have guessed the same", "nobody could have answered
that in ten minutes"), whatever the verb, beside ownership or not. Praise of the reader ("anyone
would have loved the tour") and an event nobody saw coming are not blame. Every note below is our
own; each positive fails on the tree before this change, and each near miss stays clear."""

from __future__ import annotations

import pytest

from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice


def note(body: str) -> str:
    return (
        "Hi Marisol,\n\nThank you for the site visit on Thursday. "
        f"{body} A soakaway needs a percolation test before anything is sized.\n\n"
        "Best,\nIvo\n"
    )


BY_COMPANY = [
    "I missed the culvert on the survey; no one could have seen it in that light. The miss is mine "
    "all the same.",
    "I missed the culvert on the survey. Honestly, anybody would have walked past it.",
    "I gave the wrong fall for the run. The levels on the drawing were smudged, and I'm sure "
    "anybody would have read them as I did.",
    "I quoted the old regulation. Honestly, most people would've quoted it too, given the notes "
    "you sent.",
    "I gave the wrong fall. Everyone else would have given the same figure on the day.",
]

NOT_BLAME = [
    # praise of the reader's site, not an excuse
    "I enjoyed the visit. Anyone would have loved the tour of the new depot.",
    # an event nobody saw coming, the answer owned
    "Nobody could have predicted the downpour, and it changed nothing: the wrong fall was mine.",
    # the candidate's own lack, said plainly
    "I sized the soakaway from the wrong table; I should have checked the revision, that's on me.",
]


@pytest.mark.parametrize("body", BY_COMPANY)
def test_what_anyone_would_have_done_is_blame(body: str) -> None:
    codes = {f.code.value for f in check_voice(note(body), Scenario.RECOVERY).findings}
    assert "blame_shift" in codes


@pytest.mark.parametrize("body", NOT_BLAME)
def test_praise_an_event_or_own_fault_is_no_blame(body: str) -> None:
    codes = {f.code.value for f in check_voice(note(body), Scenario.RECOVERY).findings}
    assert "blame_shift" not in codes
