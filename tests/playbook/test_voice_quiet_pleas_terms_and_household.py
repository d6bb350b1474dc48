"""Quiet pleading (issue 14, pleading) in shapes the phrase rules did not list, in sentences
written for these tests: pay or terms given up for a way in, a household's needs laid on the
answer, a need said as urgent, everything staked on this one, the post asked for outright, and
"I'd beg you". Each beside a calm near-pair that must stay clean.
"""

from __future__ import annotations

import pytest

from app.playbook.scenarios import Scenario
from tests.playbook.voice_helpers import code_values as codes


def thanks(body: str) -> str:
    return (
        "Dear Ms Okafor,\n\nThank you for showing me round the bakery on Thursday. "
        f"I enjoyed hearing how the night shift runs. {body}\n\nKind regards,\nPiotr\n"
    )


PLEAS = [
    # Terms conceded.
    "I'm willing to start at any wage you name, even below the advert.",
    "I would accept the post on whatever terms the partners settle on.",
    "I'd happily work the first months for a lower rate if it gets me in.",
    # The household leaning on it.
    "My mother and sisters are depending on me to bring this home.",
    "The mortgage is three months behind, so a yes would change everything for us.",
    "My kids keep asking about it, and it would mean a lot to my family.",
    # Need as urgent, all staked, the post asked for outright.
    "I need this one so badly.",
    "Honestly, this is make-or-break for me.",
    "My entire future hangs on getting this.",
    "So I'm asking you plainly: give me the job.",
    "If it falls through I'd beg you to keep my name on file.",
]

CALM = [
    "I'm happy to discuss the salary range whenever suits you.",
    "We moved our suppliers onto a lower rate last spring, and I'd take that approach again.",
    "My family moved to Gdansk last year, so the early start is no problem.",
    "The regional stores depend on the central ovens, which is why the timing matters.",
    "The launch is make-or-break for the company, as you said.",
    "Could you give me the job title of the shift lead, for my records?",
    "I need the parking details before Monday, if that's easy.",
    # The household, but not leaning on this answer.
    "My kids are waiting for news on their nursery place, so a later start suits me.",
    "My parents ran a farm and I never wanted to let them down, hence the apprenticeship.",
]


@pytest.mark.parametrize("body", PLEAS)
def test_quiet_pleas_are_pleading(body: str) -> None:
    assert "pleading" in codes(thanks(body), Scenario.GRATITUDE)


@pytest.mark.parametrize("body", CALM)
def test_calm_near_pairs_are_not(body: str) -> None:
    assert "pleading" not in codes(thanks(body), Scenario.GRATITUDE)
