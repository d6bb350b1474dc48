"""The default scenario per interviewer (PLAYBOOK §4)."""

import pytest

from app.playbook.defaults import default_scenario
from app.playbook.models import Details, Person, RiskArea
from app.playbook.roles import Role
from app.playbook.scenarios import Scenario


@pytest.mark.parametrize(
    ("title", "hiring_manager", "expected"),
    [
        ("Co-founder & CEO", False, Scenario.GRATITUDE),
        ("VP Engineering", False, Scenario.GRATITUDE),
        ("Engineering Manager", False, Scenario.FOLLOW_UP),
        ("Head of Design", False, Scenario.FOLLOW_UP),
        ("Director, Cloud Solutions", False, Scenario.FOLLOW_UP),
        ("Senior Product Manager", False, Scenario.GRATITUDE),  # IC title with "manager"
        ("Senior Product Manager", True, Scenario.FOLLOW_UP),  # ... unless invite says so
        ("Senior Software Engineer", False, Scenario.GRATITUDE),
        (None, False, Scenario.GRATITUDE),
        ("Technical Recruiter", False, None),
        ("Recruiting Coordinator", False, None),
    ],
)
def test_defaults_by_role(
    title: str | None, hiring_manager: bool, expected: Scenario | None
) -> None:
    choice = default_scenario(Person(name="Alex", title=title, hiring_manager=hiring_manager))
    assert choice.scenario == expected
    assert choice.reasons


def test_stumble_wins_over_role() -> None:
    details = Details(stumble="my answer on caching was wrong")
    for title in ("CEO", "Engineering Manager", "Software Engineer", None):
        assert default_scenario(Person(title=title), details).scenario is Scenario.RECOVERY


def test_executive_with_follow_up_topic_gets_follow_up() -> None:
    choice = default_scenario(
        Person(title="Founder"), Details(topic="runway", risk_areas=(RiskArea.FUNDING,))
    )
    assert choice.scenario is Scenario.FOLLOW_UP
    assert choice.role is Role.EXECUTIVE


def test_stood_down_means_no_note_for_anyone() -> None:
    for title in ("CEO", "Engineering Manager", "Recruiter"):
        choice = default_scenario(Person(title=title), Details(stumble="x"), stood_down=True)
        assert choice.scenario is Scenario.STAND_DOWN


def test_recruiter_reason_points_at_ask_recruiter() -> None:
    choice = default_scenario(Person(title="Talent Partner"))
    assert choice.role is Role.RECRUITER
    assert any("names and emails" in reason for reason in choice.reasons)
