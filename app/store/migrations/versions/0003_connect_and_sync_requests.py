"""Live auto-drafts: connect attempts, and sync requests on sync states.

`connect_attempts` makes each OAuth connect `state` single-use and keeps the PKCE verifier (or
msal's flow) on the server, encrypted. On `sync_states`: `sync_requested_at` / `sync_requests` /
`sync_lease_until` are the "please sync this calendar" flag that push notifications set and the
worker's sync loop takes; `full_synced_at` says when the windowed full sync last ran.

Revision ID: 0003
Revises: 0002
Create Date: 2025-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "connect_attempts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("provider", sa.String(20), nullable=False),
        sa.Column("secret_ciphertext", sa.Text(), nullable=False),
        sa.Column("expires_at", TS, nullable=False),
        sa.Column("used_at", TS),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_connect_attempts")),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_connect_attempts_user_id"), ondelete="CASCADE"
        ),
    )
    op.create_index(op.f("ix_connect_attempts_expires_at"), "connect_attempts", ["expires_at"])
    # batch_alter_table: plain ALTERs on PostgreSQL, a table copy where SQLite cannot ALTER.
    with op.batch_alter_table("sync_states") as batch:
        batch.add_column(sa.Column("sync_requested_at", TS))
        batch.add_column(
            sa.Column("sync_requests", sa.Integer(), server_default=sa.text("0"), nullable=False)
        )
        batch.add_column(sa.Column("sync_lease_until", TS))
        batch.add_column(sa.Column("full_synced_at", TS))
        batch.create_index(op.f("ix_sync_states_sync_requested_at"), ["sync_requested_at"])


def downgrade() -> None:
    with op.batch_alter_table("sync_states") as batch:
        batch.drop_index(op.f("ix_sync_states_sync_requested_at"))
        batch.drop_column("full_synced_at")
        batch.drop_column("sync_lease_until")
        batch.drop_column("sync_requests")
        batch.drop_column("sync_requested_at")
    op.drop_index(op.f("ix_connect_attempts_expires_at"), table_name="connect_attempts")
    op.drop_table("connect_attempts")
