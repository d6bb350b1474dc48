"""review10 findings 2, 5, 9 and 12 (people tables and hiring-manager marks).

2: a name cell listing two given names ("Priya, Tom") is no one written surname first; under a
   plural header ("Interviewers") a cell is a list.
9: a table ends at a blank line, and a row's title cell must read as a title.
5: another column marks the row's person only when the whole cell is the mark, never from free
   text that mentions the hiring manager ("Stepping in for the hiring manager", "Not the ...").
12: the marks written "your reporting manager" / "Hiring Mgr" do not count after "not"."""

from __future__ import annotations

from app.calendar.schedule import table_header, table_row
from tests.calendar.helpers import google_event, only_interview

_GUESTS = (
    ("Jo Kim", "jo.kim@acme.example"),
    ("Priya Shah", "priya.shah@acme.example"),
    ("Tom Reed", "tom.reed@acme.example"),
)


def _people(description: str) -> dict[str, tuple[object, ...]]:
    interview = only_interview(
        google_event(
            "Interview: Senior Backend Engineer",
            description,
            *_GUESTS,
            start="2031-08-03T09:00:00-04:00",
            end="2031-08-03T10:00:00-04:00",
        )
    )
    return {str(i.name): (i.title, i.hiring_manager) for i in interview.interviewers}


# 2 ---------------------------------------------------------------------------------------


def test_two_given_names_in_a_plural_name_column_invent_no_one() -> None:
    got = _people(
        "Hi Alex, your onsite:\n\nTime | Interviewers | Title\n"
        "10:00 | Priya, Tom | Staff Engineers\n"
        "11:00 | Dana Fox, Eli Wong | Engineering Managers\n"
    )
    assert "Tom Priya" not in got
    assert not any(n.split()[0] == "Tom" and n != "Tom Reed" for n in got)


def test_two_given_names_under_panelists_invent_no_one() -> None:
    got = _people(
        "Hi Alex, your onsite:\n\nTime | Panelists | Title\n"
        "10:00 | Tom, Priya | Senior Engineers\n"
        "11:00 | Jo Kim | Recruiter\n"
    )
    assert "Priya Tom" not in got


def test_a_directory_surname_first_cell_is_still_one_person() -> None:
    table = table_header("Time | Interviewer | Title")
    assert table is not None
    row = table_row(table, "10:00 | Quispe Huamán, Alberto | Risk Analyst")
    assert row is not None and [(p.name, p.title) for p in row] == [
        ("Alberto Quispe Huamán", "Risk Analyst")
    ]


# 9 ---------------------------------------------------------------------------------------


def test_a_note_line_with_as_many_cells_is_no_row() -> None:
    got = _people(
        "Hi Alex, your onsite:\n\nTime | Interviewer | Title\n"
        "10:00 | Priya Shah | Staff Engineer\n"
        "Parking | Tom Reed | will meet you at the gate\n"
    )
    assert got.get("Priya Shah", (None,))[0] == "Staff Engineer"
    assert got.get("Tom Reed", (None,))[0] != "will meet you at the gate"


def test_a_blank_line_ends_the_table() -> None:
    got = _people(
        "Hi Alex, your onsite:\n\nTime | Interviewer | Title\n"
        "10:00 | Priya Shah | Staff Engineer\n\n"
        "Notes | Tom Reed | ask him about parking\n"
    )
    assert got.get("Tom Reed", (None,))[0] != "ask him about parking"


def test_a_row_whose_title_cell_is_a_sentence_is_not_read_as_a_row() -> None:
    table = table_header("Time | Interviewer | Title")
    assert table is not None
    assert table_row(table, "Parking | Tom Reed | will meet you at the gate") is None
    assert table_row(table, "10:00 | Tom Reed | Senior Engineer") is not None
    assert table_row(table, "") is None or table_row(table, "") == []


# 5 ---------------------------------------------------------------------------------------


def _notes(note: str) -> dict[str, tuple[object, ...]]:
    return _people(
        "Hi Alex, your onsite:\n\nTime | Interviewer | Title | Notes\n"
        f"10:00 | Priya Shah | Staff Engineer | {note}\n"
        "11:00 | Tom Reed | Senior Engineer | Coding\n"
    )


def test_a_note_standing_in_for_the_hiring_manager_is_no_mark() -> None:
    assert _notes("Stepping in for the hiring manager, who is on leave")["Priya Shah"] == (
        "Staff Engineer",
        False,
    )


def test_a_note_saying_not_the_hiring_manager_is_no_mark() -> None:
    assert _notes("Not the hiring manager")["Priya Shah"] == ("Staff Engineer", False)


def test_a_note_asking_about_the_hm_round_is_no_mark() -> None:
    assert _notes("Will explain the HM round afterwards")["Priya Shah"][1] is False


def test_a_cell_that_is_the_mark_still_marks() -> None:
    assert _notes("Hiring Manager")["Priya Shah"] == ("Staff Engineer", True)
    assert _notes("HM")["Priya Shah"][1] is True


def test_a_mark_column_marks_with_yes() -> None:
    got = _people(
        "Hi Alex, your onsite:\n\nTime | Interviewer | Title | Hiring manager?\n"
        "10:00 | Priya Shah | Staff Engineer | No\n"
        "11:00 | Tom Reed | Engineering Manager | Yes\n"
    )
    assert got["Priya Shah"][1] is False
    assert got["Tom Reed"][1] is True


# 12 --------------------------------------------------------------------------------------


def _aside(mark: str) -> dict[str, tuple[object, ...]]:
    return _people(
        "Hi Alex,\n\nInterviewers:\n"
        f"- Priya Shah, Staff Engineer ({mark}; she leads the guild)\n"
        "- Tom Reed, Senior Engineer\n"
    )


def test_not_your_reporting_manager_is_no_mark() -> None:
    assert _aside("not your reporting manager")["Priya Shah"][1] is False


def test_not_the_hiring_mgr_is_no_mark() -> None:
    assert _aside("not the Hiring Mgr")["Priya Shah"][1] is False


def test_isnt_your_reporting_manager_is_no_mark() -> None:
    assert _aside("she isn't your reporting manager")["Priya Shah"][1] is False


def test_your_reporting_manager_and_hiring_mgr_still_mark() -> None:
    assert _aside("your reporting manager")["Priya Shah"][1] is True
    assert _aside("Hiring Mgr")["Priya Shah"][1] is True


def test_a_table_spaced_like_html_goes_on_across_blank_lines() -> None:
    got = _people(
        "Hi Alex, your onsite:\n\nTime | Interviewer | Title\n\n"
        "10:00 | Priya Shah | Staff Engineer\n\n"
        "11:00 | Tom Reed | Senior Engineer\n"
    )
    assert got["Priya Shah"][0] == "Staff Engineer"
    assert got["Tom Reed"][0] == "Senior Engineer"


def test_a_note_ending_in_the_mark_alone_in_parentheses_marks() -> None:
    assert _notes("Team, scope and your questions (hiring manager)")["Priya Shah"][1] is True
