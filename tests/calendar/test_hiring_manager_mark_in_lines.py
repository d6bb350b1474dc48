"""The hiring-manager mark (issue 16), on invites written for each mechanism (each test failed
before its fix): "leads the team you'd join", "would be your manager", "you'd report to", "the
role reports into her", "the role reports to me", "your supervisor" in a relative clause, working
for someone written beside them, the mark in parentheses (a second one, on a bullet line, "your
future manager"), in its own cell after the person, before the title and the next person met, as
tools and people write it, a booking page's "hiring manager chat"; an executive stays an
executive; a report to head office is no mark, the job by its title reporting to them still is."""

from __future__ import annotations

from typing import Any

import pytest

from app.calendar.names import parse_people
from tests.calendar.helpers import google_event, only_interview
from tests.calendar.invite_builders import (
    END_JUN02,
    END_JUN16,
    END_SEP08,
    START_JUN02,
    START_JUN16,
    START_SEP08,
    _hotel,
    _interviewers_in,
    _lineup,
    _manager_sentence,
    _roles_and_marks,
    _sender_letter,
)


def test_leading_the_team_you_would_join_marks_the_hiring_manager() -> None:
    found = _manager_sentence(
        "Tomás leads the team you'd join, so expect questions on the roadmap.",
        ("Tomás Ibarra", "tomas.ibarra@brightmoor.com"),
        "Interview: Tomás Ibarra / Alex Morgan",
    )
    assert _roles_and_marks(found) == [("Tomás Ibarra", None, "decision_maker", True)]


def test_would_be_your_manager_marks_the_one_named_in_the_sentence() -> None:
    found = _manager_sentence(
        "Keiko Sato will run it; she runs the analytics group and would be your manager.",
        ("Keiko Sato", "keiko.sato@brightmoor.com"),
        "Interview - Analytics Engineer",
    )
    assert _roles_and_marks(found) == [("Keiko Sato", None, "decision_maker", True)]


def test_reporting_to_marks_the_name_after_it() -> None:
    found = _manager_sentence(
        "You'd report to Ruth Okafor, who will join us.",
        ("Ruth Okafor", "ruth.okafor@brightmoor.com"),
        "Interview - Analytics Engineer",
    )
    assert _roles_and_marks(found) == [("Ruth Okafor", None, "decision_maker", True)]


def test_an_executive_you_would_work_for_stays_an_executive() -> None:
    found = _manager_sentence(
        "Rosa would be your manager in the Operations Manager role.",
        ("Rosa Delgado", "rosa.delgado@brightmoor.com"),
        "Interview with Rosa Delgado (VP Operations)",
    )
    assert _roles_and_marks(found) == [("Rosa Delgado", "VP Operations", "executive", False)]


def test_a_second_parenthesis_marking_the_hiring_manager_marks_them() -> None:
    page = google_event(
        "Onsite - Platform Engineer - Larkhill",
        "Your schedule:\n"
        "10:00 - 10:45  Noa Friedman (Senior Platform Engineer) - Systems\n"
        "10:45 - 11:30  Idris Balogun (Manager, Platform) (HM) - Experience\n\n"
        "Best,\nKai Lund\nRecruiting Coordinator, Larkhill",
        ("Kai Lund", "kai.lund@larkhill.io"),
        ("Noa Friedman", "noa.friedman@larkhill.io"),
        ("Idris Balogun", "idris.balogun@larkhill.io"),
        start="2026-05-25T10:00:00-04:00",
        end="2026-05-25T11:30:00-04:00",
    )
    marks = {i.name: i.hiring_manager for i in only_interview(page).interviewers}
    assert marks == {"Noa Friedman": False, "Idris Balogun": True}


THE_MARK_BESIDE_A_TITLE_IN_A_LINE = [
    pytest.param(
        google_event(
            "Second round - Brand Designer",
            "Hi Alex,\n\nThis round you'll talk with Clio Marsh, the hiring manager and our "
            "Head of "
            "Brand, and with Ravi Sen, a Senior Brand Designer on her team.\n\n"
            "Noa Adler\nRecruiter, Tallgrass",
            ("Noa Adler", "noa.adler@tallgrass.co"),
            ("Clio Marsh", "clio.marsh@tallgrass.co"),
            ("Ravi Sen", "ravi.sen@tallgrass.co"),
            start=START_JUN02,
            end=END_JUN02,
        ),
        [
            ("Clio Marsh", "Head of Brand", True),
            ("Ravi Sen", "Senior Brand Designer", False),
        ],
        id="the_mark_then_the_title_and_the_next_person_met",
    ),
    pytest.param(
        google_event(
            "Technical Interview – Alex Morgan",
            "Who you'll meet 👇\n• Lena Brandt — Staff Engineer\n• Kwame Osei — Engineering "
            "Manager (your future manager)\n\nRecruiter: Ivy Chan",
            ("Ivy Chan", "ivy@quillstack.io"),
            ("Lena Brandt", "lena@quillstack.io"),
            ("Kwame Osei", "kwame@quillstack.io"),
            start=START_JUN02,
            end=END_JUN02,
        ),
        [
            ("Lena Brandt", "Staff Engineer", False),
            ("Kwame Osei", "Engineering Manager", True),
        ],
        id="the_mark_in_parentheses_on_a_bullet_line",
    ),
]


@pytest.mark.parametrize(("page", "expected"), THE_MARK_BESIDE_A_TITLE_IN_A_LINE)
def test_the_mark_beside_a_title_in_a_line(
    page: dict[str, Any], expected: list[tuple[Any, ...]]
) -> None:
    assert [
        (i.name, i.title, i.hiring_manager) for i in only_interview(page).interviewers
    ] == expected


def test_your_future_manager_in_parentheses_is_the_mark() -> None:

    (p,) = parse_people("Ada Nwosu, Data Science Manager (your future manager)")
    assert (p.name, p.title, p.hiring_manager) == ("Ada Nwosu", "Data Science Manager", True)


def test_a_booking_page_s_event_name_says_hiring_manager_chat() -> None:
    page = google_event(
        "Alex Morgan and Sunniva Dahl",
        "Event Name: Hiring manager chat - Platform Engineer\n\nA 30-minute conversation with "
        "Sunniva Dahl, Director of Engineering at Kelpworks.\n\nNeed to make changes to this "
        "event?\nCancel: https://calendly.com/cancellations/x1\n\nPowered by Calendly.com",
        ("Sunniva Dahl", "sunniva@kelpworks.io"),
        ("Sunniva Dahl", "sunniva@kelpworks.io"),
        start=START_JUN02,
        end=END_JUN02,
    )
    assert [(i.name, i.hiring_manager) for i in only_interview(page).interviewers] == [
        ("Sunniva Dahl", True)
    ]


@pytest.mark.parametrize(
    ("description", "title"),
    [
        pytest.param(
            "Hi Alex,\n\nYou'll be meeting Solveig Brekke (Head of Fleet Planning - the role "
            "reports into her) and Arvid Lien (Route Analyst).\n\nMarit Solberg\nHR Advisor",
            "Head of Fleet Planning",
            id="the_role_reports_into_her",
        ),
        pytest.param(
            "Hi Alex,\n\n9:00-9:30 - Arvid Lien, Route Analyst\n9:30-10:00 - Dr. Solveig Brekke, "
            "VP Operations (the role would report to Solveig)\n\nThanks!\nMarit Solberg, HR",
            "VP Operations",
            id="the_role_would_report_to_a_name",
        ),
    ],
)
def test_where_the_job_sits_is_the_hiring_manager_mark(description: str, title: str) -> None:
    found = _interviewers_in(
        description,
        ("Solveig Brekke", "solveig.brekke@fjordline-logistics.no"),
        ("Arvid Lien", "arvid.lien@fjordline-logistics.no"),
    )
    by_name = {p.name: p for p in found}
    assert by_name["Solveig Brekke"].title == title
    assert by_name["Solveig Brekke"].hiring_manager
    assert not by_name["Arvid Lien"].hiring_manager


def test_a_title_the_writer_gives_in_parentheses_ends_before_here() -> None:
    found = _sender_letter(
        "Hi Alex,\n\nI'll kick things off (I'm the People Partner here) and Arvid Lien, our Route "
        "Planning Manager, joins for the second half - he'd be your manager.\n\nMarit"
    )
    by_name = {p.name: p for p in found}
    assert by_name["Marit Solberg"].title == "People Partner"
    assert by_name["Arvid Lien"].hiring_manager


def test_the_hiring_manager_mark_in_its_own_cell_after_the_person() -> None:
    page = google_event(
        "Virtual onsite - Alex Morgan - Operations Analyst",
        "Schedule:\n\n9:00am - 9:30am | Arvid Lien, Route Analyst | Case study\n"
        "9:30am - 10:00am | Solveig Brekke, Operations Manager, Fleet - Hiring Manager | Values\n",
        ("Marit Solberg", "marit.solberg@fjordline-logistics.no"),
        ("Arvid Lien", "arvid.lien@fjordline-logistics.no"),
        ("Solveig Brekke", "solveig.brekke@fjordline-logistics.no"),
        start=START_JUN16,
        end=END_JUN16,
    )
    marks = {p.name: p.hiring_manager for p in only_interview(page).interviewers}
    assert marks == {"Arvid Lien": False, "Solveig Brekke": True}


def test_the_role_reports_to_me_is_the_writers_mark() -> None:
    page = google_event(
        "Alex / Solveig - chat about the Fleet Analyst role",
        "Hi Alex - the Fleet Analyst role reports to me, so this is a chance for both of us to "
        "see if it fits.\n\nSolveig\nFleet Planning Director, Fjordline",
        ("Solveig Brekke", "solveig.brekke@fjordline-logistics.no"),
        ("Solveig Brekke", "solveig.brekke@fjordline-logistics.no"),
        start=START_JUN16,
        end=END_JUN16,
    )
    (only,) = only_interview(page).interviewers
    assert only.hiring_manager


def test_a_relative_clause_gives_the_title_and_your_supervisor_the_mark() -> None:
    found = _interviewers_in(
        "Dear Mr Alex,\n\nOn the meeting will be present Arvid Lien which is our Fleet Team "
        "Leader and will be your direct supervisor, and Solveig Brekke, Senior Route Analyst.\n\n"
        "With regards,\nMarit Solberg\nHR Specialist",
        ("Arvid Lien", "arvid.lien@fjordline-logistics.no"),
        ("Solveig Brekke", "solveig.brekke@fjordline-logistics.no"),
    )
    by_name = {p.name: p for p in found}
    assert by_name["Arvid Lien"].title == "Fleet Team Leader"
    assert by_name["Arvid Lien"].hiring_manager
    assert not by_name["Solveig Brekke"].hiring_manager


def test_a_person_line_reads_its_title_whole_and_the_mark_apart() -> None:
    # A title continued after "&" is cleaned as a whole (the slot length is no title); a comma
    # part that only says "hiring manager for this role" is the mark, not more title; a
    # nickname in quotes does not stop the line being one person.
    found = _lineup(
        "Hi Alex,\n\nYour onsite lineup:\n\n"
        "Rupert Vance — Founder & CTO (45 min)\n"
        'Josephine "Jo" Adair — Director of Infrastructure, hiring manager for this role '
        "(60 min)\n\nBettina Okafor\nTalent Partner, Quillon",
        ("Rupert Vance", "rupert@quillon.dev"),
        ("Josephine Adair", "jo@quillon.dev"),
    )
    assert found["Rupert Vance"].title == "Founder & CTO"
    (adair,) = [p for p in found.values() if p.email == "jo@quillon.dev"]
    assert adair.title == "Director of Infrastructure"
    assert adair.hiring_manager


def test_working_for_someone_written_beside_them_is_the_mark() -> None:
    found = _lineup(
        "<p>You'll meet:</p><ul><li>Cassius Obi - Platform Lead (you'd be reporting to "
        "Cassius)</li><li>Mirela Dragan - SRE</li></ul>",
        (None, "cassius@quillon.dev"),
        (None, "mirela@quillon.dev"),
    )
    assert found["Cassius Obi"].hiring_manager
    assert found["Cassius Obi"].title == "Platform Lead"
    assert not found["Mirela Dragan"].hiring_manager
    found = _lineup(
        "You'll meet:\n* Cassius Obi (Platform Lead; you would work for Cassius)\n"
        "* Mirela Dragan (SRE; you will pair with Mirela on a small task)",
        ("Cassius Obi", "cassius@quillon.dev"),
        ("Mirela Dragan", "mirela@quillon.dev"),
    )
    assert found["Cassius Obi"].hiring_manager
    assert found["Cassius Obi"].title == "Platform Lead"
    assert found["Mirela Dragan"].title == "SRE"
    assert not found["Mirela Dragan"].hiring_manager


def test_the_hiring_manager_as_tools_and_people_write_it() -> None:
    # "Hiring Lead:" labels the hiring manager (JazzHR, Workable); "(your direct supervisor)"
    # and "- the Night Auditor reports to Anneke" beside a person are the mark; a label and
    # its value in two cells of a table row ("Interviewer(s)  …") need no colon.
    page = google_event(
        "Interview - Night Auditor - Alex Morgan",
        "Hiring Lead: Brannagh Doyle (Rooms Division Manager)\n\n"
        "Interviewers  Anneke Visser (Front Office Manager) - the Night Auditor reports to "
        "Anneke; Tomasz Krol, Revenue Analyst\n\n"
        "Joining: Ilse Brandt, Guest Relations Manager (your direct supervisor)",
        ("Harbourview Hotel Careers", "careers@harbourviewhotel.ie"),
        ("Brannagh Doyle", "bdoyle@harbourviewhotel.ie"),
        ("Anneke Visser", "avisser@harbourviewhotel.ie"),
        ("Tomasz Krol", "tkrol@harbourviewhotel.ie"),
        ("Ilse Brandt", "ibrandt@harbourviewhotel.ie"),
        start=START_SEP08,
        end=END_SEP08,
    )
    by_name = {p.name: p for p in only_interview(page).interviewers}
    assert by_name["Brannagh Doyle"].hiring_manager
    assert by_name["Anneke Visser"].hiring_manager
    assert by_name["Anneke Visser"].title == "Front Office Manager"
    assert by_name["Ilse Brandt"].hiring_manager
    assert by_name["Ilse Brandt"].title == "Guest Relations Manager"
    assert not by_name["Tomasz Krol"].hiring_manager


def test_a_report_to_head_office_is_no_hiring_manager_mark() -> None:
    marks = _hotel(
        "Interviewers: Bryony Kemp (Rooms Division Manager) - she can show you the weekly "
        "occupancy report to the owners; Anwar Haddad, Night Manager"
    )
    assert marks == {"Bryony Kemp": False, "Anwar Haddad": False}


def test_the_job_by_its_title_reporting_to_them_is_still_the_mark() -> None:
    marks = _hotel(
        "Interviewers: Bryony Kemp (Rooms Division Manager) - the Reservations Agent reports "
        "to Bryony; Anwar Haddad, Night Manager"
    )
    assert marks["Bryony Kemp"]
