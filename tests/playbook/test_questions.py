"""Follow-up questions per risk area: suggestions filled from the topic that read as English for
any kind of topic, true whatever the company, never more than two in a note."""

import re

import pytest

from app.playbook.models import RiskArea
from app.playbook.questions import (
    MAX_QUESTIONS,
    mid_sentence,
    note_question,
    pick_questions,
    question_for,
    suggest_questions,
    topic_phrase,
)

# Noun phrases, gerunds, product names, acronyms, clauses, lead-ins, odd capitals.
TOPICS = {
    "the payments rewrite": "the payments rewrite",
    "The billing migration.": "the billing migration",
    "Scaling the search cluster": "scaling the search cluster",
    "migrating billing to Stripe": "migrating billing to Stripe",
    "Kubernetes": "Kubernetes",
    "Kubernetes upgrades": "Kubernetes upgrades",
    "GDPR": "GDPR",
    "SOC 2 audit": "SOC 2 audit",
    "iOS release train": "iOS release train",
    "McKinsey's benchmark": "McKinsey's benchmark",
    "Spring Boot": "Spring Boot",
    "about how we onboard customers": "how we onboard customers",
    "How we price enterprise deals": "how we price enterprise deals",
    "our data platform": "our data platform",
    "on-call load": "on-call load",
    "LLM evals": "LLM evals",
    "Zürich office expansion": "Zürich office expansion",
    "regarding the API deprecation": "the API deprecation",
    "Building the design system": "building the design system",
    "Ring buffers": "Ring buffers",
    # The note's sentence has its own verb ("I enjoyed hearing about ..."): the typed one goes.
    "hearing about the roadmap": "the roadmap",
    "Talking about Kubernetes upgrades": "Kubernetes upgrades",
    "discussing the API deprecation": "the API deprecation",
    "our conversation about on-call load": "on-call load",
}

# Wording that presumes a fact nobody supplied (issue 15).
PRESUMED = re.compile(
    r"funding round|next round|series [a-f]\b|you described|you said|the goal for|ipo|"
    r"acquisition|layoff",
    re.IGNORECASE,
)


@pytest.mark.parametrize("topic,phrase", sorted(TOPICS.items()))
def test_a_topic_reads_as_english_in_every_suggestion(topic: str, phrase: str) -> None:
    assert topic_phrase(topic) == phrase
    for area in RiskArea:
        question = question_for(area, topic)
        assert phrase in question, question
        assert question.endswith("?") and question.count("?") == 1
        assert question[0].isupper()
        assert "  " not in question and ",," not in question and "::" not in question
        # the topic sits after a frame word, never glued to another ("ofthe", "Forthe")
        before = question[: question.index(phrase)]
        assert before.endswith(
            ("For ", "Beyond ", "Looking at ", "it comes to ", "How much of ")
        ), question
        assert not re.search(r"\b(\w+) \1\b", question, re.IGNORECASE), question
        assert not PRESUMED.search(question), question
        # On-the-team voice: never "your product/team/..." about the work.
        assert not re.search(r"\byour\b", question, re.IGNORECASE)


def test_function_words_and_gerunds_lose_their_capital_names_keep_it() -> None:
    assert mid_sentence("The cluster") == "the cluster"
    assert mid_sentence("Scaling the cluster") == "scaling the cluster"
    assert mid_sentence("Spring Boot") == "Spring Boot"  # a name ending in -ing
    assert mid_sentence("GraphQL") == "GraphQL"
    assert mid_sentence("I/O") == "I/O"


def test_without_a_topic_the_suggestion_is_complete_and_has_no_placeholder() -> None:
    for area in RiskArea:
        question = question_for(area, None)
        assert "[" not in question
        assert question == note_question(area)


def test_at_least_one_area_probes_why_the_job_might_not_fit() -> None:
    probing = [
        q
        for q in (note_question(a) for a in RiskArea)
        if re.search(r"cut|fall short|keeps people", q)
    ]
    assert len(probing) >= 2


def test_suggestions_cover_all_areas_when_none_asked() -> None:
    suggestions = suggest_questions("search ranking")
    assert [s.area for s in suggestions] == list(RiskArea)
    assert all(s.label for s in suggestions)


def test_suggestions_for_requested_areas_without_duplicates() -> None:
    got = suggest_questions("search", [RiskArea.TEAM, RiskArea.TEAM, RiskArea.GOALS])
    assert [s.area for s in got] == [RiskArea.TEAM, RiskArea.GOALS]


def test_pick_never_exceeds_two() -> None:
    own = ["How do we measure success?", "Who owns on-call?", "What ships first?"]
    assert len(pick_questions(own, list(RiskArea))) == MAX_QUESTIONS
    assert pick_questions(own, []) == tuple(own[:2])


def test_pick_fills_from_risk_areas_in_note_form_after_own_questions() -> None:
    got = pick_questions(["Who owns on-call?"], [RiskArea.FUNDING, RiskArea.SCOPE], "billing")
    assert got[0] == "Who owns on-call?"
    # The note names the topic once, in its thanks: the question does not repeat it.
    assert got[1] == note_question(RiskArea.FUNDING)
    assert "billing" not in got[1]
    assert pick_questions([], []) == ()
