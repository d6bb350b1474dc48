"""Initial schema: users, connections, sync states, opportunities, interviews, interviewers,
plans and draft records.

Revision ID: 0001
Revises:
Create Date: 2025-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the types at the time of this revision (migrations never import models).
UUID = sa.Uuid()
TS = sa.DateTime(timezone=True)
JSON = sa.JSON(none_as_null=True).with_variant(postgresql.JSONB(none_as_null=True), "postgresql")
SCENARIOS = "'recovery', 'follow_up', 'gratitude', 'ask_recruiter', 'stand_down'"


def _id() -> sa.Column[object]:
    return sa.Column("id", UUID, nullable=False)


def _timestamps() -> list[sa.Column[object]]:
    return [
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "users",
        _id(),
        sa.Column("key", sa.String(320), nullable=False),
        sa.Column("provider", sa.String(20), nullable=False),
        sa.Column("email", sa.String(320)),
        sa.Column("name", sa.String(200)),
        sa.Column("timezone", sa.String(64)),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("key", name=op.f("uq_users_key")),
    )

    op.create_table(
        "connections",
        _id(),
        sa.Column("user_id", UUID, nullable=False),
        sa.Column("provider", sa.String(20), nullable=False),
        sa.Column("account_subject", sa.String(1024), nullable=False),
        sa.Column("account_email", sa.String(320)),
        sa.Column("scopes", JSON, nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("status_reason", sa.Text()),
        sa.Column("token_ciphertext", sa.Text()),
        sa.Column("token_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("token_expires_at", TS),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_connections")),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_connections_user_id"), ondelete="CASCADE"
        ),
        sa.UniqueConstraint(
            "user_id",
            "provider",
            "account_subject",
            name=op.f("uq_connections_user_id_provider_account_subject"),
        ),
        sa.UniqueConstraint("id", "user_id", name=op.f("uq_connections_id_user_id")),
        sa.CheckConstraint(
            "status IN ('active', 'needs_reauth', 'disconnected')",
            name=op.f("ck_connections_status"),
        ),
        sa.CheckConstraint("token_version >= 0", name=op.f("ck_connections_token_version")),
    )

    op.create_table(
        "sync_states",
        _id(),
        sa.Column("user_id", UUID, nullable=False),
        sa.Column("connection_id", UUID, nullable=False),
        sa.Column("resource", sa.String(1024), nullable=False),
        sa.Column("cursor", sa.Text()),
        sa.Column("cursor_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("last_synced_at", TS),
        sa.Column("last_error", sa.Text()),
        sa.Column("channel_id", sa.String(255)),
        sa.Column("channel_resource_id", sa.String(1024)),
        sa.Column("channel_secret_hash", sa.String(64)),
        sa.Column("channel_expires_at", TS),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_states")),
        sa.ForeignKeyConstraint(
            ["connection_id", "user_id"],
            ["connections.id", "connections.user_id"],
            name=op.f("fk_sync_states_connection_id_user_id"),
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint(
            "connection_id", "resource", name=op.f("uq_sync_states_connection_id_resource")
        ),
        sa.UniqueConstraint("channel_id", name=op.f("uq_sync_states_channel_id")),
    )
    op.create_index(
        op.f("ix_sync_states_channel_expires_at"), "sync_states", ["channel_expires_at"]
    )

    op.create_table(
        "opportunities",
        _id(),
        sa.Column("user_id", UUID, nullable=False),
        sa.Column("company", sa.String(300), nullable=False),
        sa.Column("position", sa.String(300)),
        sa.Column("company_key", sa.String(300), nullable=False),
        sa.Column("position_key", sa.String(300), nullable=False),
        sa.Column("stood_down_at", TS),
        sa.Column("stand_down_reason", sa.Text()),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunities")),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_opportunities_user_id"), ondelete="CASCADE"
        ),
        sa.UniqueConstraint(
            "user_id",
            "company_key",
            "position_key",
            name=op.f("uq_opportunities_user_id_company_key_position_key"),
        ),
    )

    op.create_table(
        "interviews",
        _id(),
        sa.Column("user_id", UUID, nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("external_id", sa.String(1024), nullable=False),
        sa.Column("uid", sa.String(1024), nullable=False),
        sa.Column("event_id", sa.String(1024)),
        sa.Column("recurrence_id", TS),
        sa.Column("connection_id", UUID),
        sa.Column("opportunity_id", UUID),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("title", sa.String(1024), nullable=False),
        sa.Column("company", sa.String(300)),
        sa.Column("position", sa.String(300)),
        sa.Column("start", TS),
        sa.Column("end", TS),
        sa.Column("all_day", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("organizer_name", sa.String(200)),
        sa.Column("organizer_email", sa.String(320)),
        sa.Column("recruiter_name", sa.String(200)),
        sa.Column("recruiter_email", sa.String(320)),
        sa.Column("missing_emails", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("sequence", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("debrief_at", TS),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interviews")),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_interviews_user_id"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["connection_id"],
            ["connections.id"],
            name=op.f("fk_interviews_connection_id"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_interviews_opportunity_id"),
            ondelete="SET NULL",
        ),
        sa.UniqueConstraint(
            "user_id",
            "source",
            "external_id",
            name=op.f("uq_interviews_user_id_source_external_id"),
        ),
        sa.UniqueConstraint("id", "user_id", name=op.f("uq_interviews_id_user_id")),
        sa.CheckConstraint(
            "status IN ('confirmed', 'tentative', 'cancelled')", name=op.f("ck_interviews_status")
        ),
    )
    op.create_index(op.f("ix_interviews_user_id_start"), "interviews", ["user_id", "start"])
    op.create_index(op.f("ix_interviews_end"), "interviews", ["end"])
    op.create_index(op.f("ix_interviews_opportunity_id"), "interviews", ["opportunity_id"])
    op.create_index(op.f("ix_interviews_connection_id"), "interviews", ["connection_id"])

    op.create_table(
        "interviewers",
        _id(),
        sa.Column("user_id", UUID, nullable=False),
        sa.Column("interview_id", UUID, nullable=False),
        sa.Column("person_key", sa.String(320), nullable=False),
        sa.Column("name", sa.String(200)),
        sa.Column("email", sa.String(320)),
        sa.Column("title", sa.String(300)),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("hiring_manager", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("slot_start", TS),
        sa.Column("slot_end", TS),
        sa.Column("source", sa.String(32), nullable=False),
        sa.Column("topic", sa.String(500)),
        sa.Column("optional", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("removed_at", TS),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interviewers")),
        sa.ForeignKeyConstraint(
            ["interview_id", "user_id"],
            ["interviews.id", "interviews.user_id"],
            name=op.f("fk_interviewers_interview_id_user_id"),
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint(
            "interview_id", "person_key", name=op.f("uq_interviewers_interview_id_person_key")
        ),
        sa.UniqueConstraint("id", "user_id", name=op.f("uq_interviewers_id_user_id")),
    )

    op.create_table(
        "plans",
        sa.Column("interviewer_id", UUID, nullable=False),
        sa.Column("user_id", UUID, nullable=False),
        sa.Column("scenario_override", sa.String(32)),
        sa.Column("stumble", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("what_happened", sa.Text()),
        sa.Column("restatement", sa.Text()),
        sa.Column("topic", sa.Text()),
        sa.Column("questions", JSON),
        sa.Column("risk_areas", JSON),
        sa.Column("notes_cleared_at", TS),
        *_timestamps(),
        sa.PrimaryKeyConstraint("interviewer_id", name=op.f("pk_plans")),
        sa.ForeignKeyConstraint(
            ["interviewer_id", "user_id"],
            ["interviewers.id", "interviewers.user_id"],
            name=op.f("fk_plans_interviewer_id_user_id"),
            ondelete="CASCADE",
        ),
        sa.CheckConstraint(
            f"scenario_override IN ({SCENARIOS})", name=op.f("ck_plans_scenario_override")
        ),
    )

    op.create_table(
        "draft_records",
        _id(),
        sa.Column("user_id", UUID, nullable=False),
        sa.Column("interview_id", UUID, nullable=False),
        sa.Column("interviewer_id", UUID),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("recipient_key", sa.String(320), nullable=False),
        sa.Column("scenario", sa.String(32)),
        sa.Column("idempotency_key", sa.String(64), nullable=False),
        sa.Column("state", sa.String(32), server_default="pending", nullable=False),
        sa.Column("due_at", TS, nullable=False),
        sa.Column("next_attempt_at", TS, nullable=False),
        sa.Column("attempts", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("last_error", sa.Text()),
        sa.Column("claimed_by", sa.String(200)),
        sa.Column("lease_until", TS),
        sa.Column("connection_id", UUID),
        sa.Column("provider", sa.String(20)),
        sa.Column("provider_draft_id", sa.String(1024)),
        sa.Column("finished_at", TS),
        sa.Column("reason", sa.Text()),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft_records")),
        sa.ForeignKeyConstraint(
            ["interview_id", "user_id"],
            ["interviews.id", "interviews.user_id"],
            name=op.f("fk_draft_records_interview_id_user_id"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["interviewer_id"],
            ["interviewers.id"],
            name=op.f("fk_draft_records_interviewer_id"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["connection_id"],
            ["connections.id"],
            name=op.f("fk_draft_records_connection_id"),
            ondelete="SET NULL",
        ),
        sa.UniqueConstraint(
            "user_id",
            "interview_id",
            "kind",
            "recipient_key",
            name=op.f("uq_draft_records_user_id_interview_id_kind_recipient_key"),
        ),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_draft_records_idempotency_key")),
        sa.CheckConstraint(
            "state IN ('pending', 'claimed', 'delivered', 'cancelled', 'failed')",
            name=op.f("ck_draft_records_state"),
        ),
        sa.CheckConstraint(
            "kind IN ('thank_you', 'ask_recruiter')", name=op.f("ck_draft_records_kind")
        ),
        sa.CheckConstraint(f"scenario IN ({SCENARIOS})", name=op.f("ck_draft_records_scenario")),
        sa.CheckConstraint(
            "(kind = 'thank_you' AND recipient_key <> '') "
            "OR (kind = 'ask_recruiter' AND recipient_key = '')",
            name=op.f("ck_draft_records_recipient_key"),
        ),
        sa.CheckConstraint(
            "state <> 'claimed' OR (claimed_by IS NOT NULL AND lease_until IS NOT NULL)",
            name=op.f("ck_draft_records_claim_lease"),
        ),
        sa.CheckConstraint("attempts >= 0", name=op.f("ck_draft_records_attempts")),
    )
    op.create_index(
        op.f("ix_draft_records_state_next_attempt_at"),
        "draft_records",
        ["state", "next_attempt_at"],
    )
    op.create_index(
        op.f("ix_draft_records_state_lease_until"), "draft_records", ["state", "lease_until"]
    )
    op.create_index(op.f("ix_draft_records_interviewer_id"), "draft_records", ["interviewer_id"])
    op.create_index(op.f("ix_draft_records_connection_id"), "draft_records", ["connection_id"])


def downgrade() -> None:
    # Children first; dropping a table drops its own indexes and constraints.
    for table in (
        "draft_records",
        "plans",
        "interviewers",
        "interviews",
        "opportunities",
        "sync_states",
        "connections",
        "users",
    ):
        op.drop_table(table)
