"""A question the reader asked, recounted in single quotes, is not the candidate's ask (issue 14:
a question quoted from the interviewer is a tricky negative for question_in_gratitude). The "?"
of such a question was already read as recounted; the ask words inside it ("would you", "could
you") were still read as the candidate asking. Double quotes were already masked. Every note
below is our own; each negative fails on the tree before this change, each ask still counts."""

from __future__ import annotations

import pytest

from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice


def note(body: str) -> str:
    return f"Hi Ottilie,\n\nThank you for the tour of the roastery. {body}\n\nWarmly,\nAnselm\n"


RECOUNTED = [
    "You asked me 'what would you change first?', and I've been turning it over since.",
    "When you said 'could you see yourself running the night shift?' I knew I wanted the job.",
    "Your question, 'would you rather fix the grinder or the workflow?', stayed with me all "
    "evening.",
]

ASKS = [
    # the candidate's own ask, no quotes
    "Would you let me know when the panel decides?",
    # the quotes hold a name only; the ask is the candidate's
    "Could you send me the 'green beans' deck when you have a moment?",
]


@pytest.mark.parametrize("body", RECOUNTED)
def test_a_recounted_single_quoted_question_is_no_ask(body: str) -> None:
    codes = {f.code.value for f in check_voice(note(body), Scenario.GRATITUDE).findings}
    assert "question_in_gratitude" not in codes


@pytest.mark.parametrize("body", ASKS)
def test_the_candidates_own_ask_still_counts(body: str) -> None:
    codes = {f.code.value for f in check_voice(note(body), Scenario.GRATITUDE).findings}
    assert "question_in_gratitude" in codes
