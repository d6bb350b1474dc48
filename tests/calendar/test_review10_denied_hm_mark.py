"""review10 finding 12 (residual): a denial before "hiring manager" in the same clause ("not
the hiring manager", "Priya isn't the hiring manager", "standing in for the hiring manager")
gives no mark; "not only ... but also the hiring manager" and a mark said of someone else
("not Priya: Tom is the hiring manager") still mark the right person."""

from __future__ import annotations

import pytest

from tests.calendar.helpers import google_event, only_interview

_GUESTS = (
    ("Jo Kim", "jo.kim@acme.example"),
    ("Priya Shah", "priya.shah@acme.example"),
    ("Tom Reed", "tom.reed@acme.example"),
)


def _people(description: str) -> dict[str, bool]:
    interview = only_interview(
        google_event(
            "Interview: Senior Backend Engineer",
            description,
            *_GUESTS,
            start="2031-08-03T09:00:00-04:00",
            end="2031-08-03T10:00:00-04:00",
        )
    )
    return {str(i.name): bool(i.hiring_manager) for i in interview.interviewers}


def _aside(aside: str) -> dict[str, bool]:
    return _people(
        "Hi Alex,\n\nInterviewers:\n"
        f"- Priya Shah, Staff Engineer ({aside})\n"
        "- Tom Reed, Senior Engineer\n"
    )


@pytest.mark.parametrize(
    "aside",
    [
        "not the hiring manager; she leads the guild",
        "not the hiring manager",
        "she isn't the hiring manager",
        "no longer the hiring manager",
        "standing in for the hiring manager",
        "in for the hiring manager, who is on leave",
        "interviewing instead of the hiring manager",
    ],
)
def test_a_denied_mark_in_parentheses_marks_no_one(aside: str) -> None:
    got = _aside(aside)
    assert got["Priya Shah"] is False
    assert got["Tom Reed"] is False


def test_the_plain_mark_in_parentheses_still_marks() -> None:
    got = _aside("hiring manager")
    assert got["Priya Shah"] is True
    assert got["Tom Reed"] is False


def test_not_only_but_also_the_hiring_manager_marks() -> None:
    got = _aside("not only a Staff Engineer but also the hiring manager")
    assert got["Priya Shah"] is True


@pytest.mark.parametrize(
    "line",
    [
        "Priya Shah is not the hiring manager.",
        "Priya Shah isn't the hiring manager, Tom Reed is.",
        "Note: Priya Shah is no longer the hiring manager.",
    ],
)
def test_a_sentence_denying_the_mark_marks_no_one_wrongly(line: str) -> None:
    got = _people(
        "Hi Alex,\n\nInterviewers:\n- Priya Shah, Staff Engineer\n- Tom Reed, Senior Engineer\n\n"
        f"{line}\n"
    )
    assert got["Priya Shah"] is False


def test_a_mark_said_of_someone_else_marks_that_person() -> None:
    got = _people(
        "Hi Alex,\n\nInterviewers:\n- Priya Shah, Staff Engineer\n- Tom Reed, Senior Engineer\n\n"
        "Not Priya: Tom Reed is the hiring manager.\n"
    )
    assert got["Priya Shah"] is False
    assert got["Tom Reed"] is True
