"""Request and response shapes of the auto-draft endpoints (`app.api.autodraft_routes`)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from app.api.schemas_common import IsoDateTime
from app.api.schemas_playbook import DateTimeText
from app.autodraft.user_plans import InterviewerOverview, InterviewOverview, OpportunityOverview
from app.playbook.models import RiskArea
from app.store.plans import Plan

PersonScenario = Literal["recovery", "follow_up", "gratitude", "stand_down"]


def _aware(value: datetime | None) -> datetime | None:
    # Naive times are taken as UTC (documented), never guessed in some other zone.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


AwareDateTime = Annotated[DateTimeText, AfterValidator(_aware)]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class PlanIn(_In):
    """One interviewer's plan. PUT replaces it (omitted fields are cleared); PATCH changes only
    the fields given."""

    scenario_override: PersonScenario | None = Field(
        None,
        description="Your choice of note for this person; null: the playbook default. "
        "stand_down: no note for this person.",
    )
    stumble: Annotated[str, Field(max_length=600)] | None = Field(
        None,
        description="What went wrong with this person, as you observed it (the default becomes "
        "recovery). An empty string flags a stumble without details; null: no stumble.",
    )
    what_happened: Annotated[str, Field(max_length=600)] | None = Field(
        None, description="Recovery: what you think was happening."
    )
    restatement: Annotated[str, Field(max_length=1200)] | None = Field(
        None, description="Recovery: what you wanted them to hear in the first place."
    )
    topic: Annotated[str, Field(max_length=200)] | None = Field(
        None, description="What you discussed."
    )
    questions: list[Annotated[str, Field(max_length=300)]] | None = Field(
        None, max_length=2, description="Your own questions (at most two)."
    )
    risk_areas: list[RiskArea] | None = Field(None, max_length=5)

    def values(self, *, partial: bool) -> dict[str, Any]:
        # PUT: every field, the omitted ones as None (cleared). PATCH: only the fields sent.
        return self.model_dump(exclude_unset=partial, mode="json")


class InterviewPatch(_In):
    debrief_at: AwareDateTime | None = Field(
        None, description="When the hiring team debriefs (a repair note must arrive before)."
    )


class StandDownIn(_In):
    reason: Annotated[str, Field(max_length=300)] | None = Field(
        None, description="For yourself, e.g. 'accepted another offer'."
    )


# --- responses: read from app.autodraft.user_plans' overviews -----------------------------------


class _Out(BaseModel):
    # Exactly these fields: the contract tests fail on one the documentation does not name.
    model_config = ConfigDict(extra="forbid", from_attributes=True)


class ContactOut(_Out):
    name: str | None
    email: str | None


class PlannedOut(_Out):
    kind: Literal["thank_you", "ask_recruiter"]
    scenario: str
    due_at: IsoDateTime
    reasons: list[str]
    to: ContactOut | None


class DraftStateOut(_Out):
    id: uuid.UUID
    kind: Literal["thank_you", "ask_recruiter"]
    state: Literal["pending", "claimed", "delivered", "cancelled", "failed"]
    scenario: str | None
    due_at: IsoDateTime
    next_attempt_at: IsoDateTime
    attempts: int
    provider: str | None
    provider_draft_id: str | None
    finished_at: IsoDateTime | None
    reason: str | None
    last_error: str | None
    placeholders: int | None


class PlanOut(_Out):
    scenario_override: PersonScenario | None
    stumble: str | None
    what_happened: str | None
    restatement: str | None
    topic: str | None
    questions: list[str]
    risk_areas: list[RiskArea]
    notes_cleared_at: IsoDateTime | None

    @classmethod
    def of(cls, plan: Plan | None) -> PlanOut:
        if plan is None:
            return cls(
                scenario_override=None,
                stumble=None,
                what_happened=None,
                restatement=None,
                topic=None,
                questions=[],
                risk_areas=[],
                notes_cleared_at=None,
            )
        return cls(
            scenario_override=plan.scenario_override or None,
            # The engine's stumble: "" flags one without details, None none.
            stumble=(plan.stumble_text or "") if plan.stumble else None,
            what_happened=plan.what_happened,
            restatement=plan.restatement,
            topic=plan.topic,
            questions=plan.questions or [],
            risk_areas=plan.risk_areas or [],
            notes_cleared_at=plan.notes_cleared_at,
        )


class DefaultChoiceOut(_Out):
    scenario: str | None
    role: str
    reasons: list[str]


class InterviewerOverviewOut(_Out):
    id: uuid.UUID
    name: str | None
    email: str | None
    title: str | None
    role: str
    hiring_manager: bool
    slot_start: IsoDateTime | None
    slot_end: IsoDateTime | None
    topic: str | None
    removed: bool
    default: DefaultChoiceOut | None
    scenario: str | None
    overridden: bool
    planned: PlannedOut | None
    reasons: list[str]
    plan: PlanOut
    draft: DraftStateOut | None

    @classmethod
    def of(cls, overview: InterviewerOverview) -> InterviewerOverviewOut:
        row, decision = overview.row, overview.decision
        return cls(
            id=row.id,
            name=row.name,
            email=row.email,
            title=row.title,
            role=row.role,
            hiring_manager=row.hiring_manager,
            slot_start=row.slot_start,
            slot_end=row.slot_end,
            topic=row.topic,
            removed=row.removed_at is not None,
            default=decision.default if decision else None,
            scenario=decision.scenario if decision and decision.scenario else None,
            overridden=bool(decision and decision.overridden),
            planned=decision.draft if decision else None,
            reasons=decision.reasons if decision else ["No longer on the invite."],
            plan=PlanOut.of(overview.plan),
            draft=overview.draft,
        )


class OpportunityOut(_Out):
    id: uuid.UUID
    company: str
    position: str | None
    stood_down: bool
    stood_down_at: IsoDateTime | None
    stand_down_reason: str | None
    interviews: int
    open_drafts: int
    cancelled: int
    reopened: int

    @classmethod
    def of(cls, overview: OpportunityOverview) -> OpportunityOut:
        row = overview.row
        return cls(
            id=row.id,
            company=row.company,
            position=row.position,
            stood_down=row.stood_down,
            stood_down_at=row.stood_down_at,
            stand_down_reason=row.stand_down_reason,
            interviews=overview.interviews,
            open_drafts=overview.open_drafts,
            cancelled=overview.cancelled,
            reopened=overview.reopened,
        )


class AskRecruiterOut(_Out):
    planned: PlannedOut | None
    draft: DraftStateOut | None


class InterviewOverviewOut(_Out):
    id: uuid.UUID
    title: str
    company: str | None
    position: str | None
    start: IsoDateTime | None
    end: IsoDateTime | None
    all_day: bool
    status: Literal["confirmed", "tentative", "cancelled"]
    debrief_at: IsoDateTime | None
    missing_emails: bool
    recruiter: ContactOut | None
    opportunity: OpportunityOut | None
    reasons: list[str]
    interviewers: list[InterviewerOverviewOut]
    ask_recruiter: AskRecruiterOut

    @classmethod
    def of(cls, overview: InterviewOverview) -> InterviewOverviewOut:
        row = overview.row
        recruiter = None
        if row.recruiter_name or row.recruiter_email:
            recruiter = ContactOut(name=row.recruiter_name, email=row.recruiter_email)
        return cls(
            id=row.id,
            title=row.title,
            company=row.company,
            position=row.position,
            start=row.start,
            end=row.end,
            all_day=row.all_day,
            status=row.status,
            debrief_at=row.debrief_at,
            missing_emails=row.missing_emails,
            recruiter=recruiter,
            opportunity=(
                OpportunityOut.of(OpportunityOverview(overview.opportunity))
                if overview.opportunity
                else None
            ),
            reasons=overview.plan.reasons,
            interviewers=[InterviewerOverviewOut.of(i) for i in overview.interviewers],
            ask_recruiter=AskRecruiterOut(
                planned=overview.plan.ask_recruiter,
                draft=overview.ask_recruiter,
            ),
        )


class InterviewsOut(_Out):
    interviews: list[InterviewOverviewOut]


class OpportunitiesOut(_Out):
    opportunities: list[OpportunityOut]


class DeliveryResultOut(_Out):
    record_id: uuid.UUID
    outcome: str
    detail: str | None
    placeholders: int | None
    link: str | None


class DeliverNowOut(_Out):
    results: list[DeliveryResultOut]
    interview: InterviewOverviewOut | None
