"""The position (issue 16), on invites written for each mechanism (each test failed before its
fix): the job a sentence, a subject segment, an application or "hiring a ..." names, in prose
("post of", "hiring for", a clause after a comma), with its ordinal ("2nd Shift") and a trade the
lexicon knows by its ending; and what is cut from it: a sentence ending inside a bracket, a clause
between "the" and "role", the engagement's terms and length, an id stub or an id in brackets, the
candidate's name (only as whole words)."""

from __future__ import annotations

from typing import Any

import pytest

from app.calendar.company import (
    _ID_PARENS,
    _clean_position,
    _without_candidate,
)
from app.calendar.model import Attendee
from tests.calendar.helpers import ME, google_event, only_event, only_interview
from tests.calendar.invite_builders import (
    END_JUN02,
    END_JUN09,
    END_SEP08,
    START_JUN02,
    START_JUN09,
    START_SEP08,
    _event_with_guests,
    _found,
    _google,
    _interview,
    _met,
    _titles,
)

WHAT_IS_CUT_FROM_THE_POSITION = [
    pytest.param(
        _google(
            "Interview: Alex Morgan",
            "Confirming your interview for Payroll Specialist (Ref. 77-310) at Larkspur Foods."
            "\n\nWith: Mona Vidal - Payroll Manager",
            ("Mona Vidal", "mona.vidal@larkspurfoods.com"),
            ("Mona Vidal", "mona.vidal@larkspurfoods.com"),
        ),
        "Payroll Specialist",
        id="a_sentence_ending_inside_a_bracket_leaves_no_bracket_in_the_position",
    ),
    pytest.param(
        _google(
            "Intro call - Product Analyst",
            "A short call with Tess from the Orbitly people team to review the role and what"
            " comes next.",
            ("Tess Albrecht", "tess@orbitly.com"),
            ("Tess Albrecht", "tess@orbitly.com"),
        ),
        "Product Analyst",
        id="a_clause_between_the_and_role_is_not_the_position",
    ),
]


@pytest.mark.parametrize(("page", "expected"), WHAT_IS_CUT_FROM_THE_POSITION)
def test_what_is_cut_from_the_position(page: dict[str, Any], expected: str | None) -> None:
    iv = only_event(page)
    assert iv.position == expected


THE_POSITION_THE_LETTER_OR_SUBJECT_NAMES = [
    pytest.param(
        google_event(
            "Catch up",
            "Alex! Since leaving Initech I've been at Fernhollow. We're hiring a Principal Product "
            "Designer and I thought of you straight away. Let's talk.\n\nMina",
            ("Mina Solberg", "mina@fernhollow.com"),
            ("Mina Solberg", "mina@fernhollow.com"),
            start="2026-05-20T10:00:00-04:00",
            end="2026-05-20T10:30:00-04:00",
        ),
        "Principal Product Designer",
        id="hiring_a_capitalised_job_names_the_position",
    ),
    pytest.param(
        google_event(
            "Interview with Pellwood",
            "Hi Alex,\n\nYour interview for Field Service Engineer, Wind at Pellwood is "
            "confirmed.\n\n"
            "You'll meet Dara Quinn (Service Director).",
            ("Dara Quinn", "dara.quinn@pellwood.com"),
            ("Dara Quinn", "dara.quinn@pellwood.com"),
            start=START_JUN02,
            end=END_JUN02,
        ),
        "Field Service Engineer, Wind",
        id="a_position_the_sentence_follows_with_the_employer_and_a_verb",
    ),
    pytest.param(
        google_event(
            "Interview with Noor Saleh (VP Sales) – Enterprise Account Executive",
            "",
            ("Brightloom Talent", "talent@brightloom.io"),
            ("Noor Saleh", "noor.saleh@brightloom.io"),
            start=START_JUN02,
            end=END_JUN02,
        ),
        "Enterprise Account Executive",
        id="the_position_after_the_person_met_in_the_subject",
    ),
    pytest.param(
        google_event(
            "Panel Interview: Alex Morgan - Senior Geologist (Requisition 3310-C)",
            "Interviewers:\nMarta Silva - Exploration Manager\nJon Berg - Principal Geologist",
            ("Recruiting", "recruiting@northfell.com"),
            ("Marta Silva", "marta.silva@northfell.com"),
            ("Jon Berg", "jon.berg@northfell.com"),
            start=START_JUN02,
            end=END_JUN02,
        ),
        "Senior Geologist",
        id="a_trade_the_lexicon_knows_by_its_ending",
    ),
    pytest.param(
        google_event(
            "Client interview - Data Platform Engineer - Corvid Re",
            "Dear Alex,\n\nCorvid Re would like to interview you for the Data Platform Engineer "
            "(contract, 6 months) position.\n\nInterviewer : Ms. Hana Kobza, Data Architect",
            ("Vikram Sethi", "vikram.sethi@peakbridge-it.com"),
            ("Hana Kobza", "hana.kobza@corvidre.com"),
            start=START_JUN09,
            end=END_JUN09,
        ),
        "Data Platform Engineer",
        id="the_terms_of_an_engagement_after_a_position_are_not_its_name",
    ),
    pytest.param(
        google_event(
            "Alex Morgan <> Kestrel Dynamics - first call",
            "Hello Alex,\n\nthank you for your application on position of Embedded Firmware "
            "Engineer (Motor Control). On this call we will talk about your experience.\n\n"
            "Regards,\nOksana Petrenko\nTalent Acquisition | Kestrel Dynamics",
            ("Oksana Petrenko", "oksana@kestreldynamics.eu"),
            ("Oksana Petrenko", "oksana@kestreldynamics.eu"),
            start=START_SEP08,
            end=END_SEP08,
        ),
        "Embedded Firmware Engineer (Motor Control)",
        id="the_job_an_application_names_is_the_position",
    ),
]


@pytest.mark.parametrize(("page", "expected"), THE_POSITION_THE_LETTER_OR_SUBJECT_NAMES)
def test_the_position_the_letter_or_subject_names(
    page: dict[str, Any], expected: str | None
) -> None:
    assert only_interview(page).position == expected


def test_joining_as_their_first_capitalised_job_names_the_position() -> None:
    page = google_event(
        "Alex Morgan and Emre Kaya",
        "Emre (CTO of Drystone) asked me to talk about joining as their first Data Engineer.\n\n"
        "Event Name: Intro chat",
        ("Emre Kaya", "emre@drystone.dev"),
        ("Emre Kaya", "emre@drystone.dev"),
        start="2026-05-21T10:00:00-04:00",
        end="2026-05-21T10:30:00-04:00",
    )
    found = _found(page)
    assert found and found[0].position == "Data Engineer"


def test_positions_in_prose() -> None:
    from app.calendar.schedule import prose_position

    # The event word after the job's name, with a comma inside the name.
    assert (
        prose_position("Looking forward to the Principal Chemist, Formulation onsite next week.")
        == "Principal Chemist, Formulation"
    )
    # An appositive after "someone".
    assert (
        prose_position(
            "We need someone to run pricing end to end, a Revenue Operations Analyst, and "
            "your name came up."
        )
        == "Revenue Operations Analyst"
    )
    # "the final round for X!"
    assert (
        prose_position("Congrats on reaching the final round for Senior Site Reliability Engineer!")
        == "Senior Site Reliability Engineer"
    )
    # An event word after something that is no job stays unread.
    assert prose_position("See you at the Zoom onsite tomorrow.") is None


def test_titles_said_in_prose_run_through_for_and_stop_at_in_the_same_team() -> None:
    page = google_event(
        "Interview - Senior Hydrologist - Alex Morgan",
        "Dear Alex,\n\nI'm pleased to confirm your interview for the Senior Hydrologist post. "
        "Nessa Quill is our Head of Practice for Flood Risk and Owain Rees is a Senior "
        "Hydrologist in the same team.\n\nKind regards,\nPia Lund\nHR Advisor\nMarrowfield Ltd",
        ("Pia Lund", "pia.lund@marrowfield.co.uk"),
        ("Nessa Quill", "nessa.quill@marrowfield.co.uk"),
        ("Owain Rees", "owain.rees@marrowfield.co.uk"),
        start=START_JUN09,
        end=END_JUN09,
    )
    found = only_interview(page)
    assert _titles(found) == [
        ("Nessa Quill", "Head of Practice for Flood Risk", False),
        ("Owain Rees", "Senior Hydrologist", False),
    ]
    assert found.position == "Senior Hydrologist"


def test_the_founders_on_a_call_about_joining_as_the_first_hire() -> None:
    page = google_event(
        "Alex + Tidewell founders",
        "Hi Alex,\n\nKo and I would love to continue the conversation about joining Tidewell as "
        "our first platform engineer. I'm the CEO; Ko (CTO, on his personal email until IT "
        "sorts it out) will go deep on the stack.\n\nRana",
        ("Rana Oyelaran", "rana@tidewell.dev"),
        ("Rana Oyelaran", "rana@tidewell.dev"),
        ("Ko Tanaka", "ko.tanaka.dev@gmail.com"),
        start=START_JUN09,
        end=END_JUN09,
    )
    found = only_interview(page)
    assert found.position == "Platform Engineer"
    assert ("Ko Tanaka", "ko.tanaka.dev@gmail.com", "CTO", "executive") in _met(found)


def test_a_first_name_said_to_be_founder_and_ceo_and_a_position_in_an_answer() -> None:
    page = google_event(
        "Coffee with Ysolde (Alex Morgan)",
        "Event Name: Coffee with Ysolde\n\nYsolde is co-founder and CEO of Brightmoss. Grab a "
        "coffee and let's talk.\n\nQuestions:\nWhat would you like to chat about?\n"
        "The first data analyst role you're hiring for.\n\nPowered by Calendly.com",
        ("Ysolde Brennan-Lacey", "ysolde@brightmoss.co"),
        ("Ysolde Brennan-Lacey", "ysolde@brightmoss.co"),
        start=START_JUN09,
        end=END_JUN09,
    )
    found = only_interview(page)
    assert _titles(found) == [("Ysolde Brennan-Lacey", "co-founder and CEO", False)]
    assert found.position == "Data Analyst"


def test_positions_keep_ordinals_and_lose_terms_and_id_stubs() -> None:
    assert _clean_position("Dock Loader - 3rd Shift") == "Dock Loader - 3rd Shift"
    assert _clean_position("Contract Python Developer (9 mo)") == "Contract Python Developer"
    assert _clean_position("Phlebotomist (Weekends), Req") == "Phlebotomist (Weekends)"
    # ids stay cut as before
    assert _clean_position("Phlebotomist R-22031") == "Phlebotomist"


# A recruiter's first call: the role named after "the role of", cut at the comma.
_SCREEN = (
    "Alex Morgan - first call (Recruiter)",
    "Hi Alex! I am Oksana, recruiter in Lumadrift. On this call we will discuss the role "
    "of Test Automation Engineer, also about salary expectations. Talk soon!",
    ("Oksana Petrenko", "oksana.p@lumadrift.io"),
)


@pytest.mark.parametrize(
    ("title", "description", "writer", "position"),
    [
        pytest.param(
            "Second stage interview – Alex Morgan",
            "Dear Alex,\n\nI am pleased to invite you to the second stage for the post of "
            "Lettings Coordinator. The panel will be Mrs Jane Orr – Housing Director.\n\n"
            "Kind regards,\nTom Reyes",
            ("Tom Reyes", "tom.reyes@ashvalehomes.org.uk"),
            "Lettings Coordinator",
            id="the_post_of",
        ),
        pytest.param(
            "Alex / Nina - catch up re: Quillfeather",
            "Great to reconnect! I'm hiring for a Senior iOS Developer on my team - let's chat "
            "about it informally before the formal loop.",
            ("Nina Park", "nina.park@quillfeather.com"),
            "Senior iOS Developer",
            id="hiring_for",
        ),
        pytest.param(*_SCREEN, "Test Automation Engineer", id="the_role_of_then_a_comma"),
    ],
)
def test_positions_in_prose_post_of_hiring_for_and_a_clause_after_a_comma(
    title: str, description: str, writer: tuple[str, str], position: str
) -> None:
    found = only_interview(
        google_event(title, description, writer, start=START_JUN09, end=END_JUN09)
    )
    assert found.position == position


def test_a_recruiter_who_says_recruiter_in_lower_case_is_met_with_that_title() -> None:
    found = only_interview(google_event(*_SCREEN, start=START_JUN09, end=END_JUN09))
    assert [(i.name, i.title) for i in found.interviewers] == [("Oksana Petrenko", "recruiter")]


def test_a_second_lower_case_hat_and_a_search_are_not_the_title_or_the_job() -> None:
    page = google_event(
        "Video interview - Lecturer in Marine Biology search",
        "Dear Dr. Morgan,\n\nThe committee: Prof. Ingrid Vasquez-Holt (Chair, Department of "
        "Marine Biology and committee chair), Dr. Tomasz Wrobel (Senior Lecturer).\n\n"
        "Sincerely,\nIngrid Vasquez-Holt",
        ("Prof. Ingrid Vasquez-Holt", "ivasquez@carrick.ac.uk"),
        ("Prof. Ingrid Vasquez-Holt", "ivasquez@carrick.ac.uk"),
        ("Dr. Tomasz Wrobel", "twrobel@carrick.ac.uk"),
        start=START_SEP08,
        end=END_SEP08,
    )
    interview = only_interview(page)
    by_name = {p.name: p for p in interview.interviewers}
    assert by_name["Ingrid Vasquez-Holt"].title == "Chair, Department of Marine Biology"
    assert str(by_name["Ingrid Vasquez-Holt"].role) == "decision_maker"
    assert interview.position == "Lecturer in Marine Biology"


@pytest.mark.parametrize(
    "answer",
    [
        "Writing about my application for Bakery Shift Supervisor and happy to talk it through",
        "Writing about my application for Bakery Shift Supervisor, ready whenever suits you",
    ],
)
def test_an_application_names_the_job_when_the_sentence_goes_on(answer: str) -> None:
    host = ("Ines Vasko", "ines@ryeandember.example")
    found = _interview(
        "30 Minute Meeting between Ines Vasko and Alex Morgan",
        "Event Name: 30 Minute Meeting\n\nPlease share anything that will help prepare for "
        "our meeting.: " + answer + "\n\nInes Vasko - Owner, Rye & Ember Bakery",
        host,
        host,
    )
    assert found.position == "Bakery Shift Supervisor"


def test_the_candidates_name_is_cut_from_a_position_only_as_whole_words() -> None:
    me = Attendee("al@gmail.com", "Al", is_self=True)
    assert _without_candidate("Alpha Desk Lead", _event_with_guests(me)) is None
    assert _without_candidate("Al // Alpha Desk Lead", _event_with_guests(me)) == "Alpha Desk Lead"
    alex = Attendee(ME[0], "Alex Morgan", is_self=True)
    assert _without_candidate("Alex Morgan // Ops Lead", _event_with_guests(alex)) == "Ops Lead"
    assert _without_candidate("Ops Lead Alex Morgans", _event_with_guests(alex)) is None


def test_an_id_in_brackets_after_a_job_is_still_cut() -> None:
    assert _ID_PARENS.sub("", "Ops Lead (Requisition 4410)").strip() == "Ops Lead"
    assert _ID_PARENS.sub("", "Ops Lead (Req. 4410)").strip() == "Ops Lead"
