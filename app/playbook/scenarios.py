"""The scenarios of PLAYBOOK §4 and the single objective each one serves (§0)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Scenario(StrEnum):
    RECOVERY = "recovery"
    FOLLOW_UP = "follow_up"
    GRATITUDE = "gratitude"
    ASK_RECRUITER = "ask_recruiter"
    STAND_DOWN = "stand_down"


class Objective(StrEnum):
    REPAIR = "repair"
    CURIOSITY = "curiosity"
    APPRECIATION = "appreciation"
    # The note to the recruiter asks for logistics; it is not a thank-you note at all.
    LOGISTICS = "logistics"
    # Standing down means sending nothing.
    NONE = "none"


@dataclass(frozen=True, slots=True)
class ScenarioSpec:
    scenario: Scenario
    objective: Objective
    label: str
    summary: str
    # Length budget in words for the voice check's `too_long`; None where there is no note.
    max_words: int | None
    # Whether a draft exists at all for this scenario.
    drafts: bool


SCENARIOS: dict[Scenario, ScenarioSpec] = {
    Scenario.RECOVERY: ScenarioSpec(
        Scenario.RECOVERY,
        Objective.REPAIR,
        "Repair a stumble",
        "Something went wrong with this interviewer. Reach them before the debrief: thank them, "
        "name what happened, own it, and restate the point you meant to make.",
        max_words=200,
        drafts=True,
    ),
    Scenario.FOLLOW_UP: ScenarioSpec(
        Scenario.FOLLOW_UP,
        Objective.CURIOSITY,
        "Follow up with a decision-maker",
        "A hiring manager or decision-maker you had rapport with. Thank them, then ask one or two "
        "real questions from your conversation, at least one about why the job might not fit.",
        max_words=170,
        drafts=True,
    ),
    Scenario.GRATITUDE: ScenarioSpec(
        Scenario.GRATITUDE,
        Objective.APPRECIATION,
        "Thank them briefly",
        "A casual conversation with someone senior, or a panelist. Thank them, mention what you "
        "enjoyed hearing about, say you look forward to working together. No questions, no asks.",
        max_words=90,
        drafts=True,
    ),
    Scenario.ASK_RECRUITER: ScenarioSpec(
        Scenario.ASK_RECRUITER,
        Objective.LOGISTICS,
        "Ask the recruiter who you will meet",
        "The invite does not say who interviews you, or gives no addresses. Ask the recruiter for "
        "the interviewers' names and emails before the interview day.",
        max_words=120,
        drafts=True,
    ),
    Scenario.STAND_DOWN: ScenarioSpec(
        Scenario.STAND_DOWN,
        Objective.NONE,
        "Stand down",
        "This job is no longer your first choice, or you accepted another offer. Send nothing: "
        "both sides have to want the process, and other candidates deserve the attention.",
        max_words=None,
        drafts=False,
    ),
}


def spec(scenario: Scenario) -> ScenarioSpec:
    return SCENARIOS[scenario]
