"""The learned scorer's pleading sentence is dropped when it is a plain ask (vtune10b, PLAYBOOK
§2 and §5; tone._asks_plainly): a request for the day's details ("any chance you could send me
the names and emails?"), an offer to prepare ("is there anything you'd like me to read?"), or a
question with no "I", "me" or "my" in it, about the work. Pleading said in words still reads.
Our own sentences."""

from __future__ import annotations

import pytest

from app.playbook.scenarios import Scenario
from tests.playbook.voice_helpers import code_values as codes

ASKS = [
    (
        Scenario.ASK_RECRUITER,
        'Hey Sam, thanks for booking me in for Thursday. The invite only says "Product team" - '
        "any chance you could send me the names + emails of who I'll be meeting? want to prep "
        "properly\n\ncheers\nNoor",
    ),
    (
        Scenario.ASK_RECRUITER,
        "Dear Ruth,\n\nThank you for arranging Monday's interviews. I'd be grateful if you could "
        "let me have the names and email addresses of the panel, as the invitation only lists "
        "the session titles. It will help me prepare.\n\nWith best wishes,\nTom",
    ),
    (
        Scenario.ASK_RECRUITER,
        "Hi Kez, the invite for Friday just says 'panel'. Any chance you could flick me the "
        "names and emails? Thanks heaps, Ari",
    ),
]

PLEAS = [
    "Thank you for the interview. Please, I'm begging you, give me a chance at this role.",
    "Thank you for the interview. I need this job more than anything; any chance at all would "
    "save my family.",
]


@pytest.mark.parametrize(("scenario", "text"), ASKS)
def test_plain_asks_do_not_plead(scenario: Scenario, text: str) -> None:
    assert "pleading" not in codes(text, scenario)


@pytest.mark.parametrize("body", PLEAS)
def test_pleading_still_reads(body: str) -> None:
    assert "pleading" in codes(f"Hi Sam,\n\n{body}\n\nBest,\nNoor\n", Scenario.GRATITUDE)
