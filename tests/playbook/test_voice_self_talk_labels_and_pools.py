"""Self-deprecation (issue 14) in shapes the readings did not hold, in sentences written for
these tests: a low label of oneself ("a slow person", "kind of useless at"), a trait below the
reader's people ("not as sharp as the analysts you have"), the reader's pool ranked above with
the candidate implied ("you'll surely have stronger applicants"), not keeping up "like me", a
standing flaw ("I always make silly mistakes"), below the reader's standard, luck rather than
skill. Each beside a calm near-pair.
"""

from __future__ import annotations

import pytest

from app.playbook import stakes_reading
from app.playbook.rules import tokens, vocabulary
from app.playbook.scenarios import Scenario
from tests.playbook.voice_helpers import code_values as codes


def thanks(body: str) -> str:
    return (
        "Hi Mr Tanaka,\n\nThanks for the visit to the depot on Monday. "
        f"I enjoyed hearing about the new routing software. {body}\n\nBest,\nRosa\n"
    )


RUNS_DOWN = [
    "I'm a slow thinker, so the live exercise got away from me.",
    "I'm kind of useless with spreadsheets, to be honest.",
    "I know I'm not as sharp as the planners you have.",
    "I'm sure you'll have brighter applicants than a 55-year-old.",
    "You probably have better people lined up anyway.",
    "Somebody like me would never keep up with your team.",
    "I always make silly mistakes with numbers.",
    "My brain is slow in the mornings, it's always like this.",
    "I am still not up to your standard on routing.",
    "Most of my career I've been lucky rather than good.",
]

CALM = [
    "I'm a small business owner myself, so the margins story hit home.",
    "I'm a slow runner but I loved the charity 5k you mentioned.",
    "The old scanner is not as quick as the new ones you have.",
    "You'll have better weather in Lisbon next week, I hope.",
    "I always check for careless mistakes before I send a route plan.",
    "Like me, the drivers seem to keep up with the changes well.",
    "I'm still learning the software, and I enjoyed the tour.",
]


@pytest.mark.parametrize("body", RUNS_DOWN)
def test_self_talk_is_self_deprecation(body: str) -> None:
    assert "self_deprecation" in codes(thanks(body), Scenario.GRATITUDE)


@pytest.mark.parametrize("body", CALM)
def test_calm_near_pairs_are_not(body: str) -> None:
    assert "self_deprecation" not in codes(thanks(body), Scenario.GRATITUDE)


def test_rivals_reported_are_not_set_against_the_writer() -> None:
    """A comparison the writer reports ("you said the depot hires stronger candidates"), with a
    "probably" in another clause, ranks nobody below anyone: no self-talk reading holds it."""
    low = (
        "you said the depot hires younger, stronger candidates from the academy, and that they "
        "probably settle in within a month."
    )
    assert stakes_reading.self_spans(low, vocabulary(tokens(low))) == []
