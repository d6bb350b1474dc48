"""Recovery sentences that take no ownership, which owning_reading.owned_softly must not read as
the blame taken softly (review9): another's act and "should have", a frame ("I heard", "I
think") before it, the matter closed after a fix rather than after the writer's act, a
credential ("I'm the one who built it"), knowing more ("I know better now what ... need").
Beside them, the soft ownerships still read. Our own sentences."""

from __future__ import annotations

import pytest

from app.playbook import owning_reading
from app.playbook.rules import tokens, vocabulary
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice


def owned(text: str) -> bool:
    low = text.lower()
    return owning_reading.owned_softly(low, vocabulary(tokens(low))) is not None


NOT_OWNED = [
    "I heard the ops team rebuilt the feed in May and should have fresh figures soon.",
    "I think the vendor moved quickly and should have a patch by Friday.",
    "The fix is a single join on the account key, and that's all there is to it.",
    "I'm the one who built it at my previous firm, so I can walk you through it.",
    "Since then I have read the audit guide, and I know better now what the auditors expect.",
]

STILL_OWNED = [
    "I mixed up the two rates, and that's all there is to it.",
    "I covered one region and should have covered all three.",
    "I'm the one who typed it.",
    "I quoted last year's number, and I know better.",
]


@pytest.mark.parametrize("text", NOT_OWNED)
def test_no_ownership_is_read(text: str) -> None:
    assert not owned(text)


@pytest.mark.parametrize("text", STILL_OWNED)
def test_soft_ownership_still_reads(text: str) -> None:
    assert owned(text)


def test_a_recovery_without_ownership_is_missing_blame() -> None:
    note = (
        "Hi Dana,\n\nThank you for the interview. When we discussed the churn model, the "
        "figures got crossed. I think the team moved fast and should have more data soon. What "
        "I meant to say is that churn fell from 9% to 6%.\n\nBest,\nSam"
    )
    assert "missing_blame" in {f.code.value for f in check_voice(note, Scenario.RECOVERY).findings}
