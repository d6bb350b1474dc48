"""The default scenario per interviewer (PLAYBOOK §4). The user can always override it."""

from __future__ import annotations

from dataclasses import dataclass

from app.playbook.models import Details, Person
from app.playbook.roles import Role, explain_title
from app.playbook.scenarios import Scenario


@dataclass(frozen=True, slots=True)
class ScenarioChoice:
    # None: no note by default (recruiters and coordinators run the process).
    scenario: Scenario | None
    role: Role
    reasons: tuple[str, ...]


def default_scenario(
    person: Person, details: Details | None = None, *, stood_down: bool = False
) -> ScenarioChoice:
    details = details or Details()
    match = explain_title(person.title, person.hiring_manager)
    role = match.role
    title = f"{person.title} ({match.reason})" if person.title else match.reason

    if stood_down:
        return ScenarioChoice(
            Scenario.STAND_DOWN,
            role,
            ("You stood down from this opportunity: no note is sent.",),
        )
    if details.stumbled:
        return ScenarioChoice(
            Scenario.RECOVERY,
            role,
            (
                "You flagged a stumble with this interviewer.",
                "A repair note helps only if it arrives before the hiring team's debrief.",
            ),
        )
    has_follow_up = bool(details.questions or details.risk_areas)
    if role is Role.EXECUTIVE:
        if has_follow_up:
            return ScenarioChoice(
                Scenario.FOLLOW_UP,
                role,
                (f"Senior: {title}.", "You have follow-up questions for them."),
            )
        return ScenarioChoice(
            Scenario.GRATITUDE,
            role,
            (f"Senior: {title}.", "No specific follow-up: a short thank-you is all it takes."),
        )
    if role is Role.DECISION_MAKER:
        return ScenarioChoice(
            Scenario.FOLLOW_UP,
            role,
            (
                f"Decision-maker: {title}.",
                "Thank them, then ask one or two pointed questions from your conversation.",
            ),
        )
    if role is Role.RECRUITER:
        return ScenarioChoice(
            None,
            role,
            (
                f"Recruiter or coordinator: {title}.",
                "They run the process; a thank-you note is not needed. Ask them for the "
                "interviewers' names and emails if the invite leaves them out.",
            ),
        )
    if role is Role.PEER:
        why = f"Peer or panelist: {title}."
    else:
        why = "Role not known from the invite: treated as a panelist."
    return ScenarioChoice(Scenario.GRATITUDE, role, (why, "A brief, specific thank-you fits."))
