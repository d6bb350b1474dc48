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
    "connect_attempts",
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


async def _columns(url: str, table: str) -> set[str]:
    database = Database(url)
    try:
        async with database.engine.connect() as connection:
            found = await connection.run_sync(lambda sync: inspect(sync).get_columns(table))
    finally:
        await database.dispose()
    return {column["name"] for column in found}


async def test_0002_adds_the_stumble_text_and_placeholders_and_goes_back(
    database_url: str,
) -> None:
    """0001 <-> 0002 on both databases, with rows in the altered tables surviving both ways."""
    import uuid
    from datetime import UTC, datetime

    from sqlalchemy import text

    # The PostgreSQL database is shared by the session: start from empty.
    await downgrade(database_url, "base")
    await run_migrations(database_url, "0001")
    assert "stumble_text" not in await _columns(database_url, "plans")
    ids = {name: uuid.uuid4() for name in ("user", "interview", "person", "draft")}
    now = datetime(2026, 11, 24, tzinfo=UTC)
    database = Database(database_url)
    try:
        async with database.engine.begin() as connection:
            sqlite = database.dialect == "sqlite"
            # SQLite stores UUIDs as 32 hex characters and times as naive UTC (see store.base).
            params: dict[str, object] = {
                **{k: v.hex if sqlite else v for k, v in ids.items()},
                "now": now.replace(tzinfo=None) if sqlite else now,
            }
            await connection.execute(
                text(
                    "INSERT INTO users (id, key, provider, created_at, updated_at) "
                    "VALUES (:user, 'k', 'google', :now, :now)"
                ),
                params,
            )
            await connection.execute(
                text(
                    "INSERT INTO interviews (id, user_id, source, external_id, uid, status, "
                    "title, all_day, missing_emails, fingerprint, sequence, created_at, "
                    "updated_at) VALUES (:interview, :user, 'ics', 'x', 'x', 'confirmed', 't', "
                    "false, false, '', 0, :now, :now)"
                ),
                params,
            )
            await connection.execute(
                text(
                    "INSERT INTO interviewers (id, user_id, interview_id, person_key, role, "
                    "hiring_manager, source, optional, created_at, updated_at) VALUES "
                    "(:person, :user, :interview, 'a@x.example', 'peer', false, 'attendee', "
                    "false, :now, :now)"
                ),
                params,
            )
            await connection.execute(
                text(
                    "INSERT INTO plans (interviewer_id, user_id, stumble, topic, created_at, "
                    "updated_at) VALUES (:person, :user, true, 'the cache', :now, :now)"
                ),
                params,
            )
            await connection.execute(
                text(
                    "INSERT INTO draft_records (id, user_id, interview_id, interviewer_id, kind, "
                    "recipient_key, idempotency_key, state, due_at, next_attempt_at, attempts, "
                    "created_at, updated_at) VALUES (:draft, :user, :interview, :person, "
                    "'thank_you', 'a@x.example', 'key', 'pending', :now, :now, 0, :now, :now)"
                ),
                params,
            )

        await run_migrations(database_url, "0002")
        assert {"stumble_text"} <= await _columns(database_url, "plans")
        assert {"placeholders"} <= await _columns(database_url, "draft_records")
        async with database.engine.begin() as connection:
            await connection.execute(text("UPDATE plans SET stumble_text = 'my answer on caching'"))
            await connection.execute(text("UPDATE draft_records SET placeholders = 2"))

        await downgrade(database_url, "0001")
        assert "stumble_text" not in await _columns(database_url, "plans")
        assert "placeholders" not in await _columns(database_url, "draft_records")
        async with database.engine.connect() as connection:
            plan = (await connection.execute(text("SELECT stumble, topic FROM plans"))).one()
            drafts = (await connection.execute(text("SELECT count(*) FROM draft_records"))).scalar()
        assert (bool(plan[0]), plan[1], drafts) == (True, "the cache", 1)
    finally:
        await database.dispose()
        await run_migrations(database_url)
