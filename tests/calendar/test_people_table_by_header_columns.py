"""People rows under a header that names the columns (issue 16): "Time | Interviewer | Title |
Focus" (pipes, tabs or HTML cells). Each row is read by column, so a title with commas in it
stays one title and names no one, a name cell written surname first with an initial ("Lindqvist,
M.") or with letters after it ("K. Obuya, P.Eng.") is the one guest, and a mark in another
column is that person's. Initials merge with a guest's full name or address."""

from __future__ import annotations

from app.calendar.people import name_matches_email, names_match
from app.calendar.schedule import table_header, table_row
from tests.calendar.helpers import google_event, only_interview


def _people(description: str, *guests: tuple[str | None, str]) -> list[tuple[object, ...]]:
    interview = only_interview(
        google_event(
            "Interview: Hydrologist II – Alex Morgan",
            description,
            ("Priya Nandakumar", "priya.nandakumar@fenwater.example"),
            *guests,
            start="2027-03-09T09:00:00-05:00",
            end="2027-03-09T11:00:00-05:00",
        )
    )
    return sorted((i.name, i.email, i.title, i.hiring_manager) for i in interview.interviewers)


def test_pipe_rows_keep_titles_with_commas_and_the_mark_column() -> None:
    description = (
        "Hi Alex,\n\nYour schedule with Fenwater Consulting:\n\n"
        "Time | Interviewer | Title | Focus\n"
        "9:00 – 9:45 | M. Lindqvist | Director, Water Resources, Upper Midwest | Hiring Manager\n"
        "9:45 – 10:30 | K. Obuya, P.Eng. | Senior Hydrologist, Floods, Modelling | Case study\n\n"
        "Best,\nPriya Nandakumar\nRecruiting Coordinator"
    )
    got = _people(
        description,
        ("Maja Lindqvist", "maja.lindqvist@fenwater.example"),
        ("Kiprono Obuya", "kobuya@fenwater.example"),
    )
    assert got == [
        (
            "Kiprono Obuya",
            "kobuya@fenwater.example",
            "Senior Hydrologist, Floods, Modelling",
            False,
        ),
        (
            "Maja Lindqvist",
            "maja.lindqvist@fenwater.example",
            "Director, Water Resources, Upper Midwest",
            True,
        ),
    ]


def test_tab_rows_surname_first_with_an_initial() -> None:
    description = (
        "Hi Alex,\n\nYour visit:\n\n"
        "Time\tInterviewer\tRole\n"
        "10:00\tLindqvist, M.\tHead Hydrologist (hiring manager)\n"
        "10:40\tObuya, K.\tField Technician, Nights\n\n"
        "Priya Nandakumar"
    )
    got = _people(
        description,
        ("Maja Lindqvist", "maja.lindqvist@fenwater.example"),
        ("Kiprono Obuya", "kiprono.obuya@fenwater.example"),
    )
    assert got == [
        ("Kiprono Obuya", "kiprono.obuya@fenwater.example", "Field Technician, Nights", False),
        ("Maja Lindqvist", "maja.lindqvist@fenwater.example", "Head Hydrologist", True),
    ]


def test_a_role_column_that_says_the_part_played_is_no_title() -> None:
    table = table_header("Time | Interviewer | Role | Focus")
    assert table is not None
    (person,) = table_row(table, "1:30 | Ines Varga (Data Lead) | Panelist | Modelling") or []
    assert (person.name, person.title, person.hiring_manager) == ("Ines Varga", "Data Lead", False)


def test_a_line_that_names_no_column_of_people_is_no_header() -> None:
    assert table_header("Time | Session | Room") is None
    assert table_header("Maja Lindqvist | Director | maja@fenwater.example") is None


def test_french_titles_in_lower_case_keep_their_tail() -> None:
    description = (
        "Bonjour Alex,\n\n"
        "Heure | Intervieweuse | Titre | Rôle\n"
        "9 h 00 – 9 h 40 | Élodie Carrier | Hydrologue principale, bassins versants | entrevue\n\n"
        "Priya Nandakumar"
    )
    got = _people(description, ("Élodie Carrier", "elodie.carrier@fenwater.example"))
    assert got == [
        (
            "Élodie Carrier",
            "elodie.carrier@fenwater.example",
            "Hydrologue principale, bassins versants",
            False,
        )
    ]


def test_initials_match_the_full_name_and_its_address() -> None:
    assert names_match("M. Lindqvist", "Maja Lindqvist")
    assert names_match("J.C. Ferreira", "João Carlos Ferreira")
    assert not names_match("M. Lindqvist", "Karin Lindqvist")
    assert not names_match("J.C. Ferreira", "João Ferreira Lima")
    assert name_matches_email("M. Lindqvist", "maja.lindqvist@fenwater.example")
    assert name_matches_email("R. Venkataraman", "rvenkat@fenwater.example")
    assert not name_matches_email("M. Lindqvist", "karin.lindqvist@fenwater.example")
