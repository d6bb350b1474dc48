"""Request and response shapes of POST /v1/suggest and POST /v1/stand-down."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.api.schemas_playbook import DetailsIn, DraftOut, Email, Line, VoiceReportOut
from app.playbook.models import Details, RiskArea
from app.playbook.roles import Role
from app.playbook.scenarios import Scenario

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


# --- responses (documentation; the routes return plain dicts) ---------------------------------


class InterviewOut(BaseModel):
    id: str
    title: str
    company: str | None
    position: str | None
    start: datetime | None
    end: datetime | None


class InterviewerOut(BaseModel):
    name: str | None
    email: str | None
    title: str | None
    role: Role


class ChoiceOut(BaseModel):
    scenario: Scenario | None
    role: Role
    reasons: list[str]


class MatchOut(BaseModel):
    recipient: dict[str, Any]
    interview: InterviewOut
    interviewer: InterviewerOut
    default_scenario: ChoiceOut
    stood_down: bool


class QuestionOut(BaseModel):
    area: RiskArea
    label: str
    text: str


class SuggestionOut(BaseModel):
    recipient: str
    interview_id: str
    scenario: Scenario | None = Field(description="The scenario the draft is written for.")
    suggested: Scenario | None = Field(description="The playbook's default for this person.")
    reasons: list[str]
    details: dict[str, Any]
    questions: list[QuestionOut]
    draft: DraftOut | None


class VoiceOut(VoiceReportOut):
    scenario: Scenario | None
    text: str | None = Field(None, description="The checked text, when it was read from HTML.")
    truncated: bool


class SuggestResponse(BaseModel):
    matches: list[MatchOut]
    suggestion: SuggestionOut | None
    voice: VoiceOut | None
    unmatched: list[dict[str, Any]]
    calendar: dict[str, Any]


class StandDownResponse(BaseModel):
    stood_down: bool
    company: str
    position: str | None
    cancelled_drafts: int
    message: str
