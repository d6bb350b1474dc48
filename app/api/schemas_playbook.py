"""Request and response shapes of the playbook endpoints (ARCHITECTURE.md, "Public JSON API v1")."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    ValidationInfo,
    field_validator,
    model_validator,
)

from app.api.schemas_common import FromCore, IsoDateTime
from app.calendar.model import EARLIEST_YEAR, LATEST_YEAR
from app.playbook.html_text import looks_like_html
from app.playbook.models import (
    Details,
    Draft,
    DraftInput,
    Finding,
    FindingCode,
    InterviewTime,
    Person,
    RiskArea,
    Severity,
    Slot,
    Verdict,
    VoiceReport,
)
from app.playbook.note_body import NoteFormat
from app.playbook.scenarios import SCENARIOS, Objective, Scenario
from app.playbook.timing import canonical_zone_name, describe_send_by, zone

log = logging.getLogger("rightnote.api.schemas")

EMAIL_PATTERN = r"^[^@\s<>,;\"]{1,64}@[^@\s<>,;\"]{1,255}$"


def iana_zone_name(value: str) -> str | None:
    """The IANA name of a zone given in any case, or by its Windows name ("W. Europe Standard
    Time", as Outlook and Graph write zones; CLDR's windowsZones as icalendar ships it), or None
    when no zone has that name.

    The same answer as app.calendar.zones.zone(value).key; this wrapper exists only so that an
    IANA name, the common case, never imports the calendar package (the CLI's cold start)."""
    key = canonical_zone_name(value)
    if key is not None:
        return key
    try:
        from app.calendar.zones import zone as provider_zone
    except ImportError:
        # The Windows table is an internal module of icalendar (timezone.windows_to_olson); if
        # a release moves it, Windows names stop resolving here (422 as any unknown zone)
        # instead of every zone field failing with a 500.
        log.warning("zones.windows_table_unavailable")
        return None
    found = provider_zone(value)
    return found.key if found is not None else None


def _known_zone(value: str | None) -> str | None:
    if value is not None:
        key = iana_zone_name(value)
        if key is None:
            zone(value)  # ValueError -> 422 with the field path
        # The answer shows the IANA spelling of a name typed in another case or Windows' name.
        return key or value
    return value


def _date_time_text(value: Any) -> Any:
    # The contract is an ISO 8601 date-time string; pydantic's lax mode would also read a JSON
    # number as a Unix time, which nothing documents.
    if not isinstance(value, str | datetime):
        raise ValueError("must be an ISO 8601 date-time string")
    return value


def scenario_name(value: Any) -> Any:
    """Scenario names as people type them: "follow-up", "Follow up", "Gratitude" -> the enum
    value; anything else is left for the enum to refuse with the list of names."""
    if isinstance(value, str):
        key = "_".join(value.strip().lower().replace("-", " ").split())
        if key in Scenario._value2member_map_:
            return key
    return value


ScenarioName = Annotated[Scenario, BeforeValidator(scenario_name)]


# Years an interview, a debrief or a send-by time can fall in (one bound for the product, in
# app.calendar.model). At the edges of what Python can hold (years 1 and 9999), the zone
# conversions and day arithmetic of send-by times overflow: '9999-12-31T23:00:00-12:00' in
# Pacific/Kiritimati was a 500.
def _plausible_year(value: datetime) -> datetime:
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise ValueError(f"must be a date between the years {EARLIEST_YEAR} and {LATEST_YEAR}")
    return value


# A date-time given as text in JSON (routes validate the parsed body, so pydantic's strict mode,
# which refuses strings too, is not an option). Booleans are StrictBool: `true`/`false` only.
DateTimeText = Annotated[
    datetime, BeforeValidator(_date_time_text), AfterValidator(_plausible_year)
]
Line = Annotated[str, Field(max_length=200)]
Email = Annotated[str, Field(max_length=320, pattern=EMAIL_PATTERN)]
TimeZoneName = Annotated[str, Field(max_length=64), AfterValidator(_known_zone)]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class PersonIn(_In):
    name: Line | None = None
    email: Email | None = None
    title: Line | None = None
    hiring_manager: StrictBool = Field(
        False, description="The invite calls this person the hiring manager."
    )


class CandidateIn(_In):
    name: Line | None = None


class InterviewIn(_In):
    start: DateTimeText | None = None
    end: DateTimeText | None = None
    timezone: TimeZoneName | None = Field(None, description="IANA zone, e.g. Europe/Berlin.")

    @model_validator(mode="after")
    def _end_after_start(self) -> InterviewIn:
        if _ends_first(self.start, self.end):
            raise ValueError("the interview ends before it starts: check the start and end")
        return self


def _ends_first(start: datetime | None, end: datetime | None) -> bool:
    if start is None or end is None:
        return False
    if (start.tzinfo is None) != (end.tzinfo is None):
        # One given with a zone, one without: read both as wall-clock times.
        start, end = start.replace(tzinfo=None), end.replace(tzinfo=None)
    return end < start


class SlotIn(_In):
    title: Line | None = Field(
        None, description="What the invite's schedule calls this interviewer's slot."
    )
    start: DateTimeText | None = None
    end: DateTimeText | None = None

    @model_validator(mode="after")
    def _end_after_start(self) -> SlotIn:
        if _ends_first(self.start, self.end):
            raise ValueError("the slot ends before it starts: check the start and end")
        return self


class DetailsIn(_In):
    topic: Line | None = Field(None, description="What you discussed.")
    stumble: StrictBool | Annotated[str, Field(max_length=600)] | None = Field(
        None,
        description="Recovery: what went wrong, as you observed it; `true` flags a stumble "
        "without saying what happened yet.",
    )
    what_happened: Annotated[str, Field(max_length=600)] | None = Field(
        None, description="Recovery: what you think was happening."
    )
    restatement: Annotated[str, Field(max_length=1200)] | None = Field(
        None, description="Recovery: what you wanted them to hear in the first place."
    )
    questions: list[Annotated[str, Field(max_length=300)]] = Field(
        default_factory=list, max_length=2, description="Your own questions (at most two)."
    )
    risk_areas: list[RiskArea] = Field(default_factory=list, max_length=5)
    debrief_at: DateTimeText | None = Field(None, description="When the hiring team debriefs.")


class DraftRequest(_In):
    scenario: ScenarioName
    interviewer: PersonIn = Field(default_factory=PersonIn)
    candidate: CandidateIn = Field(default_factory=CandidateIn)
    company: Line | None = None
    position: Line | None = None
    interview: InterviewIn = Field(default_factory=InterviewIn)
    details: DetailsIn = Field(default_factory=DetailsIn)
    slot: SlotIn | None = Field(
        None, description="This interviewer's slot in a loop: its title and time, as invited."
    )
    # Strict: JSON `false`/`true` or "1" is not a place in a panel (lax int would take them).
    panel_position: StrictInt = Field(
        0,
        ge=0,
        le=100,
        description="This interviewer's place in the panel (0, 1, ...): the notes of one "
        "interview are worded differently so none reads as a copy of another.",
    )

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        json_schema_extra={
            "examples": [
                {
                    "scenario": "follow_up",
                    "interviewer": {
                        "name": "Priya Raman",
                        "email": "priya@northwind.example",
                        "title": "Engineering Manager",
                    },
                    "candidate": {"name": "Sam Okafor"},
                    "company": "Northwind",
                    "position": "Senior Backend Engineer",
                    "interview": {
                        "start": "2026-11-24T14:00:00",
                        "end": "2026-11-24T14:45:00",
                        "timezone": "America/New_York",
                    },
                    "details": {
                        "topic": "the billing migration",
                        "risk_areas": ["funding", "scope"],
                    },
                }
            ]
        },
    )

    def to_core(self, *, candidate_name: str | None = None) -> DraftInput:
        """The engine's input; `candidate_name` (the account's name) signs the note when the
        request names no candidate."""
        d = self.details
        return DraftInput(
            scenario=self.scenario,
            interviewer=Person(
                name=self.interviewer.name,
                email=self.interviewer.email,
                title=self.interviewer.title,
                hiring_manager=self.interviewer.hiring_manager,
            ),
            candidate_name=self.candidate.name or candidate_name,
            company=self.company,
            position=self.position,
            interview=InterviewTime(
                self.interview.start, self.interview.end, self.interview.timezone
            ),
            details=Details(
                topic=d.topic,
                stumble=_stumble(d.stumble),
                what_happened=d.what_happened,
                restatement=d.restatement,
                questions=tuple(d.questions),
                risk_areas=tuple(d.risk_areas),
                debrief_at=d.debrief_at,
            ),
            slot=Slot(self.slot.title, self.slot.start, self.slot.end) if self.slot else None,
            panel_position=self.panel_position,
        )


def _stumble(value: bool | str | None) -> str | None:
    if value is True:
        return ""
    if value is False or value is None:
        return None
    return value


MAX_NOTE_CHARS = 20_000  # plain text
MAX_NOTE_HTML_CHARS = 100_000  # a mail client's HTML carries styles and markup around the words


class VoiceCheckRequest(_In):
    # Declared before `text`, so the check of `text` knows which limit applies.
    format: NoteFormat = Field(
        NoteFormat.AUTO,
        description="`text`, `html`, or `auto` (HTML when it looks like a mail client's HTML). "
        "Only the visible text of the new message is judged: no quoted reply, no signature.",
    )
    text: Annotated[str, Field(max_length=MAX_NOTE_HTML_CHARS)] = Field(
        description="The note: plain text, or HTML pasted from a mail client (see `format`). "
        "Findings point into it exactly as given."
    )
    scenario: ScenarioName
    send_by: DateTimeText | None = Field(None, description="Recovery: when the note must be sent.")
    known_terms: list[Annotated[str, Field(max_length=200)]] = Field(
        default_factory=list,
        max_length=50,
        description="Names and companies in the text (not treated as shouting).",
    )

    @field_validator("text")
    @classmethod
    def _a_note(cls, text: str, info: ValidationInfo) -> str:
        # An empty note has nothing to check: "missing thanks" would be a wrong answer.
        if not text.strip():
            raise ValueError("is empty: paste the note to check")
        fmt = info.data.get("format", NoteFormat.AUTO)
        if len(text) > MAX_NOTE_CHARS and not (
            fmt is NoteFormat.HTML or (fmt is NoteFormat.AUTO and looks_like_html(text))
        ):
            raise ValueError(f"is too long (at most {MAX_NOTE_CHARS} characters of plain text)")
        return text

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "scenario": "gratitude",
                    "text": "Hi Dana,\n\nThank you so much!!! I'm SO excited about your roadmap.\n",
                }
            ]
        },
    )


# --- responses ---------------------------------------------------------------------------------


class FindingOut(FromCore):
    code: FindingCode
    severity: Severity
    start: int
    end: int
    excerpt: str
    message: str
    suggestion: str | None

    @staticmethod
    def fields(finding: Finding, text: str) -> dict[str, Any]:
        """The fields of a finding on `text`; its excerpt is cut from the text."""
        return {
            "code": finding.code,
            "severity": finding.severity,
            "start": finding.start,
            "end": finding.end,
            "excerpt": text[finding.start : finding.end][:200],
            "message": finding.message,
            "suggestion": finding.suggestion,
        }


class MetricsOut(FromCore):
    words: int
    sentences: int
    questions: int
    we_ratio: Annotated[float, AfterValidator(lambda v: round(v, 3))]
    reading_grade: Annotated[float, AfterValidator(lambda v: round(v, 1))]
    exclamation_marks: int


class VoiceReportOut(FromCore):
    verdict: Verdict
    findings: list[FindingOut]
    metrics: MetricsOut

    @classmethod
    def of(cls, report: VoiceReport, text: str) -> VoiceReportOut:
        """The report on `text`; each finding's excerpt is cut from it."""
        return cls.model_validate(cls.fields(report, text))

    @staticmethod
    def fields(report: VoiceReport, text: str) -> dict[str, Any]:
        # Plain values and core dataclasses, validated in one pass by the model that holds them
        # (one pydantic call per answer, not one per nested model).
        return {
            "verdict": report.verdict,
            "findings": [FindingOut.fields(f, text) for f in report.findings],
            "metrics": report.metrics,
        }


class SuggestionOut(FromCore):
    area: RiskArea
    label: str
    text: str


class IgnoredOut(FromCore):
    field: str
    why: str


class DraftOut(FromCore):
    scenario: Scenario
    objective: Objective
    subject: str | None
    text: str | None
    html: str | None
    to: str | None
    send_by: IsoDateTime | None
    send_by_note: str | None
    placeholders: list[str]
    voice: VoiceReportOut | None
    advice: str | None = Field(description="For stand_down: why no note is written.")
    suggestions: list[SuggestionOut] = Field(
        description="follow_up: risk-area questions to pick from and edit."
    )
    ignored: list[IgnoredOut] = Field(
        description="Fields you gave that this scenario does not use, and why."
    )

    @classmethod
    def of(cls, draft: Draft, now: datetime) -> DraftOut:
        # One validation of the whole answer (see VoiceReportOut.fields).
        return cls.model_validate(
            {
                "scenario": draft.scenario,
                "objective": draft.objective,
                "subject": draft.subject,
                "text": draft.text,
                "html": draft.html,
                "to": draft.to,
                "send_by": draft.send_by,
                "send_by_note": describe_send_by(draft.scenario, draft.send_by, now),
                "placeholders": draft.placeholders,
                "voice": VoiceReportOut.fields(draft.voice, draft.text),
                "advice": None,
                "suggestions": draft.suggestions,
                "ignored": draft.ignored,
            }
        )

    @classmethod
    def stand_down(cls) -> DraftOut:
        """No note: the playbook's advice instead (PLAYBOOK, stand_down)."""
        spec = SCENARIOS[Scenario.STAND_DOWN]
        return cls(
            scenario=Scenario.STAND_DOWN,
            objective=spec.objective,
            subject=None,
            text=None,
            html=None,
            to=None,
            send_by=None,
            send_by_note=None,
            placeholders=[],
            voice=None,
            advice=spec.summary,
            suggestions=[],
            ignored=[],
        )
