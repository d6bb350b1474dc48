"""A need said to be met is no plea (PLAYBOOK §5 pleading: begging, desperation). The learned
scorer's pleading sentence needs a word of wanting or stakes (stakes_reading.plea_cued_in); "need"
in "that's all I need" says nothing more is wanted, so on its own it is no such word. Our own
sentences; the first fails on the tree before this change (with this session's retrained
weights), the others guard that a real plea beside it still counts."""

from __future__ import annotations

import pytest

from app.playbook import stakes_reading
from app.playbook.models import Verdict
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice

MET = [
    "that's all i need, and i'll watch my inbox for the joining details.",
    "all we need is the room number for the panel.",
]
STILL_CUED = [
    "all i need is one more chance to show you.",
    "i really need this job.",
]


@pytest.mark.parametrize("sentence", MET)
def test_a_need_met_is_no_cue(sentence: str) -> None:
    assert not stakes_reading.plea_cued_in(sentence, 0, len(sentence))


@pytest.mark.parametrize("sentence", STILL_CUED)
def test_a_need_with_stakes_is_still_a_cue(sentence: str) -> None:
    assert stakes_reading.plea_cued_in(sentence, 0, len(sentence))


def test_a_request_closed_with_all_i_need_is_sent() -> None:
    note = (
        "Hi Saoirse,\n\nThanks for booking Tuesday. Could you send me the address of the site? "
        "That's all I need, and I'll watch my inbox for the joining details.\n\nBest,\nTobias\n"
    )
    report = check_voice(note, Scenario.ASK_RECRUITER)
    assert report.verdict is Verdict.SEND
