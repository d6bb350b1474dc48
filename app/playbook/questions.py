"""Follow-up questions per risk area (PLAYBOOK §4 follow_up), filled from the conversation topic.

Each question is pointed but polite, probes why the job might not fit, speaks from inside the team
("we", "our"), and ties back to what was discussed. A note never carries more than two.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.playbook.models import RiskArea

MAX_QUESTIONS = 2
TOPIC_PLACEHOLDER = "[topic we discussed]"

_TEMPLATES: dict[RiskArea, str] = {
    RiskArea.FUNDING: (
        "If the next funding round takes longer than planned, what would that mean for {topic}?"
    ),
    RiskArea.GROWTH: (
        "As {topic} grows, where do you see room for someone in this role to take on leadership?"
    ),
    RiskArea.GOALS: (
        "You described the goal for {topic}; if we end the year at half of it, what happens next?"
    ),
    RiskArea.TEAM: (
        "How has the group working on {topic} changed over the past year, and what keeps "
        "people on it?"
    ),
    RiskArea.SCOPE: (
        "How much of {topic} would this role own outright, and where would it depend on "
        "other teams?"
    ),
}

AREA_LABELS: dict[RiskArea, str] = {
    RiskArea.FUNDING: "Funding and runway",
    RiskArea.GROWTH: "Growth and leadership path",
    RiskArea.GOALS: "Goals versus outcomes",
    RiskArea.TEAM: "Team stability",
    RiskArea.SCOPE: "Scope of the role",
}


@dataclass(frozen=True, slots=True)
class SuggestedQuestion:
    area: RiskArea
    label: str
    text: str


def question_for(area: RiskArea, topic: str | None) -> str:
    return _TEMPLATES[area].format(topic=topic or TOPIC_PLACEHOLDER)


def suggest_questions(
    topic: str | None, areas: tuple[RiskArea, ...] | list[RiskArea] = ()
) -> tuple[SuggestedQuestion, ...]:
    """One question per requested area (all areas when none is requested), for a picker.

    The note itself takes at most MAX_QUESTIONS; see `pick_questions`."""
    chosen = list(dict.fromkeys(areas)) or list(RiskArea)
    return tuple(SuggestedQuestion(a, AREA_LABELS[a], question_for(a, topic)) for a in chosen)


def pick_questions(
    own: tuple[str, ...] | list[str],
    areas: tuple[RiskArea, ...] | list[RiskArea],
    topic: str | None,
) -> tuple[str, ...]:
    """The questions a follow-up note asks: the user's own first, then risk-area questions,
    never more than two."""
    picked = [q for q in own if q][:MAX_QUESTIONS]
    for area in dict.fromkeys(areas):
        if len(picked) >= MAX_QUESTIONS:
            break
        picked.append(question_for(area, topic))
    return tuple(picked)
