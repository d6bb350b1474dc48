"""Alembic environment. Runs on the connection `app.store.migrations` passes in."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, text

from app.store.models import metadata

# Any constant works; it only has to be the same for every process migrating this database.
_PG_MIGRATION_LOCK = 74_110_902


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite cannot ALTER most things: batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # Replicas that start together queue here instead of racing to run DDL.
            connection.execute(text(f"SELECT pg_advisory_xact_lock({_PG_MIGRATION_LOCK})"))
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported; use `rightnote migrate`")

_connection = context.config.attributes.get("connection")
if _connection is None:
    raise SystemExit(
        "run migrations through `rightnote migrate` or app.store.migrations.run_migrations(url)"
    )
_run(_connection)
