"""review8 M4, M5: a pointed follow-up question about scope or goals (PLAYBOOK §4 asks for one)
is not a rhetorical "nobody could" question, nor is "who wouldn't get excited about ..."; the
jab at the setup still is (issue 14). The reading stays linear on a long sentence of frames with
no question mark. Our own sentences."""

from __future__ import annotations

import time

import pytest

from app.playbook import cause_reading
from app.playbook.rules import tokens, vocabulary
from app.playbook.scenarios import Scenario
from tests.playbook.voice_helpers import code_values

# --- M4: pointed follow-up questions ---------------------------------------------------------


def follow_up(question: str) -> str:
    return (
        "Hi Jonas,\n\nThanks for the conversation this morning. You said the aim is to cut "
        f"onboarding time in half by autumn. {question}\n\nBest,\nMara\n"
    )


POINTED = [
    "Is it realistic to expect that with only three people on the support desk?",
    "Is it realistic to expect the new reporting dashboard to be live before the spring audit?",
    "How many people can really work on the booking system at once without clashing?",
    "Is it reasonable to ask the data team to take on the invoicing sheet as well?",
    "Who writes the runbooks when there is no platform lead?",
]


@pytest.mark.parametrize("question", POINTED)
def test_a_pointed_follow_up_question_is_not_blame(question: str) -> None:
    assert "blame_shift" not in code_values(follow_up(question), Scenario.FOLLOW_UP)


def test_who_would_not_get_excited_is_delight() -> None:
    note = (
        "Hi Jonas,\n\nThank you for showing me round today. Who wouldn't get excited about a "
        "team that ships releases twice a day? I'd love to be part of it.\n\nBest,\nMara\n"
    )
    assert "blame_shift" not in code_values(note, Scenario.GRATITUDE)


def spans(text: str) -> list[str]:
    low = text.lower()
    return [low[a:b] for a, b in cause_reading.rhetorical_spans(low, vocabulary(tokens(low)))]


JABS = [
    "I blanked on the rate. Was it realistic to expect a full budget in a five-minute slot?",
    "Is it fair to expect anyone to recall a tax band under a stopwatch?",
    "Who wouldn't get flustered when the scope changes twice in ten minutes?",
    "How many people could do that sum in two minutes?",
    "Who builds a test sheet with a broken formula in it?",
    "Who prints a floor plan with the wrong scale on it?",
]


@pytest.mark.parametrize("text", JABS)
def test_the_jab_at_the_setup_still_reads(text: str) -> None:
    assert spans(text) != []


# --- M5: linear on many frames without a question mark ---------------------------------------


@pytest.mark.parametrize("frame", ["who builds ", "who wouldn't lose ", "was it fair to ask "])
def test_many_frames_without_a_question_mark_stay_linear(frame: str) -> None:
    def cost(n: int) -> float:
        low = frame * n + ". ok?"
        best = 1e9
        for _ in range(3):
            t0 = time.perf_counter()
            cause_reading.rhetorical_spans(low, vocabulary(tokens(low)))
            best = min(best, time.perf_counter() - t0)
        return best

    small, large = cost(500), cost(2000)
    # four times the input: about four times the time (quadratic would be sixteen)
    assert large < 0.05 or large < 8 * small
