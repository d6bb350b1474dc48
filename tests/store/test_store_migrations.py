"""Migrations: up, down and up again on both databases; the models agree with the head."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect
from typer.testing import CliRunner

import app.cli.db  # noqa: F401  (registers migrate and rotate-keys)
from app.cli import app as cli_app
from app.settings import Settings
from app.store.db import Database, open_database
from app.store.migrations import (
    SchemaOutdated,
    current_revision,
    downgrade,
    head_revision,
    run_migrations,
)
from app.store.models import metadata

TABLES = {
    "users",
    "connections",
    "sync_states",
    "opportunities",
    "interviews",
    "interviewers",
    "plans",
    "draft_records",
}


async def table_names(url: str) -> set[str]:
    database = Database(url)
    try:
        async with database.engine.connect() as connection:
            names = await connection.run_sync(lambda sync: inspect(sync).get_table_names())
    finally:
        await database.dispose()
    return set(names) - {"alembic_version"}


async def test_up_down_up(database_url: str) -> None:
    await run_migrations(database_url)
    assert await current_revision(database_url) == head_revision()
    assert await table_names(database_url) == TABLES

    await downgrade(database_url, "base")
    assert await current_revision(database_url) is None
    assert await table_names(database_url) == set()

    await run_migrations(database_url)
    assert await current_revision(database_url) == head_revision()
    assert await table_names(database_url) == TABLES


async def test_upgrade_twice_is_a_no_op(database_url: str) -> None:
    await run_migrations(database_url)
    await run_migrations(database_url)
    assert await current_revision(database_url) == head_revision()


async def test_models_match_the_migration_head(database_url: str) -> None:
    await run_migrations(database_url)
    database = Database(database_url)

    def diff(sync: Any) -> list[Any]:
        context = MigrationContext.configure(
            sync, opts={"compare_type": True, "compare_server_default": True}
        )
        return list(compare_metadata(context, metadata))

    try:
        async with database.engine.connect() as connection:
            differences = await connection.run_sync(diff)
    finally:
        await database.dispose()
    assert differences == []


async def test_open_database_migrates_the_embedded_sqlite(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    database = await open_database(settings)
    try:
        assert database.is_sqlite
        assert await current_revision(database.url) == head_revision()
    finally:
        await database.dispose()
    db_file = tmp_path / "data" / "rightnote.db"
    assert db_file.exists()
    if os.name == "posix":
        assert stat.S_IMODE(db_file.stat().st_mode) == 0o600


@pytest.mark.postgres
async def test_open_database_leaves_postgres_to_the_migration_job(postgres_url: str) -> None:
    settings = Settings(database_url=postgres_url)
    await downgrade(postgres_url, "base")
    try:
        with pytest.raises(SchemaOutdated, match="run `rightnote migrate` first"):
            await open_database(settings)
        assert await current_revision(postgres_url) is None
    finally:
        await run_migrations(postgres_url)
    database = await open_database(settings)
    await database.ping()
    await database.dispose()


def test_migrate_command(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:

    monkeypatch.setenv("RIGHTNOTE_DATABASE_URL", sqlite_url)
    runner = CliRunner()

    result = runner.invoke(cli_app, ["migrate"])
    assert result.exit_code == 0, result.output
    assert f"at revision {head_revision()}" in result.output

    result = runner.invoke(cli_app, ["migrate", "--downgrade", "base"])
    assert result.exit_code == 0, result.output
    assert "at revision base" in result.output

    result = runner.invoke(cli_app, ["migrate", "--revision", "nonexistent"])
    assert result.exit_code == 2
    assert "nonexistent" in result.output


def test_migrate_refuses_a_bad_url_without_echoing_the_password(
    monkeypatch: pytest.MonkeyPatch,
) -> None:

    monkeypatch.setenv("RIGHTNOTE_DATABASE_URL", "mysql://root:hunter2@db/x")
    result = CliRunner().invoke(cli_app, ["migrate"])
    assert result.exit_code == 2
    assert "unsupported database driver" in result.output
    assert "hunter2" not in result.output
