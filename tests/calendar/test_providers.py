"""Google Calendar v3 and Microsoft Graph event JSON."""

from __future__ import annotations

import json

from app.calendar.interviews import extract_interviews, parse_events
from app.calendar.model import EventStatus, InterviewerSource, Source

from .helpers import FIXTURES, ME, contact, load, people


def _by_title(items, title):
    return [i for i in items if i.title == title]


def test_google_hidden_guest_list_names_the_interviewer_from_the_summary() -> None:
    items = load("google_events.json")
    (iv,) = _by_title(items, "Phone Screen with Deepa (Hiring Manager)")
    assert people(iv) == [
        # "(Hiring Manager)" is the mark, not a job title (fifth round, as the corpus labels it).
        ("Deepa", None, None, "decision_maker", True, None, "summary")
    ]
    # With the guest list hidden the organizer is not "the only other person": it is the recruiter.
    assert contact(iv) == ("Jordan Blake", "jordan.blake@litware.com")
    assert iv.missing_emails
    assert iv.company == "Litware"
    assert iv.key == "google:4hidden0guests0phonescreen"


def test_google_rooms_declined_and_organizer_listed_as_attendee() -> None:
    (iv,) = _by_title(load("google_events.json"), "Onsite: Staff Engineer loop")
    assert people(iv) == [
        ("Elena Petrov", "elena.petrov@adatum.com", None, "unknown", False, None, "attendee"),
        ("Raj Mehta", "raj.mehta@adatum.com", None, "unknown", False, None, "attendee"),
    ]
    assert [i.optional for i in iv.interviewers] == [False, True]
    assert contact(iv) == ("Chris Wong", "chris.wong@adatum.com")
    assert (iv.company, iv.position) == ("Adatum", "Staff Engineer")


def test_google_founder_coffee_the_organizer_is_the_interviewer() -> None:
    (iv,) = _by_title(load("google_events.json"), "Coffee with Sam Rivera (Founder, Proseware)")
    assert people(iv) == [
        (
            "Sam Rivera",
            "sam@proseware.ai",
            "Founder",  # the company is the address's, not part of the title
            "executive",
            False,
            None,
            "organizer",
        )
    ]
    assert iv.interviewers[0].sources == (InterviewerSource.ORGANIZER, InterviewerSource.SUMMARY)
    assert iv.recruiter is None
    assert iv.is_interview and iv.company == "Proseware"


def test_google_cancelled_interview_is_reported_cancelled() -> None:
    (iv,) = _by_title(load("google_events.json"), "Final round interview - Northwind")
    assert iv.status is EventStatus.CANCELLED
    assert people(iv) == [
        ("Tom O'Brien", "tom.obrien@northwind.com", None, "unknown", False, None, "attendee")
    ]


def test_google_recurring_series_expanded_with_moved_and_cancelled_instances() -> None:
    items = _by_title(load("google_events.json"), "Pairing session with Ines (Senior Engineer)")
    got = [(i.key, i.start.isoformat() if i.start else None, str(i.status)) for i in items]
    assert got == [
        ("google:8trialseries_20250317T090000Z", "2025-03-17T05:00:00-04:00", "confirmed"),
        # The moved instance replaces the generated one (14:00 Berlin instead of 10:00).
        ("google:8trialseries_20250318T090000Z", "2025-03-18T09:00:00-04:00", "confirmed"),
        # EXDATE drops Wednesday; the cancelled stub keeps the master's title and people.
        ("google:8trialseries_20250320T090000Z", "2025-03-20T05:00:00-04:00", "cancelled"),
        ("google:8trialseries_20250321T090000Z", "2025-03-21T05:00:00-04:00", "confirmed"),
    ]
    for iv in items:
        assert people(iv) == [
            (
                "Ines Duarte",
                "ines@proseware.ai",
                "Senior Engineer",
                "peer",
                False,
                None,
                "organizer",
            )
        ]


def test_google_non_interviews_are_left_out() -> None:
    titles = {i.title for i in load("google_events.json")}
    assert titles == {
        "Phone Screen with Deepa (Hiring Manager)",
        "Onsite: Staff Engineer loop",
        "Coffee with Sam Rivera (Founder, Proseware)",
        "Final round interview - Northwind",
        "Pairing session with Ines (Senior Engineer)",
    }
    everything = load("google_events.json", include_all=True)
    reasons = {i.title: i.reasons for i in everything if not i.is_interview}
    assert set(reasons) == {"Dentist", "Team sync", "Out of office"}
    assert any("employer (initech.com)" in r for r in reasons["Team sync"])
    assert reasons["Out of office"] == ("Google marks it as outOfOffice",)


def test_graph_resources_optional_attendees_and_absent_organizer() -> None:
    items = load("graph_events.json")
    (iv,) = _by_title(items, "Interview: Senior Data Engineer – Woodgrove Bank")
    assert people(iv) == [
        (
            "Jun Park",
            "jun.park@woodgrovebank.com",
            "Engineering Manager",
            "decision_maker",
            False,
            None,
            "attendee",
        ),
        # Graph named her by address only; the body's "Mira Shah (…)" matches the address.
        (
            "Mira Shah",
            "mira.shah@woodgrovebank.com",
            "Senior Data Engineer",
            "peer",
            False,
            None,
            "attendee",
        ),
    ]
    assert [i.optional for i in iv.interviewers] == [False, True]
    assert contact(iv) == ("Taylor Reed", "taylor.reed@woodgrovebank.com")
    assert (iv.company, iv.position) == ("Woodgrove Bank", "Senior Data Engineer")
    assert iv.source is Source.GRAPH and iv.key == "graph:AAMkAGI1AAAt9AHjAAA="
    assert iv.conference_url is not None and "teams.microsoft.com" in iv.conference_url


def test_graph_series_master_is_expanded_and_cancelled_subject_detected() -> None:
    items = load("graph_events.json", tz="Europe/Berlin")
    series = _by_title(items, "Trial project review with Omar Haddad (CTO)")
    assert [i.start.isoformat() for i in series if i.start] == [
        "2025-04-01T16:00:00+02:00",
        "2025-04-08T16:00:00+02:00",
        "2025-04-15T16:00:00+02:00",
    ]
    assert {i.key for i in series} == {
        "graph:040000008200E00074C5B7101A82E00800000000SERIES/20250401T140000Z",
        "graph:040000008200E00074C5B7101A82E00800000000SERIES/20250408T140000Z",
        "graph:040000008200E00074C5B7101A82E00800000000SERIES/20250415T140000Z",
    }
    assert people(series[0]) == [
        ("Omar Haddad", "omar@fabrikam.com", "CTO", "executive", False, None, "organizer")
    ]
    (cancelled,) = _by_title(items, "Canceled: Phone screen with Contoso")
    assert cancelled.status is EventStatus.CANCELLED
    assert {i.title for i in items} == {
        "Interview: Senior Data Engineer – Woodgrove Bank",
        "Trial project review with Omar Haddad (CTO)",
        "Canceled: Phone screen with Contoso",
    }


def test_graph_delta_tombstones_are_skipped_and_naive_times_use_the_zone_name() -> None:
    page = json.loads((FIXTURES / "graph_events.json").read_text())
    events = parse_events(page, timezone="UTC")
    assert "AAMkAGI1AAAgone=" not in {e.event_id for e in events}
    first = next(e for e in events if e.event_id == "AAMkAGI1AAAt9AHjAAA=")
    assert first.start is not None and first.start.isoformat() == "2025-03-19T15:00:00+00:00"


def test_json_list_of_events_and_json_string_are_accepted() -> None:
    page = json.loads((FIXTURES / "google_events.json").read_text())
    as_list = extract_interviews(page["items"], me=ME, timezone="UTC")
    as_text = extract_interviews(json.dumps(page["items"]), me=ME, timezone="UTC")
    as_page = extract_interviews(page, me=ME, timezone="UTC", format="google")
    assert [i.key for i in as_list] == [i.key for i in as_text] == [i.key for i in as_page]
    assert len(as_list) == 8


def test_recruiter_screen_with_only_the_recruiter_keeps_them_as_the_recruiter() -> None:
    event = {
        "id": "rs1",
        "summary": "Recruiter screen - Litware",
        "organizer": {"email": "jordan.blake@litware.com", "displayName": "Jordan Blake"},
        "start": {"dateTime": "2025-03-10T13:00:00-04:00"},
        "end": {"dateTime": "2025-03-10T13:30:00-04:00"},
        "attendees": [
            {"email": "jordan.blake@litware.com", "displayName": "Jordan Blake", "organizer": True},
            {"email": "alex.morgan@gmail.com", "self": True},
        ],
    }
    (iv,) = extract_interviews([event], format="google", me=ME, timezone="America/New_York")
    # They are the person met, but as the recruiter: no thank-you is drafted by default.
    assert people(iv) == [
        (
            "Jordan Blake",
            "jordan.blake@litware.com",
            "Recruiter",
            "recruiter",
            False,
            None,
            "organizer",
        )
    ]
    assert contact(iv) == ("Jordan Blake", "jordan.blake@litware.com")
