"""Draft records: one row per note the auto-draft worker owes, and how delivering it went.

Exactly once per (user, interview, recipient): the unique key below, plus `idempotency_key`,
which the worker also writes into the draft itself (e.g. as its Message-ID) so that after a crash
between "provider created the draft" and "we committed" it finds the draft instead of making a
second one. There is no body column on purpose: a draft is composed at delivery time from the
plan and the interview, so there is no text here to keep or leak.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.playbook.scenarios import Scenario
from app.store.base import Base, IdMixin, StrEnumType, TimestampMixin, enum_check


class DraftState(StrEnum):
    PENDING = "pending"
    CLAIMED = "claimed"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    FAILED = "failed"


OPEN_STATES = (DraftState.PENDING, DraftState.CLAIMED)


class DraftKind(StrEnum):
    # The one note per interviewer. recovery, follow_up and gratitude are all this kind: the
    # scenario can change until delivery, but an interviewer never gets two of them.
    THANK_YOU = "thank_you"
    # The one note per interview asking the recruiter who the interviewers are.
    ASK_RECRUITER = "ask_recruiter"


class DraftRecord(IdMixin, TimestampMixin, Base):
    __tablename__ = "draft_records"
    __table_args__ = (
        ForeignKeyConstraint(
            ["interview_id", "user_id"], ["interviews.id", "interviews.user_id"], ondelete="CASCADE"
        ),
        UniqueConstraint("user_id", "interview_id", "kind", "recipient_key"),
        CheckConstraint(enum_check("state", DraftState), name="state"),
        CheckConstraint(enum_check("kind", DraftKind), name="kind"),
        CheckConstraint(enum_check("scenario", Scenario), name="scenario"),
        # A thank-you names its interviewer; the recruiter note is one per interview.
        CheckConstraint(
            "(kind = 'thank_you' AND recipient_key <> '') "
            "OR (kind = 'ask_recruiter' AND recipient_key = '')",
            name="recipient_key",
        ),
        CheckConstraint(
            "state <> 'claimed' OR (claimed_by IS NOT NULL AND lease_until IS NOT NULL)",
            name="claim_lease",
        ),
        CheckConstraint("attempts >= 0", name="attempts"),
        # The worker's two scans: due pending work, and claims whose lease ran out.
        Index(None, "state", "next_attempt_at"),
        Index(None, "state", "lease_until"),
        Index(None, "interviewer_id"),
        Index(None, "connection_id"),
    )

    user_id: Mapped[uuid.UUID]
    interview_id: Mapped[uuid.UUID]
    # NULL for ask_recruiter. SET NULL rather than CASCADE: the record (and with it the
    # exactly-once key) must outlive an interviewer row.
    interviewer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("interviewers.id", ondelete="SET NULL")
    )
    kind: Mapped[DraftKind] = mapped_column(StrEnumType(DraftKind))
    # The interviewer's `person_key` for thank_you; "" for ask_recruiter.
    recipient_key: Mapped[str] = mapped_column(String(320), default="")
    # The scenario as planned, for display; the final one is read from the plan at delivery.
    scenario: Mapped[Scenario | None] = mapped_column(StrEnumType(Scenario))
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)

    state: Mapped[DraftState] = mapped_column(
        StrEnumType(DraftState), default=DraftState.PENDING, server_default="pending"
    )
    # When the note should be in the mailbox (normally the interview's end).
    due_at: Mapped[datetime]
    # When the worker may next try: due_at at first, later pushed out by backoff / Retry-After.
    next_attempt_at: Mapped[datetime]
    # Incremented at each claim, so a crash loop on a poison item still runs out of attempts.
    attempts: Mapped[int] = mapped_column(default=0, server_default=text("0"))
    last_error: Mapped[str | None] = mapped_column(Text)
    claimed_by: Mapped[str | None] = mapped_column(String(200))
    # A claim is a lease: past it, another worker may take the record again.
    lease_until: Mapped[datetime | None]

    # Where it goes: the mailbox connection, and what the provider called the draft.
    connection_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("connections.id", ondelete="SET NULL")
    )
    provider: Mapped[str | None] = mapped_column(String(20))
    provider_draft_id: Mapped[str | None] = mapped_column(String(1024))
    # When the record reached delivered, cancelled or failed, and why for the last two.
    finished_at: Mapped[datetime | None]
    reason: Mapped[str | None] = mapped_column(Text)
    # How many [placeholders] the delivered draft still had (the user fills them in the mailbox).
    placeholders: Mapped[int | None]


def idempotency_key(
    user_id: uuid.UUID, source: str, external_id: str, kind: DraftKind, recipient_key: str = ""
) -> str:
    """Deterministic key of one owed note.

    Built from the interview's natural key (source + external id), not its row id, so that an
    interview row re-created by a full resync still maps to the same key and cannot yield a
    second draft.
    """
    parts = (str(user_id), source, external_id, str(kind), recipient_key)
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()
