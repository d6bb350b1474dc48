"""Detection (issue 16): whether an event is a job interview for the user, on invites written for
each mechanism (each test failed before its fix). Not one: the user's own interview blocks, a
stage, a show, a journalist's, an oral-history or home-study interview, a conference panel, an
ATS invite naming the user as the interviewer, a vendor's final call, a coffee about travel or a
visa, someone else's interview in teaching, interpreting or the press. One: a booking page's event
name that says a screening or a casual chat, a founder's "great first hire", an introducer's
"looking for a leader", a final conversation or a walk with an outsider about a job, a subject
pairing the user with someone about a role, a walk with the person the hire would report to, a
clause that calls someone the hiring manager."""

from __future__ import annotations

from typing import Any

import pytest

from app.calendar.interviews import extract_interviews
from tests.calendar.helpers import ME, google_event, only_event, only_interview
from tests.calendar.invite_builders import (
    AGENCY,
    COUNCIL,
    END_JUN02,
    END_JUN09,
    FRIEND,
    PAPER,
    SCHOOL,
    START_JUN02,
    START_JUN09,
    _event,
    _found,
    _google,
    _interview_on_page,
    _is_interview,
    _met,
    _verdict,
)

NOT_A_JOB_INTERVIEW = [
    pytest.param(
        _google(
            "Interview blocks - please keep free",
            "Recruiting may drop candidate sessions here.",
            ("Alex Morgan", "alex.morgan@gmail.com"),
        ),
        id="held_interview_slots_in_the_plural_are_the_users_own_blocks",
    ),
    pytest.param(
        _google(
            "Fireside: how we interview data scientists",
            "Thanks for speaking! We start with a moderated discussion, then audience Q&A.",
            ("Jonas Feld", "jonas@datacircle.org"),
            ("Jonas Feld", "jonas@datacircle.org"),
        ),
        id="a_stage_event_about_interviewing_is_not_an_interview",
    ),
    pytest.param(
        _google(
            "Interview taping - Ship It Weekly ep. 48",
            "So glad you're coming on the show. We'll talk about your incident review practice.",
            ("Lena Park", "lena@shipitweekly.com"),
            ("Lena Park", "lena@shipitweekly.com"),
        ),
        id="a_guest_spot_on_a_show_is_not_a_job_interview",
    ),
    pytest.param(
        _google(
            "Final call - contract renewal",
            "Agenda: pricing for next year.",
            ("Ned Sparks", "ned@cloudvendor.com"),
            ("Ned Sparks", "ned@cloudvendor.com"),
        ),
        id="a_final_call_with_a_vendor_is_still_not_an_interview",
    ),
]


@pytest.mark.parametrize("page", NOT_A_JOB_INTERVIEW)
def test_these_events_are_no_job_interview(page: dict[str, Any]) -> None:
    assert not _verdict(page)


A_JOB_INTERVIEW = [
    pytest.param(
        _google(
            "Alex Morgan and Ines Duarte",
            "Event Name: Quick coffee (20 min)\n\nQuestions:\nWhat would you like to talk about?"
            "\nThe founding designer role - Ines messaged me.",
            ("Ines Duarte", "ines@lumenfold.io"),
            ("Ines Duarte", "ines@lumenfold.io"),
        ),
        id="a_booking_pages_event_name_says_the_meeting_is_casual",
    ),
    pytest.param(
        _google(
            "Lunch: Alex / Marek",
            "Would love to tell you what we're building - you'd be a great first Head of"
            " Operations for us.",
            ("Marek Ziel", "marek.ziel@gmail.com"),
            ("Marek Ziel", "marek.ziel@gmail.com"),
        ),
        id="a_founder_saying_you_would_be_a_great_first_hire_of_a_kind",
    ),
    pytest.param(
        _google(
            "Intro: Alex Morgan <> Tove Lund (Skerry Labs)",
            "Alex, meet Tove, CEO of Skerry Labs. Tove is looking for a Head of Product and I"
            " think you two should talk.",
            ("Omar Haddad", "omar@brightwaterpartners.com"),
            ("Tove Lund", "tove@skerrylabs.com"),
        ),
        id="an_introducer_says_the_other_party_is_looking_for_a_leader",
    ),
    pytest.param(
        _google(
            "Final conversation - Alex Morgan - Head of Finance",
            "You'll meet our founder, Ilse Voss.",
            ("Jana Roth", "jana@fenwickgrove.com"),
            ("Jana Roth", "jana@fenwickgrove.com"),
            (None, "iv@fenwickgrove.com"),
        ),
        id="a_final_conversation_with_an_outsider_is_a_stage_of_a_process",
    ),
]


@pytest.mark.parametrize("page", A_JOB_INTERVIEW)
def test_these_events_are_a_job_interview(page: dict[str, Any]) -> None:
    assert _verdict(page)


AN_INTERVIEW_OF_THE_USER_FOR_A_STORY_OR_A_STUDY_IS_NO_JOB_INTERVIEW = [
    pytest.param(
        google_event(
            "Interview - Harbour Post - remote work",
            "Hi Alex, thanks for making time for my article on hybrid offices. Quotes are "
            "attributed by name unless we agree otherwise.\n\nNoor Lindqvist\n"
            "Reporter, Harbour Post",
            ("Noor Lindqvist", "noor.lindqvist@harbourpost.com"),
            ("Noor Lindqvist", "noor.lindqvist@harbourpost.com"),
            start="2026-05-14T10:00:00-04:00",
            end="2026-05-14T10:30:00-04:00",
        ),
        [],
        id="a_journalists_interview_with_the_user_is_not_a_job_interview",
    ),
    pytest.param(
        google_event(
            "Guest interview - Build Notes",
            "Looking forward to chatting about your migration story.\n\nPia Sorensen",
            ("Pia Sorensen", "pia@buildnotes.fm"),
            ("Pia Sorensen", "pia@buildnotes.fm"),
            start="2026-05-15T10:00:00-04:00",
            end="2026-05-15T11:00:00-04:00",
        ),
        [],
        id="a_guest_interview_on_a_show_is_not_a_job_interview",
    ),
    pytest.param(
        google_event(
            "Home-study interview - Tidewater Family Services",
            "First visit: we talk with each adult and look around the home.\n\nRuth Abara",
            ("Ruth Abara", "rabara@tidewaterfamily.org"),
            ("Ruth Abara", "rabara@tidewaterfamily.org"),
            start="2026-05-16T10:00:00-04:00",
            end="2026-05-16T12:00:00-04:00",
        ),
        [],
        id="a_home_study_interview_is_not_a_job_interview",
    ),
]


@pytest.mark.parametrize(
    ("page", "expected"), AN_INTERVIEW_OF_THE_USER_FOR_A_STORY_OR_A_STUDY_IS_NO_JOB_INTERVIEW
)
def test_an_interview_of_the_user_for_a_story_or_a_study_is_no_job_interview(
    page: dict[str, Any], expected: list[Any]
) -> None:
    assert _found(page) == expected


def test_a_clause_that_calls_someone_the_hiring_manager_decides_detection() -> None:
    page = google_event(
        "Alex Morgan - Procurement Analyst - Harrow Mills",
        "Hi Alex, I've invited Jonah Pike, who runs our sourcing desk and is the hiring "
        "manager, to our call.\n\nBest,\nElsa Moor | Recruiting Partner | Harrow Mills",
        ("Elsa Moor", "elsa.moor@harrowmills.com"),
        ("Elsa Moor", "elsa.moor@harrowmills.com"),
        ("Jonah Pike", "jonah.pike@harrowmills.com"),
        start=START_JUN02,
        end=END_JUN02,
    )
    found = only_event(page)
    assert found.is_interview
    assert any("names the hiring manager (Jonah Pike)" in r for r in found.reasons)
    assert ("Jonah Pike", True) in [(i.name, i.hiring_manager) for i in found.interviewers]


def test_a_walk_about_a_job_with_an_outsider_is_an_informal_interview() -> None:
    page = google_event(
        "Walk (Alex / Rui)",
        "Alex - rather than another video call, let's walk the canal. I'd like to talk about "
        "the Head of Growth job and whether you'd want to build that team with us.\n\n"
        "Rui Tavares\nCo-founder & CEO\nSaltmarsh",
        ("Rui Tavares", "rui@saltmarsh.app"),
        ("Rui Tavares", "rui@saltmarsh.app"),
        start=START_JUN02,
        end=END_JUN02,
    )
    found = only_event(page)
    assert found.is_interview
    assert any("a job" in r for r in found.reasons)


def test_a_subject_that_names_a_job_with_an_outsider_is_an_interview() -> None:
    page = google_event(
        "Rhea / Alex — Senior Product Designer",
        "Hi Alex, looking forward to it. We'll go through one of your case studies.\n\n"
        "Rhea Lund | Design Director | Mossgate",
        ("Rhea Lund", "rhea@mossgate.com"),
        ("Rhea Lund", "rhea@mossgate.com"),
        start=START_JUN02,
        end=END_JUN02,
    )
    found = only_event(page)
    assert found.is_interview
    assert 'title names a job ("Senior Product Designer")' in found.reasons
    assert found.position == "Senior Product Designer"


def test_the_user_on_a_conference_panel_is_no_interview() -> None:
    page = google_event(
        "Panel: Hiring data engineers",
        "Thanks for joining our panel as a speaker! Fellow panelists: Ines Roy (VP Data, "
        "Ordo) and Kai Lim (Head of Talent, Brisk). The green room opens at 1:30.",
        ("DataConf Lisbon", "speakers@dataconf.pt"),
        start=START_JUN02,
        end=END_JUN02,
    )
    (found,) = extract_interviews(
        page, format="google", me=ME, timezone="America/New_York", include_all=True
    )
    assert not found.is_interview
    assert any("not your job interview" in r for r in found.reasons)


def test_an_ats_invite_that_names_the_user_as_the_interviewer() -> None:
    page = google_event(
        "Interview: Rui Takeda for Data Engineer - SQL Deep Dive",
        "Candidate: Rui Takeda\nRole: Data Engineer\nInterview: SQL Deep Dive\n"
        "Interviewer: Alex Morgan\n\nInterview guide and feedback form: https://ats.example/g/41",
        ("Initech", "no-reply@ashbyhq.com"),
        ("Rui Takeda", "rui.takeda.dev@outlook.com"),
        start=START_JUN09,
        end=END_JUN09,
        me="alex.morgan@initech.com",
    )
    page["items"][0]["attendees"][0]["displayName"] = "Alex Morgan"
    assert not _is_interview(page)


def test_interviews_that_are_not_a_job_interview_for_the_user() -> None:
    survey = google_event(
        "Household survey interview (Regional Travel Survey)",
        "Confirming your telephone interview for the Regional Travel Survey. A field "
        "representative will call you.",
        ("Survey Field Office", "field.office@survey.example.gov"),
        start=START_JUN09,
        end=END_JUN09,
    )
    press = google_event(
        "Interview with Harbour Logistics Review",
        "Colm Ferris, senior reporter at Harbour Logistics Review, will talk to you about the "
        "new depot. Key messages doc attached.",
        ("Ines Paredes", "ines.paredes@initech.com"),
        ("Ines Paredes", "ines.paredes@initech.com"),
        ("Colm Ferris", "colm@harbourlogisticsreview.com"),
        start=START_JUN09,
        end=END_JUN09,
        me="alex.morgan@initech.com",
    )
    volunteers = google_event(
        "Volunteer interviews - new tutors",
        "Hi Alex, thanks for helping screen our new tutor volunteers. You and Keziah will "
        "interview three applicants, 20 minutes each.",
        ("Northside Literacy", "volunteers@northsideliteracy.org"),
        ("Keziah Obi", "keziah@northsideliteracy.org"),
        start=START_JUN09,
        end=END_JUN09,
    )
    assert [_is_interview(p) for p in (survey, press, volunteers)] == [False, False, False]


def test_a_walk_and_a_coffee_in_spanish_about_a_role_that_would_report_to_the_writer() -> None:
    page = google_event(
        "Paseo + café con Lu (informal)",
        "Hola Alex! Not a formal interview, just a coffee to see if the Head of Research role at "
        "Ondalia fits. The role would report to me.\n\nLu\nChief Science Officer, Ondalia",
        ("Lucía Ferrer Vidal", "lu@ondalia.es"),
        ("Lucía Ferrer Vidal", "lu@ondalia.es"),
        start=START_JUN09,
        end=END_JUN09,
    )
    found = only_interview(page)
    assert _met(found) == {
        ("Lucía Ferrer Vidal", "lu@ondalia.es", "Chief Science Officer", "decision_maker")
    }
    assert found.interviewers[0].hiring_manager


def test_a_booking_pages_event_name_says_it_is_a_screening_call() -> None:
    page = google_event(
        "Alex Morgan and Ines Duarte",
        "Event Name: Fernhill Trust screening call - Grants Officer\n\n"
        "Please share anything that will help prepare for our meeting.: Applied last week.\n\n"
        "Powered by Calendly.com",
        ("Ines Duarte", "ines@fernhilltrust.org"),
        ("Ines Duarte", "ines@fernhilltrust.org"),
        start=START_JUN09,
        end=END_JUN09,
    )
    assert _interview_on_page(page).is_interview


def test_a_subject_pairing_the_user_with_an_outsider_about_a_role() -> None:
    page = google_event(
        "Alex Morgan / Dara Quinn - Larkfield",
        "Hi Alex, as promised here's your conversation with Dara Quinn, Head of Growth. This "
        "is for the Growth Marketing Lead role. I won't join but I'm around for questions.\n\n"
        "Mira Stone\nTalent Partner @ Larkfield",
        ("Mira Stone", "mira.stone@larkfield.com"),
        ("Dara Quinn", "dara.quinn@larkfield.com"),
        start=START_JUN09,
        end=END_JUN09,
    )
    assert _interview_on_page(page).is_interview
    unrelated = google_event(
        "Alex Morgan / Dara Quinn - Larkfield",
        "Quarterly check-in on the vendor contract renewal.",
        ("Mira Stone", "mira.stone@larkfield.com"),
        ("Dara Quinn", "dara.quinn@larkfield.com"),
        start=START_JUN09,
        end=END_JUN09,
    )
    assert not _interview_on_page(unrelated).is_interview


def test_a_walk_with_someone_the_hire_would_report_to() -> None:
    page = google_event(
        "walk + talk w/ Odile",
        "meet at the park gate! i run the content team at Saltmeadow and the editor hire "
        "would report to me, so want to hear how you think. -O",
        ("Odile Brandt", "odile@saltmeadow.studio"),
        ("Odile Brandt", "odile@saltmeadow.studio"),
        start=START_JUN09,
        end=END_JUN09,
    )
    assert _interview_on_page(page).is_interview


def test_an_oral_history_interview_and_the_users_prep_block_are_not_interviews() -> None:
    family = google_event(
        "Oral history interview – Grandpa Joe",
        "Bring the recorder. We'll interview Grandpa about the farm years.",
        ("Nora Morgan", "nora.morgan@gmail.com"),
        ("Nora Morgan", "nora.morgan@gmail.com"),
        start=START_JUN09,
        end=END_JUN09,
    )
    assert not _interview_on_page(family).is_interview
    prep = google_event(
        "Prep: Larkfield interview (Dara Quinn)",
        "Re-read the case notes, prepare 3 questions.",
        ("Alex Morgan", ME[0]),
        start=START_JUN09,
        end=END_JUN09,
    )
    assert not _interview_on_page(prep).is_interview


@pytest.mark.parametrize(
    ("title", "description", "guest"),
    [
        (
            "Interview - Sam Patel - Science Teacher",
            "As part of the day you'll run a 15-minute starter activity with my Year 8 class "
            "before a panel with the deputy head.",
            SCHOOL,
        ),
        (
            "Interview - Sam Patel - Learning Support Assistant",
            "We are recruiting a support assistant for my class of Year 3 children; the "
            "interview is with me and the SENCo.",
            SCHOOL,
        ),
        (
            "Interview - Sam Patel - Court Interpreter",
            "Thank you for applying to join us as an interpreter. The interview covers your "
            "languages and a short consecutive exercise.",
            AGENCY,
        ),
        (
            "Interview: Sam Patel - Reporter",
            "This is your interview for the Court Reporter position. Tell us about a story "
            "you are working on and how you keep sources on the record.",
            PAPER,
        ),
        (
            "Interview: Sam Patel",
            "Second interview for the Press Officer role: a mock briefing, everything on the "
            "record, then questions from the head of comms.",
            COUNCIL,
        ),
    ],
)
def test_a_job_interview_in_teaching_interpreting_or_the_press_stays_an_interview(
    title: str, description: str, guest: tuple[str, str]
) -> None:
    found = _event(title, description, guest)
    assert found.is_interview, found.reasons


def test_the_same_words_without_a_job_still_mean_someone_elses_interview() -> None:
    booked = _event(
        "Interview - Ruth Adeyemi",
        "Thanks for taking this one: you're sitting as the interpreter for Ms Adeyemi's "
        "interview with the housing office.",
        AGENCY,
    )
    assert not booked.is_interview, booked.reasons
    piece = _event(
        "Interview: small-business owners",
        "I'm working on a story about shops on the high street and would love twenty "
        "minutes with you.",
        PAPER,
    )
    assert not piece.is_interview, piece.reasons


@pytest.mark.parametrize(
    "description",
    [
        "I'm heading up to Glasgow on Thursday, fancy a coffee near the station?",
        "Coffee before you post my application for a visa? I owe you one.",
    ],
)
def test_a_coffee_about_travel_or_a_visa_is_no_informal_interview(description: str) -> None:
    found = _event("Coffee", description, FRIEND)
    assert not found.is_interview, found.reasons


def test_heading_up_a_function_is_still_a_chat_about_a_job() -> None:
    found = _event(
        "Coffee",
        "Would love to tell you about heading up the design team at my new company.",
        FRIEND,
    )
    assert found.is_interview, found.reasons
