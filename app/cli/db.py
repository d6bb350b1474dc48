"""`rightnote migrate` and `rightnote rotate-keys`: database maintenance."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

import typer
from alembic.util import CommandError
from pydantic import ValidationError

from app.cli import app
from app.cli.output import console, database_failures, err_console, fail
from app.settings import Settings

T = TypeVar("T")


def _settings() -> Settings:
    from app.cli.serve import _settings_message

    try:
        return Settings()
    except ValidationError as exc:
        fail(_settings_message(exc))


def _run(work: Coroutine[Any, Any, T]) -> T:
    from app.auth.crypto import CryptoConfigError

    with database_failures(CryptoConfigError, CommandError):
        return asyncio.run(work)


@app.command()
def migrate(
    revision: str = typer.Option("head", "--revision", help="Upgrade to this revision."),
    downgrade_to: str | None = typer.Option(
        None, "--downgrade", metavar="REV", help="Downgrade to REV instead (base drops all)."
    ),
) -> None:
    """Bring the database schema (RIGHTNOTE_DATABASE_URL) up to date, or down to a revision."""
    from app.store.db import safe_url
    from app.store.migrations import current_revision, downgrade, run_migrations

    if downgrade_to is not None and revision != "head":
        fail("give either --revision or --downgrade, not both")
    url = _settings().resolved_database_url

    async def work() -> str | None:
        if downgrade_to is not None:
            await downgrade(url, downgrade_to)
        else:
            await run_migrations(url, revision)
        return await current_revision(url)

    current = _run(work())
    console.print(f"{safe_url(url)}: at revision {current or 'base (empty)'}", highlight=False)


@app.command("rotate-keys")
def rotate_keys() -> None:
    """Re-encrypt every stored token set under the newest key.

    Put the new key first in RIGHTNOTE_ENCRYPTION_KEYS and keep the old ones after it
    (RIGHTNOTE_ENCRYPTION_KEYS=new,old); once this succeeds the old keys can be removed.
    """
    from app.auth.crypto import TokenCipher
    from app.store.db import build_database, safe_url
    from app.store.keys import RotationResult, rotate_token_sets
    from app.store.migrations import current_revision

    settings = _settings()
    url = settings.resolved_database_url

    async def work() -> RotationResult | None:
        cipher = TokenCipher.from_settings(settings)  # a bad key is said first, schema or not
        if await current_revision(url) is None:
            return None  # a fresh database: no schema, so no token set to rotate
        if cipher.key_count == 1:
            err_console.print(
                "note: only one key is configured, so there is nothing to rotate from; "
                "set RIGHTNOTE_ENCRYPTION_KEYS=new,old to rotate"
            )
        database = build_database(settings)
        try:
            async with database.sessions() as session:
                result = await rotate_token_sets(session, cipher)
                if result.unreadable:
                    await session.rollback()
                else:
                    await session.commit()
                return result
        finally:
            await database.dispose()

    result = _run(work())
    if result is None:
        console.print(
            f"{safe_url(url)} has no schema yet, so no token set is stored and there is nothing "
            "to rotate (`rightnote migrate` creates the schema).",
            highlight=False,
        )
        return
    if result.unreadable:
        ids = ", ".join(str(i) for i in result.unreadable[:20])
        more = f" and {len(result.unreadable) - 20} more" if len(result.unreadable) > 20 else ""
        fail(
            f"{len(result.unreadable)} token set(s) cannot be decrypted with any configured key "
            f"(connections {ids}{more}); add the key they were written with to "
            "RIGHTNOTE_ENCRYPTION_KEYS (after the new one). Nothing was changed."
        )
    console.print(
        f"re-encrypted {result.rotated} token set(s) under the newest key", highlight=False
    )
    if result.changed_meanwhile:
        console.print(
            f"{result.changed_meanwhile} token set(s) were rewritten by the running service "
            "meanwhile (already under its current key); run again to be sure",
            highlight=False,
        )
