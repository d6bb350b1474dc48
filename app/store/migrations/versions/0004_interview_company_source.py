"""Interviews: where the company name came from (issue 15).

`interviews.company_source` is "invite" when the invite's own words name the company and
"domain" when it is only an address's domain written as a name ("Acmecorp" from acmecorp.com);
drafts never put the latter in a sentence. NULL for rows stored before this revision: the next
sync of the interview fills it in.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # batch_alter_table: a plain ALTER on PostgreSQL, a table copy where SQLite cannot ALTER.
    with op.batch_alter_table("interviews") as batch:
        batch.add_column(sa.Column("company_source", sa.String(length=10)))


def downgrade() -> None:
    with op.batch_alter_table("interviews") as batch:
        batch.drop_column("company_source")
