"""A rhetorical question whose answer is "nobody" or "no", set against the setup, excuses the
stumble (issue 14: sarcasm and jabs at the process are blame_shift): "Who wouldn't slip when the
brief changes halfway?", "How many people can recall a rate under a stopwatch?", "Was it
realistic to expect a full plan in ten minutes?", "Who writes a test sheet with a broken
formula?". Delight ("Who wouldn't love a site like that?") and a real question ("Who makes the
call on scope?", "Is it realistic to expect the launch in March?" without a fault) are not
blame. Our own sentences."""

from __future__ import annotations

import pytest

from app.playbook import cause_reading
from app.playbook.rules import tokens, vocabulary


def spans(text: str) -> list[str]:
    low = text.lower()
    return [low[a:b] for a, b in cause_reading.rhetorical_spans(low, vocabulary(tokens(low)))]


BLAME = [
    "I mixed up the two valves. Who wouldn't slip when the brief changes halfway through?",
    "How many people can recall a conversion factor under a stopwatch?",
    "Was it realistic to expect a full rota in a ten-minute slot?",
    "Who writes a test workbook with a broken lookup in it?",
]

CLEAR = [
    "Who wouldn't love a site with a view like that?",
    "Who makes the call on scope when the two teams disagree?",
    "Is it realistic to expect the launch in March?",
    "How many people can the night team cover at once?",
]


@pytest.mark.parametrize("text", BLAME)
def test_a_nobody_question_against_the_setup_is_blame(text: str) -> None:
    assert spans(text) != []


@pytest.mark.parametrize("text", CLEAR)
def test_delight_or_a_real_question_is_not(text: str) -> None:
    assert spans(text) == []
