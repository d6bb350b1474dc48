"""Request and response shapes of POST /v1/suggest and POST /v1/stand-down."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.api.schemas_common import FromCore, IsoDateTime
from app.api.schemas_playbook import DetailsIn, DraftOut, Email, Line, VoiceReportOut
from app.playbook.models import Details, RiskArea
from app.playbook.roles import Role
from app.playbook.scenarios import Scenario
from app.suggestions.candidates import Match
from app.suggestions.stand_down import StandDown
from app.suggestions.suggest import NoteSuggestion, SuggestResult, VoiceCheck

MAX_RECIPIENTS = 50
MAX_BODY_CHARS = 100_000


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class RecipientIn(_In):
    email: Email
    name: Line | None = None


class SuggestDetailsIn(DetailsIn):
    scenario: Scenario | None = Field(
        None, description="Override the suggested scenario for the draft (the user's choice)."
    )

    def to_core(self) -> Details:
        stumble = self.stumble
        return Details(
            topic=self.topic,
            # `true` flags a stumble without saying what happened yet ("" in the engine).
            stumble="" if stumble is True else (stumble or None),
            what_happened=self.what_happened,
            restatement=self.restatement,
            questions=tuple(self.questions),
            risk_areas=tuple(self.risk_areas),
            debrief_at=self.debrief_at,
        )


class SuggestRequest(_In):
    recipients: list[RecipientIn] = Field(
        default_factory=list,
        max_length=MAX_RECIPIENTS,
        description="The message's recipients (To, then Cc), in order.",
    )
    subject: Annotated[str, Field(max_length=1000)] | None = None
    body: Annotated[str, Field(max_length=MAX_BODY_CHARS)] | None = Field(
        None, description="The message body as the mail client holds it (HTML or text)."
    )
    body_type: Literal["html", "text"] | None = Field(
        None, description="The body's format; detected when absent."
    )
    details: SuggestDetailsIn | None = Field(
        None, description="The user's inputs for the draft of the best match."
    )

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "recipients": [{"email": "priya@northwind.example", "name": "Priya Raman"}],
                    "subject": "Thank you",
                    "body": "<div>Hi Priya,</div><div><br></div><div>Thank you!!</div>",
                    "body_type": "html",
                    "details": {"scenario": "follow_up", "topic": "the billing migration"},
                }
            ]
        },
    )


class StandDownRequest(_In):
    interview_id: Annotated[str, Field(min_length=1, max_length=1100)] = Field(
        description="`matches[].interview.id` from /v1/suggest."
    )
    company: Line | None = Field(
        None, description="Needed only for an interview RightNote has not stored yet."
    )
    position: Line | None = None
    reason: Annotated[str, Field(max_length=500)] | None = None


# --- responses ---------------------------------------------------------------------------------


class RecipientOut(BaseModel):
    email: str
    name: str | None


class InterviewOut(FromCore):
    id: str
    title: str
    company: str | None
    position: str | None
    start: IsoDateTime | None
    end: IsoDateTime | None


class InterviewerOut(FromCore):
    name: str | None
    email: str | None
    title: str | None
    role: Role


class NotYetOut(FromCore):
    """The interview has not ended: no note of PLAYBOOK §4 is suggested before it."""

    phase: Literal["ahead", "under_way"] = Field(
        description="ahead: it has not started; under_way: it has started and not ended."
    )
    start: IsoDateTime | None = Field(description="This person's slot, else the interview.")
    end: IsoDateTime | None = Field(description="From this time on the note is suggested.")
    all_day: bool = Field(description="The calendar gives the day(s) only, no time.")
    after: Scenario = Field(description="The note suggested once the interview has ended.")
    when: str = Field(
        description="When it is, in the user's zone ('on Wed 09 Dec, 14:00–14:45 CET')."
    )
    message: str = Field(description="One line saying when it is and that the note comes after it.")


class ChoiceOut(FromCore):
    scenario: Scenario | None = Field(
        description="The suggested note; null for none (a recruiter, or `not_yet`)."
    )
    role: Role
    reasons: list[str]
    not_yet: NotYetOut | None = Field(
        None,
        description="Set while this person's slot (else the interview) has not ended: "
        "`scenario` is null and no draft is written unless the user picks a note.",
    )


class MatchOut(BaseModel):
    recipient: RecipientOut
    interview: InterviewOut
    interviewer: InterviewerOut
    default_scenario: ChoiceOut
    stood_down: bool

    @classmethod
    def of(cls, found: Match) -> MatchOut:
        return cls(
            recipient=RecipientOut(email=found.email, name=found.name),
            interview=found.candidate,
            interviewer=found.party,
            default_scenario=found.choice,
            stood_down=found.candidate.stood_down,
        )


class QuestionOut(FromCore):
    area: RiskArea
    label: str
    text: str


class DetailsOut(FromCore):
    topic: str | None
    stumble: str | None
    what_happened: str | None
    restatement: str | None
    questions: list[str]
    risk_areas: list[RiskArea]
    debrief_at: IsoDateTime | None


class SuggestionOut(BaseModel):
    recipient: str
    interview_id: str
    scenario: Scenario | None = Field(description="The scenario the draft is written for.")
    suggested: Scenario | None = Field(description="The playbook's default for this person.")
    reasons: list[str]
    details: DetailsOut
    questions: list[QuestionOut]
    draft: DraftOut | None

    @classmethod
    def of(cls, suggestion: NoteSuggestion, now: datetime) -> SuggestionOut:
        draft = None
        if suggestion.scenario is Scenario.STAND_DOWN:
            draft = DraftOut.stand_down()
        elif suggestion.draft is not None:
            draft = DraftOut.of(suggestion.draft, now)
        return cls(
            recipient=suggestion.match.email,
            interview_id=suggestion.match.candidate.id,
            scenario=suggestion.scenario,
            suggested=suggestion.suggested,
            reasons=suggestion.reasons,
            details=suggestion.details,
            questions=suggestion.questions,
            draft=draft,
        )


class VoiceOut(VoiceReportOut):
    scenario: Scenario | None
    text: str | None = Field(None, description="The checked text, when it was read from HTML.")
    truncated: bool

    @classmethod
    def of_check(cls, voice: VoiceCheck) -> VoiceOut:
        report = VoiceReportOut.of(voice.report, voice.text)
        return cls(
            verdict=report.verdict,
            findings=report.findings,
            metrics=report.metrics,
            scenario=voice.scenario,
            text=voice.text if voice.from_html else None,
            truncated=voice.truncated,
        )


class CalendarOut(BaseModel):
    stored: int = Field(description="Interviews read from RightNote's store.")
    graph: str = Field(
        description="How reading Outlook went: off, ok, consent_required, reauth_required, ..."
    )
    timezone: str


class SuggestResponse(BaseModel):
    matches: list[MatchOut]
    suggestion: SuggestionOut | None
    voice: VoiceOut | None
    unmatched: list[RecipientOut]
    calendar: CalendarOut

    @classmethod
    def of(cls, result: SuggestResult) -> SuggestResponse:
        suggestion = result.suggestion
        return cls(
            matches=[MatchOut.of(m) for m in result.matches],
            suggestion=SuggestionOut.of(suggestion, result.now) if suggestion else None,
            voice=VoiceOut.of_check(result.voice) if result.voice is not None else None,
            unmatched=[RecipientOut(email=email, name=name) for email, name in result.unmatched],
            calendar=CalendarOut(
                stored=result.stored, graph=result.graph, timezone=result.timezone
            ),
        )


class StandDownResponse(BaseModel):
    stood_down: bool
    company: str
    position: str | None
    cancelled_drafts: int
    message: str

    @classmethod
    def of(cls, done: StandDown) -> StandDownResponse:
        opportunity = done.opportunity
        assert opportunity is not None  # /v1/stand-down requires a company (company_required)
        label = opportunity.company + (f" – {opportunity.position}" if opportunity.position else "")
        drafts = f"{done.cancelled} pending draft{'s' if done.cancelled != 1 else ''} cancelled"
        return cls(
            stood_down=True,
            company=opportunity.company,
            position=opportunity.position,
            cancelled_drafts=done.cancelled,
            message=(
                f"You stood down from {label}. RightNote will not write any note for it "
                f"({drafts}). RightNote never sends email itself: nothing was sent."
            ),
        )
