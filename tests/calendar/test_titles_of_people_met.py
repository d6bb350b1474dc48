"""Titles and roles of the people met (issue 16), on invites written for each mechanism (each test
failed before its fix): where a title ends (a topic cell, a web address, words in parentheses, a
sector or a unit after a comma or dash, a slot's time, an id label, a lower-case clause, "and
where", a clause after it), where it is read (title first on a line, in a schedule row, before a
style and a name in prose, under the name when stacked, below a French sign-off, with its English
gloss), post-nominal letters and styles that belong to the name ("PhD", "PharmD, BCOP", "Dr.",
"Sister"), and the roles titles give (a school's principal or a branch's manager decides, a
consultancy's principal is a peer, a store manager runs a store, chairing a department)."""

from __future__ import annotations

from typing import Any

import pytest

from app.calendar.names import parse_people
from app.calendar.titles import role_of
from app.playbook.roles import Role, classify_title
from tests.calendar.helpers import google_event, only_event, only_interview
from tests.calendar.invite_builders import (
    END_JUN02,
    END_JUN09,
    END_JUN16,
    END_SEP08,
    ORGANIZER,
    START_JUN02,
    START_JUN09,
    START_JUN16,
    START_SEP08,
    _google,
    _interviewers_by_name,
    _interviewers_in,
    _roles_and_marks,
    _titles,
    _writer_met,
)


def test_a_person_who_runs_a_branch_of_shops_is_a_decision_maker() -> None:
    iv = only_event(
        _google(
            "Interview: Sales Associate",
            "Interviewer: Colm Byrne, Store Manager\nPlease arrive ten minutes early.",
            ("Fernway Stores Careers", "careers@fernwaystores.com"),
            ("Colm Byrne", "colm.byrne@fernwaystores.com"),
        )
    )
    (colm,) = iv.interviewers
    assert (colm.title, str(colm.role)) == ("Store Manager", "decision_maker")


def test_a_lower_case_clause_after_a_dash_is_not_a_title() -> None:
    from app.calendar.names import parse_people

    (p,) = parse_people("Ingrid Solberg - bring a laptop and questions")
    assert (p.name, p.title) == ("Ingrid Solberg", None)
    (q,) = parse_people("Ingrid Solberg - senior data engineer")
    assert q.title == "senior data engineer"


def test_a_topic_cell_after_the_title_is_not_part_of_it() -> None:
    page = google_event(
        "Onsite interview - Data Engineer",
        "Your day at Harbourline:\n"
        "09:00-09:45  Ana Ruiz - Staff Data Engineer - Pipeline walkthrough\n"
        "10:00-10:45  Bo Lindgren - Engineering Manager, Ingestion - Team and ways of working\n",
        ("Cleo Park", "cleo.park@harbourline.com"),
        ("Ana Ruiz", "ana.ruiz@harbourline.com"),
        ("Bo Lindgren", "bo.lindgren@harbourline.com"),
        start="2026-04-08T09:00:00-04:00",
        end="2026-04-08T11:00:00-04:00",
    )
    titles = {i.name: i.title for i in only_interview(page).interviewers}
    assert titles["Ana Ruiz"] == "Staff Data Engineer"
    assert titles["Bo Lindgren"] == "Engineering Manager, Ingestion"


def test_a_title_that_goes_on_keeps_its_words() -> None:
    # The words after the dash read as a title: they are part of it, not a topic.
    page = google_event(
        "Onsite interview",
        "09:00-09:45  Ana Ruiz - Senior Engineer - Data Platform Engineering Lead\n",
        ("Cleo Park", "cleo.park@harbourline.com"),
        ("Ana Ruiz", "ana.ruiz@harbourline.com"),
        start="2026-04-08T09:00:00-04:00",
        end="2026-04-08T10:00:00-04:00",
    )
    (ana,) = only_interview(page).interviewers
    assert ana.title == "Senior Engineer - Data Platform Engineering Lead"


A_PRINCIPAL_DECIDES_AT_A_SCHOOL_NOT_AT_A_CONSULTANCY = [
    pytest.param(
        google_event(
            "Interview - Year 4 Teacher",
            "Dear Alex,\n\nYou will meet Principal Dana Whitlock in the library at Oakridge "
            "Elementary School. Please bring a sample lesson plan.",
            ("Oakridge Office", "office@oakridge-elementary.org"),
            ("Dana Whitlock", "dwhitlock@oakridge-elementary.org"),
            start="2026-05-12T15:30:00-04:00",
            end="2026-05-12T16:15:00-04:00",
        ),
        [("Dana Whitlock", "Principal", "decision_maker", False)],
        id="a_schools_principal_is_a_decision_maker",
    ),
    pytest.param(
        google_event(
            "Case interview (Round 1) - Corvane Advisory",
            "Case interview with Elena Rossi, Principal\nPlease bring a calculator.",
            ("Ian Frost", "ian.frost@corvane.com"),
            ("Elena Rossi", "elena.rossi@corvane.com"),
            start="2026-05-12T10:00:00-04:00",
            end="2026-05-12T11:00:00-04:00",
        ),
        [("Elena Rossi", "Principal", "peer", False)],
        id="a_consultancys_principal_stays_a_peer",
    ),
]


@pytest.mark.parametrize(("page", "expected"), A_PRINCIPAL_DECIDES_AT_A_SCHOOL_NOT_AT_A_CONSULTANCY)
def test_a_principal_decides_at_a_school_not_at_a_consultancy(
    page: dict[str, Any], expected: list[tuple[Any, ...]]
) -> None:
    assert _roles_and_marks(only_interview(page)) == expected


def test_a_store_manager_runs_a_store() -> None:
    # PLAYBOOK §4: only titles that merely contain "manager" are individual contributors; a
    # store manager leads the store's staff.
    assert classify_title("Store Manager") is Role.DECISION_MAKER
    assert classify_title("Assistant Store Manager") is Role.DECISION_MAKER
    assert classify_title("Shift Manager") is Role.DECISION_MAKER  # runs the shift's crew


def test_a_line_with_the_title_first_names_the_person() -> None:
    page = google_event(
        "Shift Supervisor interview - Pinecone Grocers #12",
        "Meeting with:\nDeputy Store Manager - Ifeoma Chukwu\n\nPlease bring your availability.",
        ("Pinecone Grocers Hiring", "hiring@pineconegrocers.com"),
        ("Ifeoma Chukwu", "ifeoma.chukwu@pineconegrocers.com"),
        start="2026-06-09T09:00:00-04:00",
        end="2026-06-09T09:30:00-04:00",
    )
    (ifeoma,) = only_interview(page).interviewers
    assert (ifeoma.name, ifeoma.title) == ("Ifeoma Chukwu", "Deputy Store Manager")


NAMES_AND_TITLES_READ_FROM_THE_LINE = [
    # "Interviewer Title: QA Manager, Dairy Plant": the label's value is the title of the
    # person named on the line before; "Dairy Plant" is not a person.
    pytest.param(
        google_event(
            "Interview - Quality Assurance Specialist",
            "Interviewer Name: Hanna Lindgren\nInterviewer Title: QA Manager, Dairy Plant\n",
            ("Meridia Recruiting", "recruiting@meridiafoods.com"),
            ("Hanna Lindgren", "hanna.lindgren@meridiafoods.com"),
            start="2026-06-09T09:00:00-04:00",
            end="2026-06-09T09:30:00-04:00",
        ),
        [("Hanna Lindgren", "QA Manager, Dairy Plant")],
        id="a_label_line_is_not_read_title_first",
    ),
    pytest.param(
        google_event(
            "Intro call",
            "Event Name: Intro call\n\nTariq Haddad is the co-founder of Brinefield and takes "
            "these calls himself.\n\nPowered by Calendly.com",
            ("Tariq Haddad", "tariq@brinefield.com"),
            ("Tariq Haddad", "tariq@brinefield.com"),
            start=START_JUN02,
            end=END_JUN02,
        ),
        [("Tariq Haddad", "co-founder")],
        id="a_title_said_of_someone_invited",
    ),
]


@pytest.mark.parametrize(("page", "expected"), NAMES_AND_TITLES_READ_FROM_THE_LINE)
def test_names_and_titles_read_from_the_line(
    page: dict[str, Any], expected: list[tuple[str | None, str | None]]
) -> None:
    assert [(i.name, i.title) for i in only_interview(page).interviewers] == expected


def test_a_slots_time_after_a_title_and_an_id_label_after_a_position_are_dropped() -> None:
    page = google_event(
        "Virtual onsite - Site Reliability Engineer (ID 7C3A) - Quillmark",
        "Hi Alex,\n\nYour conversations:\n"
        "1. Tove Lindahl, Staff SRE (2:00)\n"
        "2. Marek Dvořák, Engineering Manager (2:45 pm)\n\n"
        "Best,\nJuno Park\nRecruiter, Quillmark",
        ("Juno Park", "juno.park@quillmark.io"),
        ("Tove Lindahl", "tove.lindahl@quillmark.io"),
        ("Marek Dvořák", "marek.dvorak@quillmark.io"),
        start="2026-05-19T14:00:00-04:00",
        end="2026-05-19T15:30:00-04:00",
    )
    found = only_interview(page)
    assert [(i.name, i.title) for i in found.interviewers] == [
        ("Tove Lindahl", "Staff SRE"),
        ("Marek Dvořák", "Engineering Manager"),
    ]
    assert found.position == "Site Reliability Engineer"


def test_a_web_address_after_a_title_is_not_part_of_it() -> None:
    page = google_event(
        "Final Interview | Data Engineer | Quarrystone",
        "Your interviewers:\nPaulina Ruiz, Director of Data — https://www.linkedin.com/in/pruiz\n"
        "Emeka Obi, Senior Data Engineer - linkedin.com/in/emekaobi",
        ("Quarrystone Recruiting", "recruiting@quarrystone.io"),
        ("Paulina Ruiz", "paulina@quarrystone.io"),
        ("Emeka Obi", "emeka@quarrystone.io"),
        start=START_JUN02,
        end=END_JUN02,
    )
    assert [i.title for i in only_interview(page).interviewers] == [
        "Director of Data",
        "Senior Data Engineer",
    ]


def test_one_of_our_names_a_title() -> None:
    page = google_event(
        "Interview: Platform Lead",
        "Hi Alex,\n\nAs the hiring manager I'd like to dig into your incident work. Ruth Ames, "
        "one of our site reliability engineers, will join for the second half.\n\n"
        "Ines Varga\nHead of Platform, Corvid Systems",
        ("Ines Varga", "ines.varga@corvid.systems"),
        ("Ines Varga", "ines.varga@corvid.systems"),
        ("Ruth Ames", "ruth.ames@corvid.systems"),
        start=START_JUN02,
        end=END_JUN02,
    )
    titles = {i.name: i.title for i in only_interview(page).interviewers}
    assert titles["Ruth Ames"] == "site reliability engineer"


def test_both_in_a_parenthesis_gives_each_name_the_title() -> None:
    page = google_event(
        "Take-home review",
        "Alex, Mina Cho and Lars Eek (both Staff Data Engineers) will go through your "
        "take-home with you.\n\nPia Holm\nRecruiting Coordinator, Fjordline",
        ("Pia Holm", "pia.holm@fjordline.no"),
        ("Mina Cho", "mina.cho@fjordline.no"),
        ("Lars Eek", "lars.eek@fjordline.no"),
        start=START_JUN02,
        end=END_JUN02,
    )
    titles = {i.name: i.title for i in only_interview(page).interviewers}
    assert titles == {"Mina Cho": "Staff Data Engineer", "Lars Eek": "Staff Data Engineer"}


def test_a_sister_s_style_is_not_part_of_her_name() -> None:
    from app.calendar.names import is_name

    assert is_name("Sr. Bernadette Kealy")
    page = google_event(
        "Interview for Clinical Nurse Specialist",
        "Dear Alex,\n\nPanel: Sr. Bernadette Kealy (Director of Nursing), Conor Walsh (Clinical "
        "Nurse Manager)\n\nHR Department\nSt. Brendan's Hospital",
        ("HR Department", "hr@stbrendans.ie"),
        ("Bernadette Kealy", "bernadette.kealy@stbrendans.ie"),
        ("Conor Walsh", "conor.walsh@stbrendans.ie"),
        start=START_JUN02,
        end=END_JUN02,
    )
    found = only_interview(page)
    assert [i.name for i in found.interviewers] == ["Bernadette Kealy", "Conor Walsh"]
    # The company is the hospital the letter names (its letters run on across "St. " and "'"),
    # not the sender's "HR Department".
    assert found.company == "St. Brendan's Hospital"


def test_a_team_after_a_title_in_a_signature_is_no_agency() -> None:
    page = google_event(
        "Chat about the Search Relevance Engineer role",
        "Hi Alex - I'm the hiring manager for this opening. Would love 30 minutes.\n\n"
        "Wen Li\nEngineering Manager, Search\nLanternway",
        ("Wen Li", "wen.li@lanternway.com"),
        ("Wen Li", "wen.li@lanternway.com"),
        start=START_JUN02,
        end=END_JUN02,
    )
    found = only_interview(page)
    assert [(i.title, i.hiring_manager) for i in found.interviewers] == [
        ("Engineering Manager, Search", True)
    ]
    assert found.recruiter is None


WHERE_A_TITLE_STARTS_AND_ENDS = [
    pytest.param(
        google_event(
            "Interview: Senior Formulation Scientist - Brackwater Labs",
            "Panel\n"
            "Dr. Wren Halloway, PhD - Principal Scientist (Hiring Manager)\n"
            "Osei Mensah, CPA (Finance Business Partner)\n"
            "Ilse Brandt, PE - Site Engineering Lead",
            ("Brackwater Labs", "no-reply@ashbyhq.com"),
            ("Wren Halloway", "whalloway@brackwaterlabs.com"),
            ("Osei Mensah", "omensah@brackwaterlabs.com"),
            ("Ilse Brandt", "ibrandt@brackwaterlabs.com"),
            start=START_JUN09,
            end=END_JUN09,
        ),
        [
            ("Wren Halloway", "Principal Scientist", True),
            ("Osei Mensah", "Finance Business Partner", False),
            ("Ilse Brandt", "Site Engineering Lead", False),
        ],
        id="post_nominal_letters_before_the_title",
    ),
    pytest.param(
        google_event(
            "Interview for Oncology Pharmacist (R0077120)",
            "Interviewer Name: Kiran Dutt, PharmD, BCOP\n"
            "Interviewer Title: Oncology Pharmacy Supervisor\n"
            "Interview Format: video",
            ("Saltmarsh Health Talent", "talent@saltmarshhealth.org"),
            ("Kiran Dutt", "kiran.dutt@saltmarshhealth.org"),
            start=START_JUN09,
            end=END_JUN09,
        ),
        [("Kiran Dutt", "Oncology Pharmacy Supervisor", False)],
        id="letters_after_the_name_in_an_interviewer_name_field",
    ),
    pytest.param(
        google_event(
            "Case interviews (Business Analyst) - Alex Morgan",
            "Confirming your case interviews:\n\n"
            "3:00pm ET - Tove Arnesen, Engagement Manager (pricing case)\n"
            "3:45pm ET - Idris Bello, Associate Partner (still finalising, may swap)",
            ("Rhea Castell", "rhea.castell@pellmanadvisory.com"),
            ("Tove Arnesen", "tove.arnesen@pellmanadvisory.com"),
            ("Idris Bello", "idris.bello@pellmanadvisory.com"),
            start=START_JUN09,
            end=END_JUN09,
        ),
        [
            ("Tove Arnesen", "Engagement Manager", False),
            ("Idris Bello", "Associate Partner", False),
        ],
        id="words_in_parentheses_after_a_title_are_not_part_of_it",
    ),
    pytest.param(
        google_event(
            "Virtual onsite - Product Designer",
            "Your plan for the day:\n\n"
            "9:00 - 9:45 AM | Design Manager, Checkout - Ruth Ambler (hiring manager)\n"
            "9:45 - 10:30 AM | Staff Product Designer - Iker Zubiri\n",
            ("Marta Oyelowo", "marta.oyelowo@tillerpay.com"),
            ("Ruth Ambler", "ruth.ambler@tillerpay.com"),
            ("Iker Zubiri", "iker.zubiri@tillerpay.com"),
            start=START_JUN09,
            end=END_JUN09,
        ),
        [
            ("Ruth Ambler", "Design Manager, Checkout", True),
            ("Iker Zubiri", "Staff Product Designer", False),
        ],
        id="a_schedule_row_with_the_title_cell_before_the_name",
    ),
    pytest.param(
        google_event(
            "Interview - Alex Morgan - Account Executive",
            "Interviewers\n"
            "Hollis Grant <hollis.grant@corvane.com> - Account Director, Public Sector\n"
            "Beatriz Souto <beatriz.souto@corvane.com> - Sales Engineer",
            ("Corvane Interview Scheduling", "interview-scheduling@corvane.com"),
            ("Hollis Grant", "hollis.grant@corvane.com"),
            ("Beatriz Souto", "beatriz.souto@corvane.com"),
            start=START_JUN09,
            end=END_JUN09,
        ),
        [
            ("Hollis Grant", "Account Director, Public Sector", False),
            ("Beatriz Souto", "Sales Engineer", False),
        ],
        id="a_sector_after_a_title_s_comma_is_no_second_person",
    ),
    pytest.param(
        google_event(
            "Vorstellungsgespräch / Interview: Calibration Engineer",
            "Your interview partners:\n"
            "Dr.-Ing. Ruprecht Lahm, Head of Test Benches\n"
            "Prof. Dr. Edda Sievers, Chief Engineer",
            ("Talent Team", "talent@kranwerk.de"),
            ("Dr. Ruprecht Lahm", "r.lahm@kranwerk.de"),
            ("Edda Sievers", "e.sievers@kranwerk.de"),
            start=START_JUN09,
            end=END_JUN09,
        ),
        [
            ("Ruprecht Lahm", "Head of Test Benches", False),
            ("Edda Sievers", "Chief Engineer", False),
        ],
        id="a_german_doctorate_before_a_name_is_a_style",
    ),
    pytest.param(
        google_event(
            "Interview – Alex Morgan / Idalia Ferrante (Operations Director)",
            "Alex, looking forward to our chat about the Operations Analyst role.\n\nIdalia",
            ("Idalia Ferrante", "idalia.ferrante@quaymoor.ie"),
            ("Idalia Ferrante", "idalia.ferrante@quaymoor.ie"),
            start=START_JUN09,
            end=END_JUN09,
        ),
        [("Idalia Ferrante", "Operations Director", False)],
        id="a_title_in_a_subject_that_pairs_the_user_with_someone",
    ),
    pytest.param(
        google_event(
            "Interview schedule for Ward Sister position",
            "Dear Alex,\n\nKindly find below the details for the interview with our Director of "
            "Nursing Mrs. Ruth Okafor for the Ward Sister position.\n\nRegards,\nDeepa Menon\n"
            "HR Executive",
            ("Deepa Menon", "deepa.menon@lakeshorecare.in"),
            ("Deepa Menon", "deepa.menon@lakeshorecare.in"),
            ("Ruth Okafor", "ruth.okafor@lakeshorecare.in"),
            start=START_JUN09,
            end=END_JUN09,
        ),
        [("Ruth Okafor", "Director of Nursing", False)],
        id="a_title_before_a_style_and_a_name_in_prose",
    ),
    pytest.param(
        google_event(
            "Next step: Field Sales Representative (North)",
            "Hi Alex,\n\nAs a next step for the Field Sales Representative (North) role, you'll "
            "meet Area Director Odile Fontaine, who would be your manager. Our VP of Sales, Bram "
            "Kuiper, may join the final round later on.\n\nSunita Rao\nSenior Recruiter, Veldmark",
            ("Sunita Rao", "sunita.rao@veldmark.com"),
            ("Sunita Rao", "sunita.rao@veldmark.com"),
            ("Odile Fontaine", "odile.fontaine@veldmark.com"),
            start=START_JUN09,
            end=END_JUN09,
        ),
        [("Odile Fontaine", "Area Director", True)],
        id="the_manager_said_after_a_title_and_an_executive_who_joins_a_later_round",
    ),
]


@pytest.mark.parametrize(("page", "expected"), WHERE_A_TITLE_STARTS_AND_ENDS)
def test_where_a_title_starts_and_ends(
    page: dict[str, Any], expected: list[tuple[Any, ...]]
) -> None:
    assert _titles(only_interview(page)) == expected


def test_a_list_that_writes_each_title_before_the_name() -> None:
    page = google_event(
        "Interview: Alex Morgan - Data Engineer - R0044120",
        "Position: Data Engineer\n"
        "Interviewers: Associate CTO Mira Kovac; Data Engineer Tobias Lund\n"
        "Recruiter: Ella Hart",
        ("Harrow College HR", "hr-recruiting@harrowcollege.edu"),
        ("Mira Kovac", "mkovac@harrowcollege.edu"),
        ("Tobias Lund", "tlund@harrowcollege.edu"),
        start=START_JUN09,
        end=END_JUN09,
    )
    found = only_interview(page)
    assert [(i.name, i.title) for i in found.interviewers] == [
        ("Mira Kovac", "Associate CTO"),
        ("Tobias Lund", "Data Engineer"),
    ]


def test_capital_letters_after_a_name_are_not_a_second_person() -> None:
    found = _interviewers_in(
        "Hi Alex,\n\nYou are invited to a video interview with Ragnhild Aas, MS, LCSW, Clinical "
        "Services Manager. I will open the call.\n\nMarit Solberg\nHR Advisor",
        ("Ragnhild Aas", "ragnhild.aas@fjordline-logistics.no"),
    )
    names = [p.name for p in found]
    assert "LCSW" not in names and "MS" not in names
    (aas,) = [p for p in found if p.name == "Ragnhild Aas"]
    assert aas.title == "Clinical Services Manager"


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
        start=START_JUN16,
        end="2026-06-16T11:30:00-04:00",
    )
    found = {p.name: p.title for p in only_interview(page).interviewers}
    assert found == {
        "Solveig Brekke": "Senior Route Analyst",
        "Arvid Lien": "Head of Fleet Planning",
    }


def test_words_before_a_firm_are_no_title_first() -> None:
    # "Head of Powertrain Validation" and "Manager at Brindle Works" end in no name.
    found = _interviewers_in(
        "Your interview partners:\nRagnhild Aas, Head of Powertrain Validation\n"
        "Arvid Lien, Talent Manager at Brindle Works",
        ("Ragnhild Aas", "ragnhild.aas@fjordline-logistics.no"),
        ("Arvid Lien", "arvid.lien@fjordline-logistics.no"),
    )
    titles = {p.name: p.title for p in found}
    assert "Powertrain Validation" not in titles and "Brindle Works" not in titles
    assert titles["Ragnhild Aas"] == "Head of Powertrain Validation"


def test_a_stacked_entry_gives_the_title_on_the_line_under_the_name() -> None:
    found = _interviewers_in(
        "Session: Route modelling\nInterviewer\nDr. Solveig Brekke, PhD\nPrincipal Route "
        "Scientist\n\nCandidate\nAlex Morgan",
        ("Dr. Solveig Brekke", "solveig.brekke@fjordline-logistics.no"),
    )
    titles = {p.name: p.title for p in found}
    assert titles["Solveig Brekke"] == "Principal Route Scientist"


def test_an_html_table_row_of_name_and_title_cells() -> None:
    page = google_event(
        "Interview - Alex Morgan - Operations Analyst",
        "<p>Hi Alex!</p><p>Welcome to an interview for the role <b>Operations Analyst</b>.</p>"
        "<table><tr><td>Solveig Brekke</td><td>Fleet Planning Lead</td></tr>"
        "<tr><td>Arvid Lien</td><td>Route Analyst</td></tr></table>",
        ("Fjordline", "noreply@teamtailor.com"),
        ("Solveig Brekke", "solveig.brekke@fjordline-logistics.no"),
        ("Arvid Lien", "arvid.lien@fjordline-logistics.no"),
        start=START_JUN16,
        end=END_JUN16,
    )
    found = {p.name: p.title for p in only_interview(page).interviewers}
    assert found == {"Solveig Brekke": "Fleet Planning Lead", "Arvid Lien": "Route Analyst"}


def test_letters_after_a_name_in_prose_are_not_the_title() -> None:
    found = _interviewers_by_name(
        "Dear Alex,\n\nYour panel is Winifred Osei-Bonsu, DNP, CCRN, Director of Critical Care, "
        "and Tobias Harrow, RRT, MSc, Respiratory Therapy Supervisor.\n\nImelda Carrasco\n"
        "Talent Acquisition, Harrowgate Health",
        ("Winifred Osei-Bonsu", "wosei@harrowgatehealth.org"),
        ("Tobias Harrow", "tharrow@harrowgatehealth.org"),
    )
    assert found["Winifred Osei-Bonsu"].title == "Director of Critical Care"
    assert found["Tobias Harrow"].title == "Respiratory Therapy Supervisor"


def test_letters_and_a_unit_before_a_title_in_parentheses() -> None:
    found = _interviewers_by_name(
        "Interviewers: Bartholomew Quaye (FCCA, Group Treasury Office - Treasury Analyst), "
        "Imelda Carrasco (Talent Acquisition Partner)",
        ("Bartholomew Quaye", "bquaye@harrowgatehealth.org"),
        ORGANIZER,
    )
    assert found["Bartholomew Quaye"].title == "Treasury Analyst"
    assert str(found["Bartholomew Quaye"].role) == "peer"


def test_who_runs_a_function_or_chairs_a_department_decides() -> None:
    # PLAYBOOK §4: a people-manager title is a decision-maker. The general counsel runs the
    # legal function (an associate general counsel is a lawyer on it); "Chair, Department of
    # X" chairs the department as "Chair of the Department of X" does; a trustee holds no
    # office on the board and sits on the panel as a peer.
    assert role_of("General Counsel") is Role.DECISION_MAKER
    assert role_of("Deputy General Counsel") is Role.DECISION_MAKER
    assert role_of("Associate General Counsel") is Role.PEER
    assert role_of("Chair, Department of Marine Biology") is Role.DECISION_MAKER
    assert role_of("Chair, Board of Governors") is Role.EXECUTIVE
    assert role_of("Trustee") is Role.PEER
    assert role_of("Board Treasurer") is Role.EXECUTIVE


def test_a_french_sign_off_closes_the_letter_and_the_title_below_the_name_is_read() -> None:
    found = _writer_met(
        "Bonjour Alex,\n\nVous rencontrerez Marco Bellandi, Staff SRE, and myself.\n\n"
        "Bien cordialement,\nOriane Dubois\nChargée de recrutement",
        ("Oriane Dubois", "oriane.dubois@velaris.fr"),
        ("Marco Bellandi", "marco.bellandi@velaris.fr"),
    )
    assert found["met"]["oriane.dubois@velaris.fr"].title == "Chargée de recrutement"


def test_what_a_title_is_of_stays_with_the_title() -> None:
    # The last comma part after a title, a short capitalised phrase with no title of its own,
    # is the title's scope, not a second person; "Name (Title), Name" stays a list.
    page = google_event(
        "Panel interview: Process Chemist",
        "Your panel: Dr. Ottilie Brandvold, Associate Director, Polymer Sciences (hiring "
        "manager); Sunniva Aas, Senior Chemist.\n\nInterviewers: Jarle Vik (Lab Technician), "
        "Hedda Moen\n\nOn site: Mr Torbjørn HAUGE - Vice President, Pilot Plant\n\n"
        "Best wishes,\nIngrid Lunde\nTalent Acquisition",
        ("Ingrid Lunde", "ingrid.lunde@nordpolymer.no"),
        ("Ingrid Lunde", "ingrid.lunde@nordpolymer.no"),
        (None, "o.brandvold@nordpolymer.no"),
        (None, "s.aas@nordpolymer.no"),
        (None, "j.vik@nordpolymer.no"),
        (None, "h.moen@nordpolymer.no"),
        start=START_SEP08,
        end=END_SEP08,
    )
    interview = only_interview(page)
    by_name = {p.name: p for p in interview.interviewers}
    assert "Polymer Sciences" not in by_name and "Pilot Plant" not in by_name
    assert by_name["Ottilie Brandvold"].title == "Associate Director, Polymer Sciences"
    assert by_name["Ottilie Brandvold"].hiring_manager
    assert "Hedda Moen" in by_name


def test_a_title_and_where_after_a_name_is_no_person() -> None:
    found = _interviewers_by_name(
        "Interviewers: Remy Thibodeaux, Terminal Superintendent - Port Arthur\n\n"
        "Imelda Carrasco, Talent Acquisition",
        ("Remy Thibodeaux", "rthibodeaux@harrowgatehealth.org"),
    )
    assert set(found) == {"Remy Thibodeaux"}
    assert found["Remy Thibodeaux"].title == "Terminal Superintendent - Port Arthur"


def test_a_list_item_stacked_as_name_then_title() -> None:
    # A list item (bullet, number or indent) that is a name alone, with the title alone on the
    # next line: one person. A signature's unindented name and title stay a signature.
    page = google_event(
        "Onsite - Alex Morgan - Level Designer",
        "Hi Alex,\n\nWho you'll meet:\n\n- Marisela Ocampo\nLead Level Designer\n\n"
        "- Dmitri Sokolov\nNarrative Director\n\n10:00 AM\tPortfolio review\n\tYusuf Demirci\n"
        "\tSenior Environment Artist\n\nThanks!\nPell Harrow\nRecruiting Coordinator | Ironbark",
        ("Pell Harrow", "pell@ironbark.games"),
        ("Pell Harrow", "pell@ironbark.games"),
        (None, "marisela@ironbark.games"),
        (None, "dmitri@ironbark.games"),
        (None, "yusuf@ironbark.games"),
        start=START_SEP08,
        end=END_SEP08,
    )
    by_email = {p.email: p for p in only_interview(page).interviewers}
    assert by_email["marisela@ironbark.games"].title == "Lead Level Designer"
    assert by_email["dmitri@ironbark.games"].title == "Narrative Director"
    assert by_email["yusuf@ironbark.games"].title == "Senior Environment Artist"


def test_a_clause_after_a_title_and_styles_with_a_dot_are_not_part_of_it() -> None:
    page = google_event(
        "Interview - Alex Morgan - Front Office Lead",
        "Dear Alex,\n\nOn behalf of Leopold Brandauer, Hotel Director, I've scheduled this "
        "meeting.\n\nInterviewers:\n- Mag. Theresia Gruber, Rooms Division Manager – she will "
        "join for the last 20 minutes\n- Ing. Kwesi Owusu-Ansah (Chief Engineer)\n\n"
        "Kind regards,\nAnnelie Wimmer\nTalent Coordinator",
        ("Annelie Wimmer", "annelie.wimmer@hotel-alpenrose.at"),
        ("Leopold Brandauer", "leopold.brandauer@hotel-alpenrose.at"),
        (None, "theresia.gruber@hotel-alpenrose.at"),
        (None, "kwesi.owusu-ansah@hotel-alpenrose.at"),
        start=START_SEP08,
        end=END_SEP08,
    )
    by_email = {p.email: p for p in only_interview(page).interviewers}
    assert by_email["leopold.brandauer@hotel-alpenrose.at"].title == "Hotel Director"
    assert by_email["theresia.gruber@hotel-alpenrose.at"].title == "Rooms Division Manager"
    assert by_email["theresia.gruber@hotel-alpenrose.at"].name == "Theresia Gruber"
    assert by_email["kwesi.owusu-ansah@hotel-alpenrose.at"].name == "Kwesi Owusu-Ansah"


def test_a_local_title_with_its_english_gloss() -> None:
    page = google_event(
        "Entrevista / Interview - Alex Morgan - Data Analyst",
        "Hola Alex,\n\nYou will meet:\n- Ximena Quiroga Paz, Jefa de Analítica (Head of "
        "Analytics) - she is the hiring manager\n- Dorotea Wrona, Kierownik Zespołu / Team "
        "Manager\n\nSaludos,\nPilar Soto\nTalent Acquisition",
        ("Pilar Soto", "pilar.soto@andinadatos.co"),
        ("Ximena Quiroga Paz", "ximena.quiroga@andinadatos.co"),
        ("Dorotea Wrona", "dorotea.wrona@andinadatos.co"),
        start=START_SEP08,
        end=END_SEP08,
    )
    by_name = {p.name: p for p in only_interview(page).interviewers}
    assert by_name["Ximena Quiroga Paz"].title == "Head of Analytics"
    assert by_name["Ximena Quiroga Paz"].hiring_manager
    assert by_name["Dorotea Wrona"].title == "Team Manager"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Marta Quispe, Head of Risk, Olu Bankole",
            [("Marta Quispe", "Head of Risk"), ("Olu Bankole", None)],
        ),
        (
            "Marta Quispe, Engineering Manager, Dev Anand",
            [("Marta Quispe", "Engineering Manager"), ("Dev Anand", None)],
        ),
        # What a title is of still stays with it.
        (
            "Marta Quispe, Associate Director, Clinical Pharmacology",
            [("Marta Quispe", "Associate Director, Clinical Pharmacology")],
        ),
        (
            "Marta Quispe, Regional Manager, Lisbon North",
            [("Marta Quispe", "Regional Manager, Lisbon North")],
        ),
    ],
)
def test_name_title_name_lists_two_people(
    line: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(p.name, p.title) for p in parse_people(line)] == expected


def test_two_guests_listed_name_title_name_keep_their_own_titles() -> None:
    page = google_event(
        "Interview - Alex Morgan - Risk Analyst",
        "You'll meet: Marta Quispe, Head of Risk, Olu Bankole",
        ("Quarrystone Careers", "careers@quarrystone.example"),
        ("Marta Quispe", "marta.quispe@quarrystone.example"),
        ("Olu Bankole", "olu.bankole@quarrystone.example"),
        start="2026-10-13T10:00:00-04:00",
        end="2026-10-13T11:00:00-04:00",
    )
    titles = {p.email: p.title for p in only_interview(page).interviewers}
    assert titles["marta.quispe@quarrystone.example"] == "Head of Risk"


def test_sister_before_a_nurses_name_is_her_style() -> None:
    assert [(p.name, p.title) for p in parse_people("Sister Nuala Keane, Ward Manager")] == [
        ("Nuala Keane", "Ward Manager")
    ]
