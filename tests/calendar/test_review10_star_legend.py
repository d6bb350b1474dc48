"""review10 #7: a legend is a line that defines a symbol ("★ = hiring manager", "* hiring
manager" under a table), not any bullet that mentions the hiring manager ("* HM interview is
next week"). A bullet or markdown emphasis beside a name is not the legend's mark."""

from __future__ import annotations

import pytest

from tests.calendar.invite_builders import _interviewers_in

PRIYA = ("Priya Shah", "priya.shah@northwind.example")
TOM = ("Tom Reed", "tom.reed@northwind.example")


def _marks(description: str) -> dict[str, bool]:
    return {str(i.name): i.hiring_manager for i in _interviewers_in(description, PRIYA, TOM)}


@pytest.mark.parametrize(
    "description",
    [
        # The reviewer's two inputs: a bullet about the hiring-manager round.
        "Next steps:\n* Hiring manager round: next week, separate invite to follow\n"
        "* Today: 45 minutes with *Priya Shah*, Staff Engineer, on system design\n\n"
        "Tom Reed (Senior Engineer) will shadow.",
        "* HM interview is next week (separate invite)\n\nToday you'll meet:\n"
        "* Priya Shah – Staff Engineer\nTom Reed (Senior Engineer)\n",
        # Siblings: other sentences that start with a symbol and mention the manager.
        "† Hiring manager chat to be booked after today\n\nToday you'll meet:\n"
        "† Priya Shah – Staff Engineer\nTom Reed (Senior Engineer)\n",
        "★ Your hiring manager conversation comes after this round\n\n"
        "★ Priya Shah – Staff Engineer\nTom Reed – Senior Engineer\n",
        # A bare "* Hiring manager" that is one item of a bulleted list, not a legend.
        "Still to come:\n* Recruiter screen (done)\n* Hiring manager\n\n"
        "Today you'll meet:\n* Priya Shah – Staff Engineer\nTom Reed (Senior Engineer)\n",
        # An emphasis pair around a name is bold/italic, not the legend's mark.
        "* = hiring manager (joins next week)\n\n"
        "Today: 45 minutes with *Priya Shah*, Staff Engineer.\n"
        "Tom Reed (Senior Engineer) will shadow.",
    ],
)
def test_a_bullet_that_mentions_the_hiring_manager_marks_nobody(description: str) -> None:
    assert _marks(description) == {"Priya Shah": False, "Tom Reed": False}


@pytest.mark.parametrize(
    "description",
    [
        "Today you'll meet:\n★ Priya Shah – Staff Engineer\n   Tom Reed – Senior Engineer\n"
        "★ = hiring manager\n",
        "10:00  System design  Priya Shah*  Engineering Manager\n"
        "11:00  Coding  Tom Reed  Senior Engineer\n\n* hiring manager\n",
        "10:00  System design  Priya Shah†  Staff Engineer\n"
        "11:00  Coding  Tom Reed  Senior Engineer\n\n† denotes the hiring manager.\n",
        "Panel:\n- Priya Shah* (Staff Engineer)\n- Tom Reed (Senior Engineer)\n\n"
        "* Hiring Manager\n",
        "Panel:\n- Priya Shah ✱, Staff Engineer\n- Tom Reed, Senior Engineer\n\n✱: HM\n",
    ],
)
def test_a_legend_still_marks_the_starred_person(description: str) -> None:
    assert _marks(description) == {"Priya Shah": True, "Tom Reed": False}
