"""Fifth round (issue 16): which sense of "interview" an invite means, who is interviewed, and
the parts of an invite a person reads as the company, the position and the people. Every
invite here is written for this file, in words the corpus does not use."""

from __future__ import annotations

from typing import Any

import pytest

from app.calendar.interviews import extract_interviews
from tests.calendar.helpers import google_event

ME = ["alex.morgan@gmail.com", "alex.morgan@initech.com"]


def _google(
    summary: str,
    description: str,
    organizer: tuple[str, str],
    *guests: tuple[str | None, str],
    me: str = "alex.morgan@gmail.com",
) -> dict[str, Any]:
    return google_event(
        summary,
        description,
        organizer,
        *guests,
        start="2027-03-02T15:00:00-05:00",
        end="2027-03-02T16:00:00-05:00",
        me=me,
    )


def _all(data: Any) -> list[Any]:
    return extract_interviews(
        data, format="google", me=ME, timezone="America/New_York", include_all=True
    )


def _is_interview(data: Any) -> bool:
    (found,) = _all(data)
    return bool(found.is_interview)


HOST = ("Priya Nair", "priya@tidewater.org")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # Another kind of interview: a school place, a flat, a visa, a grant, a show, a vendor.
        ("Admission interview - Brookside Prep (Theo)", "Please bring Theo's latest report."),
        ("Tenant interview for 12 Elm St", "The landlord would like to meet applicants."),
        ("Visa interview appointment", "Bring your DS-160 confirmation."),
        ("Supplier interview - packaging tender", "Shortlisted suppliers present for 20 min."),
        ("Pre-interview with the Tech Tonic team", "We'll check your audio before recording."),
        # Someone else's interview, a reminder about one the user gave, a show of that name.
        ("Take Maria to his interview", "Leave by 9."),
        ("Scorecard due: Lee Park onsite", "Please send feedback on the interview."),
        ("Book club - Interview with a Ghost", "Chapters 4 to 9."),
        ("Interview with the Ghost: episode 3 viewing", "Popcorn provided."),
    ],
)
def test_interviews_of_another_kind_are_not_the_users_job_interview(title: str, body: str) -> None:
    assert not _is_interview(_google(title, body, HOST, HOST)), title


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for joining the panel. You will interview three fellowship finalists with Ken.",
        "Quick reminder: you're the interviewer for this one, the rubric is in the folder.",
        "As a judge you will score each pitch; the founders present for ten minutes.",
        "You are on record as our spokesperson; talking points are in the doc.",
    ],
)
def test_the_description_saying_the_user_interviews_others_wins_over_the_title(
    body: str,
) -> None:
    assert not _is_interview(_google("Interview session", body, HOST, HOST)), body


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # Job titles that share a word with the other kinds stay interviews.
        ("Interview - Admissions Counselor", "You'll meet the dean of admissions."),
        ("Interview: Vendor Manager role", "You will interview with Sam and Lee."),
        ("Interview for Staff Reporter", "You will be interviewing with our editor."),
        ("Final round - Supplier Quality Engineer", "Thanks for your application."),
    ],
)
def test_job_titles_that_share_those_words_are_still_interviews(title: str, body: str) -> None:
    assert _is_interview(_google(title, body, HOST, HOST)), title


def test_a_candidate_presentation_and_an_internal_move_are_interviews() -> None:
    pitch = _google(
        "Case presentation - Analyst - Tidewater",
        "You will present the case to two partners, then questions.",
        HOST,
        HOST,
    )
    assert _is_interview(pitch)
    internal = _google(
        "Internal interview: Data Lead (internal transfer)",
        "Thanks for applying for the opening on my team.",
        ("Rosa Lind", "rosa.lind@initech.com"),
        ("Rosa Lind", "rosa.lind@initech.com"),
        me="alex.morgan@initech.com",
    )
    assert _is_interview(internal)
    # Without the word "internal", colleagues interviewing is the user interviewing someone.
    hiring = _google(
        "Interview: Dana Kim (candidate)",
        "Please submit feedback after.",
        ("Rosa Lind", "rosa.lind@initech.com"),
        ("Rosa Lind", "rosa.lind@initech.com"),
        me="alex.morgan@initech.com",
    )
    assert not _is_interview(hiring)


def test_an_interview_the_user_copied_onto_their_own_calendar_is_theirs() -> None:
    copied = _google(
        "Interview at Harbor Foods - Buyer",
        "Meeting the category manager. Recruiter: Jo Park.",
        ("Alex Morgan", ME[0]),
    )
    assert _is_interview(copied)


def _position(summary: str, body: str) -> str | None:
    (found,) = _all(_google(summary, body, HOST, HOST))
    return found.position  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("summary", "body", "expected"),
    [
        # A position named in a frame, whatever the title lexicon knows.
        ("Video call", "Thanks for applying for the Floor Supervisor job.", "Floor Supervisor"),
        ("Video call", "We'd like to talk about the Gallery Docent position.", "Gallery Docent"),
        # Lower case, as people type: "the X role", "looking for our first X".
        ("Coffee", "keen to talk about the staff data engineer role", "Staff Data Engineer"),
        ("Intro", "we're looking for our first product designer, so hi", "Product Designer"),
        # Not positions: the hiring manager's own sentence, one bare word.
        ("Chat", "I'm the hiring manager for this role, see you soon.", None),
        ("Chat", "happy to talk about the senior role and the team", None),
    ],
)
def test_positions_written_in_prose(summary: str, body: str, expected: str | None) -> None:
    assert _position(summary, body) == expected


def test_the_hiring_manager_mark_is_not_a_job_title() -> None:
    data = _google(
        "Interview - Buyer",
        "You'll talk with Omar Haddad, the hiring manager, then with Lin Wu (Category Buyer).",
        HOST,
        HOST,
        ("Omar Haddad", "omar.haddad@tidewater.org"),
        ("Lin Wu", "lin.wu@tidewater.org"),
    )
    (found,) = _all(data)
    got = {i.name: (i.title, str(i.role), i.hiring_manager) for i in found.interviewers}
    assert got["Omar Haddad"] == (None, "decision_maker", True)
    assert got["Lin Wu"] == ("Category Buyer", "peer", False)


def test_a_unit_after_a_title_is_part_of_it_and_the_company_is_no_person() -> None:
    data = _google(
        "Interview - Lab Technician (Job No. 3381) (fixed-term)",
        "Thanks for your time with Tidewater Clinic.\n\nYou'll meet:\n"
        "- Hana Ito - Lab Manager, Clinical Research (Hiring Manager)\n"
        "- Raul Vega, Senior Technician, Pharmacy (Bar Raiser)\n",
        HOST,
        HOST,
        ("Hana Ito", "hana.ito@tidewater.org"),
        ("Raul Vega", "raul.vega@tidewater.org"),
    )
    (found,) = _all(data)
    got = {i.name: (i.title, i.hiring_manager) for i in found.interviewers}
    assert got == {
        "Hana Ito": ("Lab Manager, Clinical Research", True),
        "Raul Vega": ("Senior Technician, Pharmacy", False),
    }
    assert found.position == "Lab Technician"


def test_a_run_together_domain_is_written_as_words_only_before_a_sector_word() -> None:
    from app.calendar.company import company_label

    assert company_label("hollowbrookfoods.com") == "Hollowbrook Foods"
    assert company_label("mistralrobotics.io") == "Mistral Robotics"
    # Brand compounds stay whole: the end is no sector word.
    assert company_label("kettlepay.com") == "Kettlepay"
    assert company_label("ironworks.co.uk") == "Ironworks"


def test_a_booking_pages_event_name_gives_the_position() -> None:
    data = _google(
        "Alex Morgan and Ken Ito",
        "Event Name: Warehouse Supervisor - intro call\n\nPowered by Calendly.com",
        ("Ken Ito", "ken@hollowbrookfoods.com"),
        ("Ken Ito", "ken@hollowbrookfoods.com"),
    )
    (found,) = _all(data)
    assert found.position == "Warehouse Supervisor"
    assert found.company == "Hollowbrook Foods"


def test_the_is_part_of_a_company_name_only_when_capitalised_inside_a_sentence() -> None:
    inside = _google(
        "Interview - Junior Surveyor",
        "Thanks for applying to The Kettle & Crane Group. Looking forward to it.",
        ("Ruth Hale", "ruth@kettlecrane.com"),
        ("Ruth Hale", "ruth@kettlecrane.com"),
    )
    (found,) = _all(inside)
    assert found.company == "The Kettle & Crane Group"
    start = _google(
        "Interview - Junior Surveyor",
        "The Kettle & Crane team looks forward to meeting you.",
        ("Ruth Hale", "ruth@kettlecrane.com"),
        ("Ruth Hale", "ruth@kettlecrane.com"),
    )
    (found,) = _all(start)
    assert not (found.company or "").startswith("The ")


def test_a_guest_known_by_address_takes_the_name_the_letter_gives() -> None:
    data = _google(
        "Interview",
        "Dana Ruiz, our Head of Support, would like a short call about the role.",
        ("Kai Berg", "kai.berg@tidewater.org"),
        ("Kai Berg", "kai.berg@tidewater.org"),
        (None, "druiz@tidewater.org"),
    )
    (found,) = _all(data)
    dana = [i for i in found.interviewers if i.email == "druiz@tidewater.org"]
    assert [(i.name, i.title) for i in dana] == [("Dana Ruiz", "Head of Support")]


def test_the_writer_saying_as_the_hiring_manager_is_marked() -> None:
    data = _google(
        "Alex / Mona - interview",
        "As the hiring manager for the Route Planner role I'd like to walk you through the team.",
        ("Mona Falk", "mona.falk@tidewater.org"),
        ("Mona Falk", "mona.falk@tidewater.org"),
    )
    (found,) = _all(data)
    assert [(i.name, i.hiring_manager) for i in found.interviewers] == [("Mona Falk", True)]


def test_a_title_written_before_a_name_without_an_article() -> None:
    data = _google(
        "Interview - Copy Editor",
        "You'll be talking with Managing Editor Tove Lund and Senior Copywriter Aki Sato.",
        HOST,
        HOST,
        ("Tove Lund", "tove.lund@tidewater.org"),
        ("Aki Sato", "aki.sato@tidewater.org"),
    )
    (found,) = _all(data)
    got = {i.name: i.title for i in found.interviewers}
    assert got["Tove Lund"] == "Managing Editor"
    assert got["Aki Sato"] == "Senior Copywriter"
