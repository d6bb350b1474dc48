"""Alembic migrations, shipped inside the package so an installed wheel can migrate itself.

There is no alembic.ini: `make_config()` builds the configuration in code, and the functions
below hand Alembic an open connection (see env.py), so they can be awaited from async code.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text
from sqlalchemy.engine import URL

if TYPE_CHECKING:
    from app.store.db import Database

MIGRATIONS_DIR = Path(__file__).resolve().parent
log = logging.getLogger("rightnote.store")


class MigrationError(RuntimeError):
    pass


class SchemaOutdated(MigrationError):
    """The database is behind this build's migrations."""


def make_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(make_config()).get_current_head()
    assert head is not None
    return head


async def run_migrations(url: str | URL, revision: str = "head") -> None:
    """Upgrade the database at `url` to `revision` (all of it, in one transaction)."""
    await _run(url, lambda config: command.upgrade(config, revision))


async def downgrade(url: str | URL, revision: str) -> None:
    """Downgrade the database at `url` to `revision` ("base" drops every table)."""
    await _run(url, lambda config: command.downgrade(config, revision))


async def current_revision(url: str | URL) -> str | None:
    from app.store.db import Database

    database = Database(url)
    try:
        async with database.engine.connect() as connection:
            return await connection.run_sync(
                lambda sync: MigrationContext.configure(sync).get_current_revision()
            )
    finally:
        await database.dispose()


async def require_current_schema(database: Database) -> None:
    """Refuse to serve on a schema older than this build expects.

    A schema this build does not know is newer (a rollback while a later release's migration
    stays applied): migrations only add what old code can ignore, so that is logged, not refused.
    """
    async with database.engine.connect() as connection:
        current = await connection.run_sync(
            lambda sync: MigrationContext.configure(sync).get_current_revision()
        )
    head = head_revision()
    if current == head:
        return
    script = ScriptDirectory.from_config(make_config())
    try:
        known = current is None or script.get_revision(current) is not None
    except Exception:  # alembic raises several resolution errors for an unknown id
        known = False
    if known:
        raise SchemaOutdated(
            f"the database schema is at revision {current or 'base (empty)'} but this build "
            f"needs {head}: run `rightnote migrate` first"
        )
    log.warning("store.schema_unknown_revision", extra={"revision": current, "head": head})


async def _run(url: str | URL, action: Callable[[Config], None]) -> None:
    from app.store.db import Database, sqlite_migration_lock

    # One process at a time per SQLite file (concurrent first runs); see sqlite_migration_lock.
    async with sqlite_migration_lock(url):
        # Foreign keys off on SQLite while migrating (batch mode recreates tables); checked after.
        database = Database(url, foreign_keys=False)
        try:
            async with database.engine.connect() as connection:
                await connection.run_sync(_run_sync, action)
        finally:
            await database.dispose()


def _run_sync(connection: Connection, action: Callable[[Config], None]) -> None:
    config = make_config()
    config.attributes["connection"] = connection
    action(config)
    if connection.dialect.name == "sqlite":
        problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
        connection.commit()
        if problems:
            tables = sorted({str(row[0]) for row in problems})
            raise MigrationError(
                "the migration left rows that break foreign keys in: " + ", ".join(tables)
            )
