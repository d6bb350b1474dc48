"""A table row whose name cell carries the hiring-manager mark in brackets ("Mahlon Greer (HM)"
then "Manager, Data Platform" in the next cell): the bracket is the mark, the next cell the
title (schedule.row_people). Read whole, the bracket became the title ("Hiring Manager") and
the real title was lost."""

from __future__ import annotations

import pytest

from tests.calendar.helpers import one_invite

_ORG = ("Wrenna Oduya", "wrenna.oduya@tallowmere.example")
_PEER = ("Thaddeus Brightwell", "thaddeus@tallowmere.example")
_HEAD = ("Mahlon Greer", "mgreer@tallowmere.example")


def _people(row: str) -> dict[str | None, tuple[str | None, bool]]:
    interview = one_invite(
        "Interview Schedule: Alex Morgan for Data Engineer",
        "Hello Alex,\n\n1:00 PM\tThaddeus Brightwell\tStaff Data Engineer\tPipelines\n"
        f"{row}\n\nWrenna Oduya\nTechnical Recruiter, Tallowmere",
        _ORG,
        _PEER,
        _HEAD,
    )
    return {p.name: (p.title, p.hiring_manager) for p in interview.interviewers}


@pytest.mark.parametrize(
    ("row", "title"),
    [
        ("2:30 PM\tMahlon Greer (HM)\tManager, Data Platform\tGoals", "Manager, Data Platform"),
        ("2:30 PM\tMahlon Greer (hiring manager)\tHead of Analytics\tGoals", "Head of Analytics"),
        ("2:30 PM | Mahlon Greer (HM) | Data Platform Manager | Goals", "Data Platform Manager"),
    ],
)
def test_the_mark_after_the_name_leaves_the_title_cell(row: str, title: str) -> None:
    assert _people(row) == {
        "Thaddeus Brightwell": ("Staff Data Engineer", False),
        "Mahlon Greer": (title, True),
    }


def test_a_row_without_the_mark_is_read_as_before() -> None:
    # Guard: the same row with no bracket keeps its title and no mark.
    assert _people("2:30 PM\tMahlon Greer\tManager, Data Platform\tGoals")["Mahlon Greer"] == (
        "Manager, Data Platform",
        False,
    )
