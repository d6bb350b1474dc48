"""Settings for tests that run the app in production mode without real Google or Microsoft.

Production refuses unsafe defaults (no keys, no database URL, plain http), so every such test
needs the same handful of values; they live here once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.settings import Settings


def production_settings(tmp_path: Path, db_name: str = "api.db", **overrides: Any) -> Settings:
    """Production mode on a SQLite file in `tmp_path`, public at https://rightnote.example."""
    values: dict[str, Any] = {
        "auth_mode": "production",
        "host": "0.0.0.0",
        "encryption_keys": "unused-here",
        "database_url": f"sqlite+aiosqlite:///{tmp_path}/{db_name}",
        "public_url": "https://rightnote.example",
        "data_dir": tmp_path,
    }
    values.update(overrides)
    return Settings(**values)
