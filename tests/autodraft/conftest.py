"""Auto-draft fixtures: the store's migrated-database fixtures (SQLite, and PostgreSQL when
reachable), reused as they are."""

from __future__ import annotations

from tests.store.conftest import database_url, db, session  # noqa: F401  (fixtures)
