"""review10 #4: the passive blame readings of 543572e ("I was only/never told", "I was kept/left
waiting") fired on calm notes.

"I was only told" is blame when what follows is a missing instruction or a late-notice fact ("the
panel would include ...", "about the time limit when I arrived", "on the morning that ...", "the
expected scale"), not when it is praise heard beforehand ("good things about ...") or a topic the
writer was glad to hear more of ("about the migration last week, so it was great to hear ...").
"I was kept waiting" is blame with a real wait (a duration that is not played down) or the process
as its cause ("for feedback"), not a few minutes in reception mentioned beside a pleasant detail.
"""

from __future__ import annotations

import pytest

from app.playbook.models import FindingCode as C
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice


def codes(text: str, scenario: Scenario) -> set[C]:
    return {f.code for f in check_voice(text, scenario).findings}


CALM = [
    # the reviewer's notes
    (
        Scenario.FOLLOW_UP,
        "Hi Marta,\n\nThank you for the conversation. I was only told about the platform migration "
        "last week, so it was great to hear how far along it is. What does success look like for "
        "the first quarter?\n\nBest,\nOwen\n",
    ),
    (
        Scenario.GRATITUDE,
        "Hi Dana,\n\nThank you for the conversation on Tuesday. Before we met I was only told good "
        "things about how your team runs on-call, and hearing you walk through the rota made it "
        "concrete. I enjoyed the discussion about the incident reviews.\n\nBest,\nAlex",
    ),
    (
        Scenario.GRATITUDE,
        "Hi Dana,\n\nThanks for taking the time today. I was kept waiting in reception for a few "
        "minutes, which let me read the customer letters on the wall - a lovely touch. I enjoyed "
        "hearing how the support team is organised.\n\nBest,\nAlex",
    ),
    # siblings of the same kind
    (
        Scenario.FOLLOW_UP,
        "Hi Deniz,\n\nThank you for the conversation today. I was only told about the analytics "
        "rebuild on Monday, so it was great to hear the detail behind it. Which team owns the "
        "rollout?\n\nBest,\nPriya\n",
    ),
    (
        Scenario.GRATITUDE,
        "Hi Deniz,\n\nThank you for the conversation today. Before we met I was only told great "
        "things about your mentoring scheme, and meeting two of the mentors made it concrete."
        "\n\nBest,\nPriya\n",
    ),
    (
        Scenario.GRATITUDE,
        "Hi Deniz,\n\nThank you for the conversation today. I was kept waiting for a moment at "
        "the front desk, which gave me time to look at the photos of the first shop.\n\nBest,"
        "\nPriya\n",
    ),
    (
        Scenario.GRATITUDE,
        "Hi Deniz,\n\nThank you for the conversation today. I was left waiting in the foyer for "
        "a couple of minutes and enjoyed the model of the new terminal there.\n\nBest,\nPriya\n",
    ),
    (
        Scenario.GRATITUDE,
        "Hi Deniz,\n\nThank you for the conversation today. I was kept waiting in the atrium for "
        "a couple of minutes, which let me watch the robots sorting parcels.\n\nBest,\nPriya\n",
    ),
]


@pytest.mark.parametrize(("scenario", "text"), CALM)
def test_calm_told_and_waiting_is_no_blame(scenario: Scenario, text: str) -> None:
    assert C.BLAME_SHIFT not in codes(text, scenario)


BLAME = [
    "I was only told the panel would include a finance lead ten minutes before, so I was thrown.",
    "To be fair, I was only told about the 20-minute limit when I arrived.",
    "I was never told the expected load, so the design was off.",
    "I was only told on the morning that the format had changed.",
    "I was never told we'd be coding live, so I froze.",
    "I was kept waiting three weeks for feedback after the second round.",
    "I was left waiting in the lobby for forty minutes beforehand.",
    "I was kept waiting for a decision after the final round.",
]


@pytest.mark.parametrize("sentence", BLAME)
def test_passive_blame_still_held(sentence: str) -> None:
    text = (
        "Hi Ottilie,\n\nThank you for the interview. When you asked about the pallet audit, I gave "
        f"a muddled answer. {sentence} The point: we cut mis-picks by a quarter with a second "
        "scan at packing.\n\nBest,\nRuaridh\n"
    )
    assert C.BLAME_SHIFT in codes(text, Scenario.RECOVERY)
