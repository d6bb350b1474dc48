"""The plan for one interviewer: the user's scenario choice and notes for that one note.

The notes exist only to compose that interviewer's draft. Once the draft is delivered,
`draft_states.clear_plan_notes` empties the NOTE_FIELDS so none of the free text outlives delivery.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKeyConstraint, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from app.playbook.scenarios import Scenario
from app.store.base import Base, JSONType, StrEnumType, TimestampMixin, enum_check

# The user's free text: kept until the note it is for is delivered, then emptied.
NOTE_FIELDS = ("stumble_text", "what_happened", "restatement", "topic", "questions")


class Plan(TimestampMixin, Base):
    __tablename__ = "plans"
    __table_args__ = (
        ForeignKeyConstraint(
            ["interviewer_id", "user_id"],
            ["interviewers.id", "interviewers.user_id"],
            ondelete="CASCADE",
        ),
        CheckConstraint(enum_check("scenario_override", Scenario), name="scenario_override"),
    )

    # One plan per interviewer, so the interviewer's id is the key.
    interviewer_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    user_id: Mapped[uuid.UUID]
    # None: the playbook's default scenario for this interviewer applies.
    scenario_override: Mapped[Scenario | None] = mapped_column(StrEnumType(Scenario))
    # The user flagged a stumble with this interviewer (the default scenario becomes recovery).
    stumble: Mapped[bool] = mapped_column(default=False, server_default=false())
    # What went wrong, as the user observed it (the engine's `Details.stumble`); free text, so it
    # is cleared on delivery like the other notes. The flag above stays.
    stumble_text: Mapped[str | None] = mapped_column(Text)
    what_happened: Mapped[str | None] = mapped_column(Text)
    restatement: Mapped[str | None] = mapped_column(Text)
    topic: Mapped[str | None] = mapped_column(Text)
    questions: Mapped[list[str] | None] = mapped_column(JSONType)
    # `playbook.models.RiskArea` values: a choice from a fixed list, not free text.
    risk_areas: Mapped[list[str] | None] = mapped_column(JSONType)
    notes_cleared_at: Mapped[datetime | None]

    @property
    def has_notes(self) -> bool:
        return any(getattr(self, name) for name in NOTE_FIELDS)
