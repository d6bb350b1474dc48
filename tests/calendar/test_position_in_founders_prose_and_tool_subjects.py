"""The position where an informal invite or a tool's subject writes it (issue 16): a founder's
prose ("where a founding engineer could fit", "hiring our first product designer", "a great
first Head of Sales", "our ad for a Part-Time Bookkeeper"), a tool's "Interview with <the
candidate> (Job)", the one part of a separated subject left once the interview's word and the
company are taken, the job in brackets after the candidate's name in a file that does not mark
the user."""

from __future__ import annotations

from app.calendar.interviews import extract_interviews
from app.calendar.model import Interview
from tests.calendar.helpers import google_event, only_event

START = "2027-06-09T13:00:00-04:00"
END = "2027-06-09T14:00:00-04:00"


def _invite(title: str, description: str, *guests: tuple[str, str]) -> Interview:
    page = google_event(title, description, guests[0], *guests, start=START, end=END)
    return only_event(page)


def test_where_a_founding_engineer_could_fit() -> None:
    found = _invite(
        "coffee ☕ alex / mo",
        "would love to tell you where a founding platform engineer could fit at Saltbox.\n\n"
        "— mo, co-founder & CEO, Saltbox",
        ("Mo Rahimi", "mo.rahimi@gmail.com"),
    )
    assert found.position == "Founding Platform Engineer"


def test_hiring_our_first_and_a_great_first() -> None:
    first = _invite(
        "coffee ☕ alex + ines",
        "As mentioned we're hiring our first product marketer at Loomgrain and I'd love to "
        "tell you more about it.",
        ("Ines Duarte", "ines.duarte@gmail.com"),
    )
    assert first.position == "Product Marketer"
    great = _invite(
        "Walk & talk: Alex / Otto",
        "I'd like to tell you why you'd be a great first Head of Partnerships for us.\n\n"
        "Otto Lind\nFounder, Vellum",
        ("Otto Lind", "otto.lind@gmail.com"),
    )
    assert great.position == "Head of Partnerships"


def test_the_job_an_ad_was_for() -> None:
    found = _invite(
        "Phone interview w/ Alex",
        "Hi Alex, thanks for answering our ad for a Part-Time Receptionist. I'll ring you at 10.",
        ("Gwen Dunne", "gwen@dunneandsons.example"),
    )
    assert found.position == "Part-Time Receptionist"


def test_a_kind_of_job_alone_is_no_position() -> None:
    # Guard: one word after "first" names a kind of hire, not a job's name.
    found = _invite(
        "coffee ☕ alex + ines",
        "We're hiring our first designer at Loomgrain, and I'd love to tell you about it.",
        ("Ines Duarte", "ines.duarte@gmail.com"),
    )
    assert found.position is None


def test_interview_with_the_candidate_and_the_job_in_brackets() -> None:
    page = google_event(
        "Quarry Bakehouse - Interview with Alex Morgan (Head Baker)",
        "Interviewers:\n- Nia Ward - Bakery Manager",
        ("Quarry Careers", "no-reply@ashbyhq.com"),
        ("Nia Ward", "nia@quarrybakehouse.co.uk"),
        start=START,
        end=END,
    )
    page["items"][0]["attendees"][0]["displayName"] = "Alex Morgan"
    assert only_event(page).position == "Head Baker"


def test_coffee_with_the_candidate_holds_their_current_title() -> None:
    # Guard: a founder's "Coffee with Alex Morgan (Staff Engineer)" is no tool's subject.
    found = _invite(
        "Coffee with Alex Morgan (Staff Engineer)",
        "Would love to hear what you're working on.",
        ("Sol Reyes", "sol@brinefield.example"),
    )
    assert found.position != "Staff Engineer"


def test_the_part_left_of_a_separated_subject() -> None:
    found = _invite(
        "Interview | Penhallow Group | Corporate Tax Senior",
        "Hi Alex, I'll be interviewing with Tunde Ashe, our Group Treasurer.",
        ("Eluned Pryce", "eluned.pryce@penhallowgroup.com"),
        ("Tunde Ashe", "tunde.ashe@penhallowgroup.com"),
    )
    assert found.position == "Corporate Tax Senior"


def test_a_guests_name_left_over_is_no_position() -> None:
    # Guard: the part left is the person met.
    found = _invite(
        "Interview | Penhallow Group | Tunde Ashe",
        "See you then.",
        ("Eluned Pryce", "eluned.pryce@penhallowgroup.com"),
        ("Tunde Ashe", "tunde.ashe@penhallowgroup.com"),
    )
    assert found.position is None


ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//EN
BEGIN:VEVENT
UID:ml-1@example
DTSTAMP:20270601T120000Z
DTSTART:20270609T170000Z
DTEND:20270609T180000Z
SUMMARY:[Candidate] Alex Morgan - Behavioral (3 of 4)
DESCRIPTION:Session 3 of 4 for Alex Morgan (Senior Proteomics Scientist).\\nInterviewer: Mei O
 ng\\, Associate Director
ORGANIZER;CN=Tessel Bio Recruiting:mailto:recruiting@tesselbio.com
ATTENDEE;CN=Alex Morgan:mailto:alex.morgan@gmail.com
ATTENDEE;CN=Mei Ong:mailto:mei.ong@tesselbio.com
END:VEVENT
END:VCALENDAR
"""


def test_the_job_after_the_candidates_name_in_a_file_that_does_not_mark_the_user() -> None:
    (found,) = extract_interviews(
        ICS.replace("\n", "\r\n").encode(), me=["alex.morgan@gmail.com"], timezone="UTC"
    )
    assert found.position == "Senior Proteomics Scientist"
