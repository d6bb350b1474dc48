"""The hiring-manager mark from prose (issue 16): who the user would work for, as letters say it in
prose. A title in apposition before "is the hiring manager", "who is also the hiring manager", "who
is hiring for the … opening", the role reporting to a name or to a pronoun for the person just
named, and the writer saying the hire would work for them ("working directly for me", "under me",
"I'd be managing this role"), each give the hiring-manager mark, whatever the person's rank."""

from __future__ import annotations

import pytest

from app.calendar.names import parse_people
from tests.calendar.helpers import google_event, only_interview

_START, _END = "2026-11-18T10:00:00-05:00", "2026-11-18T10:45:00-05:00"


def _marks(
    description: str, *guests: tuple[str, str], organizer: tuple[str, str]
) -> set[tuple[str | None, str, bool]]:
    page = google_event(
        "Interview - Alex Morgan - Claims Analyst",
        description,
        organizer,
        *guests,
        start=_START,
        end=_END,
    )
    interview = only_interview(page)
    return {(p.name, str(p.role), p.hiring_manager) for p in interview.interviewers}


_RECRUITER = ("Dorothea Vance", "dorothea.vance@quillmere.example")
_INES = ("Ines Albrecht", "ines.albrecht@quillmere.example")


@pytest.mark.parametrize(
    "sentence",
    [
        # A title in apposition between the name and the mark.
        "Ines Albrecht, our Head of Claims, is the hiring manager.",
        # "who is also the hiring manager" after the title.
        "Your conversation is with Ines Albrecht, Head of Claims, who is also the hiring manager.",
        # "who is hiring for …" a named opening.
        "Here's time with Ines Albrecht, our Head of Claims, who is hiring for the Claims "
        "Analyst opening on her team.",
        # The role reports to a pronoun for the person just named.
        "You'll be speaking with Ines Albrecht. She runs claims intake in Leeds and this "
        "position reports directly to her.",
    ],
)
def test_the_person_the_letter_says_you_would_work_for_is_marked(sentence: str) -> None:
    found = _marks(
        f"Hi Alex,\n\n{sentence}\n\nDorothea Vance\nRecruiting Partner, Quillmere",
        _INES,
        organizer=_RECRUITER,
    )
    assert ("Ines Albrecht", "decision_maker", True) in found


def test_an_executive_the_role_reports_to_is_the_hiring_manager() -> None:
    found = _marks(
        "Good morning Alex,\n\nI'm scheduling on behalf of Halvard Brekke, Chief Financial "
        "Officer, for your conversation about the Claims Analyst role. The role reports to "
        "Halvard.\n\nDorothea Vance\nExecutive Assistant to the CFO",
        ("Halvard Brekke", "halvard.brekke@quillmere.example"),
        organizer=_RECRUITER,
    )
    assert ("Halvard Brekke", "decision_maker", True) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "I own the shop and you'd be working directly for me.",
        "Quick chat about the line cook opening; you'd be running the grill under me.",
        "I'd be managing this role day to day, so bring questions about the season.",
    ],
)
def test_the_writer_who_says_you_would_work_for_them_is_marked(sentence: str) -> None:
    found = _marks(
        f"Hi Alex - {sentence}\n\nOrla Finnegan\nOwner, Finnegan's Kitchen",
        organizer=("Orla Finnegan", "orla@finneganskitchen.example"),
    )
    assert found == {("Orla Finnegan", "decision_maker", True)}


def test_a_writer_who_only_talks_to_you_is_not_marked() -> None:
    # Guard: "talk to me" is a call, not a reporting line.
    found = _marks(
        "Hi Alex - you'll be talking to me about the grill cook opening first.\n\n"
        "Orla Finnegan\nSous Chef, Finnegan's Kitchen",
        organizer=("Orla Finnegan", "orla@finneganskitchen.example"),
    )
    assert found == {("Orla Finnegan", "peer", False)}


def test_a_greeting_before_the_apposition_is_not_the_hiring_manager() -> None:
    # Guard: "Hi Alex, I've added X, who … and is the hiring manager": the name is X's.
    found = _marks(
        "Hi Alex, I've added Ines Albrecht, who runs our claims team and is the hiring manager, "
        "to the call.\n\nDorothea Vance\nRecruiting Partner, Quillmere",
        _INES,
        organizer=_RECRUITER,
    )
    assert ("Ines Albrecht", "decision_maker", True) in found


@pytest.mark.parametrize(
    "line",
    [
        "Noel Sato, Plant Manager — your would-be manager",
        "Noel Sato (Plant Manager and would-be manager)",
    ],
)
def test_a_would_be_manager_is_the_mark(line: str) -> None:
    assert [(p.name, p.title, p.hiring_manager) for p in parse_people(line)] == [
        ("Noel Sato", "Plant Manager", True)
    ]
