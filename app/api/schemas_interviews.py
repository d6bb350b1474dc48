"""Request and response schemas of POST /v1/interviews/extract; the response is read from the
calendar core's `Interview` dataclasses."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import (
    AliasChoices,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    field_validator,
    model_validator,
)

from app.api.schemas_common import FromCore, IsoDateTime
from app.api.schemas_playbook import DateTimeText
from app.calendar.model import CompanySource, EventStatus, InterviewerSource, Source
from app.calendar.zones import zone
from app.playbook.roles import Role

_ICS_EXAMPLE = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//EN\r\nBEGIN:VEVENT\r\n"
    "UID:phone-screen-1@litware.com\r\nDTSTAMP:20250301T090000Z\r\n"
    "DTSTART:20250310T170000Z\r\nDTEND:20250310T173000Z\r\n"
    "SUMMARY:Phone Screen with Deepa (Hiring Manager)\r\n"
    "ORGANIZER;CN=Jordan Blake:mailto:jordan.blake@litware.com\r\n"
    "ATTENDEE;CN=Alex Morgan:mailto:alex.morgan@gmail.com\r\n"
    "ATTENDEE;CN=Deepa Iyer:mailto:deepa.iyer@litware.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

EXTRACT_EXAMPLES: dict[str, Any] = {
    "ics": {
        "summary": "An .ics invite as text",
        "value": {
            "format": "ics",
            "data": _ICS_EXAMPLE,
            "me": ["alex.morgan@gmail.com"],
            "timezone": "America/New_York",
        },
    },
    "google": {
        "summary": "A Google Calendar events.list page (format detected)",
        "value": {
            "data": {
                "kind": "calendar#events",
                "items": [
                    {
                        "id": "4hidden0guests0phonescreen",
                        "status": "confirmed",
                        "summary": "Phone Screen with Deepa (Hiring Manager)",
                        "organizer": {
                            "email": "jordan.blake@litware.com",
                            "displayName": "Jordan Blake",
                        },
                        "start": {"dateTime": "2025-03-10T13:00:00-04:00"},
                        "end": {"dateTime": "2025-03-10T13:30:00-04:00"},
                        "attendees": [{"email": "alex.morgan@gmail.com", "self": True}],
                        "guestsCanSeeOtherGuests": False,
                    }
                ],
            },
            "me": ["alex.morgan@gmail.com"],
            "timezone": "America/New_York",
        },
    },
}


class ExtractWindow(BaseModel):
    start: DateTimeText
    end: DateTimeText

    @model_validator(mode="after")
    def _ordered(self) -> ExtractWindow:
        if (self.start.tzinfo is None) != (self.end.tzinfo is None):
            raise ValueError("give both ends with an offset, or neither")
        if self.end <= self.start:
            raise ValueError("the window must end after it starts")
        return self


class ExtractRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: Literal["ics", "google", "graph"] | None = Field(
        None, description="Detected when omitted: .ics text, or Google / Graph event JSON."
    )
    data: str | list[Any] | dict[str, Any] = Field(
        description="The .ics text; or Google/Graph events: one event, a list, or an API page "
        '(`{"items": [...]}` / `{"value": [...]}`), as JSON or as a JSON string.'
    )
    me: list[str] = Field(
        default_factory=list,
        max_length=20,
        description="Every address of the user (the candidate). The caller's verified address is "
        "always added.",
    )
    timezone: str = Field(
        "UTC",
        description="The user's IANA zone: floating times are read in it and every "
        "datetime in the answer is given in it.",
    )
    window: ExtractWindow | None = Field(
        None,
        description="Only events overlapping this window (at most 732 days long); recurring "
        "series are expanded inside it. Without it each series is expanded for a year from "
        "its start.",
    )
    include_all: StrictBool = Field(
        False, description="Return every event with `is_interview` and the reasons (debugging)."
    )

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        found = zone(value)
        if found is None:
            raise ValueError(f"unknown time zone {value!r}; use an IANA name such as Europe/Paris")
        # The IANA spelling ('europe/berlin' → Europe/Berlin; a Windows name → its IANA zone).
        return found.key


class ExtractedContact(FromCore):
    name: str | None
    email: str | None


class ExtractedInterviewer(FromCore):
    key: str = Field(description="Stable per interview: the address, else `name:` + the name.")
    name: str | None
    email: str | None
    title: str | None
    role: Role
    hiring_manager: bool
    slot_start: IsoDateTime | None
    slot_end: IsoDateTime | None
    source: InterviewerSource
    sources: list[InterviewerSource]
    topic: str | None
    optional: bool


class ExtractedInterview(FromCore):
    # Read from `Interview.key` (a dataclass property); `id` when read back from JSON.
    id: str = Field(
        validation_alias=AliasChoices("id", "key"),
        description="Stable identity: `source:event_id`, or `source:uid[/recurrence]`.",
    )
    source: Source
    uid: str
    event_id: str | None
    recurrence_id: IsoDateTime | None
    title: str
    company: str | None
    position: str | None
    start: IsoDateTime | None
    end: IsoDateTime | None
    all_day: bool
    status: EventStatus
    organizer: ExtractedContact | None
    recruiter: ExtractedContact | None
    interviewers: list[ExtractedInterviewer]
    missing_emails: bool = Field(
        description="An interviewer has no address, or none is named: offer `ask_recruiter`."
    )
    is_interview: bool
    confidence: float
    reasons: list[str]
    location: str | None
    conference_url: str | None
    company_source: CompanySource | None = Field(
        None,
        description="`invite`: the invite's own words name the company; `domain`: only an "
        "address's domain does (a note leaves it out).",
    )


class ExtractResponse(BaseModel):
    interviews: list[ExtractedInterview]
    warnings: list[str] = Field(
        default_factory=list,
        description="Recurring series that were not expanded and why (one that repeats more "
        "often than daily, or whose rule never matches); the rest of the calendar is read.",
    )
