"""Which lines of a draft the engine names as its own (drafting._engine_lines): the voice
readings skip those, so a line holding the user's words must never be among them, and the
engine's fixed wording should be (a line read needlessly costs the check's time, not its
result: tests/playbook/test_draft_report.py holds the report equal to a full check)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.playbook import draft_voice, drafting, tone, voice
from app.playbook import voice_weights as vw
from app.playbook.drafting import compose_draft
from app.playbook.models import Details, DraftInput, InterviewTime, Person, RiskArea
from app.playbook.questions import note_question
from app.playbook.scenarios import Scenario

WHEN = InterviewTime(datetime(2026, 11, 24, 14), datetime(2026, 11, 24, 15), "America/New_York")


def _engine_text(inp: DraftInput) -> tuple[str, list[str]]:
    f = drafting._facts(inp)
    _, paragraphs = drafting._WRITERS[inp.scenario](f)
    text = drafting._render_text(paragraphs)
    return text, [text[a:b] for a, b in drafting._engine_lines(paragraphs)]


def _follow_up(details: Details) -> DraftInput:
    person = Person("Maya Lin", "maya@example.com", "CEO")
    return DraftInput(Scenario.FOLLOW_UP, person, "Sam", "Northwind", "Engineer", WHEN, details)


def test_risk_area_questions_are_the_engines_lines() -> None:
    inp = _follow_up(Details(topic="billing", risk_areas=(RiskArea.FUNDING, RiskArea.SCOPE)))
    text, lines = _engine_text(inp)
    for area in (RiskArea.FUNDING, RiskArea.SCOPE):
        assert note_question(area) in text
        assert note_question(area) in lines


def test_the_placeholder_question_is_the_engines_line() -> None:
    _, lines = _engine_text(_follow_up(Details(topic="billing")))
    assert drafting.QUESTION_PLACEHOLDER in lines


def test_the_users_own_question_is_read() -> None:
    own = "How do you staff on-call for the billing service?"
    details = Details(topic="billing", questions=(own,), risk_areas=(RiskArea.TEAM,))
    text, lines = _engine_text(_follow_up(details))
    assert own in text and note_question(RiskArea.TEAM) in text
    assert own not in lines
    assert note_question(RiskArea.TEAM) in lines


def test_a_users_question_worded_like_a_risk_question_is_still_read_as_theirs() -> None:
    # Who wrote it decides, not the wording: the first questions are the user's.
    own = note_question(RiskArea.GROWTH)
    text, lines = _engine_text(_follow_up(Details(topic="billing", questions=(own,))))
    assert own in text and own not in lines


def test_a_draft_without_a_users_line_runs_no_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every line the engine's (a note to the recruiter, a follow-up asking risk-area questions):
    # the voice readings would read blank text, so the check does not run them.
    draft_voice._lines_settle(), draft_voice._thanks_settle()  # their sample checks, once
    calls: list[str] = []

    def hedging(low: str, vocab: set[str], original: str) -> list[object]:
        calls.append(low)
        return []

    monkeypatch.setattr(tone, "hedging", hedging)
    person = Person("Maya Lin", "maya@example.com", "Recruiter")
    ask = Scenario.ASK_RECRUITER
    inp = DraftInput(ask, person, "Sam", "Northwind", "Engineer", WHEN, Details())
    compose_draft(inp)
    compose_draft(_follow_up(Details(topic="billing", risk_areas=(RiskArea.FUNDING,))))
    assert calls == []
    # A line of the user's is read.
    compose_draft(_follow_up(Details(topic="billing", questions=("How is on-call shared?",))))
    assert len(calls) == 1 and "on-call" in calls[0]


def test_rendering_gives_the_text_and_the_engine_lines_in_one_walk() -> None:
    details = Details(topic="billing", questions=("How is on-call shared?",))
    for inp in (_follow_up(details), replace(_follow_up(details), scenario=Scenario.RECOVERY)):
        _, paragraphs = drafting._WRITERS[inp.scenario](drafting._facts(inp))
        assert drafting._rendered(paragraphs) == (
            drafting._render_text(paragraphs),
            drafting._engine_lines(paragraphs),
        )


@pytest.mark.parametrize(
    "term", ["Al", "J", "Northwind", " Acme", "Acme ", "Fabrikam  Labs", "Jo\tAnne", "x" * 201, ""]
)
def test_maskable_is_the_collapsed_length(term: str) -> None:
    assert drafting._maskable(term) == (2 <= len(" ".join(term.split())) <= 200)


def test_the_scorers_answer_on_no_words_follows_its_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    # A draft with no line of the user's asks whether the scorer speaks on no words at all:
    # kept per model, asked again when a table is replaced.
    assert voice._silent_on_nothing() == voice._scorer_silent(set())
    monkeypatch.setattr(vw, "THRESHOLD", dict.fromkeys(vw.THRESHOLD, -1e9))
    assert voice._silent_on_nothing() is False
    monkeypatch.undo()
    assert voice._silent_on_nothing() == voice._scorer_silent(set())
