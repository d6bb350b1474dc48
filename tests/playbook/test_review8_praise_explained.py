"""review8 M10: "..., which explains my enthusiasm" and "part of the reason was the way ...,
which I liked" explain no stumble, so they lay nothing on a cause; a cause linked to a stumble
("which explains my wrong distance", "part of the reason was the tally sheet, which had no
column") still is blame (issue 14). Our own sentences."""

from __future__ import annotations

import pytest

from app.playbook import cause_reading
from app.playbook.rules import tokens, vocabulary
from app.playbook.scenarios import Scenario
from tests.playbook.voice_helpers import code_values

# --- M10: praise explained, a liking given as a reason ---------------------------------------

PRAISE = [
    (
        Scenario.GRATITUDE,
        "Hi Lena,\n\nThank you for the tour of the depot today. The routing dashboard was "
        "impressive, which explains my enthusiasm. I'm excited about the chance to work "
        "together.\n\nBest,\nOmar\n",
    ),
    (
        Scenario.FOLLOW_UP,
        "Hi Lena,\n\nThanks for the chat. The rate at which the team releases is impressive, "
        "which explains my curiosity. How do you keep regressions down at that speed?\n\n"
        "Best,\nOmar\n",
    ),
    (
        Scenario.FOLLOW_UP,
        "Hi Lena,\n\nThanks for the chat. Part of the reason was the way the team shares "
        "on-call, which I liked. How do you rotate it across time zones?\n\nBest,\nOmar\n",
    ),
]


PRAISE.append(
    (
        Scenario.GRATITUDE,
        "Hi Lena,\n\nThank you for the visit. The sample room was fascinating, which explains "
        "why I stayed so long after the tour. I'm keen to work together.\n\nBest,\nOmar\n",
    )
)


@pytest.mark.parametrize(("scenario", "note"), PRAISE)
def test_praise_explained_is_not_blame(scenario: Scenario, note: str) -> None:
    assert "blame_shift" not in code_values(note, scenario)


def blame(text: str) -> list[str]:
    low = text.lower()
    return [low[a:b] for a, b in cause_reading.blame_spans(low, vocabulary(tokens(low)))]


STILL_LINKED = [
    "The legend on the map was in miles, which explains my wrong distance.",
    "The rota template hid the weekend columns, which goes some way to explaining why I "
    "missed the Saturday shift.",
    "My count was off. Part of the reason was the tally sheet, which had no column for returns.",
    "My count was off. Part of the problem was the tally sheet in the pack.",
    # no stumble word after "why I", but a fault in the cause
    "Four rounds in one day leave little room for fresh stories, which may explain why I "
    "repeated the budget example.",
]


@pytest.mark.parametrize("text", STILL_LINKED)
def test_a_cause_linked_to_the_stumble_still_reads(text: str) -> None:
    assert blame(text) != []
