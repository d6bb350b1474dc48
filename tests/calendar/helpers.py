"""Paths and compact views of results, so tests can state exact expectations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.calendar.interviews import extract_interviews
from app.calendar.model import Interview, Interviewer

REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"

ME = ["alex.morgan@gmail.com", "alex.morgan@initech.com"]


def load(name: str, *, tz: str = "America/New_York", **kwargs: Any) -> list[Interview]:
    return extract_interviews((FIXTURES / name).read_bytes(), me=ME, timezone=tz, **kwargs)


def person(i: Interviewer) -> tuple[Any, ...]:
    """(name, email, title, role, hiring_manager, "HH:MM-HH:MM" or None, source)."""
    slot = f"{i.slot_start:%H:%M}-{i.slot_end:%H:%M}" if i.slot_start and i.slot_end else None
    return (i.name, i.email, i.title, str(i.role), i.hiring_manager, slot, str(i.source))


def people(interview: Interview) -> list[tuple[Any, ...]]:
    return [person(i) for i in interview.interviewers]


def contact(interview: Interview) -> tuple[str | None, str | None] | None:
    r = interview.recruiter
    return (r.name, r.email) if r else None


def only_event(data: Any) -> Interview:
    """The one event of a Google page, interview or not."""
    (found,) = extract_interviews(data, format="google", me=ME, timezone="America/New_York")
    return found


def only_interview(data: Any) -> Interview:
    """The one interview among a Google page's events."""
    found = [
        i
        for i in extract_interviews(data, format="google", me=ME, timezone="America/New_York")
        if i.is_interview
    ]
    assert len(found) == 1
    return found[0]


def google_event(
    summary: str,
    description: str,
    organizer: tuple[str | None, str],
    *guests: tuple[str | None, str],
    start: str,
    end: str,
    me: str = ME[0],
    event_id: str = "ev1",
) -> dict[str, Any]:
    """A Google Calendar list answer with one event: the user, then `guests` as (name, email)
    (a None name is an attendee known only by address)."""
    people: list[dict[str, Any]] = [{"email": me, "self": True}]
    people += [{"email": e, "displayName": n} if n else {"email": e} for n, e in guests]
    return {
        "items": [
            {
                "id": event_id,
                "summary": summary,
                "description": description,
                "start": {"dateTime": start},
                "end": {"dateTime": end},
                "organizer": {"email": organizer[1]}
                | ({"displayName": organizer[0]} if organizer[0] is not None else {}),
                "attendees": people,
            }
        ]
    }


def one_invite(
    title: str,
    description: str,
    organizer: tuple[str | None, str],
    *guests: tuple[str | None, str],
) -> Interview:
    """The one event of a Google page holding this invite, on an ordinary weekday hour."""
    page = google_event(
        title,
        description,
        organizer,
        *guests,
        start="2027-04-06T09:00:00-04:00",
        end="2027-04-06T10:00:00-04:00",
    )
    return only_event(page)
