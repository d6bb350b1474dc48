"""Events that are not the user's interview, cancellations and recurring series in .ics."""

from __future__ import annotations

from typing import Any

import pytest

from app.calendar.interviews import extract_interviews
from app.calendar.model import EventStatus

from .helpers import ME, contact, load, people


def test_personal_and_internal_events_are_not_interviews() -> None:
    assert load("not_interviews.ics") == []
    everything = {i.title: i for i in load("not_interviews.ics", include_all=True)}
    assert set(everything) == {
        "Dentist - Dr. Alvarez (cleaning)",
        "Payments team sync",
        "Alex / Peter 1:1",
        "Interviewer training: structured interviews",
        "Interview: Jordan Smith (Backend candidate)",
    }
    assert not any(i.is_interview for i in everything.values())
    # Interviewing someone else at the user's own employer is not the user's interview.
    hiring = everything["Interview: Jordan Smith (Backend candidate)"]
    assert any("own employer (initech.com)" in r for r in hiring.reasons)
    training = everything["Interviewer training: structured interviews"]
    assert training.confidence == 0.0


def test_method_cancel_interview_keeps_its_people() -> None:
    (iv,) = load("cancelled_interview.ics")
    assert iv.status is EventStatus.CANCELLED
    assert people(iv) == [
        (
            "Deepa Iyer",
            "deepa.iyer@litware.com",
            None,  # "(Hiring Manager)" is the mark, not a job title
            "decision_maker",
            True,
            None,
            "attendee",
        )
    ]
    assert contact(iv) == ("Jordan Blake", "jordan.blake@litware.com")
    assert iv.company == "Litware"


def test_recurring_ics_overrides_inherit_attendees_and_cancelled_override_is_marked() -> None:
    items = load("recurring_trial.ics", tz="Europe/Berlin")
    got = [(i.start.isoformat() if i.start else None, str(i.status)) for i in items]
    assert got == [
        ("2025-03-17T10:00:00+01:00", "confirmed"),
        ("2025-03-18T14:00:00+01:00", "confirmed"),  # moved override, no ATTENDEE lines
        ("2025-03-20T10:00:00+01:00", "cancelled"),  # STATUS:CANCELLED override
        ("2025-03-21T10:00:00+01:00", "confirmed"),
    ]
    for iv in items:
        assert people(iv) == [
            ("Ines Duarte", "ines@proseware.ai", "Senior Engineer", "peer", False, None, "attendee")
        ]
        assert contact(iv) == ("Sam Rivera", "sam@proseware.ai")
    assert [i.key for i in items][1] == "ics:trial-pairing-2025@proseware.ai/20250318T090000Z"


def test_window_limits_events_and_series() -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    berlin = ZoneInfo("Europe/Berlin")
    window = (datetime(2025, 3, 18, tzinfo=berlin), datetime(2025, 3, 20, tzinfo=berlin))
    items = load("recurring_trial.ics", tz="Europe/Berlin", window=window)
    assert [i.start.date().isoformat() for i in items if i.start] == ["2025-03-18"]


def _one(summary: str, organizer: str, name: str | None = None, **extra: object) -> dict[str, Any]:
    return {
        "id": summary[:8],
        "summary": summary,
        "organizer": {"email": organizer, "displayName": name},
        "start": {"dateTime": "2025-03-10T13:00:00Z"},
        "end": {"dateTime": "2025-03-10T13:30:00Z"},
        "attendees": [
            {"email": organizer, "organizer": True},
            {"email": "alex.morgan@gmail.com", "self": True},
        ],
        **extra,
    }


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (_one("Intro call with Acme", "jane.doe@acme.com", "Jane Doe"), True),
        (
            _one(
                "Virtual onsite - Acme",
                "talent@acme.com",
                "Acme Talent",
                guestsCanSeeOtherGuests=False,
            ),
            True,
        ),
        (_one("Chat with Priya Shah, Head of Data @ Contoso", "priya@contoso.com"), True),
        (_one("Tech screen", "ravi@contoso.com"), True),
        (_one("Lunch with Mom", "mom@gmail.com"), False),
        (_one("Screen share: Q2 planning", "pm@vendor.com"), False),
        (_one("Mock interview with my career coach", "coach@gmail.com"), False),
        (_one("Panel: the future of AI", "events@conference.org"), False),
        (_one("Interview debrief", "bill@initech.com"), False),
    ],
    ids=lambda v: v["summary"] if isinstance(v, dict) else str(v),
)
def test_detection(event: dict[str, Any], expected: bool) -> None:
    (iv,) = extract_interviews([event], format="google", me=ME, timezone="UTC", include_all=True)
    assert iv.is_interview is expected, iv.reasons
