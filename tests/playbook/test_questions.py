"""Follow-up questions per risk area, filled from the topic; never more than two."""

import re

from app.playbook.models import RiskArea
from app.playbook.questions import (
    MAX_QUESTIONS,
    TOPIC_PLACEHOLDER,
    pick_questions,
    question_for,
    suggest_questions,
)


def test_every_area_has_a_question_about_the_topic() -> None:
    for area in RiskArea:
        question = question_for(area, "the payments rewrite")
        assert "the payments rewrite" in question
        assert question.endswith("?")
        assert question.count("?") == 1
        # On-the-team voice: never "your product/team/..." about the work.
        assert not re.search(r"\byour\b", question, re.IGNORECASE)


def test_missing_topic_is_a_visible_placeholder() -> None:
    assert TOPIC_PLACEHOLDER in question_for(RiskArea.FUNDING, None)


def test_suggestions_cover_all_areas_when_none_asked() -> None:
    suggestions = suggest_questions("search ranking")
    assert [s.area for s in suggestions] == list(RiskArea)
    assert all(s.label for s in suggestions)


def test_suggestions_for_requested_areas_without_duplicates() -> None:
    got = suggest_questions("search", [RiskArea.TEAM, RiskArea.TEAM, RiskArea.GOALS])
    assert [s.area for s in got] == [RiskArea.TEAM, RiskArea.GOALS]


def test_pick_never_exceeds_two() -> None:
    own = ["How do we measure success?", "Who owns on-call?", "What ships first?"]
    assert len(pick_questions(own, list(RiskArea), "x")) == MAX_QUESTIONS
    assert pick_questions(own, [], "x") == tuple(own[:2])


def test_pick_fills_from_risk_areas_after_own_questions() -> None:
    got = pick_questions(["Who owns on-call?"], [RiskArea.FUNDING, RiskArea.SCOPE], "billing")
    assert got[0] == "Who owns on-call?"
    assert got[1] == question_for(RiskArea.FUNDING, "billing")
    assert pick_questions([], [], "billing") == ()
