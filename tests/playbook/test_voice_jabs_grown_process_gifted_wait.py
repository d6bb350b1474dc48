"""Two jab frames (issue 14, jab reading), in sentences written for these tests: praise for a
process that grew past what it was billed as ("love a short chat that turns into two hours"), and a
wait thanked as a gift ("the bonus forty minutes in the lobby"). Their sincere near-pairs ("I'd love
a chance", "a bonus half hour with the team") are left alone.
"""

from __future__ import annotations

import pytest

from app.playbook import jab_reading
from app.playbook.rules import lower_same, tokens, vocabulary
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice


def recovery(body: str) -> str:
    return (
        "Hi Annika,\n\nThanks for the interview today. "
        f"{body} I misquoted the reorder point, and that is on me. "
        "The reorder point is 140 units at current demand.\n\nBest,\nMalachy\n"
    )


def spans(text: str) -> list[tuple[int, int]]:
    low = lower_same(text)
    return jab_reading.jab_spans(low, vocabulary(tokens(low)))


JABS = [
    "Gotta love a short intro call that turned into two hours of whiteboarding.",
    "Love an informal coffee that becomes a full panel round.",
    "Thanks also for the bonus forty minutes in the lobby.",
    "And for the bonus hour on hold before the call started.",
]

SINCERE = [
    "I'd love a chance to show you the stock model properly.",
    "I love a problem that turns into a puzzle, and this one did.",
    "Thanks also for the bonus half hour with the warehouse team.",
    "The bonus scheme you described sounds fair.",
]


@pytest.mark.parametrize("body", JABS)
def test_praise_for_a_grown_process_or_a_gifted_wait_is_a_jab(body: str) -> None:
    text = recovery(body)
    assert spans(text)
    assert "blame_shift" in {f.code.value for f in check_voice(text, Scenario.RECOVERY).findings}


@pytest.mark.parametrize("body", SINCERE)
def test_sincere_near_pairs_are_not_jabs(body: str) -> None:
    assert spans(recovery(body)) == []
