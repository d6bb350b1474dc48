"""Detection (issue 16): invites written for each mechanism, each failing before it. A job interview
in German, Dutch or Swedish words; a numbered round; a title that pairs the user by name with
someone; a walk about the team the user would join; a description that names the user's future
manager or the writer as the hiring manager. Not an interview: a customer-discovery or usability
interview, a demo of interview-scheduling software, an offer call, and a meeting the user's own
employer sets up with an outside candidate."""

from __future__ import annotations

from typing import Any

from app.calendar.interviews import extract_interviews
from app.calendar.model import Interview
from tests.calendar.helpers import ME

START = "2027-02-09T15:00:00-05:00"
END = "2027-02-09T15:45:00-05:00"


def _page(
    title: str, description: str, organizer: tuple[str, str], *guests: tuple[str, str]
) -> dict[str, Any]:
    people: list[dict[str, Any]] = [{"email": ME[0], "displayName": "Alex Morgan", "self": True}]
    people += [{"email": e, "displayName": n} for n, e in guests]
    return {
        "items": [
            {
                "id": "r17",
                "summary": title,
                "description": description,
                "start": {"dateTime": START},
                "end": {"dateTime": END},
                "organizer": {"email": organizer[1], "displayName": organizer[0]},
                "attendees": people,
            }
        ]
    }


def _event(title: str, description: str, *guests: tuple[str, str]) -> Interview:
    (found,) = extract_interviews(
        _page(title, description, guests[0], *guests),
        format="google",
        me=ME,
        timezone="America/New_York",
        include_all=True,
    )
    return found


def test_a_job_interview_in_other_languages_is_an_interview() -> None:
    guest = ("Brunhilde Tessmer", "b.tessmer@lindwurm-optik.example")
    for title in (
        "Zweitgespräch Optikdesigner - Alex Morgan",
        "Kennismakingsgesprek Alex Morgan",
        "Anställningsintervju: Alex Morgan",
    ):
        found = _event(title, "Bis dann!", guest)
        assert found.is_interview, (title, found.reasons)


def test_a_numbered_round_with_the_writer_as_hiring_manager_is_an_interview() -> None:
    found = _event(
        "Round 2: Alex Morgan with Tomasz & Ilse",
        "Hi Alex, this time it's me and Tomasz Brandvold. I'm the hiring manager for the "
        "Data Platform Lead post.\n\nIlse Varga\nHead of Data, Quillmarsh",
        ("Ilse Varga", "ilse.varga@quillmarsh.example"),
        ("Tomasz Brandvold", "tomasz@quillmarsh.example"),
    )
    assert found.is_interview, found.reasons


def test_a_title_pairing_the_user_with_an_executive_by_name_is_an_interview() -> None:
    found = _event(
        "Alex Morgan // Dagny Halvorsen",
        "Dear Alex, Ms. Dagny Halvorsen, Chief Revenue Officer, would like to speak with you "
        "about the Revenue Analyst opening.\n\nKind regards,\nPilar Soto",
        ("Soto, Pilar", "pilar.soto@fernquay.example"),
        ("Halvorsen, Dagny", "dagny.halvorsen@fernquay.example"),
    )
    assert found.is_interview, found.reasons


def test_the_future_manager_in_the_description_makes_an_interview() -> None:
    found = _event(
        "Zoom: Alex Morgan and Casimir Oyelaran",
        "Hi Alex, here's time with Casimir, your future manager if all goes well. He wants to "
        "walk through how the analytics group works.\n\nMaren Iqbal\nPeople, Tallowbrook",
        ("Maren Iqbal", "maren.iqbal@tallowbrook.example"),
        ("Casimir Oyelaran", "casimir@tallowbrook.example"),
    )
    assert found.is_interview, found.reasons


def test_a_walk_about_the_team_you_would_join_is_an_informal_interview() -> None:
    found = _event(
        "Walk & talk w/ Ingrid (Fjellborg)",
        "Let's loop the harbour. I'd like to hear how you approach control systems and tell "
        "you about the robotics team you'd join.\n\nIngrid Solberg\nCTO, Fjellborg AS",
        ("Ingrid Solberg", "ingrid@fjellborg.example"),
    )
    assert found.is_interview, found.reasons


def test_customer_research_interviews_are_not_job_interviews() -> None:
    for title in (
        "Customer discovery interview #4 - Pellwood Bakery",
        "Usability interview: checkout flow",
    ):
        found = _event(
            title,
            "Thanks for making time. We'd like to hear how you order supplies today.",
            ("Noor Bakri", "noor@pellwood.example"),
        )
        assert not found.is_interview, (title, found.reasons)


def test_a_demo_of_interview_scheduling_software_is_not_an_interview() -> None:
    found = _event(
        "Demo: automated interview scheduling (Initech x Slotwise)",
        "Agenda: how Slotwise books interviews for your hiring teams, pricing, Q&A.",
        ("Ruben Calloway", "ruben@slotwise.example"),
    )
    assert not found.is_interview, found.reasons


def test_an_offer_call_is_not_an_interview() -> None:
    for title in (
        "Offer call - Alex Morgan / Harrowgate",
        "Offer walkthrough: salary & equity - Alex Morgan",
    ):
        found = _event(
            title,
            "Congratulations on getting through the interviews! Let's go over the details.",
            ("Wen Liang", "wen.liang@harrowgate.example"),
        )
        assert not found.is_interview, (title, found.reasons)


def test_the_users_employer_meeting_an_outside_candidate_is_not_an_interview() -> None:
    found = _event(
        "Sell call: Alex Morgan with candidate Jordan Pike (Staff Eng)",
        "Jordan finished the onsite yesterday. Please share why you enjoy working on the "
        "platform team and answer any questions about the role.",
        ("Initech Recruiting", "recruiting@initech.com"),
        ("Jordan Pike", "jordan.pike@fastmail.com"),
    )
    assert not found.is_interview, found.reasons


def test_an_interview_word_inside_a_not_an_interview_phrase_counts_once() -> None:
    fair = _event(
        "Harbour Tech Careers Fair - employer interview slots (sign-up list)",
        "Thanks for registering. Slots:\n10:00-12:00 Quillmoor (Engineering Manager on the "
        "booth)\n12:00-14:00 Brightwell (recruiters)\nBring printed CVs.",
        ("Harbour Careers Fair", "noreply@harbourcareersfair.example"),
    )
    assert not fair.is_interview, fair.reasons
    reference = _event(
        "Reference interview: Dorothea Quill - Alex Morgan (referee)",
        "Thank you for agreeing to act as a referee for Dorothea, who has applied for a Senior "
        "Recruiter position. The interview takes about 20 minutes.",
        ("Verity Checks", "calls@veritychecks.example"),
    )
    assert not reference.is_interview, reference.reasons


def test_an_open_house_for_applicants_is_not_an_interview() -> None:
    found = _event(
        "Open house for applicants: meet our hiring managers (Teams live event)",
        "Hear from our hiring managers and recruiters about open roles, then ask questions.",
        ("Lena Brandt", "lena.brandt@auwald.example"),
    )
    assert not found.is_interview, found.reasons
