"""The calendar data model: one `Event` for every provider, and the `Interview` found in it.

Stable on purpose: storage and the auto-draft planner build on these types. Add fields with
defaults at the end; never rename or reorder the existing ones.

Every datetime here is timezone-aware (the user's zone after normalisation).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Literal

from app.playbook.roles import Role


class Source(StrEnum):
    """Where an event came from."""

    GOOGLE = "google"
    GRAPH = "graph"
    ICS = "ics"


class EventStatus(StrEnum):
    CONFIRMED = "confirmed"
    TENTATIVE = "tentative"
    CANCELLED = "cancelled"


class AttendeeKind(StrEnum):
    """iCalendar CUTYPE, Google `resource`, Graph `type: resource`."""

    PERSON = "person"
    ROOM = "room"
    RESOURCE = "resource"
    GROUP = "group"
    UNKNOWN = "unknown"


class Response(StrEnum):
    ACCEPTED = "accepted"
    TENTATIVE = "tentative"
    DECLINED = "declined"
    NEEDS_ACTION = "needs_action"
    DELEGATED = "delegated"
    ORGANIZER = "organizer"
    UNKNOWN = "unknown"


CompanySource = Literal["invite", "domain"]

# The years an event, an interview or a send-by time may fall in: the one definition of the
# product's range. At the edges of what Python holds (years 1 and 9999) zone conversions and
# day arithmetic overflow, and an invite from anyone can be dated there, so the calendar readers
# refuse an event outside these years before any such arithmetic (zones.OutOfRange).
EARLIEST_YEAR, LATEST_YEAR = 1900, 2999


class InterviewerSource(StrEnum):
    """Which part of the invite told us about an interviewer."""

    ATTENDEE = "attendee"
    ORGANIZER = "organizer"
    DESCRIPTION = "description"
    SUMMARY = "summary"


@dataclass(frozen=True, slots=True)
class Attendee:
    """A participant as the provider lists it. `email` is cleaned and lowercased; `name` is a
    real display name or None (a CN that is just an address is not a name)."""

    email: str | None
    name: str | None = None
    kind: AttendeeKind = AttendeeKind.PERSON
    optional: bool = False
    response: Response = Response.UNKNOWN
    # The provider marks this entry as the organizer (Google `organizer: true`).
    is_organizer: bool = False
    # The provider marks this entry as the calendar owner (Google `self: true`).
    is_self: bool = False
    # iCalendar ROLE=NON-PARTICIPANT: copied for information, not expected to attend.
    non_participant: bool = False


@dataclass(frozen=True, slots=True)
class Event:
    """One calendar event or one occurrence of a recurring series, provider-neutral."""

    source: Source
    # iCalendar UID (Google `iCalUID`, Graph `iCalUId`); synthesised when the input has none.
    uid: str
    # The provider's id for this event or occurrence (Google/Graph `id`); None for .ics.
    event_id: str | None
    # Original start of this occurrence when it belongs to a series (UTC), else None.
    recurrence_id: datetime | None
    title: str
    # As given: may be HTML (Google, Graph) or plain text (.ics).
    description: str
    location: str | None
    start: datetime | None
    end: datetime | None
    all_day: bool
    status: EventStatus
    organizer: Attendee | None
    attendees: tuple[Attendee, ...]
    # Google `creator` (differs from the organizer when a coordinator books on a shared calendar).
    creator: Attendee | None = None
    # The guest list is hidden or partial (Google attendeesOmitted / guestsCanSeeOtherGuests).
    attendees_hidden: bool = False
    # Provider series id (Google recurringEventId, Graph seriesMasterId).
    series_id: str | None = None
    # iCalendar METHOD and PRODID (recruiting tools leave fingerprints there).
    method: str | None = None
    prodid: str | None = None
    conference_url: str | None = None
    # Google eventType (default, outOfOffice, focusTime, ...); None elsewhere.
    event_type: str | None = None
    # The zone the event was written in (IANA), when known: schedules in descriptions use it.
    origin_timezone: str | None = None


@dataclass(frozen=True, slots=True)
class Contact:
    name: str | None
    email: str | None


_KEY_SPACE = re.compile(r"[^\w]+")


def person_key(email: str | None, name: str | None) -> str:
    """Stable identity of a person within an interview: the address, else the folded name."""
    if email:
        return email.strip().lower()
    folded = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode()
    return "name:" + _KEY_SPACE.sub(" ", folded.casefold()).strip()


@dataclass(frozen=True, slots=True)
class Interviewer:
    name: str | None
    email: str | None
    title: str | None
    role: Role
    # The invite calls this person the hiring manager (the role is then decision_maker).
    hiring_manager: bool
    # This person's own slot when the schedule gives one (a loop in one event).
    slot_start: datetime | None
    slot_end: datetime | None
    # The first source that named this person; `sources` lists every one that did.
    source: InterviewerSource
    sources: tuple[InterviewerSource, ...] = ()
    # What the schedule says this slot covers ("System design"), when it says.
    topic: str | None = None
    # Listed as optional (Google `optional`, Graph `type: optional`, ROLE=OPT-PARTICIPANT).
    optional: bool = False

    @property
    def key(self) -> str:
        return person_key(self.email, self.name)


@dataclass(frozen=True, slots=True)
class Interview:
    source: Source
    uid: str
    event_id: str | None
    recurrence_id: datetime | None
    title: str
    company: str | None
    position: str | None
    start: datetime | None
    end: datetime | None
    all_day: bool
    status: EventStatus
    organizer: Contact | None
    recruiter: Contact | None
    interviewers: tuple[Interviewer, ...]
    # How sure detection is that this is the user's own interview (0..1), and why.
    confidence: float
    reasons: tuple[str, ...]
    is_interview: bool = True
    location: str | None = None
    conference_url: str | None = None
    # Where `company` came from: "invite" when the invite's own words name it (description,
    # title, sender, signature), "domain" when it is only an address's domain written as a
    # name ("Acmecorp" from acmecorp.com) — a draft should not put the latter in a sentence.
    company_source: CompanySource | None = None
    # The event's guest list is hidden or partial (Event.attendees_hidden: Google
    # attendeesOmitted / guestsCanSeeOtherGuests=false): an attendee missing from it may
    # still be invited, so `interviewers` may lack people an earlier copy listed.
    attendees_hidden: bool = False

    @property
    def key(self) -> str:
        """Stable storage identity: provider id when there is one, else UID + occurrence."""
        if self.event_id:
            return f"{self.source}:{self.event_id}"
        key = f"{self.source}:{self.uid}"
        if self.recurrence_id is not None:
            key += "/" + self.recurrence_id.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        return key

    @property
    def missing_emails(self) -> bool:
        """True when an interviewer has no address, or when nobody is named at all: both are
        the trigger for the `ask_recruiter` draft (PLAYBOOK §2)."""
        return not self.interviewers or any(not i.email for i in self.interviewers)
