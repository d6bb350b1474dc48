"""Label-pair exports (Workday, iCIMS: one field per line under each "Interviewer:") give the
person's title as "Business Title:" or "Job Profile:" and the panel role as "Role on Panel:
Hiring Manager" or "Hiring Manager: Yes"; and titles of trades beyond tech get a role (issue 16)."""

from __future__ import annotations

import pytest

from app.calendar.titles import role_of
from app.playbook.roles import Role
from tests.calendar.helpers import one_invite


def _panel(description: str) -> dict[str | None, tuple[str | None, bool]]:
    interview = one_invite(
        "Interview Scheduled: Line Cook (JR-77120)",
        description,
        ("Copper Pot Careers", "careers@copperpot.com"),
        ("Odile Varga", "odile.varga@copperpot.com"),
        ("Bram Iversen", "bram.iversen@copperpot.com"),
    )
    return {i.name: (i.title, i.hiring_manager) for i in interview.interviewers}


def test_business_title_and_panel_role_fields_belong_to_the_person_above() -> None:
    got = _panel(
        "Interview Details\nCandidate: Alex Morgan\n"
        "Interviewer: Odile Varga\nBusiness Title: Kitchen Manager\n"
        "Role on Panel: Hiring Manager\n\n"
        "Interviewer: Bram Iversen\nJob Profile: Pastry Lead - Banquets\n"
        "Role on Panel: Interviewer\n"
    )
    assert got["Odile Varga"] == ("Kitchen Manager", True)
    assert got["Bram Iversen"] == ("Pastry Lead - Banquets", False)


def test_hiring_manager_yes_marks_the_named_interviewer() -> None:
    got = _panel(
        "Interviewer Name: Bram Iversen\nInterviewer Title: Sous Chef\nHiring Manager: Yes\n\n"
        "Interviewer Name: Odile Varga\nInterviewer Title: Kitchen Manager\nHiring Manager: No\n"
    )
    assert got["Bram Iversen"] == ("Sous Chef", True)
    assert got["Odile Varga"] == ("Kitchen Manager", False)


def test_a_panel_role_field_with_nobody_above_marks_nobody() -> None:
    got = _panel(
        "Role on Panel: Hiring Manager\n\nYou'll meet Odile Varga (Kitchen Manager) and "
        "Bram Iversen (Sous Chef)."
    )
    assert not any(hm for _, hm in got.values())


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Medgrundare & VD", Role.EXECUTIVE),
        ("VD", Role.EXECUTIVE),
        ("Amministratrice Delegata", Role.EXECUTIVE),
        ("CCO", Role.EXECUTIVE),
        ("Shachō", Role.EXECUTIVE),
        ("Superintendent of Schools", Role.EXECUTIVE),
        ("Kachō, Export Logistics", Role.DECISION_MAKER),
        ("Tencho", Role.DECISION_MAKER),
        ("Stationsleitung 4A", Role.DECISION_MAKER),
        ("Pflegedirektorin", Role.DECISION_MAKER),
        ("Deputy Editor", Role.DECISION_MAKER),
        ("City Editor", Role.DECISION_MAKER),
        ("Senior Reporter, Politics", Role.PEER),
        ("Senior Gardener", Role.PEER),
        ("Undersköterska", Role.PEER),
        ("Serviceberaterin", Role.PEER),
        ("TL, Sensors", Role.PEER),
        ("Roaster", Role.PEER),
        ("Personalberater", Role.RECRUITER),
    ],
)
def test_trade_and_foreign_titles_get_their_role(title: str, role: Role) -> None:
    assert role_of(title) is role


def test_a_site_superintendent_still_runs_the_site_and_a_commissioning_editor_edits() -> None:
    assert role_of("Assistant Superintendent, Healthcare Projects") is Role.DECISION_MAKER
    assert role_of("Commissioning Editor") is Role.PEER
