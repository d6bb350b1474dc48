"""Twelfth extraction round (issue 16, fresh-9 read by mechanism): invites written for each
mechanism, each failing before it. The grammar of a person line: capitals between a name and
its title are letters after the name, not a second person; words saying where the job sits
("the role reports into her", "the role would report to Wendell") are the hiring-manager mark,
not part of the title."""

from __future__ import annotations

from app.calendar.model import Interviewer
from tests.calendar.helpers import google_event, only_interview

START = "2026-06-16T09:00:00-04:00"
END = "2026-06-16T10:00:00-04:00"


def _people(description: str, *guests: tuple[str, str]) -> list[Interviewer]:
    page = google_event(
        "Interview - Alex Morgan - Operations Analyst",
        description,
        ("Marit Solberg", "marit.solberg@fjordline-logistics.no"),
        *guests,
        start=START,
        end=END,
    )
    return list(only_interview(page).interviewers)


def test_capital_letters_after_a_name_are_not_a_second_person() -> None:
    found = _people(
        "Hi Alex,\n\nYou are invited to a video interview with Ragnhild Aas, MS, LCSW, Clinical "
        "Services Manager. I will open the call.\n\nMarit Solberg\nHR Advisor",
        ("Ragnhild Aas", "ragnhild.aas@fjordline-logistics.no"),
    )
    names = [p.name for p in found]
    assert "LCSW" not in names and "MS" not in names
    (aas,) = [p for p in found if p.name == "Ragnhild Aas"]
    assert aas.title == "Clinical Services Manager"


def test_where_the_job_sits_is_the_hiring_manager_mark() -> None:
    found = _people(
        "Hi Alex,\n\nYou'll be meeting Solveig Brekke (Head of Fleet Planning - the role "
        "reports into her) and Arvid Lien (Route Analyst).\n\nMarit Solberg\nHR Advisor",
        ("Solveig Brekke", "solveig.brekke@fjordline-logistics.no"),
        ("Arvid Lien", "arvid.lien@fjordline-logistics.no"),
    )
    by_name = {p.name: p for p in found}
    assert by_name["Solveig Brekke"].title == "Head of Fleet Planning"
    assert by_name["Solveig Brekke"].hiring_manager
    assert not by_name["Arvid Lien"].hiring_manager
    found = _people(
        "Hi Alex,\n\n9:00-9:30 - Arvid Lien, Route Analyst\n9:30-10:00 - Dr. Solveig Brekke, VP "
        "Operations (the role would report to Solveig)\n\nThanks!\nMarit Solberg, HR",
        ("Solveig Brekke", "solveig.brekke@fjordline-logistics.no"),
        ("Arvid Lien", "arvid.lien@fjordline-logistics.no"),
    )
    by_name = {p.name: p for p in found}
    assert by_name["Solveig Brekke"].title == "VP Operations"
    assert by_name["Solveig Brekke"].hiring_manager
    assert not by_name["Arvid Lien"].hiring_manager


def _sender_letter(description: str) -> list[Interviewer]:
    page = google_event(
        "Interview - Alex Morgan - Operations Analyst",
        description,
        ("Marit Solberg", "marit.solberg@fjordline-logistics.no"),
        ("Marit Solberg", "marit.solberg@fjordline-logistics.no"),
        ("Arvid Lien", "arvid.lien@fjordline-logistics.no"),
        start=START,
        end=END,
    )
    return list(only_interview(page).interviewers)


def test_the_writer_joined_to_a_named_person_is_met() -> None:
    for said in (
        "Arvid Lien, Head of Route Planning, and I will interview you.",
        "I'll kick things off and then Arvid Lien (Head of Route Planning) takes over.",
        "The panel will be myself and Arvid Lien, Head of Route Planning.",
    ):
        found = _sender_letter(f"Hi Alex,\n\n{said}\n\nMarit Solberg\nHR Advisor")
        assert {p.name for p in found} == {"Marit Solberg", "Arvid Lien"}, said
    # Without such words the recruiter who writes is not among those met.
    found = _sender_letter(
        "Hi Alex,\n\nArvid Lien, Head of Route Planning, will interview you.\n\n"
        "Marit Solberg\nHR Advisor"
    )
    assert [p.name for p in found] == ["Arvid Lien"]


def test_a_title_the_writer_gives_in_parentheses_ends_before_here() -> None:
    found = _sender_letter(
        "Hi Alex,\n\nI'll kick things off (I'm the People Partner here) and Arvid Lien, our Route "
        "Planning Manager, joins for the second half - he'd be your manager.\n\nMarit"
    )
    by_name = {p.name: p for p in found}
    assert by_name["Marit Solberg"].title == "People Partner"
    assert by_name["Arvid Lien"].hiring_manager


def test_a_title_written_before_the_name_in_a_schedule_row() -> None:
    page = google_event(
        "Alex Morgan: Onsite (Route Analyst) @ Fjordline",
        "Route Analyst onsite\n\n"
        "10:00 Network design — Senior Route Analyst Solveig Brekke\n"
        "10:45 Team & values — Head of Fleet Planning Arvid Lien\n\n"
        "Your recruiter is Marit Solberg.",
        ("Fjordline Recruiting", "recruiting@fjordline-logistics.no"),
        (None, "sb@fjordline-logistics.no"),
        (None, "al@fjordline-logistics.no"),
        start=START,
        end="2026-06-16T11:30:00-04:00",
    )
    found = {p.name: p.title for p in only_interview(page).interviewers}
    assert found == {
        "Solveig Brekke": "Senior Route Analyst",
        "Arvid Lien": "Head of Fleet Planning",
    }


def test_words_before_a_firm_are_no_title_first() -> None:
    # "Head of Powertrain Validation" and "Manager at Brindle Works" end in no name.
    found = _people(
        "Your interview partners:\nRagnhild Aas, Head of Powertrain Validation\n"
        "Arvid Lien, Talent Manager at Brindle Works",
        ("Ragnhild Aas", "ragnhild.aas@fjordline-logistics.no"),
        ("Arvid Lien", "arvid.lien@fjordline-logistics.no"),
    )
    titles = {p.name: p.title for p in found}
    assert "Powertrain Validation" not in titles and "Brindle Works" not in titles
    assert titles["Ragnhild Aas"] == "Head of Powertrain Validation"


def test_a_sentence_of_people_runs_over_an_initial() -> None:
    page = google_event(
        "Interview - Alex Morgan - Science Teacher",
        "Dear Alex\n\nAfter a short lesson you will have a panel interview with Mrs K. Aasen "
        "(Principal) and Mr. T. Lien (Head of Science).\n\nYours sincerely\nMarit Solberg",
        ("Office - Fjordvik School", "office@fjordvik.example.no"),
        start=START,
        end=END,
    )
    found = {p.name: p.title for p in only_interview(page).interviewers}
    assert found == {"K. Aasen": "Principal", "T. Lien": "Head of Science"}


def test_a_stacked_entry_gives_the_title_on_the_line_under_the_name() -> None:
    found = _people(
        "Session: Route modelling\nInterviewer\nDr. Solveig Brekke, PhD\nPrincipal Route "
        "Scientist\n\nCandidate\nAlex Morgan",
        ("Dr. Solveig Brekke", "solveig.brekke@fjordline-logistics.no"),
    )
    titles = {p.name: p.title for p in found}
    assert titles["Solveig Brekke"] == "Principal Route Scientist"


def test_recruiting_staff_named_by_their_team_or_as_scheduler() -> None:
    page = google_event(
        "Interview - Alex Morgan",
        "Alex,\n\nArvid Lien (Route Analyst) and I look forward to speaking with you about the "
        "Operations Analyst position. Ingeborg Dahl from our talent team will follow up with "
        "next steps afterwards.\n\nSolveig Brekke\nHead of Fleet Planning",
        ("Solveig Brekke", "solveig.brekke@fjordline-logistics.no"),
        ("Arvid Lien", "arvid.lien@fjordline-logistics.no"),
        start=START,
        end=END,
    )
    recruiter = only_interview(page).recruiter
    assert recruiter is not None and recruiter.name == "Ingeborg Dahl"
    page = google_event(
        "Panel Interview - Operations Analyst",
        "Candidate: Alex Morgan\nInterviewer: Arvid Lien\nInterviewer Title: Route Analyst\n\n"
        "Scheduler: Ingeborg Dahl\n\nThis is a system generated message.",
        ("Fjordline Talent Acquisition", "talent@fjordline-logistics.no"),
        ("Arvid Lien", "arvid.lien@fjordline-logistics.no"),
        start=START,
        end=END,
    )
    recruiter = only_interview(page).recruiter
    assert recruiter is not None and recruiter.name == "Ingeborg Dahl"


def test_the_hiring_manager_mark_in_its_own_cell_after_the_person() -> None:
    page = google_event(
        "Virtual onsite - Alex Morgan - Operations Analyst",
        "Schedule:\n\n9:00am - 9:30am | Arvid Lien, Route Analyst | Case study\n"
        "9:30am - 10:00am | Solveig Brekke, Operations Manager, Fleet - Hiring Manager | Values\n",
        ("Marit Solberg", "marit.solberg@fjordline-logistics.no"),
        ("Arvid Lien", "arvid.lien@fjordline-logistics.no"),
        ("Solveig Brekke", "solveig.brekke@fjordline-logistics.no"),
        start=START,
        end=END,
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
        start=START,
        end=END,
    )
    (only,) = only_interview(page).interviewers
    assert only.hiring_manager


def test_a_relative_clause_gives_the_title_and_your_supervisor_the_mark() -> None:
    found = _people(
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


def test_an_html_table_row_of_name_and_title_cells() -> None:
    page = google_event(
        "Interview - Alex Morgan - Operations Analyst",
        "<p>Hi Alex!</p><p>Welcome to an interview for the role <b>Operations Analyst</b>.</p>"
        "<table><tr><td>Solveig Brekke</td><td>Fleet Planning Lead</td></tr>"
        "<tr><td>Arvid Lien</td><td>Route Analyst</td></tr></table>",
        ("Fjordline", "noreply@teamtailor.com"),
        ("Solveig Brekke", "solveig.brekke@fjordline-logistics.no"),
        ("Arvid Lien", "arvid.lien@fjordline-logistics.no"),
        start=START,
        end=END,
    )
    found = {p.name: p.title for p in only_interview(page).interviewers}
    assert found == {"Solveig Brekke": "Fleet Planning Lead", "Arvid Lien": "Route Analyst"}


def test_recruiting_staff_who_sign_for_a_no_reply_tool_are_the_recruiter() -> None:
    page = google_event(
        "Interview - Alex Morgan - Operations Analyst",
        "Hi Alex!\n\nWelcome to an interview for the Operations Analyst role with Arvid Lien, "
        "Route Analyst.\n\nBest regards,\nIngeborg Dahl\nTalent Acquisition, Fjordline",
        ("Fjordline", "noreply@teamtailor.com"),
        ("Arvid Lien", "arvid.lien@fjordline-logistics.no"),
        start=START,
        end=END,
    )
    recruiter = only_interview(page).recruiter
    assert recruiter is not None and (recruiter.name, recruiter.email) == ("Ingeborg Dahl", None)
