"""Ownership said softly counts as taking the blame (PLAYBOOK §4 recovery step 4, issue 14:
ownership in other words, no missing_blame): the stumble named as the writer's own habit
("that was my pacing"), owning chosen over explaining, the writer's act with what they should
have done in the same clause, a fault verb said plainly, the matter closed, knowing better,
the doer named, an apology for the writer's own answer. Negated, conditional, asked or someone
else's, it owns nothing. Our own sentences."""

from __future__ import annotations

import pytest

from app.playbook import owning_reading
from app.playbook.rules import tokens, vocabulary
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice


def owned(text: str) -> bool:
    low = text.lower()
    return owning_reading.owned_softly(low, vocabulary(tokens(low))) is not None


OWNED = [
    "I ran long on the intro and never reached the rollout; that was my pacing.",
    "I froze on the lease question, and that's my problem, not yours.",
    "I'd rather own it than dress it up.",
    "I lean on the linter too much. That's something for me to work on.",
    "I answered for one region and should have covered all three.",
    "I simply mixed up gross and net margin.",
    "I misjudged it, plainly.",
    "I skipped the risk register, and that is the whole of it.",
    "Putting the rollback last was the wrong order, and I know better.",
    "Whatever the tooling, I'm the one who wrote it.",
    "My reply was curt, and I'm sorry for that.",
    "My estimate should have been tighter regardless.",
    "Catching that kind of slip is on me.",
]

NOT_OWNED = [
    # negated, conditional, asked
    "It wasn't my pacing; the timer reset twice.",
    "If that's my problem, I'd like to know.",
    "Was that my pacing, or the format?",
    # someone else's
    "Your pacing was brisk, which I liked.",
    "The brief should have been clearer regardless.",
    # a claim, not a fault
    "I'm the one who asked about the budget.",
    "I told them the plan and should have been given more time.",
]


@pytest.mark.parametrize("text", OWNED)
def test_soft_ownership_is_read(text: str) -> None:
    assert owned(text)


@pytest.mark.parametrize("text", NOT_OWNED)
def test_no_ownership_is_read_where_none_is_taken(text: str) -> None:
    assert not owned(text)


def test_a_recovery_owned_softly_is_not_missing_blame() -> None:
    note = (
        "Hi Ben,\n\nThank you for the interview. I spent too long on the data model and never "
        "reached the API, and that is the whole of it. The API would take a cursor and return "
        "fifty rows a page.\n\nBest,\nMo"
    )
    report = check_voice(note, Scenario.RECOVERY)
    assert "missing_blame" not in {f.code.value for f in report.findings}
    assert report.verdict.value == "send"


def test_a_recovery_that_only_recounts_is_still_missing_blame() -> None:
    note = (
        "Hi Ben,\n\nThank you for the interview. I spent too long on the data model and never "
        "reached the API. The API would take a cursor and return fifty rows a page.\n\n"
        "Best,\nMo"
    )
    assert "missing_blame" in {f.code.value for f in check_voice(note, Scenario.RECOVERY).findings}
