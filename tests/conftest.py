"""Database fixtures shared by every test package.

- `sqlite_url`: a fresh SQLite file per test (nothing to install).
- `postgres_url`: one throwaway PostgreSQL database for the whole session, created from a
  connection to RIGHTNOTE_TEST_POSTGRES_URL (default: the local server's `test` database) and
  dropped at the end. An unreachable server skips the tests that need it, unless
  RIGHTNOTE_REQUIRE_POSTGRES=1 (CI), which turns the skip into a failure.

Both are empty: tests migrate them (app.store.migrations.run_migrations) as they need.
"""

from __future__ import annotations

import asyncio
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import URL, make_url

POSTGRES_URL_ENV = "RIGHTNOTE_TEST_POSTGRES_URL"
REQUIRE_POSTGRES_ENV = "RIGHTNOTE_REQUIRE_POSTGRES"
DEFAULT_POSTGRES_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"


@pytest.fixture(autouse=True, scope="session")
def _no_personal_config(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The CLI reads ~/.config/rightnote/config.toml (app/cli/config_file.py): a developer's own
    file must not change what a test's command does, in process or in a subprocess."""
    saved = {key: os.environ.get(key) for key in ("XDG_CONFIG_HOME", "RIGHTNOTE_CONFIG")}
    os.environ["XDG_CONFIG_HOME"] = str(tmp_path_factory.mktemp("xdg-config"))
    os.environ.pop("RIGHTNOTE_CONFIG", None)
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'db' / 'rightnote.db'}"


def _libpq_dsn(url: URL) -> str:
    # asyncpg takes a plain postgresql:// DSN, without SQLAlchemy's +driver suffix.
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


async def _admin(url: URL, statement: str) -> None:
    import asyncpg

    connection = await asyncpg.connect(_libpq_dsn(url), timeout=5)
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


@pytest.fixture(scope="session")
def postgres_server() -> URL:
    """The maintenance connection URL, checked to answer."""
    url = make_url(os.environ.get(POSTGRES_URL_ENV, DEFAULT_POSTGRES_URL))
    try:
        asyncio.run(_admin(url, "SELECT 1"))
    except Exception as exc:
        where = url.render_as_string(hide_password=True)
        reason = (
            f"PostgreSQL is not reachable at {where} ({type(exc).__name__}: {exc}); start it or "
            f"point {POSTGRES_URL_ENV} at one"
        )
        if os.environ.get(REQUIRE_POSTGRES_ENV) == "1":
            pytest.fail(f"{reason} ({REQUIRE_POSTGRES_ENV}=1 makes this a failure)")
        pytest.skip(reason)
    return url


@pytest.fixture(scope="session")
def postgres_url(postgres_server: URL) -> Iterator[str]:
    name = f"rightnote_t_{secrets.token_hex(6)}"
    asyncio.run(_admin(postgres_server, f'CREATE DATABASE "{name}"'))
    try:
        yield postgres_server.set(database=name).render_as_string(hide_password=False)
    finally:
        # FORCE (PostgreSQL 13+) ends connections a failed test may have leaked.
        asyncio.run(_admin(postgres_server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
