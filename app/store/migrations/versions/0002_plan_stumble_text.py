"""Auto-drafts: the stumble as text on plans, and the placeholder count on draft records.

`plans.stumble` stays the flag ("something went wrong with this interviewer"); the new
`plans.stumble_text` holds what the user observed, which the playbook engine writes into the
recovery note. Like the other notes it is cleared once the note is delivered.
`draft_records.placeholders` is how many [placeholders] the delivered draft still had, so the
UI can say "fill in 2 details" without keeping the body.

Revision ID: 0002
Revises: 0001
Create Date: 2025-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # batch_alter_table: plain ALTERs on PostgreSQL, a table copy where SQLite cannot ALTER.
    with op.batch_alter_table("plans") as batch:
        batch.add_column(sa.Column("stumble_text", sa.Text()))
    with op.batch_alter_table("draft_records") as batch:
        batch.add_column(sa.Column("placeholders", sa.Integer()))


def downgrade() -> None:
    with op.batch_alter_table("draft_records") as batch:
        batch.drop_column("placeholders")
    with op.batch_alter_table("plans") as batch:
        batch.drop_column("stumble_text")
