"""The database handle: an async engine and its session factory, built from a URL.

Nothing here is global. The application lifespan (and each CLI command) opens a `Database`,
keeps it on its own state, and disposes of it on the way out.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from filelock import AsyncFileLock, Timeout
from sqlalchemy import event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from app.settings import Settings

log = logging.getLogger("rightnote.store")

# How long a SQLite writer waits for another one before "database is locked" (milliseconds).
SQLITE_BUSY_TIMEOUT_MS = 30_000

# Driverless or synchronous spellings people paste, mapped to the async driver we ship.
_ASYNC_DRIVERS = {
    "postgres": "postgresql+asyncpg",
    "postgresql": "postgresql+asyncpg",
    "postgresql+psycopg2": "postgresql+asyncpg",
    "sqlite": "sqlite+aiosqlite",
    "sqlite+pysqlite": "sqlite+aiosqlite",
}
_SUPPORTED = ("postgresql+asyncpg", "postgresql+psycopg", "sqlite+aiosqlite")


class DatabaseURLError(ValueError):
    """RIGHTNOTE_DATABASE_URL is not a URL we can use (the message never repeats a password)."""


def normalize_url(url: str | URL) -> URL:
    """The URL with an async driver; libpq's `sslmode` becomes asyncpg's `ssl`."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseURLError(
            "RIGHTNOTE_DATABASE_URL is not a database URL; expected e.g. "
            "postgresql+asyncpg://user@host/db or sqlite+aiosqlite:///path/to/file.db"
        ) from None
    drivername = _ASYNC_DRIVERS.get(parsed.drivername, parsed.drivername)
    if drivername not in _SUPPORTED:
        raise DatabaseURLError(
            f"unsupported database driver {parsed.drivername!r}; use PostgreSQL "
            "(postgresql+asyncpg://...) or SQLite (sqlite+aiosqlite:///...)"
        )
    parsed = parsed.set(drivername=drivername)
    if drivername == "postgresql+asyncpg" and "sslmode" in parsed.query:
        query = dict(parsed.query)
        query["ssl"] = query.pop("sslmode")
        parsed = parsed.set(query=query)
    return parsed


def safe_url(url: str | URL) -> str:
    """The URL for messages and logs: the password masked."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparseable database URL>"


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL; None for in-memory databases and other backends."""
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)


# How long a process waits for another one's migration of the same SQLite file.
MIGRATION_LOCK_TIMEOUT_SECONDS = 300.0


class MigrationLockTimeout(RuntimeError):
    """Another process has been migrating this SQLite database for too long."""


@asynccontextmanager
async def sqlite_migration_lock(url: str | URL) -> AsyncIterator[None]:
    """Hold `<database>.migrate.lock` (an OS file lock) while migrating a SQLite file.

    Processes started together on a fresh data directory would otherwise each decide the
    schema is empty and apply the same migrations (`duplicate column name`): SQLite's own
    locking covers statements, not Alembic's read-the-version-then-upgrade. The OS releases
    the lock when its process dies, so a crash never leaves it held. Other backends: no-op
    (PostgreSQL migrations take an advisory lock of their own, in env.py).
    """
    path = sqlite_path(normalize_url(url))
    if path is None:
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = AsyncFileLock(f"{path}.migrate.lock", timeout=MIGRATION_LOCK_TIMEOUT_SECONDS, mode=0o600)
    try:
        await lock.acquire()
    except Timeout:
        raise MigrationLockTimeout(
            f"another process has been migrating {path} for over "
            f"{MIGRATION_LOCK_TIMEOUT_SECONDS:.0f} s; stop it, or remove {path}.migrate.lock "
            "if no RightNote process is running"
        ) from None
    try:
        yield
    finally:
        await lock.release()


def _install_sqlite_hooks(engine: AsyncEngine, *, foreign_keys: bool) -> None:
    sync_engine = engine.sync_engine

    @event.listens_for(sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from the sqlite3 module (it does not BEGIN before DDL or
        # SAVEPOINT); the "begin" hook below emits BEGIN itself.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            # Off only for migrations: batch mode recreates tables, which with enforcement on
            # would cascade-delete children. Migrations check foreign keys afterwards instead.
            cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
            # WAL lets the API read while the worker writes; persistent per file.
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        finally:
            cursor.close()

    @event.listens_for(sync_engine, "begin")
    def _on_begin(connection: Any) -> None:
        # IMMEDIATE takes the write lock up front. A deferred transaction that reads and then
        # writes fails at once with SQLITE_BUSY when another writer got in between (busy_timeout
        # cannot help there); waiting for the lock at BEGIN is the reliable choice, and the
        # embedded mode has one user.
        connection.exec_driver_sql("BEGIN IMMEDIATE")


# A UTF-16 surrogate code point: in a Python str only when it came from a lone JSON escape
# ("\ud83d", a UTF-16 service's field cut half-way through an emoji) or a surrogateescape decode.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _storable(text: str) -> str:
    if "\x00" in text:
        text = text.replace("\x00", "")
    if not text.isascii() and _SURROGATE.search(text) is not None:
        # A pair written as two code points becomes its character; a lone half becomes U+FFFD.
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def without_nul(value: Any) -> Any:
    """`value` with U+0000 removed from every string in it (lists, tuples and dicts walked), and
    every lone UTF-16 surrogate replaced by U+FFFD.

    PostgreSQL text and JSONB cannot hold U+0000 (the driver raises "invalid byte sequence" and a
    request would fail with a 500); no text RightNote keeps needs it. A lone surrogate cannot be
    encoded as UTF-8 at all (UnicodeEncodeError on both backends): Graph and Google can send one
    as a JSON escape when a field was cut inside an emoji, and one such event failed its whole
    calendar's sync on every round. Both are cleaned on both backends, so SQLite in tests behaves
    like PostgreSQL in production.
    """
    if isinstance(value, str):
        return _storable(value)
    if isinstance(value, list):
        return [without_nul(item) for item in value]
    if isinstance(value, tuple):
        return tuple(without_nul(item) for item in value)
    if isinstance(value, dict):
        return {key: without_nul(item) for key, item in value.items()}
    return value


def _json_without_nul(value: Any) -> str:
    # Serializer of JSON/JSONB columns: `json.dumps` (SQLAlchemy's default), minus U+0000, which
    # JSON would carry as the escape "\u0000" that JSONB refuses too.
    return json.dumps(without_nul(value))


def _install_nul_guard(engine: AsyncEngine) -> None:
    @event.listens_for(engine.sync_engine, "before_cursor_execute", retval=True)
    def _strip_nul(
        _conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool
    ) -> tuple[str, Any]:
        return statement, without_nul(parameters)


class Database:
    """An async engine plus a session factory (`sessions()` opens an `AsyncSession`)."""

    def __init__(self, url: str | URL, *, echo: bool = False, foreign_keys: bool = True) -> None:
        self.url = normalize_url(url)
        self.dialect = self.url.get_backend_name()
        path = sqlite_path(self.url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            # Created private up front: it holds calendar data and token ciphertexts, and SQLite
            # gives its -wal/-shm files the same permissions as the database file.
            path.touch(mode=0o600, exist_ok=True)
        options: dict[str, Any] = {"echo": echo, "json_serializer": _json_without_nul}
        if self.dialect == "postgresql":
            # Replicas outlive database restarts and idle-connection reapers.
            options.update(pool_pre_ping=True, pool_recycle=1800)
        self.engine: AsyncEngine = create_async_engine(self.url, **options)
        _install_nul_guard(self.engine)
        if self.dialect == "sqlite":
            _install_sqlite_hooks(self.engine, foreign_keys=foreign_keys)
        self.sessions: async_sessionmaker[AsyncSession] = async_sessionmaker(
            self.engine, expire_on_commit=False
        )

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    def session(self) -> AsyncSession:
        return self.sessions()

    async def ping(self) -> None:
        """Readiness probe: raises when the database does not answer."""
        async with self.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))

    async def dispose(self) -> None:
        await self.engine.dispose()

    def __repr__(self) -> str:
        return f"Database({safe_url(self.url)!r})"


def build_database(settings: Settings, *, echo: bool = False) -> Database:
    return Database(settings.resolved_database_url, echo=echo)


async def open_database(settings: Settings) -> Database:
    """The application's database, ready to use.

    The embedded SQLite default is migrated here, on start, so a first run needs no setup.
    PostgreSQL is migrated by a one-shot `rightnote migrate` before rollout instead (replicas
    must not all run DDL at once); here it is only checked, and an outdated schema refused with
    `SchemaOutdated` naming the command to run.
    """
    from app.store.migrations import require_current_schema, run_migrations

    database = build_database(settings)
    try:
        if database.is_sqlite:
            await run_migrations(database.url)
        await require_current_schema(database)
    except BaseException:
        await database.dispose()
        raise
    log.info("store.opened", extra={"database": safe_url(database.url)})
    return database
