"""People written in a description in the shapes humans and tools use, merged with the guests.

Invites written for these tests (not taken from the corpus): a lineup of "Name — Title" lines
with no label, a title beside a guest's name in a sentence ("with Dr. Helen Park, Principal
Investigator"), "Maya here, CEO at Orbital", a slot line with one time and no column gaps, guests
listed by address only ("jdoe@" is Jane Doe), directory-style display names ("Chen, Wei"), a
company in the title's parentheses, and the writer who hires for their own team.
"""

from __future__ import annotations

from typing import Any

from app.calendar.interviews import extract_interviews
from app.calendar.model import Interview
from tests.calendar.helpers import google_event

ME = "alex.morgan@gmail.com"


def _google(
    summary: str, description: str, organizer: tuple[str, str], *guests: tuple[str | None, str]
) -> dict[str, Any]:
    return google_event(
        summary,
        description,
        organizer,
        *guests,
        start="2027-03-09T09:00:00-05:00",
        end="2027-03-09T12:00:00-05:00",
    )


def _one(data: dict[str, Any]) -> Interview:
    (found,) = extract_interviews(
        data, format="google", me=[ME], timezone="America/New_York", include_all=True
    )
    return found


def _who(iv: Interview) -> list[tuple[Any, ...]]:
    return [(i.name, i.email, i.title, str(i.role), i.hiring_manager) for i in iv.interviewers]


def test_an_unlabelled_lineup_of_name_dash_title_lines_gives_each_guest_a_title() -> None:
    iv = _one(
        _google(
            "Interview: Alex Morgan / Harbor & Finch",
            "Hi Alex,\n\nBelow is the lineup for Thursday:\n\n"
            "Owen Blake — VP of Engineering\nPriya Nair — Staff Software Engineer\n\n"
            "Mia Torres\nSenior Recruiter | Harbor & Finch",
            ("Mia Torres", "mia.torres@harborfinch.com"),
            ("Owen Blake", "owen.blake@harborfinch.com"),
            ("Priya Nair", "priya.nair@harborfinch.com"),
        )
    )
    assert _who(iv) == [
        ("Owen Blake", "owen.blake@harborfinch.com", "VP of Engineering", "executive", False),
        ("Priya Nair", "priya.nair@harborfinch.com", "Staff Software Engineer", "peer", False),
    ]
    assert iv.recruiter is not None and iv.recruiter.email == "mia.torres@harborfinch.com"


def test_guests_listed_by_address_only_are_named_from_the_lines_their_address_fits() -> None:
    iv = _one(
        _google(
            "Meet & Greet — Alex Morgan",
            "Katherine Brennan, Chief Operating Officer\n"
            "Jane Doe, Operations Manager (hiring manager)",
            ("Kate Brennan", "kate@solsticeenergy.com"),
            ("", "kate@solsticeenergy.com"),
            ("", "jdoe@solsticeenergy.com"),
        )
    )
    assert _who(iv) == [
        (
            "Katherine Brennan",
            "kate@solsticeenergy.com",
            "Chief Operating Officer",
            "executive",
            False,
        ),
        ("Jane Doe", "jdoe@solsticeenergy.com", "Operations Manager", "decision_maker", True),
    ]
    assert iv.company == "Solstice Energy" and iv.company_source == "domain"


def test_a_title_beside_a_guests_name_in_a_sentence() -> None:
    iv = _one(
        _google(
            "Final interview with Dr. Helen Park",
            "Dear Alex,\nPlease find the details of your final interview with Dr. Helen Park, "
            "Principal Investigator, below.\nBest regards,\nIan Cole\nHR Coordinator",
            ("Ian Cole", "ian.cole@stmarysresearch.org"),
            ("Helen Park", "hpark@stmarysresearch.org"),
        )
    )
    assert _who(iv) == [
        ("Helen Park", "hpark@stmarysresearch.org", "Principal Investigator", "peer", False)
    ]


def test_the_writer_introducing_themself_by_name_and_title() -> None:
    iv = _one(
        _google(
            "Chat with Maya from Orbital",
            "Hi Alex! Maya here, CEO at Orbital. Would love to get to know you and talk about "
            "the senior backend role.",
            ("Maya Chen", "maya@orbital.space"),
            ("Maya Chen", "maya@orbital.space"),
        )
    )
    assert _who(iv) == [("Maya Chen", "maya@orbital.space", "CEO", "executive", False)]
    assert iv.is_interview


def test_a_recruiter_screen_where_the_writer_names_themself() -> None:
    iv = _one(
        _google(
            "Screening call – Alex Morgan x Verity Insurance",
            "Hello Alex,\nThis call is with me, Noah Park, Talent Acquisition Lead at Verity "
            "Insurance, for the Claims Analyst vacancy (Job ID 88123).\nRegards",
            ("Noah Park", "noah.park@verity-ins.com"),
            ("Noah Park", "noah.park@verity-ins.com"),
        )
    )
    assert _who(iv) == [
        ("Noah Park", "noah.park@verity-ins.com", "Talent Acquisition Lead", "recruiter", False)
    ]
    assert iv.recruiter is not None and iv.recruiter.email == "noah.park@verity-ins.com"


def test_slot_lines_with_one_time_and_single_spaces() -> None:
    iv = _one(
        _google(
            "Onsite: Alex Morgan",
            "9:30am Sam Ng, Creative Director\n10:30am Ada Kim, Senior Copywriter\n"
            "12:00pm Lunch with the team",
            ("Ruth Gale", "ruth@fablehouse.co"),
            ("Ruth Gale", "ruth@fablehouse.co"),
            ("Sam Ng", "sam@fablehouse.co"),
            ("Ada Kim", "ada@fablehouse.co"),
        )
    )
    assert _who(iv) == [
        ("Sam Ng", "sam@fablehouse.co", "Creative Director", "decision_maker", False),
        ("Ada Kim", "ada@fablehouse.co", "Senior Copywriter", "peer", False),
    ]


def test_directory_style_display_names_are_written_first_name_first() -> None:
    iv = _one(
        _google(
            "Interview – Finance Analyst",
            "Your interviewers: Wei Chen (Director, Finance) and Anna Fischer (Senior Accountant).",
            ("Recruiting", "recruiting@greenwaygroup.com"),
            ("Chen, Wei", "wei.chen@greenwaygroup.com"),
            ("Fischer, Anna", "anna.fischer@greenwaygroup.com"),
        )
    )
    assert [(i.name, i.title) for i in iv.interviewers] == [
        ("Wei Chen", "Director, Finance"),
        ("Anna Fischer", "Senior Accountant"),
    ]


def test_a_company_in_the_titles_parentheses_is_not_a_persons_title() -> None:
    iv = _one(
        _google(
            "Coffee chat w/ Leo (Northbeam)",
            "Hey Alex, looking forward to chatting about the founding engineer role.\n\nLeo\n"
            "Co-founder & CTO, Northbeam",
            ("Leo Hartmann", "leo@northbeam.ai"),
            ("Leo Hartmann", "leo@northbeam.ai"),
        )
    )
    assert _who(iv) == [
        ("Leo Hartmann", "leo@northbeam.ai", "Co-founder & CTO", "executive", False)
    ]


def test_the_writer_hiring_for_their_own_team_is_the_hiring_manager() -> None:
    iv = _one(
        _google(
            "Intro call",
            "Alex, great to connect. I lead the risk analytics team at Tidewater Bank and would "
            "love to tell you about the Senior Analyst opening on my team.",
            ("Priscilla Vance", "pvance@tidewaterbank.com"),
            ("Priscilla Vance", "pvance@tidewaterbank.com"),
        )
    )
    assert _who(iv) == [
        ("Priscilla Vance", "pvance@tidewaterbank.com", None, "decision_maker", True)
    ]
    assert iv.is_interview and iv.position == "Senior Analyst"


def test_a_position_is_never_a_clause_about_a_person() -> None:
    iv = _one(
        _google(
            "Video interview",
            "<p>Hi Alex,</p><p>You'll be speaking with <b>Sana Qureshi</b>, our Head of Design, "
            "who is the hiring manager for this role.</p>",
            ("Jordan Ellis", "jordan@brightloom.io"),
            ("Sana Qureshi", "sana@brightloom.io"),
        )
    )
    assert iv.position is None
    assert _who(iv) == [
        ("Sana Qureshi", "sana@brightloom.io", "Head of Design", "decision_maker", True)
    ]


def test_a_title_cell_keeps_no_separator() -> None:
    iv = _one(
        _google(
            "Interview",
            "Your interview with Marigold Health\n"
            "Interviewer: Tess Young | Clinical Operations Manager | tess.young@marigoldhealth.com",
            ("Recruiting Team", "jobs@marigoldhealth.com"),
            ("Tess Young", "tess.young@marigoldhealth.com"),
        )
    )
    assert [i.title for i in iv.interviewers] == ["Clinical Operations Manager"]


def test_titles_outside_the_role_table_are_read_and_placed_by_family() -> None:
    iv = _one(
        _google(
            "Interview – Assistant Buyer",
            "Dear Alex,\n\nInterviewers:\nMaren Holt, Store Supervisor\nPiet Smit, Buyer\n",
            ("Careers", "careers@dunmorestores.com"),
            ("Maren Holt", "maren.holt@dunmorestores.com"),
            ("Piet Smit", "piet.smit@dunmorestores.com"),
        )
    )
    assert [(i.name, i.title, str(i.role)) for i in iv.interviewers] == [
        ("Maren Holt", "Store Supervisor", "decision_maker"),
        ("Piet Smit", "Buyer", "peer"),
    ]


def test_display_names_that_carry_a_title_or_a_company() -> None:
    iv = _one(
        _google(
            "Interviews – Alex Morgan",
            "See you soon!",
            ("Rosa Lind (Recruiting)", "rosa.lind@kettlebay.io"),
            ("Rosa Lind (Recruiting)", "rosa.lind@kettlebay.io"),
            ("Tom Hale (Engineering Manager)", "tom.hale@kettlebay.io"),
            ("Ivy Marsh | Kettlebay", "ivy.marsh@kettlebay.io"),
        )
    )
    assert [(i.name, i.title) for i in iv.interviewers] == [
        ("Tom Hale", "Engineering Manager"),
        ("Ivy Marsh", None),
    ]
    assert iv.recruiter is not None and iv.recruiter.name == "Rosa Lind"


def test_a_numbered_panel_and_a_definition_list() -> None:
    numbered = _one(
        _google(
            "Final interview",
            "Panel (in order):\n1) Ruth Obi - Chief Financial Officer\n2) Carl Dunn - Controller",
            ("Careers", "careers@fenwick-energy.com"),
            ("Ruth Obi", "ruth.obi@fenwick-energy.com"),
            ("Carl Dunn", "carl.dunn@fenwick-energy.com"),
        )
    )
    assert [i.title for i in numbered.interviewers] == ["Chief Financial Officer", "Controller"]
    html = _one(
        _google(
            "Interview: Tax Senior",
            "<dl><dt>Position</dt><dd>Tax Senior</dd><dt>Interviewers</dt>"
            "<dd>Mona Reyes, Tax Director</dd><dd>Olu Ade, Tax Manager</dd></dl>",
            ("Careers", "careers@brandtlowe.com"),
            ("Mona Reyes", "mona.reyes@brandtlowe.com"),
            ("Olu Ade", "olu.ade@brandtlowe.com"),
        )
    )
    assert [(i.title, str(i.role)) for i in html.interviewers] == [
        ("Tax Director", "decision_maker"),
        ("Tax Manager", "decision_maker"),
    ]


def test_a_stacked_block_whose_title_line_follows_a_blank_line() -> None:
    iv = _one(
        _google(
            "Final Interviews: Alex Morgan",
            "10:00 AM - 10:45 AM\n\nRole play\n\nGus Lane (gus.lane@quotient.io)\n\n"
            "Sales Manager, Enterprise\n\n10:45 AM - 11:30 AM\n\nCulture\n\n"
            "Bea Cruz (bea.cruz@quotient.io)\n\nVP Sales\n\nQuestions? Write to me.",
            ("Lina Park", "lina.park@quotient.io"),
            ("Gus Lane", "gus.lane@quotient.io"),
            ("Bea Cruz", "bea.cruz@quotient.io"),
        )
    )
    assert [(i.name, i.title) for i in iv.interviewers] == [
        ("Gus Lane", "Sales Manager, Enterprise"),
        ("Bea Cruz", "VP Sales"),
    ]


def test_post_nominal_letters_are_neither_a_person_nor_the_title() -> None:
    iv = _one(
        _google(
            "Interview – Staff Pharmacist",
            "Interviewer: Dana Oyelaran, PharmD, Pharmacy Manager",
            ("Careers", "careers@hollowayrx.com"),
            ("Dana Oyelaran", "dana.oyelaran@hollowayrx.com"),
        )
    )
    assert _who(iv) == [
        (
            "Dana Oyelaran",
            "dana.oyelaran@hollowayrx.com",
            "Pharmacy Manager",
            "decision_maker",
            False,
        )
    ]


def test_a_title_that_ends_with_the_employer_gives_the_company_from_a_personal_address() -> None:
    iv = _one(
        _google(
            "Interview over coffee",
            "Looking forward to it.\n\nMarta Velez\nGeneral Manager, The Linden Arms Hotel",
            ("Marta Velez", "marta.velez@gmail.com"),
            ("Marta Velez", "marta.velez@gmail.com"),
        )
    )
    assert [(i.name, i.title) for i in iv.interviewers] == [("Marta Velez", "General Manager")]
    assert (iv.company, iv.company_source) == ("The Linden Arms Hotel", "invite")


def test_a_company_whose_domain_spells_and_for_the_ampersand() -> None:
    iv = _one(
        _google(
            "Interview Schedule - Alex Morgan",
            "Thank you for your interest in Fern & Flint Studios. Your interviewer is Kai Moss "
            "(Creative Director).",
            ("Nell Ade", "nell.ade@fernandflint.co"),
            ("Kai Moss", "kai.moss@fernandflint.co"),
        )
    )
    assert (iv.company, iv.company_source) == ("Fern & Flint Studios", "invite")


def test_the_employers_team_mailbox_is_the_one_to_ask_when_nobody_is_named() -> None:
    iv = _one(
        _google(
            "Interview – Sous Chef",
            "Interviewer: Remy Vidal, Head Chef",
            ("Harbourside Careers", "careers@harbourside-kitchens.com"),
            ("Remy Vidal", "remy.vidal@harbourside-kitchens.com"),
        )
    )
    assert iv.recruiter is not None and iv.recruiter.email == "careers@harbourside-kitchens.com"
    bot = _one(
        _google(
            "Interview – Sous Chef",
            "Interviewer: Remy Vidal, Head Chef",
            ("Harbourside", "no-reply@harbourside-kitchens.com"),
            ("Remy Vidal", "remy.vidal@harbourside-kitchens.com"),
        )
    )
    assert bot.recruiter is None


def test_a_title_of_address_in_a_display_name_is_not_part_of_the_name() -> None:
    iv = _one(
        _google(
            "Interview: Clinical Data Manager",
            "Your interview is with Dr. Ruth Alder.",
            ("Mo Hale", "mo.hale@fenwickhealth.org"),
            ("Dr. Ruth Alder", "ruth.alder@fenwickhealth.org"),
        )
    )
    assert [i.name for i in iv.interviewers] == ["Ruth Alder"]
