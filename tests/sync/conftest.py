"""tests/sync: calendar sync, push notifications and delivery against the fakes (SQLite; the
concurrency-sensitive parts also on PostgreSQL)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.support.live import LiveEnv, live_env


@pytest.fixture
async def env(tmp_path: Path, sqlite_url: str) -> AsyncIterator[LiveEnv]:
    async with live_env(tmp_path, sqlite_url) as live:
        yield live


@pytest.fixture
async def pg_env(tmp_path: Path, postgres_url: str) -> AsyncIterator[LiveEnv]:
    """The same, on PostgreSQL (migrated, emptied): what production runs."""
    from sqlalchemy import text

    from app.store.db import Database
    from app.store.migrations import run_migrations
    from app.store.models import metadata

    await run_migrations(postgres_url)
    database = Database(postgres_url)
    try:
        async with database.engine.begin() as connection:
            tables = ", ".join(table.name for table in metadata.sorted_tables)
            await connection.execute(text(f"TRUNCATE {tables} CASCADE"))
    finally:
        await database.dispose()
    async with live_env(tmp_path, postgres_url) as live:
        yield live
