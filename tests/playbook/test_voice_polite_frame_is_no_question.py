"""One polite question is one question: an opener that is only its frame ("Could you tell me,
when you have a moment, how …, and whether …?") is not counted as a question of its own by
structure_reading.listed_questions (review6 M2: too_many_questions on a two-ask follow-up)."""

import pytest

from app.playbook.scenarios import Scenario
from app.playbook.structure_reading import listed_questions
from app.playbook.voice import check_voice

SIG = "\n\nBest,\nSam"


@pytest.mark.parametrize(
    "question",
    [
        "could you tell me, when you have a moment, how the team splits on-call, and whether "
        "there's a rotation?",
        "would you let me know, when you get a chance, how the team splits on-call, and whether "
        "there's a rotation?",
        "can you please share, if it's not too early, what the first project would be, and who "
        "owns the roadmap?",
    ],
)
def test_a_frame_alone_is_no_question(question: str) -> None:
    assert listed_questions(question, 0, len(question)) == []


def test_three_real_questions_still_count() -> None:
    # Guard: the frame that carries its own question ("could you tell me how ...") still counts.
    q = "could you tell me how on-call works, who runs the rota, and whether it is paid?"
    assert len(listed_questions(q, 0, len(q))) == 3


def test_polite_follow_up_with_two_asks_is_not_too_many_questions() -> None:
    note = (
        "Hi Dana,\n\nThanks again for Tuesday. Could you tell me, when you have a moment, how the "
        "team splits on-call, and whether there's a rotation?"
    )
    r = check_voice(note + SIG, Scenario.FOLLOW_UP)
    assert "too_many_questions" not in {f.code.value for f in r.findings}, r.findings
