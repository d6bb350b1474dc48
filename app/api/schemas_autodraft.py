"""Request shapes of the auto-draft endpoints (`app.api.autodraft_routes`)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from app.playbook.models import RiskArea

PersonScenario = Literal["recovery", "follow_up", "gratitude", "stand_down"]


def _aware(value: datetime | None) -> datetime | None:
    # Naive times are taken as UTC (documented), never guessed in some other zone.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


AwareDateTime = Annotated[datetime, AfterValidator(_aware)]


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
