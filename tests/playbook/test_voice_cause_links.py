"""Blame read from the link between a cause and the stumble (cause_reading.py, issue 14), in two
shapes the reading missed: a cause whose clause joins two predicates with "and" ("the sheet was
blurry and half cut off, which made ... hard to read"), and a cause given as part of the reason
("..., which is partly why the total came out short"). The scorer is silenced so the rules alone
are tested; each positive fails on the tree before this change."""

from __future__ import annotations

import pytest

from app.playbook import voice_weights as vw
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice


def recovery(middle: str) -> str:
    return (
        "Hi Marta,\n\nThank you for the bench test this afternoon. On the gearbox rebuild I "
        f"torqued the output flange to the wrong value. {middle} That was my mistake. The "
        "flange takes 95 Nm in two passes.\n\nBest,\nTomasz\n"
    )


@pytest.fixture(autouse=True)
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vw, "WEIGHTS", {})


def blamed(middle: str) -> bool:
    report = check_voice(recovery(middle), Scenario.RECOVERY)
    return any(f.code.value == "blame_shift" for f in report.findings)


@pytest.mark.parametrize(
    "middle",
    [
        "The spec sheet was blurry and half cut off, which made the torque values hard to read.",
        "The handout was old and badly scanned, which made the figures tricky to make out.",
        "You moved us on before I'd checked the table, which is partly why the value came out "
        "wrong.",
        "The panel moved me along before I'd reached the chart, which is probably why the "
        "estimate ended up so low.",
    ],
)
def test_a_cause_linked_to_the_stumble_is_blame(middle: str) -> None:
    assert blamed(middle)


@pytest.mark.parametrize(
    "middle",
    [
        # The writer's own predicates joined by "and": no outside cause is their subject.
        "When you asked about the flange I rushed the sums and made it sound like a guess.",
        "I skipped the manual and made the values hard to check.",
        # A result named without a cause with a fault before it.
        "The torque table is on page four, which is partly why the job took a while.",
    ],
)
def test_the_writers_own_predicates_are_not_blame(middle: str) -> None:
    assert not blamed(middle)


@pytest.mark.parametrize(
    "middle",
    [
        "How was I supposed to know the readings were in foot-pounds?",
        "How could I have known the torque chart was for the older housing?",
        "Who knew the projector takes five minutes to show anything?",
        "Who would have guessed the workshop clock runs fast?",
    ],
)
def test_a_rhetorical_question_that_excuses_the_stumble_is_blame(middle: str) -> None:
    assert blamed(middle)


@pytest.mark.parametrize(
    "middle",
    [
        # Surprise with no cause of the setup in it, and a real question.
        "Who knew a flange could be so satisfying to seat?",
        "How did you know the seal would fail first?",
    ],
)
def test_other_questions_are_not_blame(middle: str) -> None:
    assert not blamed(middle)
