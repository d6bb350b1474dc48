"""Job interview or not, where a word misleads (issue 16): a job whose name opens with
"Practice", a reporter quoting the user on the record, a search firm pitching the user who
hires, a vendor's customer-story interview; with guards for the readings kept."""

from __future__ import annotations

from app.calendar.interviews import extract_interviews
from tests.calendar.helpers import ME, google_event

START = "2027-06-08T13:00:00-04:00"
END = "2027-06-08T14:00:00-04:00"


def _is_interview(title: str, description: str, *guests: tuple[str, str], me: str = ME[0]) -> bool:
    page = google_event(title, description, guests[0], *guests, start=START, end=END, me=me)
    found = extract_interviews(page, format="google", me=ME, timezone="America/New_York")
    return any(i.is_interview for i in found)


def test_a_job_whose_name_opens_with_practice_is_an_interview() -> None:
    found = _is_interview(
        "Practice Manager interview - Alex",
        "Hi Alex, confirming Thursday.\n\nMabel Hurst\nRegional Director",
        ("Mabel Hurst", "mabel@hvcp.io"),
    )
    assert found


def test_a_practice_interview_is_still_practice() -> None:
    # Guard: the optional word after "practice" is not a job's.
    found = _is_interview(
        "Practice technical interview with Sam",
        "Let's run through a few questions.",
        ("Sam Doyle", "sam.doyle@example.org"),
    )
    assert not found


def test_a_reporter_quoting_the_user_on_the_record() -> None:
    found = _is_interview(
        "Interview for 'Hiring in retail' feature - Alex Morgan",
        "Hi Alex, thanks for agreeing to talk on the record about how your stores hire. "
        "I'll record the call.\n\nNell Carver\nReporter, Retail Weekly",
        ("Nell Carver", "nell.carver@retailweekly.example"),
    )
    assert not found


def test_a_search_firm_pitching_the_user_who_hires() -> None:
    found = _is_interview(
        "Intro: Harrowgate Search / Initech - your data openings",
        "Hi Alex,\n\nI'd like to understand the three data roles you're hiring for and what "
        "your ideal shortlist looks like.\n\nPiers Lund\nPartner, Harrowgate Search",
        ("Piers Lund", "piers@harrowgatesearch.example"),
        me="alex.morgan@initech.com",
    )
    assert not found


def test_the_role_a_candidate_writes_you_are_hiring_for_is_still_theirs() -> None:
    # Guard: a candidate writes of the one role the host is hiring for.
    found = _is_interview(
        "Coffee with Priya (Founder)",
        "Invitee answers: I'd love to hear more about the ops manager role you're hiring for.",
        ("Priya Raman", "priya@kestrelworks.example"),
    )
    assert found


def test_a_vendors_customer_story_interview_is_not_a_job_interview() -> None:
    found = _is_interview(
        "Customer story interview: Initech x Ledgerline",
        "Thanks for agreeing to share how your team uses Ledgerline.",
        ("Rosa Imre", "rosa.imre@ledgerline.example"),
    )
    assert not found
