"""A "Reports to:" field (issue 16) names whom the hire would work for: that guest gets the
hiring-manager mark; nobody is added for it."""

from __future__ import annotations

from tests.calendar.helpers import one_invite


def _marks(description: str) -> dict[str | None, bool]:
    interview = one_invite(
        "Second interview: Payroll Specialist",
        description,
        ("Ines Okafor", "ines.okafor@harrowmere.org"),
        ("Tamsin Blackwood", "tamsin.blackwood@harrowmere.org"),
        ("Jude Ferrante", "jude.ferrante@harrowmere.org"),
    )
    return {i.name: i.hiring_manager for i in interview.interviewers}


def test_the_guest_the_field_names_has_the_mark() -> None:
    marks = _marks(
        "Position: Payroll Specialist\nReports to: Tamsin Blackwood, Payroll Manager\n\n"
        "You'll meet Tamsin and Jude Ferrante (Senior Payroll Officer).\n\nInes Okafor, HR"
    )
    assert marks.get("Tamsin Blackwood") is True
    assert marks.get("Jude Ferrante") is False


def test_a_person_the_field_names_who_is_not_invited_is_not_added() -> None:
    marks = _marks(
        "Position: Payroll Specialist\nReports to: Rowan Pike, Finance Director\n\n"
        "You'll meet Tamsin Blackwood (Payroll Manager) and Jude Ferrante.\n\nInes Okafor, HR"
    )
    assert "Rowan Pike" not in marks
