"""An "if you could/would/might ..." asks only after the wish or favour that makes it an ask
("I'd love it if you could send", "would be great if you could"): a comparison or a condition
("as if you could read my mind", "not sure if you would remember me") asks nothing, so a plain
thank-you note stays free of question_in_gratitude (review6, against 66924d1)."""

import pytest

from app.playbook.models import FindingCode as C
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice

NOTE = "Hi Dana,\n\nThank you for the interview today. {rest}\n\nBest,\nSam"


def _codes(rest: str) -> set[C]:
    return {f.code for f in check_voice(NOTE.format(rest=rest), Scenario.GRATITUDE).findings}


@pytest.mark.parametrize(
    "rest",
    [
        "I'm not sure if you would remember me from the meetup, but I enjoyed it.",
        "It felt as if you could read my mind about the migration work.",
        "It sounds like the team would thrive if you could hire two more people.",
    ],
)
def test_a_condition_or_comparison_is_no_ask(rest: str) -> None:
    assert C.QUESTION_IN_GRATITUDE not in _codes(rest)


@pytest.mark.parametrize(
    "rest",
    [
        "I'd love it if you could send me the slides.",
        "Would be great if you could put in a word with Lee.",
        "It would be really helpful if you could share the deck.",
    ],
)
def test_a_wish_then_if_you_could_is_an_ask(rest: str) -> None:
    assert C.QUESTION_IN_GRATITUDE in _codes(rest)
