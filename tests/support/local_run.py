"""Shared by the watcher's unit and end-to-end tests: the local database and a settable clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import pytest

from app.settings import Settings
from app.store.db import Database, open_database


@pytest.fixture(name="database")
async def local_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Database]:
    """The embedded default's database (SQLite in the test's data directory), as `run` opens it."""
    monkeypatch.delenv("RIGHTNOTE_DATABASE_URL", raising=False)
    monkeypatch.setenv("RIGHTNOTE_DATA_DIR", str(tmp_path / "data"))
    db = await open_database(Settings())
    try:
        yield db
    finally:
        await db.dispose()


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now
