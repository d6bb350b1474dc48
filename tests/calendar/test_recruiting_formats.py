"""One fixture per recruiting-tool layout (research/calendar-schedule-formats.md §1–6)."""

from __future__ import annotations

from app.calendar.model import Contact, EventStatus, InterviewerSource

from .helpers import contact, load, people


def test_goodtime_itinerary_in_html_with_meet_block() -> None:
    (iv,) = load("goodtime_itinerary.ics", tz="America/Los_Angeles")
    assert iv.is_interview and iv.status is EventStatus.CONFIRMED
    assert (iv.company, iv.position) == ("Northwind", "Senior Backend Engineer")
    assert people(iv) == [
        (
            "Deepa Rao",
            None,
            "Engineering Manager",
            "decision_maker",
            False,
            "10:00-10:45",
            "description",
        ),
        (
            "Priya Natarajan",
            None,
            "Staff Software Engineer",
            "peer",
            False,
            "10:45-11:30",
            "description",
        ),
        (
            "Marcus Chen",
            None,
            "Senior Software Engineer",
            "peer",
            False,
            "11:30-12:15",
            "description",
        ),
        ("Lena Park", None, "Software Engineer", "peer", False, "11:30-12:15", "description"),
        ("Tom O'Brien", None, "VP Engineering", "executive", False, "13:00-13:45", "description"),
    ]
    # The candidate calendar is a shared mailbox: the coordinator named in the text is the contact.
    assert contact(iv) == ("Jamie Fox", "jamie.fox@northwind.com")
    assert iv.missing_emails
    assert iv.interviewers[0].topic == "Introductions & Team Overview"
    assert iv.conference_url == "https://meet.google.com/nwd-onst-abc"


def test_goodtime_slots_are_placed_in_the_written_zone_whatever_the_user_zone() -> None:
    (iv,) = load("goodtime_itinerary.ics", tz="Europe/Berlin")
    first = iv.interviewers[0]
    assert first.slot_start is not None and first.slot_start.isoformat() == (
        "2025-03-04T19:00:00+01:00"
    )
    assert iv.start is not None and iv.start.isoformat() == "2025-03-04T19:00:00+01:00"


def test_greenhouse_back_to_back_block_with_addresses_and_zoom() -> None:
    (iv,) = load("greenhouse_block.ics", tz="America/Los_Angeles")
    assert people(iv) == [
        (
            "Ravi Kumar",
            "ravi.kumar@contoso.com",
            "Senior Engineer",
            "peer",
            False,
            "09:00-09:45",
            "description",
        ),
        (
            "Ana Ruiz",
            "ana.ruiz@contoso.com",
            "Group Product Manager",
            "decision_maker",
            False,
            "09:45-10:30",
            "description",
        ),
        (
            "Deepa Shah",
            "deepa.shah@contoso.com",
            "Director of Engineering",
            "decision_maker",
            True,
            "10:30-11:00",
            "description",
        ),
    ]
    assert contact(iv) == ("Morgan Lee", "morgan.lee@contoso.com")
    assert iv.company == "Contoso"
    assert not iv.missing_emails
    assert any("recruiting tool" in r for r in iv.reasons)


def test_modernloop_one_event_per_day_keeps_each_days_slots() -> None:
    day1, day2 = load("modernloop_per_day.ics")
    assert people(day1) == [
        ("Sofia Rossi", None, "Software Engineer", "peer", False, "10:00-10:45", "description"),
        # On the guest list too: the address comes from the attendee, the title from the text.
        (
            "Ken Watanabe",
            "ken.watanabe@fabrikam.com",
            "Principal Engineer",
            "peer",
            False,
            "11:00-11:45",
            "attendee",
        ),
        ("Aisha Bello", None, "Staff Engineer", "peer", False, "11:00-11:45", "description"),
    ]
    assert day1.interviewers[1].sources == (
        InterviewerSource.ATTENDEE,
        InterviewerSource.DESCRIPTION,
    )
    assert people(day2) == [
        (
            "Omar Haddad",
            None,
            "Head of Platform",
            "decision_maker",
            True,
            "10:00-10:45",
            "description",
        ),
        ("Lucía Fernández", None, "Product Designer", "peer", False, "11:00-11:45", "description"),
    ]
    assert (day1.company, day1.position) == ("Fabrikam", "Platform Engineer")
    # "Fabrikam Interviews" is the team's shared mailbox, not a person met: with no recruiter
    # named it is the one to ask, as the labelled invites read an "interviews@" mailbox (f13,
    # m, p, q).
    assert day1.recruiter == Contact(None, "interviews@fabrikam.com")


def test_hirevue_live_interview_excludes_candidate_campus_calendar_and_recruiter() -> None:
    (iv,) = load("hirevue_live.ics")
    assert people(iv) == [
        ("Sam Patel", "sam.patel@tailspintoys.com", None, "unknown", False, None, "attendee"),
        ("Maria Lopez", "maria.lopez@tailspintoys.com", None, "unknown", False, None, "attendee"),
    ]
    assert contact(iv) == ("Rachel Green", "rachel.green@tailspintoys.com")
    assert (iv.company, iv.position) == ("Tailspin Toys", "Data Analyst")
    assert iv.confidence == 1.0


def test_calendly_booking_the_host_is_the_interviewer() -> None:
    (iv,) = load("calendly_booking.ics")
    assert people(iv) == [
        ("Nadia Petrova", "nadia@woodgrove.io", None, "unknown", False, None, "organizer"),
        ("Sven Olsen", "sven.olsen@woodgrove.io", None, "unknown", False, None, "attendee"),
    ]
    assert iv.recruiter is None
    assert (iv.company, iv.position) == ("Woodgrove", "Backend Engineer")
