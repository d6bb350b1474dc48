"""People met (issue 16): a timed table row whose last cell is a person, with the title on the next
line (an HTML cell "Name<br>Title" as Graph and Google bodies write it: ModernLoop, Greenhouse), and
a sentence that names someone by two initials ("T.J. Ramos")."""

from __future__ import annotations

from app.calendar.schedule import parse_schedule
from tests.calendar.helpers import google_event, only_interview


def _said(text: str) -> list[tuple[str | None, str | None, bool]]:
    s = parse_schedule(text, start=None, end=None, zones=[])
    return [(m.person.name, m.person.title, m.person.hiring_manager) for m in s.mentions]


def test_a_cell_title_on_the_line_under_a_timed_row() -> None:
    text = (
        "Time  Session  Interviewer  Room  \n\n"
        "1:00  Tooling review  Marit Solberg\nSenior Tooling Engineer  Fjord  \n\n"
        "2:00  Team & goals  Dagny Aas-Hilde\nPlant Manager - Moulding (hiring manager)  Fjord  \n"
    )
    assert _said(text) == [
        ("Marit Solberg", "Senior Tooling Engineer", False),
        ("Dagny Aas-Hilde", "Plant Manager - Moulding", True),
    ]


def test_a_line_under_a_timed_row_that_is_no_title_is_left_alone() -> None:
    # Guard: the next line is a room note, not a title; the person keeps no title.
    text = "1:00  Tooling review  Marit Solberg\nBring safety boots  Fjord  \n"
    assert _said(text) == [("Marit Solberg", None, False)]


def test_two_initials_do_not_end_the_sentence() -> None:
    page = google_event(
        "Interview - Alex Morgan - Night Dispatcher",
        "Hi Alex! You'll chat with R.J. Okonkwo (Senior Dispatcher) about night shifts.\n\n"
        "Wendy Alvarez\nTalent Partner, Larchmere Freight\n",
        ("Wendy Alvarez", "wendy@larchmere.example"),
        ("Rj Okonkwo", "rjo@larchmere.example"),
        start="2026-12-01T10:00:00-05:00",
        end="2026-12-01T10:45:00-05:00",
    )
    found = [(p.name, p.title, str(p.role)) for p in only_interview(page).interviewers]
    assert ("R.J. Okonkwo", "Senior Dispatcher", "peer") in found
