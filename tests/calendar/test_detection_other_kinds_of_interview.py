"""Detection (issue 16): invites written for each mechanism, each failing before it. An "interview"
of another kind (the user quoted by a writer or a student, a lender's or an asylum interview, the
user booked as interpreter or sitting on a committee, tips for someone else's interview, a hold on
the interviewer's own availability) is no job interview; a walk, a booked meeting or a chat about a
role, or about a secondment at the user's own employer, is one."""

from __future__ import annotations

from tests.calendar.helpers import google_event
from tests.calendar.invite_builders import END_SEP22, START_SEP22, _event, _with_verdict


def test_the_user_quoted_for_a_story_or_a_class_is_not_interviewing_for_a_job() -> None:
    writer = ("Odette Vasquez", "odette@copperwire-review.example")
    story = _event(
        "Interview: remote teams feature",
        "Thanks for agreeing to be interviewed. I'm writing a piece on how engineers pick "
        "their next team; anything you say is on the record unless we agree otherwise.",
        writer,
    )
    assert not story.is_interview, story.reasons
    student = ("Jun Park", "jpark7@lakemont.edu")
    homework = _event(
        "Interview - Alex Morgan",
        "Hi! Thank you for helping with my Sociology 114 assignment. I'll ask about your "
        "first job and how you chose it. Should take 30 minutes.",
        student,
    )
    assert not homework.is_interview, homework.reasons


def test_an_interview_of_another_kind_is_no_job_interview() -> None:
    lender = ("Harbourside Savings", "appointments@harbourside-savings.example")
    for title in ("Mortgage interview - Alex Morgan", "Loan interview with your adviser"):
        found = _event(title, "Please bring two recent payslips.", lender)
        assert not found.is_interview, (title, found.reasons)
    booked = _event(
        "Booking IB-4410: substantive interview (Amharic)",
        "Confirmed. You are booked as the interpreter; report to the desk 15 minutes early.",
    )
    assert not booked.is_interview, booked.reasons


def test_the_user_sitting_on_an_interview_panel_is_not_the_candidate() -> None:
    found = _event(
        "Selection committee - Lecturer in Hydrology (interviews)",
        "Three candidates will be interviewed, 40 minutes each, then the committee decides. "
        "You are sitting as the faculty's representative.",
        ("Faculty Office", "faculty.office@kestrelford.ac.uk"),
        ("Dr Amal Rahim", "a.rahim@kestrelford.ac.uk"),
    )
    assert not found.is_interview, found.reasons


def test_tips_for_someone_elses_interview_and_an_availability_hold_are_not_interviews() -> None:
    tips = _event(
        "Coffee with Lior (interview advice)",
        "Thanks for offering to help before my onsite next week! Coffee's on me.",
        ("Lior Ben-David", "lior.bd@alumni.westbury.example"),
    )
    assert not tips.is_interview, tips.reasons
    hold = _event(
        "Interview availability hold - Staff Analyst loop",
        "This block keeps your interviewer availability; it becomes an interview if a "
        "candidate books it.",
        ("Recruiting Scheduling", "scheduling@ridgeline-metrics.example"),
    )
    assert not hold.is_interview, hold.reasons


def test_a_walk_with_a_founder_about_heading_up_a_team_is_an_informal_interview() -> None:
    found = _event(
        "Walk & talk - Ines / Alex",
        "Loved your write-up on pricing. Keen to hear whether heading up sales at Brackwater "
        "could be your next move. - Ines, co-founder",
        ("Ines Albuquerque", "ines@brackwater.example"),
    )
    assert found.is_interview, found.reasons
    found = _event(
        "Alex x Tomasz",
        "Tomasz here - I'd love to tell you what we're building and see whether leading "
        "design for our clinic app might be interesting to you. Very informal.",
        ("Tomasz Wróbel", "tomasz.wrobel@gmail.com"),
    )
    assert found.is_interview, found.reasons


def test_a_booked_meeting_about_an_application_is_an_interview() -> None:
    found = _event(
        "45 Minute Meeting between Priscilla Nakato and Alex Morgan",
        "Event Name: 45 Minute Meeting\n\nPlease share anything that will help prepare for "
        "our meeting.: Following up on my application for Bakery Shift Lead.\n\n"
        "Priscilla Nakato - Owner, Crumb & Hearth. The shift lead reports directly to me.",
        ("Priscilla Nakato", "priscilla@crumbandhearth.example"),
    )
    assert found.is_interview, found.reasons


def test_a_chat_about_a_secondment_at_the_users_employer_is_an_interview() -> None:
    page = google_event(
        "Chat re: 6-month secondment to Pricing Analytics",
        "Hi Alex, thanks for putting your name forward. This is the interview for the "
        "secondment, nothing formal.\n\nRuth\nHead of Pricing Analytics",
        ("Ruth Calloway", "ruth.calloway@initech.com"),
        ("Ruth Calloway", "ruth.calloway@initech.com"),
        start=START_SEP22,
        end=END_SEP22,
        me="alex.morgan@initech.com",
    )
    found = _with_verdict(page)
    assert found.is_interview, found.reasons
    training = _with_verdict(
        google_event(
            "Interview training for new managers",
            "How we run structured interviews at Initech: scorecards, bias, debriefs.",
            ("Ruth Calloway", "ruth.calloway@initech.com"),
            ("Ruth Calloway", "ruth.calloway@initech.com"),
            start=START_SEP22,
            end=END_SEP22,
            me="alex.morgan@initech.com",
        )
    )
    assert not training.is_interview, training.reasons
