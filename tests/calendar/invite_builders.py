"""Invites and compact views shared by the calendar's mechanism tests (test_detection_*,
test_company_*, test_position_*, test_recruiter_*, test_hiring_manager_*, test_titles_*,
test_people_met_*): one Google page per invite, at a fixed date, read as the user
(tests.calendar.helpers.ME) in America/New_York."""

from __future__ import annotations

from typing import Any

from app.calendar.interviews import extract_interviews
from app.calendar.model import Attendee, Event, EventStatus, Interview, Interviewer, Source
from tests.calendar.helpers import ME, google_event, only_interview


def _google(
    summary: str, description: str, organizer: tuple[str, str], *guests: tuple[str | None, str]
) -> dict[str, Any]:
    return google_event(
        summary,
        description,
        organizer,
        *guests,
        start="2027-04-06T10:00:00-04:00",
        end="2027-04-06T11:00:00-04:00",
        event_id="ev6",
    )


def _verdict(data: Any) -> bool:
    (found,) = extract_interviews(
        data, format="google", me=ME, timezone="America/New_York", include_all=True
    )
    return bool(found.is_interview)


def _roles_and_marks(interview: Interview) -> list[tuple[Any, ...]]:
    return [(i.name, i.title, str(i.role), i.hiring_manager) for i in interview.interviewers]


def _manager_sentence(sentence: str, guest: tuple[str, str], title: str) -> Interview:
    return only_interview(
        google_event(
            title,
            f"Hi Alex,\n\nThe next step is 45 minutes on Teams. {sentence}\n\nBest,\nTessa Grant\n"
            "Talent Acquisition, Brightmoor",
            ("Tessa Grant", "tessa.grant@brightmoor.com"),
            guest,
            start="2026-06-02T14:00:00-04:00",
            end="2026-06-02T14:45:00-04:00",
        )
    )


def _names_emails_titles(interview: Interview) -> list[tuple[Any, ...]]:
    return [(i.name, i.email, i.title) for i in interview.interviewers]


def _found(page: dict[str, Any]) -> list[Interview]:
    return [
        i
        for i in extract_interviews(page, format="google", me=ME, timezone="America/New_York")
        if i.is_interview
    ]


START_JUN02 = "2026-06-02T10:00:00-04:00"
END_JUN02 = "2026-06-02T11:00:00-04:00"


def _people_rows(interview: Interview) -> list[tuple[Any, ...]]:
    return [
        (i.name, i.email, i.title, str(i.role), i.hiring_manager) for i in interview.interviewers
    ]


START_JUN09 = "2026-06-09T09:00:00-04:00"
END_JUN09 = "2026-06-09T11:00:00-04:00"


def _titles(interview: Interview) -> list[tuple[Any, ...]]:
    return [(i.name, i.title, i.hiring_manager) for i in interview.interviewers]


def _met(interview: Interview) -> set[tuple[Any, ...]]:
    return {(i.name, i.email, i.title, str(i.role)) for i in interview.interviewers}


def _is_interview(page: dict[str, Any]) -> bool:
    found = extract_interviews(page, format="google", me=ME, timezone="America/New_York")
    return any(i.is_interview for i in found)


def _interview_on_page(page: dict[str, Any]) -> Interview:
    """The page's one event, interview or not."""
    (found,) = extract_interviews(
        page, format="google", me=ME, timezone="America/New_York", include_all=True
    )
    return found


START_JUN16 = "2026-06-16T09:00:00-04:00"
END_JUN16 = "2026-06-16T10:00:00-04:00"


def _interviewers_in(description: str, *guests: tuple[str, str]) -> list[Interviewer]:
    page = google_event(
        "Interview - Alex Morgan - Operations Analyst",
        description,
        ("Marit Solberg", "marit.solberg@fjordline-logistics.no"),
        *guests,
        start=START_JUN16,
        end=END_JUN16,
    )
    return list(only_interview(page).interviewers)


def _sender_letter(description: str) -> list[Interviewer]:
    page = google_event(
        "Interview - Alex Morgan - Operations Analyst",
        description,
        ("Marit Solberg", "marit.solberg@fjordline-logistics.no"),
        ("Marit Solberg", "marit.solberg@fjordline-logistics.no"),
        ("Arvid Lien", "arvid.lien@fjordline-logistics.no"),
        start=START_JUN16,
        end=END_JUN16,
    )
    return list(only_interview(page).interviewers)


START_SEP08 = "2026-09-08T13:00:00-04:00"
END_SEP08 = "2026-09-08T14:00:00-04:00"


ORGANIZER = ("Imelda Carrasco", "imelda.carrasco@harrowgatehealth.org")


def _interviewers_by_name(
    description: str, *guests: tuple[str | None, str]
) -> dict[str | None, Interviewer]:
    page = google_event(
        "Interview - Alex Morgan - Respiratory Therapist",
        description,
        ORGANIZER,
        *guests,
        start=START_SEP08,
        end=END_SEP08,
    )
    return {p.name: p for p in only_interview(page).interviewers}


def _lineup(description: str, *guests: tuple[str | None, str]) -> dict[str | None, Interviewer]:
    page = google_event(
        "Onsite - Alex Morgan - Platform Engineer - Quillon",
        description,
        ("Bettina Okafor", "bettina@quillon.dev"),
        *guests,
        start=START_SEP08,
        end=END_SEP08,
    )
    return {p.name: p for p in only_interview(page).interviewers}


def _writer_met(
    description: str, writer: tuple[str, str], other: tuple[str, str]
) -> dict[str, Any]:
    page = google_event(
        "Interview - Alex Morgan - Site Reliability Engineer",
        description,
        writer,
        writer,
        other,
        start=START_SEP08,
        end=END_SEP08,
    )
    interview = only_interview(page)
    return {
        "met": {p.email: p for p in interview.interviewers},
        "recruiter": interview.recruiter,
    }


def _invite(
    description: str, organizer: tuple[str, str], *guests: tuple[str | None, str]
) -> Interview:
    page = google_event(
        "Interview - Alex Morgan - Pastry Chef",
        description,
        organizer,
        *guests,
        start=START_SEP08,
        end=END_SEP08,
    )
    return only_interview(page)


SCHOOL = ("Marguerite Osei", "mosei@brackenhill-school.example")
AGENCY = ("Ines Carvalho", "icarvalho@tonguebridge.example")


PAPER = ("Wyn Prothero", "wprothero@valleygazette.example")
COUNCIL = ("Hollis Grange", "hgrange@eastmoor-council.example")


def _graph_invite(body: str, organizer: tuple[str, str], *guests: tuple[str, str]) -> Interview:
    item = {
        "id": "g-lineup",
        "subject": "Interview - Alex Morgan - Platform Engineer",
        "isOrganizer": False,
        "body": {"contentType": "text", "content": body},
        "start": {"dateTime": "2026-10-13T14:00:00.0000000", "timeZone": "UTC"},
        "end": {"dateTime": "2026-10-13T15:00:00.0000000", "timeZone": "UTC"},
        "organizer": {"emailAddress": {"name": organizer[0], "address": organizer[1]}},
        "attendees": [
            {"type": "required", "emailAddress": {"name": "Alex Morgan", "address": ME[0]}},
            *({"type": "required", "emailAddress": {"name": n, "address": a}} for n, a in guests),
        ],
    }
    (found,) = extract_interviews({"value": [item]}, format="graph", me=ME, timezone="UTC")
    return found


LINEUP = (
    ("Oona Castell", "oona.castell@tidewater.example"),
    ("Rafe Mbeki", "rafe.mbeki@tidewater.example"),
)


def _from_recruiter(description: str) -> Interview:
    page = google_event(
        "Interview - Alex Morgan - Risk Analyst",
        description,
        ("Yusra Demir", "yusra.demir@quarrystone.example"),
        ("Yusra Demir", "yusra.demir@quarrystone.example"),
        ("Marta Quispe", "marta.quispe@quarrystone.example"),
        ("Olu Bankole", "olu.bankole@quarrystone.example"),
        start="2026-10-13T10:00:00-04:00",
        end="2026-10-13T11:00:00-04:00",
    )
    return only_interview(page)


FRIEND = ("Gwen Ashdown", "gwen.ashdown@gmail.com")


def _hotel(description: str) -> dict[str, bool]:
    page = google_event(
        "Interview - Alex Morgan - Reservations Agent",
        description,
        ("Saltmarsh Inn Careers", "careers@saltmarshinn.example"),
        ("Bryony Kemp", "bkemp@saltmarshinn.example"),
        ("Anwar Haddad", "ahaddad@saltmarshinn.example"),
        start="2026-10-13T10:00:00-04:00",
        end="2026-10-13T11:00:00-04:00",
    )
    return {str(p.name): p.hiring_manager for p in only_interview(page).interviewers}


CONSULTANT = ("Rhiannon Pryce", "rhiannon.pryce@kestrelsearch.example")
SIGNED = "\nRhiannon Pryce\nPrincipal Consultant | Kestrel Search"


def _event_with_guests(*guests: Attendee) -> Event:
    return Event(
        source=Source.GOOGLE,
        uid="u1",
        event_id="u1",
        recurrence_id=None,
        title="Interview",
        description="",
        location=None,
        start=None,
        end=None,
        all_day=False,
        status=EventStatus.CONFIRMED,
        organizer=Attendee("talent@brindle.example", "Brindle Talent"),
        attendees=guests,
    )


# The detection invites of test_detection_other_kinds_of_interview.py.
START_SEP22 = "2026-09-22T15:00:00-04:00"
END_SEP22 = "2026-09-22T15:45:00-04:00"


def _with_verdict(page: dict[str, Any]) -> Interview:
    """The page's one event with its verdict, whether or not it is an interview."""
    (found,) = extract_interviews(
        page, format="google", me=ME, timezone="America/New_York", include_all=True
    )
    return found


def _event(title: str, description: str, *guests: tuple[str, str]) -> Interview:
    organizer = guests[0] if guests else ("Bookings", "bookings@lanternbridge.example")
    page = google_event(title, description, organizer, *guests, start=START_SEP22, end=END_SEP22)
    return _with_verdict(page)


# The company and position invites of test_company_and_position_as_written.py.
START_OCT06 = "2026-10-06T10:00:00-04:00"
END_OCT06 = "2026-10-06T11:00:00-04:00"


def _interview(
    title: str,
    description: str,
    organizer: tuple[str, str],
    *guests: tuple[str, str],
    location: str | None = None,
    me: str = ME[0],
) -> Interview:
    people: list[dict[str, Any]] = [{"email": me, "self": True, "displayName": "Alex Morgan"}]
    people += [{"email": e, "displayName": n} for n, e in guests]
    item: dict[str, Any] = {
        "id": "ev14",
        "summary": title,
        "description": description,
        "start": {"dateTime": START_OCT06},
        "end": {"dateTime": END_OCT06},
        "organizer": {"email": organizer[1], "displayName": organizer[0]},
        "attendees": people,
    }
    if location:
        item["location"] = location
    found = [
        i
        for i in extract_interviews(
            {"items": [item]}, format="google", me=ME, timezone="America/New_York"
        )
        if i.is_interview
    ]
    assert len(found) == 1
    return found[0]
