"""Workday prints each field as a label alone on its line with the value under it: "Interviewer
Title" then "Manager, Clinical Informatics" is the title of the interviewer listed above
(schedule._BARE_TITLE). Before, only "Interviewer Title: …" on one line was read, and the
stacked form gave a title only when the letter's last lines happened to read as a signature."""

from __future__ import annotations

from tests.calendar.helpers import one_invite

_ORG = ("Larkspur Health Talent", "talent.noreply@larkspurhealth.example")
_GUEST = ("Oriel Fanshawe", "oriel.fanshawe@larkspurhealth.example")
_EOE = "Larkspur Health is an equal opportunity employer."


def _title(title_value: str) -> tuple[str | None, str]:
    interview = one_invite(
        "Interview: Pharmacy Informatics Analyst (JR-40017)",
        "Candidate\nAlex Morgan\n\nInterview Type\nVideo\n\nInterviewer\n"
        f"Oriel Fanshawe, PharmD\n\nInterviewer Title\n{title_value}\n\nRecruiter\n"
        f"Wendell Ashby\n\n{_EOE}",
        _ORG,
        _GUEST,
    )
    (p,) = interview.interviewers
    return p.title, str(p.role)


def test_the_title_under_its_label_is_the_interviewers() -> None:
    assert _title("Director, Pharmacy Informatics") == (
        "Director, Pharmacy Informatics",
        "decision_maker",
    )


def test_a_value_that_is_no_title_gives_none() -> None:
    # Guard: a label left empty by the tool ("Not provided") gives no title.
    assert _title("Not provided")[0] is None
