"""Interviews and their interviewers, as found in the user's calendar.

Columns follow `app.calendar.model.Interview` / `Interviewer`. Only what drafting and scheduling
need is kept: no description, location or attendee list beyond the interviewers.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, datetime

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    String,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.calendar.model import EventStatus, Interview, InterviewerSource
from app.playbook.roles import Role
from app.store.base import Base, IdMixin, StrEnumType, TimestampMixin, enum_check, user_fk


class InterviewRecord(IdMixin, TimestampMixin, Base):
    __tablename__ = "interviews"
    __table_args__ = (
        UniqueConstraint("user_id", "source", "external_id"),
        UniqueConstraint("id", "user_id"),
        CheckConstraint(enum_check("status", EventStatus), name="status"),
        Index(None, "user_id", "start"),
        # The retention purge scans by end time across users.
        Index(None, "end"),
        Index(None, "opportunity_id"),
        Index(None, "connection_id"),
    )

    user_id: Mapped[uuid.UUID] = user_fk()
    # `calendar.model.Source`: "google" | "graph" | "ics" (plain text: later sources need no
    # migration).
    source: Mapped[str] = mapped_column(String(20))
    # `calendar.model.Interview.key`: the provider's event/occurrence id when there is one, else
    # UID + recurrence instance. With (user, source) it is the row's natural key.
    external_id: Mapped[str] = mapped_column(String(1024))
    uid: Mapped[str] = mapped_column(String(1024))
    event_id: Mapped[str | None] = mapped_column(String(1024))
    recurrence_id: Mapped[datetime | None]
    # The calendar we read it from; kept when the connection goes (SET NULL).
    connection_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("connections.id", ondelete="SET NULL")
    )
    opportunity_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("opportunities.id", ondelete="SET NULL")
    )

    status: Mapped[EventStatus] = mapped_column(
        StrEnumType(EventStatus), default=EventStatus.CONFIRMED
    )
    title: Mapped[str] = mapped_column(String(1024), default="")
    company: Mapped[str | None] = mapped_column(String(300))
    # `calendar.model.Interview.company_source`: "invite" | "domain" (a draft leaves a
    # domain-derived name out of its sentences); NULL for rows stored before revision 0004.
    company_source: Mapped[str | None] = mapped_column(String(10))
    position: Mapped[str | None] = mapped_column(String(300))
    start: Mapped[datetime | None]
    end: Mapped[datetime | None]
    all_day: Mapped[bool] = mapped_column(default=False, server_default=false())
    organizer_name: Mapped[str | None] = mapped_column(String(200))
    organizer_email: Mapped[str | None] = mapped_column(String(320))
    recruiter_name: Mapped[str | None] = mapped_column(String(200))
    recruiter_email: Mapped[str | None] = mapped_column(String(320))
    # An interviewer has no address, or none is named: the `ask_recruiter` trigger.
    missing_emails: Mapped[bool] = mapped_column(default=False, server_default=false())
    # Hash of what scheduling depends on (times, status, interviewers). A sync that sees it change
    # bumps `sequence` and reschedules or cancels pending drafts.
    fingerprint: Mapped[str] = mapped_column(String(64), default="")
    sequence: Mapped[int] = mapped_column(default=0, server_default=text("0"))
    # When the hiring team debriefs, if the user told us: the recovery note must land before it.
    debrief_at: Mapped[datetime | None]

    interviewers: Mapped[list[InterviewerRecord]] = relationship(
        back_populates="interview",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="InterviewerRecord.created_at",
    )


class InterviewerRecord(IdMixin, TimestampMixin, Base):
    __tablename__ = "interviewers"
    __table_args__ = (
        ForeignKeyConstraint(
            ["interview_id", "user_id"], ["interviews.id", "interviews.user_id"], ondelete="CASCADE"
        ),
        UniqueConstraint("interview_id", "person_key"),
        UniqueConstraint("id", "user_id"),
    )

    user_id: Mapped[uuid.UUID]
    interview_id: Mapped[uuid.UUID]
    # `calendar.model.person_key`: the address, else the folded name. Stable across syncs, so a
    # re-sync updates this row (and keeps its plan) instead of replacing it.
    person_key: Mapped[str] = mapped_column(String(320))
    name: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    title: Mapped[str | None] = mapped_column(String(300))
    role: Mapped[Role] = mapped_column(StrEnumType(Role), default=Role.UNKNOWN)
    hiring_manager: Mapped[bool] = mapped_column(default=False, server_default=false())
    slot_start: Mapped[datetime | None]
    slot_end: Mapped[datetime | None]
    source: Mapped[InterviewerSource] = mapped_column(
        StrEnumType(InterviewerSource), default=InterviewerSource.ATTENDEE
    )
    # What the invite's schedule says this slot covers (calendar data, not the user's note).
    topic: Mapped[str | None] = mapped_column(String(500))
    optional: Mapped[bool] = mapped_column(default=False, server_default=false())
    # Set when a later sync no longer lists this person: the row and the plan stay so that a
    # re-added person keeps their notes and their exactly-once draft key.
    removed_at: Mapped[datetime | None]

    interview: Mapped[InterviewRecord] = relationship(back_populates="interviewers")


def schedule_fingerprint(interview: Interview) -> str:
    """Hash of what the drafts' timing and recipients depend on, for `InterviewRecord.fingerprint`.

    Times, status and who (with their slots) are in; title, description and location are not, so
    an edited agenda does not count as a move.
    """

    def instant(value: datetime | None) -> str | None:
        return value.astimezone(UTC).isoformat() if value is not None else None

    people = sorted(
        [person.key, instant(person.slot_start) or "", instant(person.slot_end) or ""]
        for person in interview.interviewers
    )
    payload = [
        instant(interview.start),
        instant(interview.end),
        interview.all_day,
        str(interview.status),
        people,
    ]
    return hashlib.sha256(json.dumps(payload).encode()).hexdigest()
